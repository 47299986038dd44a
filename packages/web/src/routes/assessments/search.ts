// The overview's query as it lives in the URL (?unitId=&year=&target=), so a view can be shared.
export interface AssessmentSearch {
  unitId?: number;
  year?: number;
  /** the good-or-better target as a share (0.95), when not the one the year plan sets */
  target?: number;
}

export function validateAssessmentSearch(search: Record<string, unknown>): AssessmentSearch {
  const unitId = Number(search.unitId);
  const year = Number(search.year);
  const target = Number(search.target);
  return {
    unitId: Number.isInteger(unitId) && unitId > 0 ? unitId : undefined,
    year: Number.isInteger(year) && year >= 2000 && year <= 2100 ? year : undefined,
    target: search.target !== undefined && target >= 0 && target <= 1 ? target : undefined,
  };
}

/** The year assessed by default: the current one (sheets are scored in its last weeks). */
export const defaultAssessmentYear = () => new Date().getFullYear();
