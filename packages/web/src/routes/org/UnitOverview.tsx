// A unit's figures as of the chosen date (counts, members, the chart by type) and the units directly under it.
import { GRASSROOTS_TYPES, type OrgUnitDetail } from '@congdoan/domain';
import { Button, Loader, Paper, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { lazy, Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client.ts';
import { keys } from '../../api/keys.ts';
import { errorMessage } from '../../components/errors.ts';
import { formatNumber } from '../../components/format.ts';
import { UnitLink } from '../../components/UnitLink.tsx';
import { UnitTypeBadge } from '../../components/UnitTypeBadge.tsx';
import { currentLanguage } from '../../i18n/index.ts';
import { SheetLink } from '../assessments/SheetLink.tsx';
import { OverdueTasks } from '../meetings/OverdueTasks.tsx';
import { UnitMemberStats } from '../members/UnitMemberStats.tsx';

// ECharts is large: it loads with the first chart, not with the app.
const StatsChart = lazy(() => import('./StatsChart.tsx').then((module) => ({ default: module.StatsChart })));

/** Rows shown at first; a provincial federation may have hundreds of units under it. */
const PAGE = 30;

function Figure({ label, value, testId }: { label: string; value: number | undefined; testId: string }) {
  return (
    <Paper withBorder radius="md" p="sm">
      <Text size="xs" c="dimmed" fw={500} lh={1.3}>
        {label}
      </Text>
      <Text fz={{ base: 22, sm: 26 }} fw={700} c="union.8" data-testid={testId}>
        {value === undefined ? '–' : formatNumber(value, currentLanguage())}
      </Text>
    </Paper>
  );
}

export function UnitOverview({ unit, asOf }: { unit: OrgUnitDetail; asOf: string }) {
  const { t } = useTranslation();
  const [shown, setShown] = useState(PAGE);
  const stats = useQuery({
    queryKey: keys.stats(unit.id, asOf),
    queryFn: () => api.org.stats({ params: { id: unit.id }, query: { asOf } }),
  });
  const children = useQuery({
    queryKey: keys.children(unit.id, asOf),
    queryFn: () => api.org.children({ params: { id: unit.id }, query: { asOf } }),
  });

  return (
    <Stack gap="md">
      <SimpleGrid cols={3} spacing="sm">
        <Figure label={t('org.totalUnits')} value={stats.data?.totalUnits} testId="stat-total" />
        <Figure
          label={t('org.grassrootsUnits')}
          value={stats.data?.grassrootsUnits}
          testId="stat-grassroots"
        />
        <Figure label={t('org.directChildren')} value={children.data?.length} testId="stat-children" />
      </SimpleGrid>
      {stats.isError && (
        <Text c="red" size="sm">
          {errorMessage(stats.error, t)}
        </Text>
      )}
      {GRASSROOTS_TYPES.includes(unit.type) && (
        <SheetLink unitId={unit.id} year={Number(asOf.slice(0, 4))} size="sm" testId="unit-assessment-link">
          {t('assessment.unitLink', { year: asOf.slice(0, 4) })}
        </SheetLink>
      )}
      <OverdueTasks unitId={unit.id} asOf={asOf} />
      <UnitMemberStats unit={unit} asOf={asOf} />
      {stats.data && Object.values(stats.data.unitsByType).some((count) => count > 0) && (
        <Paper withBorder radius="md" p="sm">
          <Title order={3} size="h5" mb="xs">
            {t('org.unitsByType')}
          </Title>
          <Suspense fallback={<Loader size="sm" />}>
            <StatsChart unitsByType={stats.data.unitsByType} />
          </Suspense>
        </Paper>
      )}
      <Paper withBorder radius="md" p="sm">
        <Title order={3} size="h5" mb="xs">
          {t('org.children')}
        </Title>
        {children.isPending && <Loader size="sm" />}
        {children.isError && (
          <Text c="red" size="sm">
            {errorMessage(children.error, t)}
          </Text>
        )}
        {children.data?.length === 0 && (
          <Text c="dimmed" size="sm">
            {t('org.noChildren')}
          </Text>
        )}
        {children.data && children.data.length > 0 && (
          <Table highlightOnHover verticalSpacing={6} data-testid="children-table">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('org.name')}</Table.Th>
                <Table.Th>{t('org.type')}</Table.Th>
                <Table.Th ta="right">{t('org.subunits')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {children.data.slice(0, shown).map((child) => (
                <Table.Tr key={child.id} data-testid="child-row" data-unit-id={child.id}>
                  <Table.Td>
                    <UnitLink unitId={child.id} size="sm">
                      {child.name}
                    </UnitLink>
                    <Text size="xs" c="dimmed">
                      {child.code}
                    </Text>
                  </Table.Td>
                  <Table.Td style={{ whiteSpace: 'nowrap' }}>
                    <UnitTypeBadge type={child.type} size="sm" />
                  </Table.Td>
                  <Table.Td ta="right">{child.childCount}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
        {children.data && children.data.length > shown && (
          <Button
            variant="subtle"
            size="xs"
            mt="xs"
            onClick={() => setShown(shown + PAGE)}
            data-testid="children-more"
          >
            {t('org.showMore', { count: Math.min(children.data.length - shown, PAGE) })}
          </Button>
        )}
      </Paper>
    </Stack>
  );
}
