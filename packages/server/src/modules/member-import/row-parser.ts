// One data row of the sheet → the member fields it gives, and every problem found in it, each tied to
// the column it came from. Whether the row is new, an update or a duplicate is decided later (classify.ts).
import type { Gender, MemberImportField } from '@congdoan/domain';
import type { Params } from '../../platform/errors.ts';
import type { MessageCode } from '../../platform/messages.ts';
import { type CellValue, isBlank, type KeptCell, keptCell, type SheetRow } from './cells.ts';
import {
  type MemberValues,
  type Reading,
  readAmount,
  readContractMonths,
  readDate,
  readDuesGroup,
  readEmail,
  readEthnicity,
  readGender,
  readName,
  readNationalId,
  readNationality,
  readPhone,
  readText,
  TEXT_LIMITS,
} from './fields.ts';
import type { TableLayout } from './layout.ts';

export interface RowProblem {
  /** column letter */
  column: string;
  code: MessageCode;
  params?: Params;
}

export interface ParsedRow {
  row: number;
  values: Partial<MemberValues>;
  problems: RowProblem[];
  /** the row's original cells, for the rejected-rows file */
  cells: KeptCell[];
}

type SimpleField = Exclude<
  MemberImportField,
  'sequence' | 'fullName' | 'dateOfBirth' | 'yearOfBirthMale' | 'yearOfBirthFemale' | 'gender'
>;
const READERS: Record<SimpleField, (cell: CellValue, today: string) => Reading<string | number>> = {
  nationalId: readNationalId,
  ethnicity: readEthnicity,
  nationality: readNationality,
  foreignContractMonths: readContractMonths,
  phone: readPhone,
  email: readEmail,
  joinedUnionOn: (cell, today) => {
    const reading = readDate(cell, today);
    return 'value' in reading ? { value: reading.value.date } : reading;
  },
  duesGroup: readDuesGroup,
  salaryBasis: readAmount,
  religion: (cell) => readText(cell, TEXT_LIMITS.religion),
  education: (cell) => readText(cell, TEXT_LIMITS.education),
  occupation: (cell) => readText(cell, TEXT_LIMITS.occupation),
  position: (cell) => readText(cell, TEXT_LIMITS.position),
  employer: (cell) => readText(cell, TEXT_LIMITS.employer),
  address: (cell) => readText(cell, TEXT_LIMITS.address),
  cardNumber: (cell) => readText(cell, TEXT_LIMITS.cardNumber),
};

/** A tick in a "Nam" / "Nữ" column that gives the gender but no year. */
const MARK = /^[xX✓✔vV•*]$/u;

/** The table's width by its mapped columns, worked out once per layout rather than once per row. */
const widths = new WeakMap<TableLayout, number>();
function widthOf(layout: TableLayout): number {
  let width = widths.get(layout);
  if (width === undefined) {
    width = Math.max(0, ...layout.columns.map((column) => column.index + 1));
    widths.set(layout, width);
  }
  return width;
}

export function parseRow(row: SheetRow, layout: TableLayout, today: string): ParsedRow {
  const at = new Map<MemberImportField, { letter: string; cell: CellValue }>();
  for (const column of layout.columns) {
    if (column.field) at.set(column.field, { letter: column.letter, cell: row.cells[column.index] ?? null });
  }
  const width = Math.max(row.cells.length, widthOf(layout));
  const cells = Array.from({ length: width }, (_, index) => keptCell(row.cells[index]));
  const values: Partial<MemberValues> = {};
  const problems: RowProblem[] = [];
  const filled = (field: MemberImportField) => {
    const entry = at.get(field);
    return entry && !isBlank(entry.cell) ? entry : undefined;
  };
  const nameLetter = at.get('fullName')?.letter ?? 'A';

  // A row with nothing but a number and a title is a group heading ("I. Phòng Kế toán"), not a member.
  const personal = [...at.keys()].filter((field) => field !== 'sequence' && field !== 'fullName');
  if (!personal.some((field) => filled(field))) {
    problems.push({ column: nameLetter, code: 'IMPORT_ROW_NOT_A_MEMBER' });
    return { row: row.row, values, problems, cells };
  }

  const name = filled('fullName');
  if (!name) problems.push({ column: nameLetter, code: 'IMPORT_ROW_MISSING_NAME' });
  else collect(problems, name.letter, readName(name.cell), (value) => (values.fullName = value));

  readBirthAndGender(filled, at, values, problems, today);

  for (const field of Object.keys(READERS) as SimpleField[]) {
    const entry = filled(field);
    if (!entry) continue;
    collect(problems, entry.letter, READERS[field](entry.cell, today), (value) => {
      (values as Record<string, unknown>)[field] = value;
    });
  }
  const joined = filled('joinedUnionOn');
  if (joined && values.joinedUnionOn && values.dateOfBirth && values.joinedUnionOn < values.dateOfBirth) {
    problems.push({ column: joined.letter, code: 'IMPORT_ROW_JOINED_BEFORE_BIRTH' });
  }
  return { row: row.row, values, problems, cells };
}

function collect<T>(problems: RowProblem[], column: string, reading: Reading<T>, keep: (value: T) => void) {
  if ('value' in reading) keep(reading.value);
  else problems.push({ column, code: reading.problem, params: reading.params });
}

type Filled = (field: MemberImportField) => { letter: string; cell: CellValue } | undefined;

/**
 * The date of birth from its column, or from whichever of "Nam" / "Nữ" holds the year (which also gives
 * the gender); the gender from its column, which must agree with the "Nam" / "Nữ" columns when both exist.
 */
function readBirthAndGender(
  filled: Filled,
  at: Map<MemberImportField, { letter: string; cell: CellValue }>,
  values: Partial<MemberValues>,
  problems: RowProblem[],
  today: string,
) {
  const setBirth = (value: { date: string; precision: 'day' | 'year' }) => {
    values.dateOfBirth = value.date;
    values.dateOfBirthPrecision = value.precision;
  };
  const birth = filled('dateOfBirth');
  if (birth) collect(problems, birth.letter, readDate(birth.cell, today), setBirth);

  const male = filled('yearOfBirthMale');
  const female = filled('yearOfBirthFemale');
  let byColumn: Gender | undefined;
  if (male && female) {
    problems.push({ column: male.letter, code: 'IMPORT_ROW_BOTH_GENDERS' });
  } else if (male || female) {
    const entry = (male ?? female)!;
    byColumn = male ? 'male' : 'female';
    const isMark = typeof entry.cell === 'string' && MARK.test(entry.cell.trim());
    if (!birth && !isMark) collect(problems, entry.letter, readDate(entry.cell, today), setBirth);
  }

  const genderCell = filled('gender');
  let stated: Gender | undefined;
  if (genderCell)
    collect(problems, genderCell.letter, readGender(genderCell.cell), (value) => (stated = value));
  if (genderCell && stated && byColumn && stated !== byColumn) {
    problems.push({ column: genderCell.letter, code: 'IMPORT_ROW_GENDER_CONFLICT' });
    return;
  }
  const gender = stated ?? byColumn;
  if (gender) values.gender = gender;
  else if (!genderCell && !(male && female)) {
    const letter =
      at.get('gender')?.letter ?? at.get('yearOfBirthMale')?.letter ?? at.get('fullName')?.letter;
    problems.push({ column: letter ?? 'A', code: 'IMPORT_ROW_MISSING_GENDER' });
  }
}
