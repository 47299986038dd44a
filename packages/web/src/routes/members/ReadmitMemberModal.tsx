// Kết nạp lại: a former member joins again, into a unit that admits members, on their one record. Opened
// from the member's page, or from the admission form (filled, at the confirmation) when the national ID
// typed there belongs to a former member.
import {
  type MemberDetail,
  type MemberFields,
  type NationalIdHolder,
  readmitMemberBody,
  todayInVietnam,
} from '@congdoan/domain';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { api } from '../../api/client.ts';
import { DateField } from '../../components/DateField.tsx';
import { useSchemaForm } from '../../components/form/useSchemaForm.ts';
import { formatDate } from '../../components/format.ts';
import { memberStatusLabel } from '../../components/memberLabels.ts';
import { StepModal } from '../../components/StepModal.tsx';
import { type PickedUnit, UnitSearchSelect } from '../../components/UnitSearchSelect.tsx';
import { useUnitTypes } from '../org/actions/useUnitTypes.ts';
import { DecisionNumberInput, withDecision } from './DecisionNumber.tsx';

export interface ReadmitDefaults {
  unit: PickedUnit | null;
  effectiveDate: string | null;
  decisionNumber: string;
}

interface Props {
  person: NationalIdHolder;
  defaults?: ReadmitDefaults;
  /** The person's fields typed in the admission form, saved to the record with the re-admission. */
  corrections?: Partial<MemberFields>;
  /** Open at the confirmation (the admission form has already asked for the unit, date and decision). */
  confirmFirst?: boolean;
  onClose: () => void;
  onDone?: (member: MemberDetail) => void;
}

export function ReadmitMemberModal({ person, defaults, corrections, confirmFirst, onClose, onDone }: Props) {
  const { t } = useTranslation();
  const types = useUnitTypes();
  const hasCorrections = corrections !== undefined && Object.keys(corrections).length > 0;
  const form = useSchemaForm({
    schema: readmitMemberBody,
    initialValues: {
      unit: defaults?.unit ?? null,
      effectiveDate: defaults?.effectiveDate ?? todayInVietnam(),
      decisionNumber: defaults?.decisionNumber ?? '',
    },
    toPayload: (values): Partial<z.input<typeof readmitMemberBody>> => ({
      unitId: values.unit?.id,
      effectiveDate: values.effectiveDate ?? undefined,
      decisionNumber: values.decisionNumber.trim() || undefined,
      corrections: hasCorrections ? corrections : undefined,
    }),
  });
  const { unit, effectiveDate, decisionNumber } = form.getValues();
  // Whether the unit's type admits members is known from the unit types: said at once, the server also checks.
  const canAdmit = (picked: PickedUnit | null) =>
    !picked || types.find((type) => type.code === picked.type)?.canAdmitMembers !== false;

  return (
    <StepModal
      title={t('members.readmit.title')}
      testId="readmit-modal"
      onClose={onClose}
      initialStep={confirmFirst ? 'confirm' : 'form'}
      form={form}
      validate={() => canAdmit(unit)}
      summary={() =>
        withDecision(
          t,
          t('members.readmit.confirm', {
            name: person.fullName,
            status: memberStatusLabel(t, person.status).toLowerCase(),
            from: person.unitName,
            to: unit?.name ?? '',
            date: formatDate(effectiveDate),
          }),
          decisionNumber,
        ) + (hasCorrections ? ` ${t('members.readmit.confirmCorrections')}` : '')
      }
      submit={() =>
        api.members.readmit({
          params: { id: person.memberId },
          body: readmitMemberBody.parse(form.getTransformedValues()),
        })
      }
      done={t('members.readmit.done', { name: person.fullName })}
      onDone={(member) => onDone?.(member)}
    >
      {() => (
        <>
          <UnitSearchSelect
            testId="readmit-unit"
            label={t('members.readmit.unit')}
            value={unit?.id ?? null}
            onChange={(picked) => form.setFieldValue('unit', picked)}
            asOf={effectiveDate ?? undefined}
            error={canAdmit(unit) ? form.errors.unitId : t('members.unitCannotAdmit')}
            required
          />
          <DateField
            testId="readmit-date"
            label={t('members.readmit.effectiveDate')}
            {...form.getInputProps('effectiveDate')}
            withAsterisk
          />
          <DecisionNumberInput testId="readmit-decision" {...form.getInputProps('decisionNumber')} />
        </>
      )}
    </StepModal>
  );
}
