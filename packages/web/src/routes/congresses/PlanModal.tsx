// Issuing a congress plan for the unit's subtree: the cycle, title, document, a deadline per level and the
// pilot congresses, then the confirmation step. The plan's domain schema checks the fields, and the server's
// field errors come back under them.
import {
  type CongressLevel,
  type CongressPlan,
  type CongressUnitOverview,
  congressPlanBody,
  todayInVietnam,
} from '@congdoan/domain';
import { Stack, Text, Textarea, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { api } from '../../api/client.ts';
import { DateField } from '../../components/DateField.tsx';
import { useSchemaForm } from '../../components/form/useSchemaForm.ts';
import { formatDate } from '../../components/format.ts';
import { StepModal } from '../../components/StepModal.tsx';
import { type PickedUnit, UnitMultiSearchSelect } from '../../components/UnitSearchSelect.tsx';
import type { Draft } from './draft.ts';
import { congressLevelLabel, formatCycle } from './labels.ts';

export function PlanModal({
  overview,
  cycle: initialCycle,
  onClose,
  onDone,
}: {
  overview: CongressUnitOverview;
  cycle?: string;
  onClose: () => void;
  onDone: (plan: CongressPlan) => void;
}) {
  const { t } = useTranslation();
  const { unit, planLevels: levels } = overview;
  const form = useSchemaForm({
    schema: congressPlanBody,
    initialValues: {
      cycle: initialCycle ?? '',
      title: '',
      documentNumber: '',
      issuedOn: todayInVietnam() as string | null,
      deadlines: {} as Partial<Record<CongressLevel, string | null>>,
      pilots: [] as PickedUnit[],
      notes: '',
    },
    toPayload: (values): Draft<z.input<typeof congressPlanBody>, 'issuedOn'> => ({
      issuerUnitId: unit.id,
      cycle: values.cycle.trim(),
      title: values.title.trim(),
      documentNumber: values.documentNumber.trim() || undefined,
      issuedOn: values.issuedOn ?? undefined,
      deadlines: levels.flatMap((level) => {
        const deadline = values.deadlines[level];
        return deadline ? [{ level, deadline }] : [];
      }),
      pilotUnitIds: values.pilots.map((pilot) => pilot.id),
      notes: values.notes.trim() || undefined,
    }),
  });
  const { pilots } = form.getValues();
  const payload = form.getTransformedValues();

  return (
    <StepModal
      title={t('congress.plan.issue')}
      testId="plan-modal"
      onClose={onClose}
      form={form}
      summary={() =>
        t('congress.plan.confirm', {
          unit: unit.name,
          title: payload.title,
          cycle: formatCycle(payload.cycle),
          deadlines: payload.deadlines
            .map((item) => `${congressLevelLabel(t, item.level)}: ${formatDate(item.deadline)}`)
            .join('; '),
          pilots: pilots.length,
        })
      }
      details={() =>
        pilots.length > 0 ? <Text size="sm">{pilots.map((pilot) => pilot.name).join(', ')}</Text> : null
      }
      submit={() => api.congresses.issuePlan({ body: congressPlanBody.parse(form.getTransformedValues()) })}
      done={t('congress.plan.issued')}
      onDone={onDone}
    >
      {() => (
        <Stack gap="sm">
          <Text size="sm" c="dimmed">
            {t('congress.plan.issuer', { unit: unit.name })}
          </Text>
          <TextInput
            data-testid="plan-cycle"
            label={t('congress.cycle')}
            placeholder={t('congress.cyclePlaceholder')}
            description={t('congress.cycleHint')}
            {...form.getInputProps('cycle')}
            withAsterisk
          />
          <TextInput
            data-testid="plan-title"
            label={t('congress.plan.titleField')}
            placeholder={t('congress.plan.titlePlaceholder')}
            {...form.getInputProps('title')}
            withAsterisk
          />
          <TextInput
            data-testid="plan-document"
            label={t('form.documentNumber')}
            placeholder={t('congress.plan.documentPlaceholder')}
            {...form.getInputProps('documentNumber')}
          />
          <DateField
            testId="plan-issued-on"
            label={t('congress.plan.issuedOn')}
            {...form.getInputProps('issuedOn')}
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
                level === unit.level
                  ? t('congress.plan.ownDeadline', { level: congressLevelLabel(t, level) })
                  : congressLevelLabel(t, level)
              }
              {...form.getInputProps(`deadlines.${level}`)}
              clearable
            />
          ))}
          {form.errors.deadlines && (
            <Text size="xs" c="red" data-testid="plan-deadline-error">
              {t('congress.plan.deadlineNeeded')}
            </Text>
          )}
          <UnitMultiSearchSelect
            testId="plan-pilots"
            label={t('congress.plan.pilots')}
            description={t('congress.plan.pilotsHint')}
            value={pilots}
            onChange={(picked) => form.setFieldValue('pilots', picked)}
            error={form.errors.pilotUnitIds}
            excludeIds={[unit.id]}
          />
          <Textarea
            data-testid="plan-notes"
            label={t('congress.notes')}
            {...form.getInputProps('notes')}
            autosize
            minRows={2}
          />
        </Stack>
      )}
    </StepModal>
  );
}
