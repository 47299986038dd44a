// Ending a membership: leaving the union, expulsion or death, with the date, reason and decision.
import { LEAVE_KINDS, leaveMemberBody, type MemberDetail, todayInVietnam } from '@congdoan/domain';
import { Select, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { api } from '../../api/client.ts';
import { DateField } from '../../components/DateField.tsx';
import { useSchemaForm } from '../../components/form/useSchemaForm.ts';
import { formatDate } from '../../components/format.ts';
import { StepModal } from '../../components/StepModal.tsx';
import { DecisionNumberInput, withDecision } from './DecisionNumber.tsx';

type LeaveKind = (typeof LEAVE_KINDS)[number];

export function LeaveMemberModal({ member, onClose }: { member: MemberDetail; onClose: () => void }) {
  const { t } = useTranslation();
  const form = useSchemaForm({
    schema: leaveMemberBody,
    initialValues: {
      kind: 'leave' as LeaveKind,
      effectiveDate: todayInVietnam() as string | null,
      reason: '',
      decisionNumber: '',
    },
    // A missing date stays missing, so the schema says "required" under it.
    toPayload: (values): Partial<z.input<typeof leaveMemberBody>> => ({
      kind: values.kind,
      effectiveDate: values.effectiveDate ?? undefined,
      reason: values.reason.trim(),
      decisionNumber: values.decisionNumber.trim() || undefined,
    }),
  });
  const { kind, effectiveDate, decisionNumber } = form.getValues();

  return (
    <StepModal
      title={t('members.leave.title')}
      testId="leave-modal"
      onClose={onClose}
      danger
      form={form}
      summary={() =>
        withDecision(
          t,
          t(`members.leave.confirm.${kind}`, {
            name: member.fullName,
            unit: member.unit.name,
            date: formatDate(effectiveDate),
          }),
          decisionNumber,
        )
      }
      submit={() =>
        api.members.leave({
          params: { id: member.id },
          body: leaveMemberBody.parse(form.getTransformedValues()),
        })
      }
      done={t('members.leave.done', { name: member.fullName })}
    >
      {() => (
        <>
          <Select
            data-testid="leave-kind"
            label={t('members.leave.kind')}
            data={LEAVE_KINDS.map((value) => ({ value, label: t(`members.leave.kinds.${value}`) }))}
            {...form.getInputProps('kind')}
            allowDeselect={false}
            comboboxProps={{ withinPortal: true }}
          />
          <DateField
            testId="leave-date"
            label={t(kind === 'death' ? 'members.leave.dateOfDeath' : 'members.leave.effectiveDate')}
            {...form.getInputProps('effectiveDate')}
            withAsterisk
          />
          <TextInput
            data-testid="leave-reason"
            label={t('form.reason')}
            {...form.getInputProps('reason')}
            withAsterisk
          />
          <DecisionNumberInput testId="leave-decision" {...form.getInputProps('decisionNumber')} />
        </>
      )}
    </StepModal>
  );
}
