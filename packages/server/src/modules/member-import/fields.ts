// Reading one cell of a member row into its stored form, or a reason it cannot be read. The person's
// name, dates, gender, ID and ethnicity come from the domain parsers; this adds the fields they leave.
import {
  DUES_GROUPS,
  type Gender,
  memberFields,
  normalizeForSearch,
  parseEthnicity,
  parseFlexibleDate,
  parseFullName,
  parseGender,
  parseNationalId,
  phoneForStorage,
  toNfc,
} from '@congdoan/domain';
import type { Params } from '../../platform/errors.ts';
import type { MessageCode } from '../../platform/messages.ts';
import type { CellValue } from './cells.ts';

/** A member's fields in their stored form, as far as a row gives them. */
export interface MemberValues {
  fullName: string;
  gender: Gender;
  dateOfBirth: string;
  dateOfBirthPrecision: 'day' | 'year';
  nationalId: string;
  ethnicity: string;
  religion: string;
  nationality: string;
  foreignContractMonths: number;
  education: string;
  occupation: string;
  position: string;
  employer: string;
  phone: string;
  email: string;
  address: string;
  joinedUnionOn: string;
  cardNumber: string;
  duesGroup: string;
  salaryBasis: number;
}

export type Reading<T> = { value: T } | { problem: MessageCode; params?: Params };

/** A limit of the member record's schema (domain memberFields), so that the import takes what the form does. */
function schemaLimit(field: string, limit: number | null): number {
  if (limit === null) throw new Error(`the member schema sets no limit for ${field}`);
  return limit;
}
const shape = memberFields.shape;
const NAME_MAX = schemaLimit('fullName', shape.fullName.maxLength);
const EMAIL_MAX = schemaLimit('email', shape.email.unwrap().unwrap().maxLength);
const CONTRACT_MONTHS_MAX = schemaLimit(
  'foreignContractMonths',
  shape.foreignContractMonths.unwrap().unwrap().maxValue,
);
const AMOUNT_MAX = schemaLimit('salaryBasis', shape.salaryBasis.unwrap().unwrap().maxValue);

type TextField = 'religion' | 'education' | 'occupation' | 'position' | 'employer' | 'address' | 'cardNumber';
const textLimit = (field: TextField) => schemaLimit(field, shape[field].unwrap().unwrap().maxLength);
/** The longest text the member record takes in each free-text field. */
export const TEXT_LIMITS: Record<TextField, number> = {
  religion: textLimit('religion'),
  education: textLimit('education'),
  occupation: textLimit('occupation'),
  position: textLimit('position'),
  employer: textLimit('employer'),
  address: textLimit('address'),
  cardNumber: textLimit('cardNumber'),
};

const fail = (problem: MessageCode, params?: Params): { problem: MessageCode; params?: Params } => ({
  problem,
  params,
});

function cellText(cell: CellValue): string {
  if (cell instanceof Date) return cell.toISOString().slice(0, 10);
  return toNfc(String(cell));
}

/** Free text with the length the member form allows. */
export function readText(cell: CellValue, max: number): Reading<string> {
  const text = cellText(cell);
  return text.length > max ? fail('IMPORT_ROW_TOO_LONG', { max }) : { value: text };
}

export function readName(cell: CellValue): Reading<string> {
  const name = parseFullName(typeof cell === 'string' ? cell : null);
  if (name === null) return fail('IMPORT_ROW_BAD_NAME', { value: cellText(cell) });
  return name.length > NAME_MAX ? fail('IMPORT_ROW_TOO_LONG', { max: NAME_MAX }) : { value: name };
}

export function readDate(
  cell: CellValue,
  today: string,
): Reading<{ date: string; precision: 'day' | 'year' }> {
  const parsed = parseFlexibleDate(cell);
  if (!parsed) return fail('IMPORT_ROW_BAD_DATE', { value: cellText(cell) });
  if (parsed.date > today) return fail('IMPORT_ROW_DATE_IN_FUTURE', { value: cellText(cell) });
  return { value: parsed };
}

export function readGender(cell: CellValue): Reading<Gender> {
  const gender = parseGender(cell);
  return gender ? { value: gender } : fail('IMPORT_ROW_UNKNOWN_GENDER', { value: cellText(cell) });
}

export function readNationalId(cell: CellValue): Reading<string> {
  const parsed = parseNationalId(cell);
  return parsed.ok ? { value: parsed.value } : fail('IMPORT_ROW_BAD_NATIONAL_ID', { value: cellText(cell) });
}

export function readEthnicity(cell: CellValue): Reading<string> {
  const ethnicity = parseEthnicity(cell);
  return ethnicity ? { value: ethnicity } : fail('IMPORT_ROW_UNKNOWN_ETHNICITY', { value: cellText(cell) });
}

/** Countries whose workers unions meet most, by their Vietnamese and English names; codes are ISO 3166-1. */
const COUNTRIES: Record<string, string> = {
  'viet nam': 'VN',
  vietnam: 'VN',
  'trung quoc': 'CN',
  china: 'CN',
  'han quoc': 'KR',
  korea: 'KR',
  'south korea': 'KR',
  'nhat ban': 'JP',
  japan: 'JP',
  'dai loan': 'TW',
  taiwan: 'TW',
  lao: 'LA',
  laos: 'LA',
  campuchia: 'KH',
  cambodia: 'KH',
  'thai lan': 'TH',
  thailand: 'TH',
  philippines: 'PH',
  'an do': 'IN',
  india: 'IN',
  'hoa ky': 'US',
  my: 'US',
  usa: 'US',
  singapore: 'SG',
  malaysia: 'MY',
  indonesia: 'ID',
  'hong kong': 'HK',
};

export function readNationality(cell: CellValue): Reading<string> {
  const text = cellText(cell);
  const key = normalizeForSearch(text)
    .replace(/[^a-z ]+/gu, ' ')
    .replace(/\s+/gu, ' ')
    .trim();
  const code = COUNTRIES[key] ?? (/^[a-z]{2}$/u.test(key) ? key.toUpperCase() : null);
  return code ? { value: code } : fail('IMPORT_ROW_UNKNOWN_NATIONALITY', { value: text });
}

/** Months of a labour contract: 12, "12 tháng", "2 năm". */
export function readContractMonths(cell: CellValue): Reading<number> {
  const key = normalizeForSearch(cellText(cell));
  const match = /^(\d{1,3})\s*(thang|nam|months?|years?)?$/u.exec(key);
  if (!match) return fail('IMPORT_ROW_BAD_CONTRACT', { value: cellText(cell) });
  const months = Number(match[1]) * (match[2] === 'nam' || match[2]?.startsWith('year') ? 12 : 1);
  return months <= CONTRACT_MONTHS_MAX
    ? { value: months }
    : fail('IMPORT_ROW_BAD_CONTRACT', { value: cellText(cell) });
}

/** Excel drops the leading 0 of a mobile number typed as a number: 912345678 is 0912345678. */
export function readPhone(cell: CellValue): Reading<string> {
  const text = typeof cell === 'number' && /^[1-9]\d{8}$/u.test(String(cell)) ? `0${cell}` : cellText(cell);
  const phone = phoneForStorage(text);
  return /^\+?\d{8,15}$/u.test(phone) ? { value: phone } : fail('IMPORT_ROW_BAD_PHONE', { value: text });
}

/** Lower case, as the member form stores it. */
export function readEmail(cell: CellValue): Reading<string> {
  const text = cellText(cell).toLowerCase();
  return /^[^\s@]+@[^\s@]+\.[^\s@]+$/u.test(text) && text.length <= EMAIL_MAX
    ? { value: text }
    : fail('IMPORT_ROW_BAD_EMAIL', { value: text });
}

/** Integer đồng from 5000000, "5.000.000", "5,000,000 đ". */
export function readAmount(cell: CellValue): Reading<number> {
  if (typeof cell === 'number') {
    return Number.isSafeInteger(cell) && cell >= 0 && cell <= AMOUNT_MAX
      ? { value: cell }
      : fail('IMPORT_ROW_BAD_AMOUNT', { value: String(cell) });
  }
  const text = cellText(cell);
  const digits = normalizeForSearch(text)
    .replace(/\s*(d|dong|vnd)$/u, '')
    .replace(/[.,\s]/gu, '');
  const value = Number(digits);
  return /^\d+$/u.test(digits) && value <= AMOUNT_MAX
    ? { value }
    : fail('IMPORT_ROW_BAD_AMOUNT', { value: text });
}

/** Dues groups by code or by the words sheets use for the employer's sector (RULES.md §3). */
const DUES_GROUP_WORDS: [RegExp, string][] = [
  [/su nghiep/u, 'publicUnit'],
  [/ngoai nha nuoc/u, 'otherEnterprise'],
  [/nha nuoc/u, 'stateEnterprise'],
  [/khong co luong|khong luong/u, 'noFixedSalary'],
  [/doanh nghiep|khac/u, 'otherEnterprise'],
];

export function readDuesGroup(cell: CellValue): Reading<string> {
  const text = cellText(cell);
  if ((DUES_GROUPS as readonly string[]).includes(text)) return { value: text };
  const key = normalizeForSearch(text);
  const found = DUES_GROUP_WORDS.find(([words]) => words.test(key));
  return found ? { value: found[1] } : fail('IMPORT_ROW_BAD_DUES_GROUP', { value: text });
}
