// The plans page's query as it lives in the URL (?unitId=&year=), so a view can be shared.
export interface PlansSearch {
  unitId?: number;
  year?: number;
}

export function validatePlansSearch(search: Record<string, unknown>): PlansSearch {
  const unitId = Number(search.unitId);
  const year = Number(search.year);
  return {
    unitId: Number.isInteger(unitId) && unitId > 0 ? unitId : undefined,
    year: Number.isInteger(year) && year >= 2000 && year <= 2100 ? year : undefined,
  };
}
