// The report periods covering the user's unit (?year=): each with its cut-off and due date and, for a
// superior union, how many of the units below have submitted; a superior union opens a period here.
import { type ReportPeriod, todayInVietnam } from '@congdoan/domain';
import { Anchor, Badge, Button, Card, Group, Select, Skeleton, Stack, Text, Title } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { getRouteApi, Link, useNavigate } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useCurrentUser } from '../../app/auth.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { CompletenessBar } from './CompletenessBar.tsx';
import { isSuperior, kindLabel } from './labels.ts';
import { OpenPeriodModal } from './OpenPeriodModal.tsx';
import { PeriodDates } from './PeriodDates.tsx';
import { useReportPeriods } from './queries.ts';

const route = getRouteApi('/_app/reports/');

const ALL_YEARS = 'all';

export function ReportsPage() {
  const { t } = useTranslation();
  const user = useCurrentUser();
  const search = route.useSearch();
  const navigate = useNavigate({ from: '/reports/' });
  const thisYear = Number(todayInVietnam().slice(0, 4));
  const year = search.year;
  const periods = useReportPeriods({ unitId: user.unit.id, year });
  const [opening, setOpening] = useState(false);
  const superior = isSuperior(user.unit.type);
  const years = Array.from({ length: 6 }, (_, index) => String(thisYear + 1 - index));
  const yearOptions = [
    { value: ALL_YEARS, label: t('reports.allYears') },
    ...(year && !years.includes(String(year)) ? [String(year)] : []),
    ...years,
  ];

  return (
    <Stack gap="md" data-testid="reports-page">
      <Group justify="space-between" align="flex-end" wrap="wrap" gap="sm">
        <div>
          <Title order={2}>{t('reports.title')}</Title>
          <Text size="sm" c="dimmed">
            {user.unit.name}
          </Text>
        </div>
        {periods.data?.can.open && (
          <Button
            leftSection={<IconPlus size={16} />}
            onClick={() => setOpening(true)}
            data-testid="report-period-open"
          >
            {t('reports.open.button')}
          </Button>
        )}
      </Group>
      <Select
        label={t('reports.year')}
        data={yearOptions}
        value={year ? String(year) : ALL_YEARS}
        onChange={(value) =>
          void navigate({ search: { year: value && value !== ALL_YEARS ? Number(value) : undefined } })
        }
        allowDeselect={false}
        w={150}
        data-testid="reports-year"
      />
      {periods.isPending ? (
        <Skeleton h={160} radius="md" />
      ) : periods.isError ? (
        <ErrorAlert error={periods.error} testId="reports-error" />
      ) : periods.data.periods.length === 0 ? (
        <Text c="dimmed" data-testid="reports-empty">
          {year ? t('reports.emptyYear', { year }) : t('reports.empty')}
        </Text>
      ) : (
        periods.data.periods.map((period) => (
          <PeriodCard key={period.id} period={period} superior={superior} />
        ))
      )}
      {opening && (
        <OpenPeriodModal unit={user.unit} year={year ?? thisYear} onClose={() => setOpening(false)} />
      )}
    </Stack>
  );
}

function PeriodCard({ period, superior }: { period: ReportPeriod; superior: boolean }) {
  const { t } = useTranslation();
  return (
    <Card withBorder radius="md" padding="md" data-testid="report-period" data-period-id={period.id}>
      <Stack gap="xs">
        <Group justify="space-between" align="flex-start" wrap="wrap" gap="xs">
          <Stack gap={2} style={{ minWidth: 0, flex: '1 1 260px' }}>
            <Group gap="xs" wrap="wrap">
              <Badge variant="light">{kindLabel(t, period.kind)}</Badge>
              <Text size="sm" c="dimmed">
                {t('reports.openedBy', { unit: period.unit.name })}
              </Text>
            </Group>
            <Anchor
              fw={700}
              size="lg"
              renderRoot={(props) => (
                <Link {...props} to="/reports/$periodId" params={{ periodId: String(period.id) }} />
              )}
              data-testid="report-period-link"
            >
              {period.name}
            </Anchor>
          </Stack>
        </Group>
        <Group gap="lg" wrap="wrap" style={{ rowGap: 4 }}>
          <PeriodDates cutOff={period.cutOff} dueOn={period.dueOn} />
        </Group>
        {superior && <CompletenessBar periodId={period.id} />}
      </Stack>
    </Card>
  );
}
