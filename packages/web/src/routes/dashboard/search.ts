// The dashboard's query as it lives in the URL (?unitId=&asOf=), so a view can be shared.
import { isValidIsoDate } from '@congdoan/domain';

export interface DashboardSearch {
  unitId?: number;
  asOf?: string;
}

export function validateDashboardSearch(search: Record<string, unknown>): DashboardSearch {
  const unitId = Number(search.unitId);
  return {
    unitId: Number.isInteger(unitId) && unitId > 0 ? unitId : undefined,
    asOf: typeof search.asOf === 'string' && isValidIsoDate(search.asOf) ? search.asOf : undefined,
  };
}
