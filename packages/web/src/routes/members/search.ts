// The member list's filters as they live in the URL, so a filtered list can be bookmarked and shared.
import {
  AGE_BANDS,
  GENDERS,
  type Gender,
  isValidIsoDate,
  MEMBER_STATUSES,
  type MemberListQuery,
  type MemberStatus,
} from '@congdoan/domain';

/** The list filters as the API takes them (the list, the export and the cards all use the same). */
export type MemberFilters = Omit<MemberListQuery, 'page' | 'pageSize'>;

type AgeBand = (typeof AGE_BANDS)[number];

export interface MembersSearch {
  unitId?: number;
  /** Only `false` is written: units below are included unless the user turns it off. */
  subtree?: false;
  q?: string;
  /** Absent means active members; 'all' lifts the filter. */
  status?: MemberStatus | 'all';
  gender?: Gender;
  ageBand?: AgeBand;
  joinedFrom?: string;
  joinedTo?: string;
  page?: number;
  asOf?: string;
}

const oneOf = <T extends string>(options: readonly T[], value: unknown): T | undefined =>
  options.find((option) => option === value);
const isoDate = (value: unknown) => (typeof value === 'string' && isValidIsoDate(value) ? value : undefined);
const positive = (value: unknown) => {
  const number = Number(value);
  return Number.isInteger(number) && number > 0 ? number : undefined;
};

export function validateMembersSearch(search: Record<string, unknown>): MembersSearch {
  return {
    unitId: positive(search.unitId),
    subtree: search.subtree === false || search.subtree === 'false' ? false : undefined,
    q: typeof search.q === 'string' && search.q.trim() ? search.q : undefined,
    status: search.status === 'all' ? 'all' : oneOf(MEMBER_STATUSES, search.status),
    gender: oneOf(GENDERS, search.gender),
    ageBand: oneOf(AGE_BANDS, search.ageBand),
    joinedFrom: isoDate(search.joinedFrom),
    joinedTo: isoDate(search.joinedTo),
    page: positive(search.page),
    asOf: isoDate(search.asOf),
  };
}

/** The filters of the URL as the API takes them (`subtree` spelt out only when off: the API's default is on). */
export function filtersOf(search: MembersSearch): MemberFilters {
  const status = search.status ?? 'active';
  return {
    unitId: search.unitId,
    subtree: search.subtree === false ? 'false' : undefined,
    q: search.q?.trim() || undefined,
    status: status === 'all' ? undefined : status,
    gender: search.gender,
    ageBand: search.ageBand,
    joinedFrom: search.joinedFrom,
    joinedTo: search.joinedTo,
    asOf: search.asOf,
  };
}

/** Parses "1,2,3" (the ids of a card sheet) into numbers, dropping anything else. */
export function parseIds(value: unknown): number[] {
  const text = Array.isArray(value) ? value.join(',') : String(value ?? '');
  return text
    .split(',')
    .map(Number)
    .filter((id) => Number.isInteger(id) && id > 0);
}
