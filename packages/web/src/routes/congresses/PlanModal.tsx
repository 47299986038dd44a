// Issuing a congress plan for the unit's subtree: the cycle, title, document, a deadline per level and the
// pilot congresses, then the confirmation step.
import {
  CONGRESS_LEVELS,
  type CongressLevel,
  type CongressPlan,
  congressCycle,
  congressLevelOfTier,
  type OrgUnitDetail,
  todayInVietnam,
} from '@congdoan/domain';
import { Stack, Text, Textarea, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { congressesApi } from '../../api/congresses.ts';
import { DateField } from '../../components/DateField.tsx';
import { formatDate } from '../../components/format.ts';
import { StepModal } from '../../components/StepModal.tsx';
import { type PickedUnit, UnitMultiSearchSelect } from '../../components/UnitSearchSelect.tsx';
import { useUnitTypes } from '../org/actions/useUnitTypes.ts';
import { congressLevelLabel, formatCycle } from './labels.ts';

const LEVEL_TIER: Record<CongressLevel, number> = { provincial: 1, superior: 2, grassroots: 3 };

export function PlanModal({
  unit,
  cycle: initialCycle,
  onClose,
  onDone,
}: {
  unit: OrgUnitDetail;
  cycle?: string;
  onClose: () => void;
  onDone: (plan: CongressPlan) => void;
}) {
  const { t } = useTranslation();
  const types = useUnitTypes();
  const tier = types.find((type) => type.code === unit.type)?.tier ?? 0;
  // The issuer's own congress and those below it: a provincial federation's plan covers its own congress too.
  const levels = CONGRESS_LEVELS.filter((level) => LEVEL_TIER[level] >= tier).sort(
    (a, b) => LEVEL_TIER[b] - LEVEL_TIER[a],
  );
  const [cycle, setCycle] = useState(initialCycle ?? '');
  const [title, setTitle] = useState('');
  const [documentNumber, setDocumentNumber] = useState('');
  const [issuedOn, setIssuedOn] = useState<string | null>(todayInVietnam());
  const [deadlines, setDeadlines] = useState<Partial<Record<CongressLevel, string | null>>>({});
  const [pilots, setPilots] = useState<PickedUnit[]>([]);
  const [notes, setNotes] = useState('');
  const cycleValid = congressCycle.safeParse(cycle).success;
  const filled = levels.filter((level) => deadlines[level]);
  const ownLevel = congressLevelOfTier(tier);

  return (
    <StepModal
      title={t('congress.plan.issue')}
      testId="plan-modal"
      onClose={onClose}
      validate={() => cycleValid && Boolean(title.trim() && issuedOn) && filled.length > 0}
      summary={() =>
        t('congress.plan.confirm', {
          unit: unit.name,
          title: title.trim(),
          cycle: formatCycle(cycle),
          deadlines: filled
            .map((level) => `${congressLevelLabel(t, level)}: ${formatDate(deadlines[level])}`)
            .join('; '),
          pilots: pilots.length,
        })
      }
      details={() =>
        pilots.length > 0 ? <Text size="sm">{pilots.map((pilot) => pilot.name).join(', ')}</Text> : null
      }
      submit={() =>
        congressesApi.issuePlan({
          issuerUnitId: unit.id,
          cycle,
          title: title.trim(),
          documentNumber: documentNumber.trim() || undefined,
          issuedOn: issuedOn!,
          deadlines: filled.map((level) => ({ level, deadline: deadlines[level]! })),
          pilotUnitIds: pilots.map((pilot) => pilot.id),
          notes: notes.trim() || undefined,
        })
      }
      done={t('congress.plan.issued')}
      onDone={onDone}
    >
      {(showErrors) => {
        const required = (empty: boolean) => (showErrors && empty ? t('common.required') : undefined);
        return (
          <Stack gap="sm">
            <Text size="sm" c="dimmed">
              {t('congress.plan.issuer', { unit: unit.name })}
            </Text>
            <TextInput
              data-testid="plan-cycle"
              label={t('congress.cycle')}
              placeholder={t('congress.cyclePlaceholder')}
              description={t('congress.cycleHint')}
              value={cycle}
              onChange={(event) => setCycle(event.currentTarget.value.trim())}
              error={showErrors && !cycleValid ? t('congress.cycleInvalid') : undefined}
              withAsterisk
            />
            <TextInput
              data-testid="plan-title"
              label={t('congress.plan.titleField')}
              placeholder={t('congress.plan.titlePlaceholder')}
              value={title}
              onChange={(event) => setTitle(event.currentTarget.value)}
              error={required(!title.trim())}
              withAsterisk
            />
            <TextInput
              data-testid="plan-document"
              label={t('form.documentNumber')}
              placeholder={t('congress.plan.documentPlaceholder')}
              value={documentNumber}
              onChange={(event) => setDocumentNumber(event.currentTarget.value)}
            />
            <DateField
              testId="plan-issued-on"
              label={t('congress.plan.issuedOn')}
              value={issuedOn}
              onChange={setIssuedOn}
              error={required(!issuedOn)}
              withAsterisk
            />
            <Text size="sm" fw={500}>
              {t('congress.plan.deadlines')}
            </Text>
            {levels.map((level) => (
              <DateField
                key={level}
                testId={`plan-deadline-${level}`}
                label={
                  level === ownLevel
                    ? t('congress.plan.ownDeadline', { level: congressLevelLabel(t, level) })
                    : congressLevelLabel(t, level)
                }
                value={deadlines[level] ?? null}
                onChange={(value) => setDeadlines((previous) => ({ ...previous, [level]: value }))}
                clearable
              />
            ))}
            {showErrors && filled.length === 0 && (
              <Text size="xs" c="red" data-testid="plan-deadline-error">
                {t('congress.plan.deadlineNeeded')}
              </Text>
            )}
            <UnitMultiSearchSelect
              testId="plan-pilots"
              label={t('congress.plan.pilots')}
              description={t('congress.plan.pilotsHint')}
              value={pilots}
              onChange={setPilots}
              excludeIds={[unit.id]}
            />
            <Textarea
              data-testid="plan-notes"
              label={t('congress.notes')}
              value={notes}
              onChange={(event) => setNotes(event.currentTarget.value)}
              autosize
              minRows={2}
            />
          </Stack>
        );
      }}
    </StepModal>
  );
}
