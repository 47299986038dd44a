// A unit's report for a period (/reports/:periodId/units/:unitId): its status, the figures (from the records,
// the children's reports, or typed in), the narrative, and the workflow — save a draft, submit to the level
// above, and there approve it or return it with a comment; the report as Word, and what happened to it.
import { apiContract, type UnitReport, unitReportBody } from '@congdoan/domain';
import {
  Alert,
  Anchor,
  Badge,
  Button,
  Group,
  Paper,
  Skeleton,
  Stack,
  Text,
  Textarea,
  Title,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconArrowLeft, IconFileTypeDocx } from '@tabler/icons-react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { getRouteApi, Link } from '@tanstack/react-router';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { api, hrefOf } from '../../api/client.ts';
import { keys } from '../../api/keys.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { showServerErrors, useSchemaForm } from '../../components/form/useSchemaForm.ts';
import { formatDate, formatDateTime } from '../../components/format.ts';
import { currentLanguage } from '../../i18n/index.ts';
import { lateLabel, STATUS_COLORS, statusLabel } from './labels.ts';
import { invalidateReportData, useReportPeriod, useUnitReport } from './queries.ts';
import { ReportHistory } from './ReportHistory.tsx';
import { type LineDraft, ReportLines } from './ReportLines.tsx';
import { ReportModals, type ReportStep } from './ReportModals.tsx';

const route = getRouteApi('/_app/reports/$periodId/units/$unitId');

const NARRATIVE = ['results', 'shortcomings', 'direction'] as const;

/** The fields as the saved report fills them: its entered figures (blank for none) and its narrative. */
function fieldsOf(report: UnitReport) {
  const values: LineDraft = {};
  for (const line of report.lines) if (line.source === 'entered') values[line.code] = line.value ?? '';
  return { values, narrative: { ...report.narrative } };
}

/** The fields → the payload: a blank figure clears it. */
const toPayload = (fields: ReturnType<typeof fieldsOf>): z.input<typeof unitReportBody> => ({
  values: Object.fromEntries(
    Object.entries(fields.values).map(([code, value]) => [code, value === '' ? null : value]),
  ),
  narrative: fields.narrative,
});

export function UnitReportPage() {
  const { t } = useTranslation();
  const language = currentLanguage();
  const queryClient = useQueryClient();
  const params = route.useParams();
  const periodId = Number(params.periodId);
  const unitId = Number(params.unitId);
  const period = useReportPeriod(periodId);
  const report = useUnitReport(periodId, unitId);
  const [modal, setModal] = useState<ReportStep | null>(null);
  const form = useSchemaForm({
    schema: unitReportBody,
    initialValues: { values: {} as LineDraft, narrative: { results: '', shortcomings: '', direction: '' } },
    toPayload,
  });
  const sendSave = (body: z.input<typeof unitReportBody>) =>
    api.reports.saveReport({ params: { id: periodId, unitId }, body });
  const save = useMutation({
    mutationFn: sendSave,
    onSuccess: async (result) => {
      queryClient.setQueryData(keys.report(periodId, unitId), result);
      notifications.show({ color: 'green', message: t('reports.unit.saved') });
      await invalidateReportData(queryClient);
    },
    onError: (error) => showServerErrors(form, error),
  });

  // The fields follow the saved report whenever the server answers anew (the form's own functions change
  // with every render, so the effect reaches them through a ref and runs only on a new answer).
  const formRef = useRef(form);
  formRef.current = form;
  useEffect(() => {
    if (!report.data) return;
    const fields = fieldsOf(report.data);
    formRef.current.setValues(fields);
    formRef.current.resetDirty(fields);
  }, [report.data]);

  if (report.isPending) return <Skeleton h={400} radius="md" />;
  if (report.isError) {
    return <ErrorAlert error={report.error} testId="unit-report-error" />;
  }
  const data = report.data;
  const can = data.can;
  const refresh = async (result: UnitReport) => {
    queryClient.setQueryData(keys.report(periodId, unitId), result);
    await invalidateReportData(queryClient);
  };
  // The user's own unit's report leads back to the period's own tab, another unit's to the completeness list.
  const ownUnit = period.data?.place.ownReport === true && period.data.place.rootUnitId === unitId;
  const periodName = period.data?.name ?? '';
  const { values: draft } = form.getValues();

  return (
    <Stack gap="md" data-testid="unit-report" data-status={data.status}>
      <Anchor
        size="sm"
        renderRoot={(props) => (
          <Link
            {...props}
            to="/reports/$periodId"
            params={{ periodId: String(periodId) }}
            search={{ tab: ownUnit ? 'own' : 'completeness' }}
          />
        )}
        data-testid="unit-report-back"
      >
        <Group gap={4}>
          <IconArrowLeft size={14} />
          {t('reports.unit.back')}
        </Group>
      </Anchor>

      <Stack gap={4}>
        <Text size="sm" c="dimmed">
          {periodName}
          {period.data &&
            ` · ${t('reports.cutOff')} ${formatDate(period.data.cutOff)} · ${t('reports.dueOn')} ${formatDate(period.data.dueOn)}`}
        </Text>
        <Title order={2} data-testid="unit-report-unit">
          {data.unit.name}
        </Title>
        <Group gap="xs" wrap="wrap">
          <Badge color={STATUS_COLORS[data.status]} variant="light" data-testid="unit-report-status">
            {statusLabel(t, data.status)}
          </Badge>
          {data.late && (
            <Badge color="red" variant="outline" data-testid="unit-report-late">
              {lateLabel(t, data.submittedAt !== null)}
            </Badge>
          )}
          <Text size="sm" c="dimmed">
            {data.form.name}
          </Text>
        </Group>
        <Text size="sm" c="dimmed">
          {data.reviewer ? t('reports.sendsTo', { unit: data.reviewer.name }) : t('reports.own.issuerHint')}
          {data.submittedAt && ` · ${t('reports.submittedAt', { at: formatDateTime(data.submittedAt) })}`}
          {data.reviewedAt && ` · ${t('reports.reviewedAt', { at: formatDateTime(data.reviewedAt) })}`}
        </Text>
      </Stack>

      {data.status === 'returned' && data.returnComment && (
        <Alert color="orange" title={t('reports.returnedTitle')} data-testid="unit-report-returned">
          {data.returnComment}
        </Alert>
      )}

      <Paper withBorder radius="md" p="sm">
        <Title order={3} size="h5" mb="xs">
          {t('reports.unit.figures')}
        </Title>
        {can.edit && (
          <Text size="xs" c="dimmed" mb="xs">
            {t('reports.unit.figuresHint')}
          </Text>
        )}
        <ReportLines
          lines={data.lines}
          editable={can.edit}
          draft={draft}
          onChange={(code, value) => form.setFieldValue(`values.${code}`, value)}
          errors={(code) => form.errors[`values.${code}`]}
        />
      </Paper>

      <Paper withBorder radius="md" p="sm">
        <Stack gap="sm">
          <Title order={3} size="h5">
            {t('reports.unit.narrative')}
          </Title>
          {NARRATIVE.map((part) => (
            <Textarea
              key={part}
              label={t(`reports.narrative.${part}`)}
              {...form.getInputProps(`narrative.${part}`)}
              readOnly={!can.edit}
              autosize
              minRows={can.edit ? 3 : 1}
              maxLength={50_000}
              data-testid={`report-narrative-${part}`}
            />
          ))}
        </Stack>
      </Paper>

      {save.isError && <ErrorAlert error={save.error} testId="unit-report-save-error" />}

      <Group justify="space-between" gap="sm" wrap="wrap">
        <Button
          component="a"
          href={hrefOf(apiContract.reports.reportDocx, {
            params: { id: periodId, unitId },
            query: { lang: language },
          })}
          download
          variant="light"
          leftSection={<IconFileTypeDocx size={16} />}
          data-testid="unit-report-docx"
        >
          {t('reports.unit.docx')}
        </Button>
        <Group gap="sm" wrap="wrap">
          {can.edit && (
            <Button
              variant="default"
              onClick={form.submitWith((body) => save.mutate(body))}
              loading={save.isPending}
              data-testid="unit-report-save"
            >
              {t('reports.unit.save')}
            </Button>
          )}
          {can.submit && (
            <Button onClick={form.submitWith(() => setModal('submit'))} data-testid="unit-report-submit">
              {t('reports.unit.submit')}
            </Button>
          )}
          {can.review && (
            <>
              <Button
                variant="default"
                color="orange"
                onClick={() => setModal('return')}
                data-testid="unit-report-return"
              >
                {t('reports.unit.return')}
              </Button>
              <Button color="green" onClick={() => setModal('approve')} data-testid="unit-report-approve">
                {t('reports.unit.approve')}
              </Button>
            </>
          )}
        </Group>
      </Group>
      {!can.review && data.status === 'submitted' && ownUnit && (
        <Text size="sm" c="dimmed" data-testid="unit-report-awaiting">
          {t('reports.unit.awaitingReview')}
        </Text>
      )}

      <ReportHistory history={data.history} />

      {modal && (
        <ReportModals
          step={modal}
          report={data}
          periodName={periodName}
          saveFirst={async () => {
            if (can.edit && form.isDirty()) await sendSave(form.getTransformedValues());
          }}
          onClose={() => setModal(null)}
          onDone={(result) => void refresh(result)}
        />
      )}
    </Stack>
  );
}
