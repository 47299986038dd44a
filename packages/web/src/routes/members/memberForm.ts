// The member form's state and the body it becomes (admission, edit, the corrections of a re-admission); the
// domain schema checks it, and the server's refusals are shown under the fields they name.
import {
  type CccdQrData,
  duesGroup,
  type Gender,
  type MemberRecord,
  type memberFields,
  type NationalIdHolder,
  nationalIdHolder,
} from '@congdoan/domain';
import type { UseFormReturnType } from '@mantine/form';
import type { z } from 'zod';
import { ApiError } from '../../api/client.ts';
import { showServerErrors } from '../../components/form/useSchemaForm.ts';

/** The person's fields as the form sends them, before the schema has checked them. */
export type MemberFieldsDraft = Partial<z.input<typeof memberFields>>;

export type MemberFormState = {
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
};

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

export function memberFormFrom(member: MemberRecord): MemberFormState {
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

/**
 * The person's fields the form holds, as the schema takes them: blanks become null, a year of birth its
 * 1 January, a missing gender stays missing so the schema says "required" under it.
 */
export function memberFieldsOf(state: MemberFormState): MemberFieldsDraft {
  const foreign = state.nationality.trim().toUpperCase() !== 'VN';
  const year = integer(state.yearOfBirth);
  return {
    fullName: state.fullName.trim(),
    gender: state.gender ?? undefined,
    dateOfBirth: state.yearOnly ? (year === null ? null : `${year}-01-01`) : state.dateOfBirth,
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
    duesGroup: duesGroup.safeParse(state.duesGroup).data ?? null,
    salaryBasis: integer(state.salaryBasis),
  };
}

/**
 * The fields the user filled in, as corrections of a record that already exists (re-admission): blanks and
 * untouched defaults (nationality VN) are left out, so they erase nothing the record holds.
 */
export function filledFields(state: MemberFormState): MemberFieldsDraft {
  const fields = memberFieldsOf(state);
  const filled = Object.fromEntries(
    Object.entries(fields).filter(([, value]) => value !== null && value !== undefined && value !== ''),
  );
  if (!fields.dateOfBirth) delete filled.dateOfBirthPrecision;
  if (fields.nationality === 'VN') delete filled.nationality;
  return filled;
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
export function changedFields(before: MemberFieldsDraft, after: MemberFieldsDraft): MemberFieldsDraft {
  return Object.fromEntries(
    Object.entries(after).filter(
      ([key, value]) => (before[key as keyof MemberFieldsDraft] ?? null) !== (value ?? null),
    ),
  );
}

/**
 * The server's refusal under the fields it names: a wrong value (400) in the server's words, a conflict with
 * another record (409: a national ID already held) with the refusal and the record it names.
 */
export function showMemberServerErrors<Values extends Record<string, unknown>>(
  form: Pick<UseFormReturnType<Values, unknown>, 'getValues' | 'setFieldError'>,
  error: unknown,
): boolean {
  if (!(error instanceof ApiError) || error.status !== 409) return showServerErrors(form, error);
  let placed = false;
  for (const detail of error.details) {
    if (!detail.path || !(detail.path in form.getValues())) continue;
    form.setFieldError(detail.path, `${error.message} (${detail.message})`);
    placed = true;
  }
  return placed;
}
