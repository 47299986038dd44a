// The dashboard's figure cards: members with their trend, the congress cycle's progress per level, and the
// latest report period's completeness with the unit's own report.
import type { Dashboard } from '@congdoan/domain';
import { Anchor, Badge, Group, Loader, Paper, Progress, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { Link } from '@tanstack/react-router';
import { lazy, type ReactNode, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDate, formatNumber, formatPercent } from '../../components/format.ts';
import { currentLanguage } from '../../i18n/index.ts';
import { formatCycle } from '../congresses/labels.ts';

// ECharts is large: it loads with the first chart, not with the app.
const MemberTrendChart = lazy(() =>
  import('./MemberTrendChart.tsx').then((module) => ({ default: module.MemberTrendChart })),
);

/** A share as a whole percent with one decimal, 0 of 0 as 0. */
const percentOf = (part: number, total: number) => (total > 0 ? Math.round((part / total) * 1000) / 10 : 0);

export function DashboardCard({
  title,
  testId,
  children,
}: {
  title: ReactNode;
  testId: string;
  children: ReactNode;
}) {
  return (
    <Paper withBorder radius="md" p="md" data-testid={testId}>
      <Title order={2} size="h5" mb="sm">
        {title}
      </Title>
      {children}
    </Paper>
  );
}

function Figure({ label, value, testId }: { label: string; value: string; testId: string }) {
  return (
    <Stack gap={0}>
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      <Text fw={700} size="xl" c="union.8" data-testid={testId}>
        {value}
      </Text>
    </Stack>
  );
}

export function MembersCard({ members }: { members: Dashboard['members'] }) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const n = (value: number) => formatNumber(value, language);
  return (
    <DashboardCard title={t('dashboard.members.title')} testId="dashboard-members">
      <SimpleGrid cols={{ base: 2, sm: 4 }} spacing="sm" mb="sm">
        <Figure
          label={t('dashboard.members.count')}
          value={n(members.members)}
          testId="dashboard-members-count"
        />
        <Figure
          label={t('dashboard.members.women')}
          value={`${n(members.women)} (${formatPercent(percentOf(members.women, members.members), language)})`}
          testId="dashboard-members-women"
        />
        <Figure
          label={t('dashboard.members.admissions')}
          value={n(members.admissionsThisYear)}
          testId="dashboard-members-admissions"
        />
        <Figure
          label={t('dashboard.members.departures')}
          value={n(members.departuresThisYear)}
          testId="dashboard-members-departures"
        />
      </SimpleGrid>
      <Text size="sm" fw={600}>
        {t('dashboard.members.trend')}
      </Text>
      <Suspense fallback={<Loader size="sm" />}>
        <MemberTrendChart trend={members.trend} />
      </Suspense>
    </DashboardCard>
  );
}

function Bar({ label, part, total, testId }: { label: string; part: number; total: number; testId: string }) {
  const language = currentLanguage();
  const share = percentOf(part, total);
  return (
    <Stack gap={4} data-testid={testId} data-part={part} data-total={total}>
      <Group justify="space-between" gap="xs" wrap="nowrap">
        <Text size="sm" style={{ minWidth: 0 }}>
          {label}
        </Text>
        <Text size="sm" fw={700} style={{ whiteSpace: 'nowrap' }}>
          {formatNumber(part, language)}/{formatNumber(total, language)} · {formatPercent(share, language)}
        </Text>
      </Group>
      <Progress value={Math.min(100, share)} size="lg" radius="md" color={share >= 100 ? 'green' : 'union'} />
    </Stack>
  );
}

export function CongressCard({ dashboard }: { dashboard: Dashboard }) {
  const { t } = useTranslation();
  const congress = dashboard.congress;
  if (!congress) {
    return (
      <DashboardCard title={t('dashboard.congress.titleNone')} testId="dashboard-congress">
        <Text c="dimmed" size="sm" data-testid="dashboard-congress-empty">
          {t('dashboard.congress.none')}
        </Text>
      </DashboardCard>
    );
  }
  const levels = (['grassroots', 'superior'] as const).filter((level) => congress[level].total > 0);
  return (
    <DashboardCard
      title={t('dashboard.congress.title', { cycle: formatCycle(congress.termLabel) })}
      testId="dashboard-congress"
    >
      <Stack gap="sm">
        {levels.length === 0 && (
          <Text c="dimmed" size="sm">
            {t('dashboard.congress.noUnits')}
          </Text>
        )}
        {levels.map((level) => (
          <Bar
            key={level}
            label={t(`dashboard.congress.${level}`)}
            part={congress[level].held}
            total={congress[level].total}
            testId={`dashboard-congress-${level}`}
          />
        ))}
        <Anchor
          size="sm"
          renderRoot={(props) => (
            <Link
              {...props}
              to="/congresses"
              search={{
                unitId: dashboard.unit.id,
                cycle: congress.termLabel,
                asOf: dashboard.asOf,
              }}
            />
          )}
          data-testid="dashboard-congress-link"
        >
          {t('dashboard.congress.open')}
        </Anchor>
      </Stack>
    </DashboardCard>
  );
}

const STATUS_COLORS = {
  draft: 'gray',
  submitted: 'blue',
  approved: 'green',
  returned: 'orange',
  missing: 'red',
} as const;

export function ReportingCard({ dashboard }: { dashboard: Dashboard }) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const reporting = dashboard.reporting;
  if (!reporting) {
    return (
      <DashboardCard title={t('dashboard.reporting.title')} testId="dashboard-reporting">
        <Text c="dimmed" size="sm" data-testid="dashboard-reporting-empty">
          {t('dashboard.reporting.none')}
        </Text>
      </DashboardCard>
    );
  }
  return (
    <DashboardCard title={t('dashboard.reporting.title')} testId="dashboard-reporting">
      <Stack gap="sm">
        <Group justify="space-between" gap="xs">
          <Anchor
            fw={600}
            size="sm"
            renderRoot={(props) => (
              <Link {...props} to="/reports/$periodId" params={{ periodId: String(reporting.periodId) }} />
            )}
            data-testid="dashboard-reporting-link"
          >
            {reporting.name}
          </Anchor>
          <Text size="xs" c="dimmed">
            {t('dashboard.reporting.due', { date: formatDate(reporting.dueOn) })}
          </Text>
        </Group>
        {reporting.expected > 0 ? (
          <>
            <Bar
              label={t('dashboard.reporting.submitted')}
              part={reporting.submitted}
              total={reporting.expected}
              testId="dashboard-reporting-bar"
            />
            <Group gap={6}>
              <Badge variant="light" color="green" size="sm">
                {t('dashboard.reporting.approved', { value: formatNumber(reporting.approved, language) })}
              </Badge>
              {reporting.late > 0 && (
                <Badge variant="filled" color="red" size="sm" data-testid="dashboard-reporting-late">
                  {t('dashboard.reporting.late', { value: formatNumber(reporting.late, language) })}
                </Badge>
              )}
            </Group>
          </>
        ) : (
          // A grassroots union has no union below it: saying so would be noise.
          dashboard.unit.tier < 3 && (
            <Text c="dimmed" size="sm">
              {t('dashboard.reporting.noneExpected')}
            </Text>
          )
        )}
        {reporting.ownStatus && (
          <Group gap="xs">
            <Text size="sm">{t('dashboard.reporting.own')}</Text>
            <Badge
              color={STATUS_COLORS[reporting.ownStatus]}
              variant="light"
              data-testid="dashboard-own-status"
            >
              {t(`dashboard.reporting.status.${reporting.ownStatus}`)}
            </Badge>
          </Group>
        )}
      </Stack>
    </DashboardCard>
  );
}
