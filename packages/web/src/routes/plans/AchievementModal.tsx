// A child's achievement on an entered indicator: the value reached and the day it stands on.
import { findIndicator, todayInVietnam } from '@congdoan/domain';
import { NumberInput, Stack, Text } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type ChildProgress, plansApi } from '../../api/plans.ts';
import { DateField } from '../../components/DateField.tsx';
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
  const [value, setValue] = useState<number | string>('');
  const [date, setDate] = useState<string | null>(asOf > today ? today : asOf);
  const valueValid = typeof value === 'number' && Number.isFinite(value) && value >= 0;
  const future = date !== null && date > today;
  const measure = findIndicator(indicatorCode)?.measure;
  const indicator = indicatorName(t, indicatorCode);
  const stored = valueValid ? fromInput(indicatorCode, value) : 0;
  return (
    <StepModal
      title={t('plans.updateTitle', { indicator })}
      testId="achievement-form"
      size="md"
      onClose={onClose}
      validate={() => valueValid && Boolean(date) && !future}
      summary={() =>
        t('plans.updateSummary', {
          unit: row.unitName,
          value: formatIndicatorValue(indicatorCode, stored, language),
          indicator,
          date: formatDate(date),
        })
      }
      submit={() =>
        plansApi.recordAchievement(planId, targetId, row.unitId, { value: stored, asOf: date ?? today })
      }
      done={t('plans.updateDone')}
      onDone={() => invalidatePlanData(queryClient)}
    >
      {(showErrors) => (
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
            value={value}
            onChange={setValue}
            min={0}
            allowDecimal={allowsDecimals(indicatorCode)}
            {...numberSeparators(language)}
            withAsterisk
            error={showErrors && !valueValid ? t('plans.invalidValue') : undefined}
            data-testid="achievement-value"
          />
          <DateField
            label={t('plans.achievedOn')}
            value={date}
            onChange={setDate}
            maxDate={today}
            withAsterisk
            error={showErrors && (!date || future) ? t('plans.required') : undefined}
            testId="achievement-date"
          />
        </Stack>
      )}
    </StepModal>
  );
}
