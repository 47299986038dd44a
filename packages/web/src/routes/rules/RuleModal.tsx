// Add a new value of a rule from a date; the previous value stays in the history.
import {
  createRuleBody,
  RULE_VALUE_TYPES,
  type RuleValue,
  type RuleValueType,
  todayInVietnam,
} from '@congdoan/domain';
import { Modal, NumberInput, Select, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { api } from '../../api/client.ts';
import { DateField } from '../../components/DateField.tsx';
import { FormActions } from '../../components/form/FormActions.tsx';
import { showServerErrors, useSchemaForm } from '../../components/form/useSchemaForm.ts';
import { currentLanguage } from '../../i18n/index.ts';

const CONFIDENCE = ['H', 'M', 'L', 'unconfirmed'] as const;
type Confidence = (typeof CONFIDENCE)[number];

/** The value the fields hold for the chosen type; `null` when it is missing (the schema then says so). */
function ruleValueOfFields(values: {
  valueType: RuleValueType;
  number: number | string;
  numerator: number | string;
  denominator: number | string;
  text: string;
}): RuleValue | null {
  if (values.valueType === 'fraction') {
    return typeof values.numerator === 'number' && typeof values.denominator === 'number'
      ? { numerator: values.numerator, denominator: values.denominator }
      : null;
  }
  if (values.valueType === 'text' || values.valueType === 'monthDay') return values.text.trim() || null;
  return typeof values.number === 'number' ? values.number : null;
}

export function RuleModal({
  preset,
  onClose,
}: {
  preset: { key: string; valueType: RuleValueType; source: string } | null;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const vi = currentLanguage() === 'vi';
  const form = useSchemaForm({
    schema: createRuleBody,
    initialValues: {
      key: preset?.key ?? '',
      valueType: preset?.valueType ?? ('integer' as RuleValueType),
      number: '' as number | string,
      numerator: '' as number | string,
      denominator: '' as number | string,
      text: '',
      validFrom: todayInVietnam() as string | null,
      source: preset?.source ?? '',
      confidence: 'H' as Confidence,
    },
    toPayload: (values) => ({
      key: values.key.trim(),
      valueType: values.valueType,
      value: ruleValueOfFields(values) as RuleValue,
      validFrom: values.validFrom ?? '',
      source: values.source.trim(),
      confidence: values.confidence,
    }),
  });
  const { valueType } = form.getValues();

  const save = useMutation({
    mutationFn: (body: z.input<typeof createRuleBody>) => api.rules.create({ body }),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: ['rules'] });
      notifications.show({ color: 'green', message: t('rules.saved') });
      onClose();
    },
    onError: (error) => showServerErrors(form, error),
  });
  const numberProps = {
    thousandSeparator: vi ? '.' : ',',
    decimalSeparator: vi ? ',' : '.',
    allowNegative: false,
  };

  return (
    <Modal
      opened
      onClose={onClose}
      title={preset ? t('rules.addFor', { key: preset.key }) : t('rules.add')}
      size="md"
    >
      <Stack gap="sm">
        <TextInput
          data-testid="rule-key"
          label={t('rules.key')}
          {...form.getInputProps('key')}
          disabled={Boolean(preset)}
          ff="monospace"
        />
        <Select
          data-testid="rule-value-type"
          label={t('rules.valueType')}
          data={RULE_VALUE_TYPES.map((type) => ({ value: type, label: t(`rules.valueTypes.${type}`) }))}
          {...form.getInputProps('valueType')}
          disabled={Boolean(preset)}
          allowDeselect={false}
          comboboxProps={{ withinPortal: true }}
        />
        {valueType === 'fraction' ? (
          <SimpleGrid cols={2}>
            <NumberInput
              data-testid="rule-numerator"
              label={t('rules.numerator')}
              {...form.getInputProps('numerator')}
              error={form.errors.value ?? form.errors['value.numerator']}
              allowDecimal={false}
              allowNegative={false}
            />
            <NumberInput
              data-testid="rule-denominator"
              label={t('rules.denominator')}
              {...form.getInputProps('denominator')}
              error={form.errors['value.denominator']}
              allowDecimal={false}
              min={1}
              allowNegative={false}
            />
          </SimpleGrid>
        ) : valueType === 'text' || valueType === 'monthDay' ? (
          <TextInput
            data-testid="rule-value"
            label={t('rules.value')}
            placeholder={valueType === 'monthDay' ? 'MM-DD' : undefined}
            {...form.getInputProps('text')}
            error={form.errors.value}
          />
        ) : (
          <NumberInput
            data-testid="rule-value"
            label={t('rules.value')}
            {...form.getInputProps('number')}
            error={form.errors.value}
            allowDecimal={valueType === 'percent'}
            suffix={
              valueType === 'money' ? ` ${t('common.currency')}` : valueType === 'percent' ? ' %' : undefined
            }
            {...numberProps}
          />
        )}
        <DateField
          testId="rule-valid-from"
          label={t('rules.validFrom')}
          {...form.getInputProps('validFrom')}
        />
        <TextInput data-testid="rule-source" label={t('rules.source')} {...form.getInputProps('source')} />
        <Select
          data-testid="rule-confidence"
          label={t('rules.confidence')}
          data={CONFIDENCE.map((level) => ({ value: level, label: t(`rules.confidenceLevels.${level}`) }))}
          {...form.getInputProps('confidence')}
          allowDeselect={false}
          comboboxProps={{ withinPortal: true }}
        />
        <FormActions
          error={save.error}
          errorTestId="rule-error"
          pending={save.isPending}
          onCancel={onClose}
          onSave={form.submitWith((body) => save.mutate(body))}
          saveTestId="rule-save"
        />
      </Stack>
    </Modal>
  );
}
