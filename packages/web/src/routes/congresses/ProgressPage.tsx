// Progress of a congress cycle across a subtree as of a date: a bar per level, congresses held by month, the
// children to drill into, the units still to hold theirs, the plan that applies and the Excel export.
import { Alert, Button, Group, Loader, Paper, Select, Stack, Text, Title } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { IconAlertCircle, IconArrowUp, IconFilePlus, IconFileSpreadsheet } from '@tabler/icons-react';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { getRouteApi } from '@tanstack/react-router';
import { lazy, Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { congressesApi } from '../../api/congresses.ts';
import { keys } from '../../api/keys.ts';
import { useCurrentUser } from '../../app/auth.ts';
import { errorMessage } from '../../components/errors.ts';
import { UnitSearchSelect } from '../../components/UnitSearchSelect.tsx';
import { useAsOf } from '../../components/useAsOf.ts';
import { currentLanguage } from '../../i18n/index.ts';
import { useUnitAccess } from './access.ts';
import { formatCycle } from './labels.ts';
import { PlanModal } from './PlanModal.tsx';
import { PlanPanel } from './PlanPanel.tsx';
import { ProgressLevels } from './ProgressLevels.tsx';
import { MissingUnits, ProgressChildren } from './ProgressTables.tsx';
import { useKnownCycles } from './useCycles.ts';

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
  const access = useUnitAccess(unitId);
  const known = useKnownCycles(unitId);
  const cycle = search.cycle ?? known.cycles[0];
  const cycles = cycle && !known.cycles.includes(cycle) ? [cycle, ...known.cycles] : known.cycles;
  const params = { unitId, cycle: cycle ?? '', asOf: isToday ? undefined : asOf };
  const progress = useQuery({
    queryKey: keys.congressProgress(params),
    queryFn: () => congressesApi.progress(params),
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
  const parent = access.unit?.ancestors.at(-1);
  const canGoUp = parent && access.unit?.ancestors.some((ancestor) => ancestor.id === user.unit.id);

  const planButton = access.canWrite && access.unit && (
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
      href={congressesApi.progressExportUrl(params, currentLanguage())}
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
            {access.unit?.name}
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
        {canGoUp && (
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

      {known.error && (
        <Alert color="red" icon={<IconAlertCircle size={18} />}>
          {errorMessage(known.error, t)}
        </Alert>
      )}
      {!cycle && known.pending && <Loader size="sm" />}
      {!cycle && !known.pending && (
        <Paper withBorder radius="md" p="md" data-testid="progress-empty">
          <Text c="dimmed" size="sm">
            {t('congress.progress.empty')}
          </Text>
        </Paper>
      )}
      {progress.isError && (
        <Alert color="red" icon={<IconAlertCircle size={18} />} data-testid="progress-error">
          {errorMessage(progress.error, t)}
        </Alert>
      )}
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
      {planning && access.unit && (
        <PlanModal
          unit={access.unit}
          cycle={cycle}
          onClose={() => setPlanning(false)}
          onDone={(plan) => go({ cycle: plan.cycle })}
        />
      )}
    </Stack>
  );
}
