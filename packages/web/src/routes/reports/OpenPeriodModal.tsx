// Opening a report period (mở kỳ báo cáo) for the subtree of the user's unit: six months or the year, the
// year, and the dates; a date left blank follows the rules (cut-off 31/5 or 30/11, due 10 days later), and
// the placeholders show what the rules give.
import { addDays, type ReportPeriodKind, type RuleValueAnswer, todayInVietnam } from '@congdoan/domain';
import { NumberInput, SegmentedControl, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { get } from '../../api/client.ts';
import { keys } from '../../api/keys.ts';
import { invalidateReportData, type ReportPeriodInput, reportsApi } from '../../api/reports.ts';
import { DateField } from '../../components/DateField.tsx';
import { formatDate } from '../../components/format.ts';
import { StepModal } from '../../components/StepModal.tsx';
import { kindLabel } from './labels.ts';

const RULE_KEY: Record<ReportPeriodKind, string> = {
  halfYear: 'report.cutoff.halfYear',
  year: 'report.cutoff.year',
};

/** A rule's value on a date, for the placeholders (the server applies the same rules). */
function useRule(key: string, date: string | null) {
  return useQuery({
    queryKey: keys.ruleValue(key, date ?? ''),
    queryFn: () => get<RuleValueAnswer>('/rules/value', { key, date }),
    enabled: date !== null,
    staleTime: 10 * 60_000,
  });
}

const monthDay = (answer: RuleValueAnswer | undefined) =>
  typeof answer?.value === 'string' && /^\d{2}-\d{2}$/u.test(answer.value) ? answer.value : null;

export function OpenPeriodModal({
  unit,
  year: initialYear,
  onClose,
}: {
  unit: { id: number; name: string };
  year: number;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const [kind, setKind] = useState<ReportPeriodKind>('halfYear');
  const [year, setYear] = useState<number | string>(initialYear);
  const [name, setName] = useState('');
  const [startsOn, setStartsOn] = useState<string | null>(null);
  const [cutOff, setCutOff] = useState<string | null>(null);
  const [dueOn, setDueOn] = useState<string | null>(null);
  const yearValid = typeof year === 'number' && Number.isInteger(year) && year >= 2000 && year <= 2100;
  const y = yearValid ? Number(year) : null;

  // What the rules give, for the placeholders.
  const cutOffRule = useRule(RULE_KEY[kind], y ? `${y}-01-01` : null);
  const previousYearRule = useRule(RULE_KEY.year, y ? `${y - 1}-01-01` : null);
  const ruleCutOff = y && monthDay(cutOffRule.data) ? `${y}-${monthDay(cutOffRule.data)}` : null;
  const dueRule = useRule('report.dueDays', cutOff ?? ruleCutOff);
  const ruleStart =
    y && monthDay(previousYearRule.data) ? addDays(`${y - 1}-${monthDay(previousYearRule.data)}`, 1) : null;
  const dueDays = typeof dueRule.data?.value === 'number' ? dueRule.data.value : null;
  const ruleDue =
    dueDays !== null && (cutOff ?? ruleCutOff) ? addDays(cutOff ?? ruleCutOff ?? '', dueDays) : null;
  const defaultName = y ? t(`reports.defaultName.${kind}`, { year: y }) : '';

  const effectiveStart = startsOn ?? ruleStart;
  const effectiveCutOff = cutOff ?? ruleCutOff;
  const effectiveDue = dueOn ?? ruleDue;
  const startAfterCutOff = Boolean(effectiveStart && effectiveCutOff && effectiveStart > effectiveCutOff);
  const dueBeforeCutOff = Boolean(effectiveDue && effectiveCutOff && effectiveDue < effectiveCutOff);
  const valid = yearValid && !startAfterCutOff && !dueBeforeCutOff;

  const body = (): ReportPeriodInput => ({
    unitId: unit.id,
    kind,
    year: Number(year),
    ...(name.trim() ? { name: name.trim() } : {}),
    ...(startsOn ? { startsOn } : {}),
    ...(cutOff ? { cutOff } : {}),
    ...(dueOn ? { dueOn } : {}),
  });
  const rulePlaceholder = (iso: string | null) => (iso ? formatDate(iso) : t('common.datePlaceholder'));

  return (
    <StepModal
      title={t('reports.open.title')}
      testId="report-period-form"
      size="lg"
      onClose={onClose}
      validate={() => valid}
      summary={() =>
        t('reports.open.summary', {
          name: name.trim() || defaultName,
          unit: unit.name,
          cutOff: formatDate(effectiveCutOff) || '—',
          dueOn: formatDate(effectiveDue) || '—',
        })
      }
      submit={() => reportsApi.openPeriod(body())}
      done={t('reports.open.done')}
      onDone={(period) => {
        void invalidateReportData(queryClient);
        void navigate({ to: '/reports/$periodId', params: { periodId: String(period.id) } });
      }}
    >
      {(showErrors) => (
        <Stack gap="sm">
          <Text size="sm">{t('reports.open.intro', { unit: unit.name })}</Text>
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
            <div>
              <Text size="sm" fw={500} mb={4} id="report-period-kind-label">
                {t('reports.kindLabel')}
              </Text>
              <SegmentedControl
                value={kind}
                onChange={(value) => setKind(value as ReportPeriodKind)}
                data={[
                  { value: 'halfYear', label: kindLabel(t, 'halfYear') },
                  { value: 'year', label: kindLabel(t, 'year') },
                ]}
                fullWidth
                aria-labelledby="report-period-kind-label"
                data-testid="report-period-kind"
              />
            </div>
            <NumberInput
              label={t('reports.year')}
              value={year}
              onChange={setYear}
              min={2000}
              max={2100}
              allowDecimal={false}
              withAsterisk
              error={showErrors && !yearValid ? t('reports.required') : undefined}
              data-testid="report-period-year"
            />
          </SimpleGrid>
          <TextInput
            label={t('reports.periodName')}
            placeholder={defaultName}
            value={name}
            onChange={(event) => setName(event.currentTarget.value)}
            data-testid="report-period-name"
          />
          <Text size="xs" c="dimmed">
            {t('reports.open.datesHint')}
          </Text>
          <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
            <DateField
              label={t('reports.startsOn')}
              value={startsOn}
              onChange={setStartsOn}
              placeholder={rulePlaceholder(ruleStart)}
              clearable
              error={showErrors && startAfterCutOff ? t('reports.open.startAfterCutOff') : undefined}
              testId="report-period-starts-on"
            />
            <DateField
              label={t('reports.cutOff')}
              value={cutOff}
              onChange={setCutOff}
              placeholder={rulePlaceholder(ruleCutOff)}
              clearable
              testId="report-period-cut-off"
            />
            <DateField
              label={t('reports.dueOn')}
              value={dueOn}
              onChange={setDueOn}
              placeholder={rulePlaceholder(ruleDue)}
              clearable
              minDate={effectiveCutOff ?? undefined}
              error={showErrors && dueBeforeCutOff ? t('reports.open.dueBeforeCutOff') : undefined}
              testId="report-period-due-on"
            />
          </SimpleGrid>
          {effectiveDue && effectiveDue < todayInVietnam() && (
            <Text size="xs" c="orange.8" data-testid="report-period-past-due">
              {t('reports.open.pastDue')}
            </Text>
          )}
        </Stack>
      )}
    </StepModal>
  );
}
