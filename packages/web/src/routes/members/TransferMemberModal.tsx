// Chuyển sinh hoạt: to another unit found by name, or out of the system to a unit named in words.
import { type MemberDetail, todayInVietnam } from '@congdoan/domain';
import { SegmentedControl, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { membersApi } from '../../api/members.ts';
import { DateField } from '../../components/DateField.tsx';
import { formatDate } from '../../components/format.ts';
import { StepModal } from '../../components/StepModal.tsx';
import { type PickedUnit, UnitSearchSelect } from '../../components/UnitSearchSelect.tsx';

export function TransferMemberModal({ member, onClose }: { member: MemberDetail; onClose: () => void }) {
  const { t } = useTranslation();
  const [mode, setMode] = useState<'within' | 'outside'>('within');
  const [target, setTarget] = useState<PickedUnit | null>(null);
  const [targetName, setTargetName] = useState('');
  const [effectiveDate, setEffectiveDate] = useState<string | null>(todayInVietnam());
  const [reason, setReason] = useState('');
  const [decision, setDecision] = useState('');
  const targetLabel = mode === 'within' ? (target?.name ?? '') : targetName.trim();

  return (
    <StepModal
      title={t('members.transfer.title')}
      testId="transfer-modal"
      onClose={onClose}
      validate={() => Boolean(targetLabel && effectiveDate && reason.trim())}
      summary={() =>
        t(mode === 'within' ? 'members.transfer.confirm' : 'members.transfer.confirmOutside', {
          name: member.fullName,
          from: member.unit.name,
          to: targetLabel,
          date: formatDate(effectiveDate),
        }) +
        (decision.trim() ? ` ${t('members.transfer.confirmDecision', { decision: decision.trim() })}` : '')
      }
      submit={() =>
        membersApi.transfer(member.id, {
          ...(mode === 'within' ? { toUnitId: target!.id } : { toUnitName: targetName.trim() }),
          effectiveDate: effectiveDate!,
          reason: reason.trim(),
          decisionNumber: decision.trim() || undefined,
        })
      }
      done={t('members.transfer.done', { name: member.fullName })}
    >
      {(showErrors) => {
        const required = (empty: boolean) => (showErrors && empty ? t('common.required') : undefined);
        return (
          <>
            <SegmentedControl
              fullWidth
              data={[
                { value: 'within', label: t('members.transfer.within') },
                { value: 'outside', label: t('members.transfer.outside') },
              ]}
              value={mode}
              onChange={(value) => setMode(value as 'within' | 'outside')}
              data-testid="transfer-mode"
            />
            {mode === 'within' ? (
              <UnitSearchSelect
                testId="transfer-target"
                label={t('members.transfer.target')}
                value={target?.id ?? null}
                onChange={setTarget}
                asOf={effectiveDate ?? undefined}
                excludeIds={[member.unit.id]}
                error={required(!target)}
                required
              />
            ) : (
              <TextInput
                data-testid="transfer-target-name"
                label={t('members.transfer.targetName')}
                placeholder={t('members.transfer.targetNamePlaceholder')}
                value={targetName}
                onChange={(event) => setTargetName(event.currentTarget.value)}
                error={required(!targetName.trim())}
                withAsterisk
              />
            )}
            <DateField
              testId="transfer-date"
              label={t('members.transfer.effectiveDate')}
              value={effectiveDate}
              onChange={setEffectiveDate}
              error={required(!effectiveDate)}
              withAsterisk
            />
            <TextInput
              data-testid="transfer-reason"
              label={t('form.reason')}
              placeholder={t('members.transfer.reasonPlaceholder')}
              value={reason}
              onChange={(event) => setReason(event.currentTarget.value)}
              error={required(!reason.trim())}
              withAsterisk
            />
            <TextInput
              data-testid="transfer-decision"
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
