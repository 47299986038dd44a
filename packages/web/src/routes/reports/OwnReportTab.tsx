// The first tab of a period: the user's own unit's report — its status, whether it is late, and the way in.
import type { ReportPeriod } from '@congdoan/domain';
import { Alert, Badge, Button, Card, Group, Skeleton, Stack, Text } from '@mantine/core';
import { IconFileText } from '@tabler/icons-react';
import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../components/errors.ts';
import { formatDateTime } from '../../components/format.ts';
import { lateLabel, STATUS_COLORS, statusLabel } from './labels.ts';
import { useUnitReport } from './queries.ts';

export function OwnReportTab({ period }: { period: ReportPeriod }) {
  const { t } = useTranslation();
  if (!period.place.ownReport) {
    return (
      <Text c="dimmed" data-testid="own-report-none">
        {t('reports.own.notReporting')}
      </Text>
    );
  }
  return <OwnReportCard period={period} unitId={period.place.rootUnitId} />;
}

/** The report of the user's own unit, `unitId` (the issuer's own report goes nowhere). */
function OwnReportCard({ period, unitId }: { period: ReportPeriod; unitId: number }) {
  const { t } = useTranslation();
  const report = useUnitReport(period.id, unitId);
  if (report.isPending) return <Skeleton h={100} />;
  if (report.isError) return <Alert color="red">{errorMessage(report.error, t)}</Alert>;
  const data = report.data;
  return (
    <Card withBorder radius="md" padding="md" data-testid="own-report" data-status={data.status}>
      <Stack gap="xs">
        <Group gap="xs" wrap="wrap">
          <Text fw={600}>{data.unit.name}</Text>
          <Badge color={STATUS_COLORS[data.status]} variant="light" data-testid="own-report-status">
            {statusLabel(t, data.status)}
          </Badge>
          {data.late && (
            <Badge color="red" variant="outline" data-testid="own-report-late">
              {lateLabel(t, data.submittedAt !== null)}
            </Badge>
          )}
        </Group>
        <Text size="sm" c="dimmed">
          {data.form.name}
        </Text>
        {data.reviewer === null ? (
          <Text size="sm" c="dimmed">
            {t('reports.own.issuerHint')}
          </Text>
        ) : (
          data.reviewer && (
            <Text size="sm" c="dimmed">
              {t('reports.sendsTo', { unit: data.reviewer.name })}
            </Text>
          )
        )}
        {data.submittedAt && (
          <Text size="sm" c="dimmed">
            {t('reports.submittedAt', { at: formatDateTime(data.submittedAt) })}
          </Text>
        )}
        {data.status === 'returned' && data.returnComment && (
          <Alert color="orange" title={t('reports.returnedTitle')}>
            {data.returnComment}
          </Alert>
        )}
        <Group>
          <Button
            leftSection={<IconFileText size={16} />}
            renderRoot={(props) => (
              <Link
                {...props}
                to="/reports/$periodId/units/$unitId"
                params={{ periodId: String(period.id), unitId: String(unitId) }}
              />
            )}
            data-testid="own-report-open"
          >
            {data.can.edit ? t('reports.own.fillIn') : t('reports.own.view')}
          </Button>
        </Group>
      </Stack>
    </Card>
  );
}
