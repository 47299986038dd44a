import { Anchor, Badge, Group, Skeleton, Stack, Tabs, Text, Title } from '@mantine/core';
import { IconArrowLeft } from '@tabler/icons-react';
import { getRouteApi, Link, useNavigate } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { useCurrentUser } from '../../app/auth.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { formatDate } from '../../components/format.ts';
import { CompletenessTab } from './CompletenessTab.tsx';
import { isSuperior, kindLabel } from './labels.ts';
import { OwnReportTab } from './OwnReportTab.tsx';
import { PeriodDates } from './PeriodDates.tsx';
import { useReportPeriod } from './queries.ts';
import { RollupTab } from './RollupTab.tsx';
import type { PeriodTab } from './search.ts';

const route = getRouteApi('/_app/reports/$periodId');

export function PeriodPage() {
  const { t } = useTranslation();
  const user = useCurrentUser();
  const params = route.useParams();
  const search = route.useSearch();
  const navigate = useNavigate({ from: '/reports/$periodId' });
  const periodId = Number(params.periodId);
  const period = useReportPeriod(periodId);

  if (period.isPending) return <Skeleton h={300} radius="md" />;
  if (period.isError) {
    return <ErrorAlert error={period.error} testId="report-period-error" />;
  }
  const data = period.data;
  const superior = isSuperior(user.unit.type);
  const defaultTab: PeriodTab = superior || !data.place.ownReport ? 'completeness' : 'own';
  // A grassroots union has nobody reporting to it: no completeness tab (unless a link leads there).
  const tab = search.tab ?? defaultTab;
  const showCompleteness = superior || tab === 'completeness';

  return (
    <Stack gap="md" data-testid="report-period-page" data-period-id={data.id}>
      <Anchor
        size="sm"
        renderRoot={(props) => <Link {...props} to="/reports" search={{ year: data.year }} />}
        data-testid="report-period-back"
      >
        <Group gap={4}>
          <IconArrowLeft size={14} />
          {t('reports.backToPeriods')}
        </Group>
      </Anchor>
      <Stack gap={4}>
        <Group gap="xs" wrap="wrap">
          <Badge variant="light">{kindLabel(t, data.kind)}</Badge>
          <Text size="sm" c="dimmed">
            {t('reports.openedBy', { unit: data.unit.name })}
          </Text>
        </Group>
        <Title order={2} data-testid="report-period-name">
          {data.name}
        </Title>
        <Group gap="lg" wrap="wrap" style={{ rowGap: 4 }}>
          <Text size="sm">
            {t('reports.periodSpan')}:{' '}
            <Text span fw={600}>
              {formatDate(data.startsOn)} – {formatDate(data.cutOff)}
            </Text>
          </Text>
          <PeriodDates cutOff={data.cutOff} dueOn={data.dueOn} />
        </Group>
      </Stack>
      <Tabs
        value={tab}
        onChange={(value) =>
          value && void navigate({ search: (prev) => ({ ...prev, tab: value as PeriodTab }), replace: true })
        }
        keepMounted={false}
      >
        <Tabs.List>
          <Tabs.Tab value="own" data-testid="report-tab-own">
            {t('reports.tabs.own')}
          </Tabs.Tab>
          {showCompleteness && (
            <Tabs.Tab value="completeness" data-testid="report-tab-completeness">
              {t('reports.tabs.completeness')}
            </Tabs.Tab>
          )}
          <Tabs.Tab value="rollup" data-testid="report-tab-rollup">
            {t('reports.tabs.rollup')}
          </Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="own" pt="md">
          <OwnReportTab period={data} />
        </Tabs.Panel>
        <Tabs.Panel value="completeness" pt="md">
          <CompletenessTab period={data} />
        </Tabs.Panel>
        <Tabs.Panel value="rollup" pt="md">
          <RollupTab period={data} />
        </Tabs.Panel>
      </Tabs>
    </Stack>
  );
}
