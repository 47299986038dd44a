// Ending a membership: leaving the union, expulsion or death, with the date, reason and decision.
import { LEAVE_KINDS, type MemberDetail, todayInVietnam } from '@congdoan/domain';
import { Select, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { membersApi } from '../../api/members.ts';
import { DateField } from '../../components/DateField.tsx';
import { formatDate } from '../../components/format.ts';
import { StepModal } from '../../components/StepModal.tsx';

type LeaveKind = (typeof LEAVE_KINDS)[number];

export function LeaveMemberModal({ member, onClose }: { member: MemberDetail; onClose: () => void }) {
  const { t } = useTranslation();
  const [kind, setKind] = useState<LeaveKind>('leave');
  const [effectiveDate, setEffectiveDate] = useState<string | null>(todayInVietnam());
  const [reason, setReason] = useState('');
  const [decision, setDecision] = useState('');

  return (
    <StepModal
      title={t('members.leave.title')}
      testId="leave-modal"
      onClose={onClose}
      danger
      validate={() => Boolean(effectiveDate && reason.trim())}
      summary={() =>
        t(`members.leave.confirm.${kind}`, {
          name: member.fullName,
          unit: member.unit.name,
          date: formatDate(effectiveDate),
        }) +
        (decision.trim() ? ` ${t('members.transfer.confirmDecision', { decision: decision.trim() })}` : '')
      }
      submit={() =>
        membersApi.leave(member.id, {
          kind,
          effectiveDate: effectiveDate!,
          reason: reason.trim(),
          decisionNumber: decision.trim() || undefined,
        })
      }
      done={t('members.leave.done', { name: member.fullName })}
    >
      {(showErrors) => {
        const required = (empty: boolean) => (showErrors && empty ? t('common.required') : undefined);
        return (
          <>
            <Select
              data-testid="leave-kind"
              label={t('members.leave.kind')}
              data={LEAVE_KINDS.map((value) => ({ value, label: t(`members.leave.kinds.${value}`) }))}
              value={kind}
              onChange={(value) => value && setKind(value as LeaveKind)}
              allowDeselect={false}
              comboboxProps={{ withinPortal: true }}
            />
            <DateField
              testId="leave-date"
              label={t(kind === 'death' ? 'members.leave.dateOfDeath' : 'members.leave.effectiveDate')}
              value={effectiveDate}
              onChange={setEffectiveDate}
              error={required(!effectiveDate)}
              withAsterisk
            />
            <TextInput
              data-testid="leave-reason"
              label={t('form.reason')}
              value={reason}
              onChange={(event) => setReason(event.currentTarget.value)}
              error={required(!reason.trim())}
              withAsterisk
            />
            <TextInput
              data-testid="leave-decision"
              label={t('members.field.decisionNumber')}
              placeholder={t('members.decisionPlaceholder')}
              value={decision}
              onChange={(event) => setDecision(event.currentTarget.value)}
            />
          </>
        );
      }}
    </StepModal>
  );
}
