// The member form's state, its checks before sending, and the body it becomes (admission or edit).
import {
  type CccdQrData,
  type Gender,
  type MemberDetail,
  type MemberFields,
  type NationalIdHolder,
  nationalIdHolder,
} from '@congdoan/domain';
import type { TFunction } from 'i18next';
import { ApiError } from '../../api/client.ts';

export interface MemberFormState {
  fullName: string;
  gender: Gender | null;
  dateOfBirth: string | null;
  /** Only the year of birth is known (many union sheets give no more). */
  yearOnly: boolean;
  yearOfBirth: number | string;
  nationalId: string;
  ethnicity: string | null;
  religion: string;
  nationality: string;
  foreignContractMonths: number | string;
  education: string;
  occupation: string;
  position: string;
  employer: string;
  phone: string;
  email: string;
  address: string;
  joinedUnionOn: string | null;
  cardNumber: string;
  duesGroup: string | null;
  salaryBasis: number | string;
}

export const emptyMemberForm = (): MemberFormState => ({
  fullName: '',
  gender: null,
  dateOfBirth: null,
  yearOnly: false,
  yearOfBirth: '',
  nationalId: '',
  ethnicity: null,
  religion: '',
  nationality: 'VN',
  foreignContractMonths: '',
  education: '',
  occupation: '',
  position: '',
  employer: '',
  phone: '',
  email: '',
  address: '',
  joinedUnionOn: null,
  cardNumber: '',
  duesGroup: null,
  salaryBasis: '',
});

export function memberFormFrom(member: MemberDetail): MemberFormState {
  const yearOnly = member.dateOfBirthPrecision === 'year';
  return {
    fullName: member.fullName,
    gender: member.gender,
    dateOfBirth: yearOnly ? null : member.dateOfBirth,
    yearOnly,
    yearOfBirth: yearOnly && member.dateOfBirth ? Number(member.dateOfBirth.slice(0, 4)) : '',
    nationalId: member.nationalId ?? '',
    ethnicity: member.ethnicity ?? null,
    religion: member.religion ?? '',
    nationality: member.nationality ?? 'VN',
    foreignContractMonths: member.foreignContractMonths ?? '',
    education: member.education ?? '',
    occupation: member.occupation ?? '',
    position: member.position ?? '',
    employer: member.employer ?? '',
    phone: member.phone ?? '',
    email: member.email ?? '',
    address: member.address ?? '',
    joinedUnionOn: member.joinedUnionOn ?? null,
    cardNumber: member.cardNumber ?? '',
    duesGroup: member.duesGroup ?? null,
    salaryBasis: member.salaryBasis ?? '',
  };
}

/** What the CCCD's QR code tells: it fills those fields and leaves the others as they are. */
export function withCccd(state: MemberFormState, data: CccdQrData): MemberFormState {
  return {
    ...state,
    fullName: data.fullName || state.fullName,
    nationalId: data.nationalId || state.nationalId,
    gender: data.gender ?? state.gender,
    dateOfBirth: data.dateOfBirth ?? state.dateOfBirth,
    yearOnly: data.dateOfBirth ? false : state.yearOnly,
    address: data.address || state.address,
    nationality: 'VN',
  };
}

const text = (value: string) => value.trim() || null;
const integer = (value: number | string) => (value === '' ? null : Number(value));

export function memberFieldsOf(state: MemberFormState): MemberFields {
  const foreign = state.nationality.trim().toUpperCase() !== 'VN';
  const year = integer(state.yearOfBirth);
  return {
    fullName: state.fullName.trim(),
    gender: state.gender ?? 'male',
    dateOfBirth: state.yearOnly ? (year ? `${year}-01-01` : null) : state.dateOfBirth,
    dateOfBirthPrecision: state.yearOnly ? 'year' : 'day',
    nationalId: text(state.nationalId),
    ethnicity: state.ethnicity,
    religion: text(state.religion),
    nationality: state.nationality.trim().toUpperCase() || 'VN',
    foreignContractMonths: foreign ? integer(state.foreignContractMonths) : null,
    education: text(state.education),
    occupation: text(state.occupation),
    position: text(state.position),
    employer: text(state.employer),
    phone: text(state.phone),
    email: text(state.email),
    address: text(state.address),
    joinedUnionOn: state.joinedUnionOn,
    cardNumber: text(state.cardNumber),
    duesGroup: (state.duesGroup as MemberFields['duesGroup']) ?? null,
    salaryBasis: integer(state.salaryBasis),
  };
}

/**
 * The fields the user filled in, as corrections of a record that already exists (re-admission): blanks and
 * untouched defaults (nationality VN) are left out, so they erase nothing the record holds.
 */
export function filledFields(state: MemberFormState): Partial<MemberFields> {
  const fields: Partial<MemberFields> = memberFieldsOf(state);
  const filled: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(fields)) {
    if (value !== null && value !== undefined && value !== '') filled[key] = value;
  }
  if (!fields.dateOfBirth) delete filled.dateOfBirthPrecision;
  if (!state.gender) delete filled.gender;
  if (fields.nationality === 'VN') delete filled.nationality;
  return filled as Partial<MemberFields>;
}

/** The member a refused national ID belongs to, when the server named them (a 409's detail). */
export function nationalIdHolderOf(error: unknown): NationalIdHolder | null {
  if (!(error instanceof ApiError) || error.status !== 409) return null;
  for (const detail of error.details) {
    const parsed = nationalIdHolder.safeParse((detail as { holder?: unknown }).holder);
    if (parsed.success) return parsed.data;
  }
  return null;
}

/** Only the fields that differ from the record, for PATCH. */
export function changedFields(before: MemberFields, after: MemberFields): Partial<MemberFields> {
  const changes: Record<string, unknown> = {};
  for (const key of Object.keys(after) as (keyof MemberFields)[]) {
    if ((before[key] ?? null) !== (after[key] ?? null)) changes[key] = after[key];
  }
  return changes as Partial<MemberFields>;
}

export type MemberFormProblems = Partial<Record<keyof MemberFormState, string>>;

/** The checks the server makes too, done first so that the user sees them beside the field. */
export function memberFormProblems(state: MemberFormState, t: TFunction): MemberFormProblems {
  const problems: MemberFormProblems = {};
  const required = t('common.required');
  if (!state.fullName.trim()) problems.fullName = required;
  if (!state.gender) problems.gender = required;
  const year = Number(state.yearOfBirth);
  if (state.yearOnly && state.yearOfBirth !== '' && (year < 1900 || year > 2100)) {
    problems.yearOfBirth = t('members.errors.year');
  }
  if (state.nationalId.trim() && !/^(\d{9}|\d{12})$/u.test(state.nationalId.trim())) {
    problems.nationalId = t('members.errors.nationalId');
  }
  if (state.phone.trim() && !/^\+?[0-9 .-]{8,15}$/u.test(state.phone.trim())) {
    problems.phone = t('members.errors.phone');
  }
  if (state.email.trim() && !/^[^\s@]+@[^\s@]+\.[^\s@]+$/u.test(state.email.trim())) {
    problems.email = t('members.errors.email');
  }
  if (!/^[A-Za-z]{2}$/u.test(state.nationality.trim()))
    problems.nationality = t('members.errors.nationality');
  return problems;
}

/** The server's refusal placed beside the fields it names (e.g. a national ID already registered). */
export function serverFieldProblems(error: unknown): MemberFormProblems {
  const problems: MemberFormProblems = {};
  if (!(error instanceof ApiError)) return problems;
  for (const detail of error.details) {
    const field = detail.path?.split('.')[0] as keyof MemberFormState | undefined;
    if (!field) continue;
    // A refusal of the whole record (409) names the field in its path and the other record in its message.
    problems[field] = error.status === 400 ? detail.message : `${error.message} (${detail.message})`;
  }
  return problems;
}
