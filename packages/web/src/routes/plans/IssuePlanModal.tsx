// Issuing a unit's year plan (ban hành chương trình công tác năm): year, theme, key tasks one per line, the
// document, and targets on indicators of the catalog, one value for every child or a value per child. The
// plan's schema checks it (an empty field is "required", an indicator targeted twice is named), and the
// server's field errors come back under the fields.
import { type OrgUnitDetail, todayInVietnam, yearPlanBody } from '@congdoan/domain';
import { Button, NumberInput, SimpleGrid, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { api } from '../../api/client.ts';
import { keys } from '../../api/keys.ts';
import { DateField } from '../../components/DateField.tsx';
import { useSchemaForm } from '../../components/form/useSchemaForm.ts';
import { StepModal } from '../../components/StepModal.tsx';
import { fromInput, indicatorName, invalidatePlanData } from './labels.ts';
import { emptyTarget, type TargetDraft, TargetFields } from './TargetFields.tsx';

/** The plan as sent while it may still be incomplete: what is missing stays missing, for the schema to name. */
type PlanFields = Omit<z.input<typeof yearPlanBody>, 'year' | 'issuedOn' | 'targets'> & {
  year: number | undefined;
  issuedOn: string | undefined;
  targets?: {
    indicatorCode: string | undefined;
    valueForAll?: number | null;
    perChild?: { unitId: number; value: number | null }[];
    note?: string;
  }[];
};

/** A typed figure for the schema: a blank field is null, which the schema reports as required. */
const figure = (code: string, value: number | string | undefined) =>
  typeof value === 'number' ? fromInput(code, value) : null;

export function IssuePlanModal({
  unit,
  year: initialYear,
  onClose,
}: {
  unit: OrgUnitDetail;
  year: number;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const today = todayInVietnam();
  const children = useQuery({
    queryKey: keys.children(unit.id, today),
    queryFn: () => api.org.children({ params: { id: unit.id }, query: { asOf: today } }),
  });
  const childUnits = children.data ?? [];
  const form = useSchemaForm({
    schema: yearPlanBody,
    initialValues: {
      year: initialYear as number | string,
      issuedOn: today as string | null,
      documentNumber: '',
      theme: '',
      keyTasks: '',
      targets: [] as TargetDraft[],
    },
    // The plan as sent; what is still missing stays missing, for the schema to name.
    toPayload: (values): PlanFields => ({
      unitId: unit.id,
      year: typeof values.year === 'number' ? values.year : undefined,
      theme: values.theme.trim(),
      keyTasks: values.keyTasks
        .split('\n')
        .map((line) => line.trim())
        .filter(Boolean),
      ...(values.documentNumber.trim() ? { documentNumber: values.documentNumber.trim() } : {}),
      issuedOn: values.issuedOn ?? undefined,
      targets: values.targets.map((target) => {
        const code = target.indicatorCode ?? '';
        return {
          indicatorCode: target.indicatorCode ?? undefined,
          ...(target.mode === 'all'
            ? { valueForAll: figure(code, target.valueForAll) }
            : {
                perChild: childUnits.map((child) => ({
                  unitId: child.id,
                  value: figure(code, target.perChild[child.id]),
                })),
              }),
          ...(target.note.trim() ? { note: target.note.trim() } : {}),
        };
      }),
    }),
  });
  const { year, targets } = form.getValues();
  const update = (index: number, change: Partial<TargetDraft>) => {
    const current = targets[index];
    if (current) form.setFieldValue(`targets.${index}`, { ...current, ...change });
  };

  return (
    <StepModal
      title={t('plans.issue')}
      testId="plan-form"
      size="xl"
      onClose={onClose}
      form={form}
      summary={() => t('plans.summary', { year, unit: unit.name, count: targets.length })}
      details={() =>
        targets.length > 0 ? (
          <Text size="sm">
            {targets.map((target) => indicatorName(target.indicatorCode ?? '')).join(' · ')}
          </Text>
        ) : null
      }
      submit={() => api.yearPlans.issue({ body: yearPlanBody.parse(form.getTransformedValues()) })}
      done={t('plans.done')}
      onDone={() => invalidatePlanData(queryClient)}
    >
      {() => (
        <Stack gap="sm">
          <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
            <NumberInput
              label={t('plans.year')}
              {...form.getInputProps('year')}
              min={2000}
              max={2100}
              allowDecimal={false}
              withAsterisk
              data-testid="plan-form-year"
            />
            <DateField
              label={t('plans.issuedOn')}
              {...form.getInputProps('issuedOn')}
              withAsterisk
              testId="plan-form-issued-on"
            />
            <TextInput
              label={t('plans.documentNumber')}
              {...form.getInputProps('documentNumber')}
              data-testid="plan-form-document"
            />
          </SimpleGrid>
          <TextInput
            label={t('plans.theme')}
            {...form.getInputProps('theme')}
            withAsterisk
            data-testid="plan-form-theme"
          />
          <Textarea
            label={t('plans.keyTasks')}
            description={t('plans.keyTasksHint')}
            {...form.getInputProps('keyTasks')}
            autosize
            minRows={3}
            data-testid="plan-form-key-tasks"
          />
          <Text fw={600} size="sm">
            {t('plans.targets')}
          </Text>
          {targets.map((target, index) => (
            <TargetFields
              key={target.key}
              index={index}
              target={target}
              childUnits={childUnits}
              onChange={(change) => update(index, change)}
              onRemove={() => form.removeListItem('targets', index)}
              error={(path) => form.errors[`targets.${index}.${path}`]}
            />
          ))}
          <Button
            variant="light"
            leftSection={<IconPlus size={16} />}
            onClick={() => form.insertListItem('targets', emptyTarget())}
            data-testid="plan-form-add-target"
          >
            {t('plans.addTarget')}
          </Button>
        </Stack>
      )}
    </StepModal>
  );
}
