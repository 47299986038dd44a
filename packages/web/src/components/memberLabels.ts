// Labels for the members' codes (status, gender, age band, office, dues group) and the colour of a status.
import type { MemberStatus } from '@congdoan/domain';
import type { TFunction } from 'i18next';
import { formatDate } from './format.ts';

export const memberStatusLabel = (t: TFunction, status: string) =>
  t(`memberStatus.${status}` as 'memberStatus.active', { defaultValue: status });
export const genderLabel = (t: TFunction, gender: string) =>
  t(`gender.${gender}` as 'gender.male', { defaultValue: gender });
export const ageBandLabel = (t: TFunction, band: string) =>
  t(`members.ageBandLabel.${band}` as 'members.ageBandLabel.under30', { defaultValue: band });
export const officeLabel = (t: TFunction, office: string) =>
  t(`members.officeLabel.${office}` as 'members.officeLabel.chair', { defaultValue: office });
export const duesGroupLabel = (t: TFunction, group: string) =>
  t(`members.duesGroupLabel.${group}` as 'members.duesGroupLabel.publicUnit', { defaultValue: group });
/** A column of the import: a member field by its name, or one of the import's own (the row number, …). */
export const importFieldLabel = (t: TFunction, field: string) =>
  t(`memberField.${field}` as 'memberField.fullName', {
    defaultValue: t(`members.importField.${field}` as 'members.importField.sequence', {
      defaultValue: field,
    }),
  });

const STATUS_COLORS: Record<MemberStatus, string> = {
  active: 'green',
  transferredOut: 'blue',
  left: 'gray',
  expelled: 'red',
  deceased: 'dark',
};

export const memberStatusColor = (status: string) => STATUS_COLORS[status as MemberStatus] ?? 'gray';

/** A date of birth as dd/mm/yyyy, or the year alone when only the year is known. */
export function formatBirthDate(
  dateOfBirth: string | null | undefined,
  precision: string | undefined,
): string {
  if (!dateOfBirth) return '';
  return precision === 'year' ? dateOfBirth.slice(0, 4) : formatDate(dateOfBirth);
}
