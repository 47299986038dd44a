// Progress of a congress cycle across a subtree as of a date: a bar per level, congresses held by month, the
// children to drill into, the units still to hold theirs, the plan that applies and the Excel export.

import { apiContract } from '@congdoan/domain';
import { Button, Group, Loader, Paper, Select, Stack, Text, Title } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { IconArrowUp, IconFilePlus, IconFileSpreadsheet } from '@tabler/icons-react';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { getRouteApi } from '@tanstack/react-router';
import { lazy, Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, hrefOf } from '../../api/client.ts';
import { keys } from '../../api/keys.ts';
import { useCurrentUser } from '../../app/auth.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { UnitSearchSelect } from '../../components/UnitSearchSelect.tsx';
import { useAsOf } from '../../components/useAsOf.ts';
import { currentLanguage } from '../../i18n/index.ts';
import { formatCycle } from './labels.ts';
import { PlanModal } from './PlanModal.tsx';
import { PlanPanel } from './PlanPanel.tsx';
import { ProgressLevels } from './ProgressLevels.tsx';
import { MissingUnits, ProgressChildren } from './ProgressTables.tsx';

// ECharts is large: it loads with the first chart, not with the app.
const ProgressChart = lazy(() =>
  import('./ProgressChart.tsx').then((module) => ({ default: module.ProgressChart })),
);

const route = getRouteApi('/_app/congresses/');

export function ProgressPage() {
  const { t } = useTranslation();
  const user = useCurrentUser();
  const search = route.useSearch();
  const navigate = route.useNavigate();
  const { asOf, isToday } = useAsOf();
  const wide = useMediaQuery('(min-width: 48em)');
  const [planning, setPlanning] = useState(false);
  const unitId = search.unitId ?? user.unit.id;
  // The unit with the cycles it has a plan or congresses of, the way up, and whether the caller may plan.
  const overview = useQuery({
    queryKey: keys.congressOverview(unitId),
    queryFn: () => api.congresses.unitOverview({ params: { id: unitId } }),
  });
  const known = overview.data?.cycles ?? [];
  const cycle = search.cycle ?? known[0];
  const cycles = cycle && !known.includes(cycle) ? [cycle, ...known] : known;
  const params = { unitId, cycle: cycle ?? '', asOf: isToday ? undefined : asOf };
  const progress = useQuery({
    queryKey: keys.congressProgress(params),
    queryFn: () => api.congresses.progress({ query: params }),
    enabled: Boolean(cycle),
    placeholderData: keepPreviousData,
  });

  const go = (next: { unitId?: number; cycle?: string }) =>
    void navigate({
      search: (previous) => ({
        ...previous,
        unitId: next.unitId === user.unit.id ? undefined : (next.unitId ?? previous.unitId),
        cycle: next.cycle ?? previous.cycle,
      }),
    });
  const parent = overview.data?.parent;

  const planButton = overview.data?.can.issuePlan && (
    <Button
      size="xs"
      variant="light"
      leftSection={<IconFilePlus size={16} />}
      onClick={() => setPlanning(true)}
      data-testid="plan-issue"
    >
      {t('congress.plan.issue')}
    </Button>
  );
  const exportButton = cycle && (
    <Button
      variant="default"
      size="xs"
      component="a"
      href={hrefOf(apiContract.congresses.progressExport, { query: { ...params, lang: currentLanguage() } })}
      download
      leftSection={<IconFileSpreadsheet size={16} />}
      data-testid="progress-export"
    >
      {t('congress.progress.export')}
    </Button>
  );

  return (
    <Stack gap="md">
      <Group justify="space-between" align="flex-end" gap="sm">
        <div style={{ minWidth: 0 }}>
          <Title order={1} size="h3">
            {t('congress.progress.title')}
          </Title>
          <Text c="dimmed" size="sm" data-testid="progress-unit">
            {overview.data?.unit.name}
            {cycle ? ` · ${t('congress.cycleLabel', { cycle: formatCycle(cycle) })}` : ''}
          </Text>
        </div>
        <Group gap="xs">
          {exportButton}
          {planButton}
        </Group>
      </Group>
      <Group gap="sm" align="flex-end">
        <UnitSearchSelect
          testId="progress-unit-select"
          label={t('congress.progress.unit')}
          value={unitId}
          onChange={(unit) => unit && go({ unitId: unit.id })}
          style={{ flex: '1 1 260px', maxWidth: 480 }}
        />
        <Select
          data-testid="progress-cycle"
          label={t('congress.cycle')}
          data={cycles.map((value) => ({ value, label: formatCycle(value) }))}
          value={cycle ?? null}
          onChange={(value) => value && go({ cycle: value })}
          allowDeselect={false}
          placeholder={t('congress.noCycle')}
          comboboxProps={{ withinPortal: true }}
          style={{ flex: '1 1 160px', maxWidth: wide ? 200 : undefined }}
        />
        {parent && (
          <Button
            variant="subtle"
            size="sm"
            leftSection={<IconArrowUp size={16} />}
            onClick={() => go({ unitId: parent.id })}
            data-testid="progress-up"
          >
            {parent.name}
          </Button>
        )}
      </Group>

      {overview.isError && <ErrorAlert error={overview.error} />}
      {!cycle && overview.isPending && <Loader size="sm" />}
      {!cycle && !overview.isPending && (
        <Paper withBorder radius="md" p="md" data-testid="progress-empty">
          <Text c="dimmed" size="sm">
            {t('congress.progress.empty')}
          </Text>
        </Paper>
      )}
      {progress.isError && <ErrorAlert error={progress.error} testId="progress-error" />}
      {cycle && progress.isPending && <Loader size="sm" />}
      {progress.data && (
        <>
          <ProgressLevels progress={progress.data} />
          {progress.data.byMonth.length > 0 && (
            <Paper withBorder radius="md" p="sm">
              <Title order={3} size="h5" mb="xs">
                {t('congress.progress.byMonth')}
              </Title>
              <Suspense fallback={<Loader size="sm" />}>
                <ProgressChart byMonth={progress.data.byMonth} />
              </Suspense>
            </Paper>
          )}
          <ProgressChildren items={progress.data.children} onDrill={(id) => go({ unitId: id })} />
          <MissingUnits progress={progress.data} />
        </>
      )}
      {progress.data && <PlanPanel plan={progress.data.plan} />}
      {planning && overview.data && (
        <PlanModal
          overview={overview.data}
          cycle={cycle}
          onClose={() => setPlanning(false)}
          onDone={(plan) => go({ cycle: plan.cycle })}
        />
      )}
    </Stack>
  );
}
