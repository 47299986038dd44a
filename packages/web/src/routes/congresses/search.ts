// The progress page's query as it lives in the URL (?unitId=&cycle=&asOf=), so a view can be shared.
import { congressCycle, isValidIsoDate } from '@congdoan/domain';

export interface ProgressSearch {
  unitId?: number;
  cycle?: string;
  asOf?: string;
}

export function validateProgressSearch(search: Record<string, unknown>): ProgressSearch {
  const unitId = Number(search.unitId);
  const cycle = congressCycle.safeParse(search.cycle);
  return {
    unitId: Number.isInteger(unitId) && unitId > 0 ? unitId : undefined,
    cycle: cycle.success ? cycle.data : undefined,
    asOf: typeof search.asOf === 'string' && isValidIsoDate(search.asOf) ? search.asOf : undefined,
  };
}
