// A unit's report for a period (/reports/:periodId/units/:unitId): its status, the figures (from the records,
// the children's reports, or typed in), the narrative, and the workflow — save a draft, submit to the level
// above, and there approve it or return it with a comment; the report as Word, and what happened to it.
import type { UnitReport } from '@congdoan/domain';
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
import { IconAlertCircle, IconArrowLeft, IconFileTypeDocx } from '@tabler/icons-react';
import { useQueryClient } from '@tanstack/react-query';
import { getRouteApi, Link } from '@tanstack/react-router';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  invalidateReportData,
  reportKeys,
  reportsApi,
  type UnitReportInput,
  useReportPeriod,
  useSaveReport,
  useUnitReport,
} from '../../api/reports.ts';
import { useCurrentUser } from '../../app/auth.ts';
import { errorMessage } from '../../components/errors.ts';
import { formatDate, formatDateTime } from '../../components/format.ts';
import { ReturnStepModal } from '../../components/ReturnStepModal.tsx';
import { StepModal } from '../../components/StepModal.tsx';
import { currentLanguage } from '../../i18n/index.ts';
import { lateLabel, STATUS_COLORS, statusLabel } from './labels.ts';
import { ReportHistory } from './ReportHistory.tsx';
import { type LineDraft, ReportLines } from './ReportLines.tsx';

const route = getRouteApi('/_app/reports/$periodId/units/$unitId');

const NARRATIVE = ['results', 'shortcomings', 'direction'] as const;
type Narrative = Record<(typeof NARRATIVE)[number], string>;

function draftOf(report: UnitReport): LineDraft {
  const draft: LineDraft = {};
  for (const line of report.lines) if (line.source === 'entered') draft[line.code] = line.value ?? '';
  return draft;
}

export function UnitReportPage() {
  const { t } = useTranslation();
  const language = currentLanguage();
  const queryClient = useQueryClient();
  const user = useCurrentUser();
  const params = route.useParams();
  const periodId = Number(params.periodId);
  const unitId = Number(params.unitId);
  const period = useReportPeriod(periodId);
  const report = useUnitReport(periodId, unitId);
  const save = useSaveReport(periodId, unitId);
  const [draft, setDraft] = useState<LineDraft>({});
  const [narrative, setNarrative] = useState<Narrative>({ results: '', shortcomings: '', direction: '' });
  const [modal, setModal] = useState<'submit' | 'approve' | 'return' | null>(null);

  // The fields follow the saved report whenever the server answers anew.
  useEffect(() => {
    if (!report.data) return;
    setDraft(draftOf(report.data));
    setNarrative({ ...report.data.narrative });
  }, [report.data]);

  if (report.isPending) return <Skeleton h={400} radius="md" />;
  if (report.isError) {
    return (
      <Alert color="red" icon={<IconAlertCircle size={18} />} data-testid="unit-report-error">
        {errorMessage(report.error, t)}
      </Alert>
    );
  }
  const data = report.data;
  const can = data.can;
  const body = (): UnitReportInput => ({
    values: Object.fromEntries(
      Object.entries(draft).map(([code, value]) => [code, value === '' ? null : value]),
    ),
    narrative,
  });
  const refresh = async (result?: UnitReport) => {
    if (result) queryClient.setQueryData(reportKeys.report(periodId, unitId), result);
    await invalidateReportData(queryClient);
  };
  const saveDraft = () =>
    save.mutate(body(), {
      onSuccess: (result) => {
        queryClient.setQueryData(reportKeys.report(periodId, unitId), result);
        notifications.show({ color: 'green', message: t('reports.unit.saved') });
      },
    });
  const changed =
    JSON.stringify(draft) !== JSON.stringify(draftOf(data)) ||
    NARRATIVE.some((part) => narrative[part] !== data.narrative[part]);
  const ownUnit = unitId === user.unit.id;
  const periodName = period.data?.name ?? '';

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
          onChange={(code, value) => setDraft((current) => ({ ...current, [code]: value }))}
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
              value={narrative[part]}
              onChange={(event) => {
                const text = event.currentTarget.value;
                setNarrative((current) => ({ ...current, [part]: text }));
              }}
              readOnly={!can.edit}
              autosize
              minRows={can.edit ? 3 : 1}
              maxLength={50_000}
              data-testid={`report-narrative-${part}`}
            />
          ))}
        </Stack>
      </Paper>

      {save.isError && (
        <Alert color="red" icon={<IconAlertCircle size={18} />} data-testid="unit-report-save-error">
          {errorMessage(save.error, t)}
        </Alert>
      )}

      <Group justify="space-between" gap="sm" wrap="wrap">
        <Button
          component="a"
          href={reportsApi.docxUrl(periodId, unitId, language)}
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
              onClick={saveDraft}
              loading={save.isPending}
              data-testid="unit-report-save"
            >
              {t('reports.unit.save')}
            </Button>
          )}
          {can.submit && (
            <Button onClick={() => setModal('submit')} data-testid="unit-report-submit">
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
      {!can.edit && !can.review && data.status === 'submitted' && ownUnit && (
        <Text size="sm" c="dimmed" data-testid="unit-report-awaiting">
          {t('reports.unit.awaitingReview')}
        </Text>
      )}

      <ReportHistory history={data.history} />

      {modal === 'submit' && (
        <StepModal
          title={t('reports.unit.submitTitle')}
          testId="unit-report-submit-modal"
          onClose={() => setModal(null)}
          validate={() => true}
          summary={() =>
            t('reports.unit.submitSummary', { unit: data.unit.name, reviewer: data.reviewer?.name ?? '' })
          }
          submit={async () => {
            // What is on the screen is what goes up: unsaved changes are saved first.
            if (can.edit && changed) await reportsApi.save(periodId, unitId, body());
            return reportsApi.submit(periodId, unitId);
          }}
          done={t('reports.unit.submitted')}
          onDone={(result) => void refresh(result)}
        >
          {() => <Text size="sm">{t('reports.unit.submitIntro')}</Text>}
        </StepModal>
      )}
      {modal === 'approve' && (
        <StepModal
          title={t('reports.unit.approveTitle')}
          testId="unit-report-approve-modal"
          onClose={() => setModal(null)}
          validate={() => true}
          summary={() => t('reports.unit.approveSummary', { unit: data.unit.name, period: periodName })}
          submit={() => reportsApi.approve(periodId, unitId)}
          done={t('reports.unit.approved')}
          onDone={(result) => void refresh(result)}
        >
          {() => <Text size="sm">{t('reports.unit.approveIntro')}</Text>}
        </StepModal>
      )}
      {modal === 'return' && (
        <ReturnStepModal
          title={t('reports.unit.returnTitle')}
          testId="unit-report-return-modal"
          reasonTestId="unit-report-return-comment"
          label={t('reports.unit.returnComment')}
          requiredMessage={t('reports.unit.returnCommentRequired')}
          maxLength={2000}
          summary={t('reports.unit.returnSummary', { unit: data.unit.name })}
          submit={(comment) => reportsApi.returnReport(periodId, unitId, comment)}
          done={t('reports.unit.returned')}
          onClose={() => setModal(null)}
          onDone={(result) => void refresh(result)}
        />
      )}
    </Stack>
  );
}
