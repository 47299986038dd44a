// Chuyển sinh hoạt: to another unit found by name, or out of the system to a unit named in words.
import { type MemberDetail, todayInVietnam, transferMemberBody } from '@congdoan/domain';
import { SegmentedControl, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { api } from '../../api/client.ts';
import { DateField } from '../../components/DateField.tsx';
import { useSchemaForm } from '../../components/form/useSchemaForm.ts';
import { formatDate } from '../../components/format.ts';
import { StepModal } from '../../components/StepModal.tsx';
import { type PickedUnit, UnitSearchSelect } from '../../components/UnitSearchSelect.tsx';
import { DecisionNumberInput, withDecision } from './DecisionNumber.tsx';

export function TransferMemberModal({ member, onClose }: { member: MemberDetail; onClose: () => void }) {
  const { t } = useTranslation();
  const form = useSchemaForm({
    schema: transferMemberBody,
    initialValues: {
      mode: 'within' as 'within' | 'outside',
      target: null as PickedUnit | null,
      targetName: '',
      effectiveDate: todayInVietnam() as string | null,
      reason: '',
      decisionNumber: '',
    },
    toPayload: (values): Partial<z.input<typeof transferMemberBody>> => ({
      ...(values.mode === 'within'
        ? { toUnitId: values.target?.id }
        : { toUnitName: values.targetName.trim() || undefined }),
      effectiveDate: values.effectiveDate ?? undefined,
      reason: values.reason.trim(),
      decisionNumber: values.decisionNumber.trim() || undefined,
    }),
  });
  const { mode, target, targetName, effectiveDate, decisionNumber } = form.getValues();
  const targetLabel = mode === 'within' ? (target?.name ?? '') : targetName.trim();
  // Either field answers for the destination: the schema names the unit when neither is given.
  const targetError = form.errors.toUnitId ?? form.errors.toUnitName;

  return (
    <StepModal
      title={t('members.transfer.title')}
      testId="transfer-modal"
      onClose={onClose}
      form={form}
      summary={() =>
        withDecision(
          t,
          t(mode === 'within' ? 'members.transfer.confirm' : 'members.transfer.confirmOutside', {
            name: member.fullName,
            from: member.unit.name,
            to: targetLabel,
            date: formatDate(effectiveDate),
          }),
          decisionNumber,
        )
      }
      submit={() =>
        api.members.transfer({
          params: { id: member.id },
          body: transferMemberBody.parse(form.getTransformedValues()),
        })
      }
      done={t('members.transfer.done', { name: member.fullName })}
    >
      {() => (
        <>
          <SegmentedControl
            fullWidth
            data={[
              { value: 'within', label: t('members.transfer.within') },
              { value: 'outside', label: t('members.transfer.outside') },
            ]}
            {...form.getInputProps('mode')}
            data-testid="transfer-mode"
          />
          {mode === 'within' ? (
            <UnitSearchSelect
              testId="transfer-target"
              label={t('members.transfer.target')}
              value={target?.id ?? null}
              onChange={(unit) => form.setFieldValue('target', unit)}
              asOf={effectiveDate ?? undefined}
              excludeIds={[member.unit.id]}
              error={targetError}
              required
            />
          ) : (
            <TextInput
              data-testid="transfer-target-name"
              label={t('members.transfer.targetName')}
              placeholder={t('members.transfer.targetNamePlaceholder')}
              {...form.getInputProps('targetName')}
              error={targetError}
              withAsterisk
            />
          )}
          <DateField
            testId="transfer-date"
            label={t('members.transfer.effectiveDate')}
            {...form.getInputProps('effectiveDate')}
            withAsterisk
          />
          <TextInput
            data-testid="transfer-reason"
            label={t('form.reason')}
            placeholder={t('members.transfer.reasonPlaceholder')}
            {...form.getInputProps('reason')}
            withAsterisk
          />
          <DecisionNumberInput testId="transfer-decision" {...form.getInputProps('decisionNumber')} />
        </>
      )}
    </StepModal>
  );
}
