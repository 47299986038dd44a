// Decides what each parsed row does: import a new member, update or leave an existing member of the unit,
// or reject it with its reasons (duplicates within the file, IDs held elsewhere, the admission rules). A
// person outside the importer's scope is refused as "a member elsewhere" without a word about them.
// Pure over the rows and the existing members, so a dry run and a commit decide exactly alike.
import {
  MEMBER_ENTRY_FIELDS,
  type MemberImportField,
  normalizeForSearch,
  parseEthnicity,
  parseFullName,
  phoneForStorage,
} from '@congdoan/domain';
import type { ExistingMember, ExistingMembers, ImportUnit } from './existing.ts';
import type { MemberValues } from './fields.ts';
import type { ImportColumn } from './layout.ts';
import type { ParsedRow, RowProblem } from './row-parser.ts';

export type RowAction = 'import' | 'update' | 'unchanged' | 'reject';

export interface RowOutcome {
  row: number;
  action: RowAction;
  problems: RowProblem[];
  /** the member updated or left unchanged */
  memberId?: number;
  /** import: the new member's fields; update: every field after the change */
  record?: MemberRecord;
  /** update: the member's updated_at when read */
  readAt?: string;
  /** update: the fields that change, before and after */
  before?: Partial<MemberRecord>;
  after?: Partial<MemberRecord>;
  fullName: string | null;
  nationalId: string | null;
}

export type MemberRecord = Omit<
  ExistingMember,
  'id' | 'unitId' | 'status' | 'readAt' | 'lastUnitName' | 'inScope'
>;

/** The fields a row may change: those a member is entered with (domain members/fields.ts). */
const COMPARED: readonly (keyof MemberRecord)[] = MEMBER_ENTRY_FIELDS;

/** Stored values in the form the import writes, so a member entered by hand compares fairly. */
function canonical(field: keyof MemberRecord, value: unknown): unknown {
  if (value === null || value === undefined) return null;
  if (field === 'fullName') return parseFullName(value) ?? value;
  if (field === 'ethnicity') return parseEthnicity(value) ?? value;
  if (field === 'phone') return phoneForStorage(String(value));
  return value;
}

/** The fields a row changes on a member. A blank cell changes nothing: absence is not an instruction. */
function differences(member: ExistingMember, values: Partial<MemberValues>) {
  const before: Partial<MemberRecord> = {};
  const after: Partial<MemberRecord> = {};
  const set = <K extends keyof MemberRecord>(field: K, value: MemberRecord[K]) => {
    before[field] = member[field];
    after[field] = value;
  };
  for (const field of COMPARED) {
    const value = values[field as keyof MemberValues];
    if (value === undefined) continue;
    if (field === 'dateOfBirth') {
      const precision = values.dateOfBirthPrecision ?? 'day';
      const same =
        precision === 'year'
          ? member.dateOfBirth?.slice(0, 4) === String(value).slice(0, 4)
          : member.dateOfBirth === value && member.dateOfBirthPrecision === 'day';
      if (!same) {
        set('dateOfBirth', value as string);
        set('dateOfBirthPrecision', precision);
      }
      continue;
    }
    if (canonical(field, member[field]) !== value) set(field, value as never);
  }
  return { before, after, changed: Object.keys(after).length > 0 };
}

const birthYear = (date: string | null | undefined) => date?.slice(0, 4) ?? '';
const nameKey = (name: string, date: string | null | undefined) =>
  `${normalizeForSearch(name)}|${birthYear(date)}`;

/** Rows decided between two yields to the event loop, so a 100,000-row file never stalls other requests. */
const CHUNK = 2000;

export async function classifyRows(
  rows: ParsedRow[],
  existing: ExistingMembers,
  unit: ImportUnit,
  columns: ImportColumn[],
  onProgress?: (decided: number) => void,
): Promise<RowOutcome[]> {
  const letter = (field: MemberImportField) => columns.find((column) => column.field === field)?.letter;
  const nameLetter = letter('fullName') ?? 'A';
  const idLetter = letter('nationalId') ?? nameLetter;

  // The unit's active members by accent-free name and year of birth, for rows matched without an ID.
  const byName = new Map<string, ExistingMember[]>();
  for (const member of existing.inUnit) {
    const key = nameKey(member.fullName, member.dateOfBirth);
    byName.set(key, [...(byName.get(key) ?? []), member]);
  }
  const seenIds = new Map<string, number>();
  const seenPeople = new Map<string, number>();
  const seenCards = new Map<string, number>();
  const claimed = new Map<number, number>();

  const decide = (parsed: ParsedRow): RowOutcome => {
    const { values } = parsed;
    const problems = [...parsed.problems];
    const reject = (column: string, code: RowProblem['code'], params?: RowProblem['params']) =>
      problems.push({ column, code, params });
    const outcome = (action: RowAction, extra: Partial<RowOutcome> = {}): RowOutcome => ({
      row: parsed.row,
      action: problems.length > 0 ? 'reject' : action,
      problems,
      fullName: values.fullName ?? null,
      nationalId: values.nationalId ?? null,
      ...(problems.length > 0 ? {} : extra),
    });

    // Duplicates within the file: the first row stands, later ones are refused naming it.
    // The person's key is only looked at when there is no ID: no need to normalise every name for it.
    const personKey =
      !values.nationalId && values.fullName && values.dateOfBirth
        ? `${nameKey(values.fullName, values.dateOfBirth)}|${values.dateOfBirthPrecision === 'year' ? '' : values.dateOfBirth}`
        : null;
    if (values.nationalId) {
      const first = seenIds.get(values.nationalId);
      if (first) reject(idLetter, 'IMPORT_ROW_DUPLICATE_IN_FILE', { row: first });
      else seenIds.set(values.nationalId, parsed.row);
    } else if (personKey) {
      const first = seenPeople.get(personKey);
      if (first) reject(nameLetter, 'IMPORT_ROW_DUPLICATE_PERSON_IN_FILE', { row: first });
      else seenPeople.set(personKey, parsed.row);
    }
    if (values.cardNumber) {
      const first = seenCards.get(values.cardNumber);
      if (first) reject(letter('cardNumber')!, 'IMPORT_ROW_DUPLICATE_CARD_IN_FILE', { row: first });
      else seenCards.set(values.cardNumber, parsed.row);
    }
    if (problems.length > 0) return outcome('reject');

    const found = findMember(values, existing, byName, unit.id);
    if (found.kind === 'problem') {
      reject(
        found.code === 'IMPORT_ROW_NEEDS_ID_OR_BIRTH' || found.code === 'IMPORT_ROW_AMBIGUOUS'
          ? nameLetter
          : idLetter,
        found.code,
        found.params,
      );
      return outcome('reject');
    }
    const cardOwner = values.cardNumber ? existing.cardOwners.get(values.cardNumber) : undefined;
    const cardTaken = () =>
      reject(
        letter('cardNumber')!,
        cardOwner?.inScope ? 'IMPORT_ROW_CARD_TAKEN' : 'IMPORT_ROW_HELD_ELSEWHERE',
      );
    if (found.kind === 'new') {
      if (!unit.canAdmit) reject(nameLetter, 'IMPORT_ROW_UNIT_CANNOT_ADMIT', { unit: unit.name });
      if (cardOwner !== undefined) cardTaken();
      const record = newRecord(values);
      checkForeign(record, unit, letter, reject);
      return outcome('import', { record });
    }
    const member = found.member;
    const first = claimed.get(member.id);
    if (first) {
      reject(values.nationalId ? idLetter : nameLetter, 'IMPORT_ROW_DUPLICATE_MEMBER_IN_FILE', {
        row: first,
      });
      return outcome('reject');
    }
    claimed.set(member.id, parsed.row);
    const change = differences(member, values);
    if (!change.changed) return outcome('unchanged', { memberId: member.id });
    if (cardOwner !== undefined && cardOwner.id !== member.id) cardTaken();
    const {
      id: _id,
      unitId: _unit,
      status: _status,
      readAt,
      lastUnitName: _last,
      inScope: _inScope,
      ...current
    } = member;
    const record: MemberRecord = { ...current, ...change.after };
    if ('nationality' in change.after || 'foreignContractMonths' in change.after) {
      checkForeign(record, unit, letter, reject);
    }
    return outcome('update', {
      memberId: member.id,
      record,
      readAt,
      before: change.before,
      after: change.after,
    });
  };
  const outcomes: RowOutcome[] = [];
  for (let start = 0; start < rows.length; start += CHUNK) {
    for (const parsed of rows.slice(start, start + CHUNK)) outcomes.push(decide(parsed));
    onProgress?.(outcomes.length);
    await new Promise((resolve) => setImmediate(resolve));
  }
  return outcomes;
}

type Found =
  | { kind: 'member'; member: ExistingMember }
  | { kind: 'new' }
  | { kind: 'problem'; code: RowProblem['code']; params?: RowProblem['params'] };

/**
 * A former member's national ID: the row is refused naming the person, how they left and where, since a
 * list never re-admits anyone silently; re-admission is a decision taken on the person's record.
 */
const FORMER_MEMBER: Record<string, RowProblem['code']> = {
  left: 'IMPORT_ROW_FORMER_LEFT',
  expelled: 'IMPORT_ROW_FORMER_EXPELLED',
  transferredOut: 'IMPORT_ROW_FORMER_TRANSFERRED_OUT',
  deceased: 'IMPORT_ROW_FORMER_DECEASED',
};

/**
 * The member a row stands for: by national ID anywhere on the platform (only this unit's active members
 * may be updated; a holder outside the importer's scope is only "a member elsewhere"), else among the unit's active members by name and date of birth (those without an ID
 * when the row has one).
 */
function findMember(
  values: Partial<MemberValues>,
  existing: ExistingMembers,
  byName: Map<string, ExistingMember[]>,
  unitId: number,
): Found {
  if (values.nationalId) {
    const holder = existing.byNationalId.get(values.nationalId);
    if (holder) {
      if (!holder.inScope) return { kind: 'problem', code: 'IMPORT_ROW_HELD_ELSEWHERE' };
      if (holder.status !== 'active') {
        return {
          kind: 'problem',
          code: FORMER_MEMBER[holder.status] ?? 'IMPORT_ROW_FORMER_LEFT',
          params: { name: holder.fullName, unit: holder.lastUnitName ?? '' },
        };
      }
      if (holder.unitId !== unitId) return { kind: 'problem', code: 'IMPORT_ROW_IN_OTHER_UNIT' };
      return { kind: 'member', member: holder };
    }
  } else if (!values.dateOfBirth) {
    return { kind: 'problem', code: 'IMPORT_ROW_NEEDS_ID_OR_BIRTH' };
  }
  if (!values.fullName || !values.dateOfBirth) return { kind: 'new' };
  const candidates = (byName.get(nameKey(values.fullName, values.dateOfBirth)) ?? []).filter(
    (member) =>
      normalizeForSearch(member.fullName) === normalizeForSearch(values.fullName!) &&
      (values.dateOfBirthPrecision === 'year' ||
        member.dateOfBirthPrecision === 'year' ||
        member.dateOfBirth === values.dateOfBirth) &&
      (!values.nationalId || member.nationalId === null),
  );
  if (candidates.length > 1) return { kind: 'problem', code: 'IMPORT_ROW_AMBIGUOUS' };
  return candidates[0] ? { kind: 'member', member: candidates[0] } : { kind: 'new' };
}

function newRecord(values: Partial<MemberValues>): MemberRecord {
  return {
    fullName: values.fullName!,
    gender: values.gender!,
    dateOfBirth: values.dateOfBirth ?? null,
    dateOfBirthPrecision: values.dateOfBirthPrecision ?? 'day',
    nationalId: values.nationalId ?? null,
    ethnicity: values.ethnicity ?? null,
    religion: values.religion ?? null,
    nationality: values.nationality ?? 'VN',
    foreignContractMonths: values.foreignContractMonths ?? null,
    education: values.education ?? null,
    occupation: values.occupation ?? null,
    position: values.position ?? null,
    employer: values.employer ?? null,
    phone: values.phone ?? null,
    email: values.email ?? null,
    address: values.address ?? null,
    joinedUnionOn: values.joinedUnionOn ?? null,
    cardNumber: values.cardNumber ?? null,
    duesGroup: values.duesGroup ?? null,
    salaryBasis: values.salaryBasis ?? null,
  };
}

/** RULES.md §1: a foreign worker may join on a labour contract of at least the rule's number of months. */
function checkForeign(
  record: MemberRecord,
  unit: ImportUnit,
  letter: (field: MemberImportField) => string | undefined,
  reject: (column: string, code: RowProblem['code'], params?: RowProblem['params']) => void,
) {
  if (record.nationality === 'VN') return;
  const column = letter('foreignContractMonths') ?? letter('nationality') ?? 'A';
  const min = unit.foreignMinContractMonths;
  if (record.foreignContractMonths === null) reject(column, 'IMPORT_ROW_FOREIGN_CONTRACT_MISSING', { min });
  else if (record.foreignContractMonths < min) {
    reject(column, 'IMPORT_ROW_FOREIGN_CONTRACT_SHORT', { min, months: record.foreignContractMonths });
  }
}
