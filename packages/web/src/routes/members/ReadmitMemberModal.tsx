// Kết nạp lại: a former member joins again, into a unit that admits members, on their one record. Opened
// from the member's page, or from the admission form (filled, at the confirmation) when the national ID
// typed there belongs to a former member.
import {
  type MemberDetail,
  type MemberFields,
  type NationalIdHolder,
  todayInVietnam,
} from '@congdoan/domain';
import { TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { membersApi } from '../../api/members.ts';
import { DateField } from '../../components/DateField.tsx';
import { formatDate } from '../../components/format.ts';
import { memberStatusLabel } from '../../components/memberLabels.ts';
import { StepModal } from '../../components/StepModal.tsx';
import { type PickedUnit, UnitSearchSelect } from '../../components/UnitSearchSelect.tsx';
import { useUnitTypes } from '../org/actions/useUnitTypes.ts';

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
  const [unit, setUnit] = useState<PickedUnit | null>(defaults?.unit ?? null);
  const [effectiveDate, setEffectiveDate] = useState<string | null>(
    defaults?.effectiveDate ?? todayInVietnam(),
  );
  const [decision, setDecision] = useState(defaults?.decisionNumber ?? '');
  const canAdmit = (picked: PickedUnit) =>
    types.find((type) => type.code === picked.type)?.canAdmitMembers !== false;
  const hasCorrections = corrections !== undefined && Object.keys(corrections).length > 0;

  return (
    <StepModal
      title={t('members.readmit.title')}
      testId="readmit-modal"
      onClose={onClose}
      initialStep={confirmFirst ? 'confirm' : 'form'}
      validate={() => Boolean(unit && canAdmit(unit) && effectiveDate)}
      summary={() =>
        [
          t('members.readmit.confirm', {
            name: person.fullName,
            status: memberStatusLabel(t, person.status).toLowerCase(),
            from: person.unitName,
            to: unit?.name ?? '',
            date: formatDate(effectiveDate),
          }),
          decision.trim() ? t('members.transfer.confirmDecision', { decision: decision.trim() }) : '',
          hasCorrections ? t('members.readmit.confirmCorrections') : '',
        ]
          .filter(Boolean)
          .join(' ')
      }
      submit={() =>
        membersApi.readmit(person.memberId, {
          unitId: unit!.id,
          effectiveDate: effectiveDate!,
          decisionNumber: decision.trim() || undefined,
          corrections: hasCorrections ? corrections : undefined,
        })
      }
      done={t('members.readmit.done', { name: person.fullName })}
      onDone={(member) => onDone?.(member as MemberDetail)}
    >
      {(showErrors) => (
        <>
          <UnitSearchSelect
            testId="readmit-unit"
            label={t('members.readmit.unit')}
            value={unit?.id ?? null}
            onChange={setUnit}
            asOf={effectiveDate ?? undefined}
            error={
              unit && !canAdmit(unit)
                ? t('members.unitCannotAdmit')
                : showErrors && !unit
                  ? t('common.required')
                  : undefined
            }
            required
          />
          <DateField
            testId="readmit-date"
            label={t('members.readmit.effectiveDate')}
            value={effectiveDate}
            onChange={setEffectiveDate}
            error={showErrors && !effectiveDate ? t('common.required') : undefined}
            withAsterisk
          />
          <TextInput
            data-testid="readmit-decision"
            label={t('members.field.decisionNumber')}
            placeholder={t('members.decisionPlaceholder')}
            value={decision}
            onChange={(event) => setDecision(event.currentTarget.value)}
          />
        </>
      )}
    </StepModal>
  );
}
