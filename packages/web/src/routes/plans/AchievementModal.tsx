// A child's achievement on an entered indicator: the value reached and the day it stands on, checked by the
// achievement's schema; a share is typed as a percentage and sent as the fraction it is kept as.
import { achievementBody, type ChildProgress, findIndicator, todayInVietnam } from '@congdoan/domain';
import { NumberInput, Stack, Text } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { api } from '../../api/client.ts';
import { DateField } from '../../components/DateField.tsx';
import { useSchemaForm } from '../../components/form/useSchemaForm.ts';
import { formatDate } from '../../components/format.ts';
import { StepModal } from '../../components/StepModal.tsx';
import { currentLanguage } from '../../i18n/index.ts';
import {
  allowsDecimals,
  formatIndicatorValue,
  fromInput,
  indicatorName,
  invalidatePlanData,
  numberSeparators,
} from './labels.ts';

/** The fields as sent: the value may still be missing, which the schema reports under its field. */
type AchievementFields = Omit<z.input<typeof achievementBody>, 'value'> & { value: number | undefined };

export function AchievementModal({
  planId,
  targetId,
  indicatorCode,
  row,
  asOf,
  onClose,
}: {
  planId: number;
  targetId: number;
  indicatorCode: string;
  row: ChildProgress;
  asOf: string;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const language = currentLanguage();
  const today = todayInVietnam();
  const form = useSchemaForm({
    schema: achievementBody,
    initialValues: { value: '' as number | string, asOf: (asOf > today ? today : asOf) as string | null },
    toPayload: (values): AchievementFields => ({
      value: typeof values.value === 'number' ? fromInput(indicatorCode, values.value) : undefined,
      asOf: values.asOf ?? '',
    }),
  });
  const measure = findIndicator(indicatorCode)?.measure;
  const indicator = indicatorName(indicatorCode);
  const payload = () => achievementBody.parse(form.getTransformedValues());
  return (
    <StepModal
      title={t('plans.updateTitle', { indicator })}
      testId="achievement-form"
      size="md"
      onClose={onClose}
      form={form}
      summary={() =>
        t('plans.updateSummary', {
          unit: row.unitName,
          value: formatIndicatorValue(indicatorCode, payload().value, language),
          indicator,
          date: formatDate(payload().asOf),
        })
      }
      submit={() =>
        api.yearPlans.recordAchievement({
          params: { id: planId, targetId, unitId: row.unitId },
          body: payload(),
        })
      }
      done={t('plans.updateDone')}
      onDone={() => invalidatePlanData(queryClient)}
    >
      {() => (
        <Stack gap="sm">
          <Text size="sm">{row.unitName}</Text>
          <NumberInput
            label={t('plans.achievedValue')}
            description={
              measure === 'percent'
                ? t('plans.percentHint')
                : measure === 'dong'
                  ? t('plans.moneyHint')
                  : undefined
            }
            {...form.getInputProps('value')}
            min={0}
            allowDecimal={allowsDecimals(indicatorCode)}
            {...numberSeparators(language)}
            withAsterisk
            data-testid="achievement-value"
          />
          <DateField
            label={t('plans.achievedOn')}
            {...form.getInputProps('asOf')}
            maxDate={today}
            withAsterisk
            testId="achievement-date"
          />
        </Stack>
      )}
    </StepModal>
  );
}
