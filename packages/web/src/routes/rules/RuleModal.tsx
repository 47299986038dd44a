// Add a new value of a rule from a date; the previous value stays in the history.
import { RULE_VALUE_TYPES, type RuleValue, type RuleValueType, todayInVietnam } from '@congdoan/domain';
import {
  Alert,
  Button,
  Group,
  Modal,
  NumberInput,
  Select,
  SimpleGrid,
  Stack,
  TextInput,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client.ts';
import { DateField } from '../../components/DateField.tsx';
import { errorMessage } from '../../components/errors.ts';
import { currentLanguage } from '../../i18n/index.ts';

const CONFIDENCE = ['H', 'M', 'L', 'unconfirmed'] as const;
type Confidence = (typeof CONFIDENCE)[number];

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
  const [key, setKey] = useState(preset?.key ?? '');
  const [valueType, setValueType] = useState<RuleValueType>(preset?.valueType ?? 'integer');
  const [number, setNumber] = useState<number | string>('');
  const [numerator, setNumerator] = useState<number | string>('');
  const [denominator, setDenominator] = useState<number | string>('');
  const [text, setText] = useState('');
  const [validFrom, setValidFrom] = useState<string | null>(todayInVietnam());
  const [source, setSource] = useState(preset?.source ?? '');
  const [confidence, setConfidence] = useState<Confidence>('H');
  const [touched, setTouched] = useState(false);

  const value = (): RuleValue | null => {
    if (valueType === 'fraction') {
      return typeof numerator === 'number' && typeof denominator === 'number'
        ? { numerator, denominator }
        : null;
    }
    if (valueType === 'text' || valueType === 'monthDay') return text.trim() || null;
    return typeof number === 'number' ? number : null;
  };

  const save = useMutation({
    mutationFn: () =>
      api.rules.create({
        body: {
          key: key.trim(),
          valueType,
          value: value()!,
          validFrom: validFrom!,
          source: source.trim(),
          confidence,
        },
      }),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: ['rules'] });
      notifications.show({ color: 'green', message: t('rules.saved') });
      onClose();
    },
  });
  const ready = key.trim() && value() !== null && validFrom && source.trim();
  const required = (empty: boolean) => (touched && empty ? t('common.required') : undefined);
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
          value={key}
          onChange={(event) => setKey(event.currentTarget.value)}
          disabled={Boolean(preset)}
          error={required(!key.trim())}
          ff="monospace"
        />
        <Select
          data-testid="rule-value-type"
          label={t('rules.valueType')}
          data={RULE_VALUE_TYPES.map((type) => ({ value: type, label: t(`rules.valueTypes.${type}`) }))}
          value={valueType}
          onChange={(type) => type && setValueType(type as RuleValueType)}
          disabled={Boolean(preset)}
          allowDeselect={false}
          comboboxProps={{ withinPortal: true }}
        />
        {valueType === 'fraction' ? (
          <SimpleGrid cols={2}>
            <NumberInput
              data-testid="rule-numerator"
              label={t('rules.numerator')}
              value={numerator}
              onChange={setNumerator}
              allowDecimal={false}
              allowNegative={false}
              error={required(value() === null)}
            />
            <NumberInput
              data-testid="rule-denominator"
              label={t('rules.denominator')}
              value={denominator}
              onChange={setDenominator}
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
            value={text}
            onChange={(event) => setText(event.currentTarget.value)}
            error={required(value() === null)}
          />
        ) : (
          <NumberInput
            data-testid="rule-value"
            label={t('rules.value')}
            value={number}
            onChange={setNumber}
            allowDecimal={valueType === 'percent'}
            suffix={
              valueType === 'money' ? ` ${t('common.currency')}` : valueType === 'percent' ? ' %' : undefined
            }
            error={required(value() === null)}
            {...numberProps}
          />
        )}
        <DateField
          testId="rule-valid-from"
          label={t('rules.validFrom')}
          value={validFrom}
          onChange={setValidFrom}
          error={required(!validFrom)}
        />
        <TextInput
          data-testid="rule-source"
          label={t('rules.source')}
          value={source}
          onChange={(event) => setSource(event.currentTarget.value)}
          error={required(!source.trim())}
        />
        <Select
          data-testid="rule-confidence"
          label={t('rules.confidence')}
          data={CONFIDENCE.map((level) => ({ value: level, label: t(`rules.confidenceLevels.${level}`) }))}
          value={confidence}
          onChange={(level) => level && setConfidence(level as Confidence)}
          allowDeselect={false}
          comboboxProps={{ withinPortal: true }}
        />
        {save.isError && (
          <Alert color="red" data-testid="rule-error">
            {errorMessage(save.error, t)}
          </Alert>
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button
            data-testid="rule-save"
            loading={save.isPending}
            onClick={() => {
              setTouched(true);
              if (ready) save.mutate();
            }}
          >
            {t('common.save')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
