// Opening a report period (mở kỳ báo cáo) for the subtree of the user's unit: six months or the year, the
// year, and the dates; a date left blank follows the rules (cut-off 31/5 or 30/11, due 10 days later), and
// the placeholders show what the rules give. The period's schema checks the fields, and the dates the rules
// fill in too, so an order the server would refuse is shown under its field before anything is sent.
import {
  addDays,
  type ReportPeriodKind,
  type RuleValueAnswer,
  reportPeriodBody,
  todayInVietnam,
} from '@congdoan/domain';
import { NumberInput, SegmentedControl, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { api } from '../../api/client.ts';
import { keys } from '../../api/keys.ts';
import { DateField } from '../../components/DateField.tsx';
import { fieldErrors, useSchemaForm } from '../../components/form/useSchemaForm.ts';
import { formatDate } from '../../components/format.ts';
import { StepModal } from '../../components/StepModal.tsx';
import { kindLabel } from './labels.ts';
import { invalidateReportData } from './queries.ts';

/** The fields as sent: the year may still be missing, which the schema reports under its field. */
type PeriodFields = Omit<z.input<typeof reportPeriodBody>, 'year'> & { year: number | undefined };

const RULE_KEY: Record<ReportPeriodKind, string> = {
  halfYear: 'report.cutoff.halfYear',
  year: 'report.cutoff.year',
};

/** A rule's value on a date, for the placeholders (the server applies the same rules). */
function useRule(key: string, date: string | null) {
  return useQuery({
    queryKey: keys.ruleValue(key, date ?? ''),
    queryFn: () => api.rules.valueOn({ query: { key, date: date ?? '' } }),
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
  const form = useSchemaForm({
    schema: reportPeriodBody,
    initialValues: {
      kind: 'halfYear' as ReportPeriodKind,
      year: initialYear as number | string,
      name: '',
      startsOn: null as string | null,
      cutOff: null as string | null,
      dueOn: null as string | null,
    },
    toPayload: (values): PeriodFields => ({
      unitId: unit.id,
      kind: values.kind,
      year: typeof values.year === 'number' ? values.year : undefined,
      ...(values.name.trim() ? { name: values.name.trim() } : {}),
      ...(values.startsOn ? { startsOn: values.startsOn } : {}),
      ...(values.cutOff ? { cutOff: values.cutOff } : {}),
      ...(values.dueOn ? { dueOn: values.dueOn } : {}),
    }),
  });
  const { kind, year, name, startsOn, cutOff, dueOn } = form.getValues();
  const y = reportPeriodBody.shape.year.safeParse(year).success ? Number(year) : null;

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

  /** After the fields by the schema (StepModal's `form`), the dates as the rules complete them by the same schema. */
  const validate = () => {
    const completed = {
      ...form.getTransformedValues(),
      ...(effectiveStart ? { startsOn: effectiveStart } : {}),
      ...(effectiveCutOff ? { cutOff: effectiveCutOff } : {}),
      ...(effectiveDue ? { dueOn: effectiveDue } : {}),
    };
    const errors = fieldErrors(reportPeriodBody, completed);
    form.setErrors(errors);
    return Object.keys(errors).length === 0;
  };
  const rulePlaceholder = (iso: string | null) => (iso ? formatDate(iso) : t('common.datePlaceholder'));

  return (
    <StepModal
      title={t('reports.open.title')}
      testId="report-period-form"
      size="lg"
      onClose={onClose}
      form={form}
      validate={validate}
      summary={() =>
        t('reports.open.summary', {
          name: name.trim() || defaultName,
          unit: unit.name,
          cutOff: formatDate(effectiveCutOff) || '—',
          dueOn: formatDate(effectiveDue) || '—',
        })
      }
      submit={() => api.reports.openPeriod({ body: reportPeriodBody.parse(form.getTransformedValues()) })}
      done={t('reports.open.done')}
      onDone={(period) => {
        void invalidateReportData(queryClient);
        void navigate({ to: '/reports/$periodId', params: { periodId: String(period.id) } });
      }}
    >
      {() => (
        <Stack gap="sm">
          <Text size="sm">{t('reports.open.intro', { unit: unit.name })}</Text>
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
            <div>
              <Text size="sm" fw={500} mb={4} id="report-period-kind-label">
                {t('reports.kindLabel')}
              </Text>
              <SegmentedControl
                {...form.getInputProps('kind')}
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
              {...form.getInputProps('year')}
              min={2000}
              max={2100}
              allowDecimal={false}
              withAsterisk
              data-testid="report-period-year"
            />
          </SimpleGrid>
          <TextInput
            label={t('reports.periodName')}
            placeholder={defaultName}
            {...form.getInputProps('name')}
            data-testid="report-period-name"
          />
          <Text size="xs" c="dimmed">
            {t('reports.open.datesHint')}
          </Text>
          <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
            <DateField
              label={t('reports.startsOn')}
              {...form.getInputProps('startsOn')}
              placeholder={rulePlaceholder(ruleStart)}
              clearable
              testId="report-period-starts-on"
            />
            <DateField
              label={t('reports.cutOff')}
              {...form.getInputProps('cutOff')}
              placeholder={rulePlaceholder(ruleCutOff)}
              clearable
              testId="report-period-cut-off"
            />
            <DateField
              label={t('reports.dueOn')}
              {...form.getInputProps('dueOn')}
              placeholder={rulePlaceholder(ruleDue)}
              clearable
              minDate={effectiveCutOff ?? undefined}
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
