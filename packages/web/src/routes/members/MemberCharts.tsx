// The member charts of a unit's page: age bands, ethnicity, and admissions against departures by year.
import { AGE_BANDS, type MemberStats } from '@congdoan/domain';
import { Paper, SimpleGrid, Text, Title } from '@mantine/core';
import { BarChart } from 'echarts/charts';
import { GridComponent, LegendComponent, TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';
import ReactEChartsCore from 'echarts-for-react/esm/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ageBandLabel } from '../../components/memberLabels.ts';

echarts.use([BarChart, GridComponent, LegendComponent, TooltipComponent, CanvasRenderer]);

const FONT = { fontFamily: '"Be Vietnam Pro", sans-serif' };
const BLUE = '#1660de';
const RED = '#e03131';
const TEAL = '#0ca678';
/** Groups beyond these are summed as "other", so the chart stays readable on a phone. */
const TOP_ETHNICITIES = 6;

export interface YearMovement {
  year: number;
  admissions: number;
  departures: number;
}

function ChartCard({ title, testId, children }: { title: string; testId: string; children: ReactNode }) {
  return (
    <Paper withBorder radius="md" p="sm" data-testid={testId}>
      <Title order={4} size="h6" mb={4}>
        {title}
      </Title>
      {children}
    </Paper>
  );
}

function AgeBands({ stats }: { stats: MemberStats }) {
  const { t } = useTranslation();
  const bands = [
    ...AGE_BANDS,
    ...Object.keys(stats.ageBands).filter((band) => !AGE_BANDS.includes(band as never)),
  ];
  const option = {
    textStyle: FONT,
    grid: { left: 8, right: 8, top: 24, bottom: 8, containLabel: true },
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
    xAxis: {
      type: 'category',
      data: bands.map((band) => ageBandLabel(t, band)),
      axisTick: { show: false },
      axisLabel: { interval: 0, fontSize: 11, hideOverlap: false },
    },
    yAxis: { type: 'value', minInterval: 1, splitLine: { lineStyle: { color: '#eef1f5' } } },
    series: [
      {
        type: 'bar',
        name: t('members.stats.members'),
        data: bands.map((band) => stats.ageBands[band] ?? 0),
        itemStyle: { color: BLUE, borderRadius: [4, 4, 0, 0] },
        barMaxWidth: 36,
        label: { show: true, position: 'top', color: '#495057' },
      },
    ],
  };
  return (
    <ReactEChartsCore echarts={echarts} option={option} notMerge style={{ height: 220, width: '100%' }} />
  );
}

function Ethnicity({ stats }: { stats: MemberStats }) {
  const { t } = useTranslation();
  const sorted = Object.entries(stats.ethnicity).sort((a, b) => b[1] - a[1]);
  const top = sorted.slice(0, TOP_ETHNICITIES);
  const rest = sorted.slice(TOP_ETHNICITIES).reduce((sum, [, count]) => sum + count, 0);
  const rows = [
    ...top.map(([name, value]) => ({
      name: name === 'unknown' || !name ? t('members.stats.unknown') : name,
      value,
    })),
    ...(rest > 0 ? [{ name: t('members.stats.other'), value: rest }] : []),
  ].reverse();
  const total = rows.reduce((sum, row) => sum + row.value, 0);
  const option = {
    textStyle: FONT,
    grid: { left: 8, right: 64, top: 8, bottom: 8, containLabel: true },
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
    xAxis: { type: 'value', show: false },
    yAxis: {
      type: 'category',
      data: rows.map((row) => row.name),
      axisTick: { show: false },
      axisLine: { lineStyle: { color: '#ced4da' } },
    },
    series: [
      {
        type: 'bar',
        name: t('members.stats.members'),
        data: rows.map((row) => row.value),
        itemStyle: { color: TEAL, borderRadius: [0, 4, 4, 0] },
        barMaxWidth: 18,
        label: {
          show: true,
          position: 'right',
          color: '#495057',
          formatter: ({ value }: { value: number }) =>
            total ? `${value} (${Math.round((value / total) * 100)}%)` : String(value),
        },
      },
    ],
  };
  return (
    <ReactEChartsCore
      echarts={echarts}
      option={option}
      notMerge
      style={{ height: Math.max(140, 28 * rows.length + 24), width: '100%' }}
    />
  );
}

function Movements({ years }: { years: YearMovement[] }) {
  const { t } = useTranslation();
  const option = {
    textStyle: FONT,
    grid: { left: 8, right: 8, top: 32, bottom: 8, containLabel: true },
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
    legend: { top: 0, itemWidth: 12, itemHeight: 10 },
    xAxis: { type: 'category', data: years.map((year) => String(year.year)), axisTick: { show: false } },
    yAxis: { type: 'value', minInterval: 1, splitLine: { lineStyle: { color: '#eef1f5' } } },
    series: [
      {
        type: 'bar',
        name: t('members.stats.admissionsSeries'),
        data: years.map((year) => year.admissions),
        itemStyle: { color: BLUE, borderRadius: [3, 3, 0, 0] },
        barMaxWidth: 22,
      },
      {
        type: 'bar',
        name: t('members.stats.departuresSeries'),
        data: years.map((year) => year.departures),
        itemStyle: { color: RED, borderRadius: [3, 3, 0, 0] },
        barMaxWidth: 22,
      },
    ],
  };
  return (
    <ReactEChartsCore echarts={echarts} option={option} notMerge style={{ height: 220, width: '100%' }} />
  );
}

export function MemberCharts({ stats, years }: { stats: MemberStats; years: YearMovement[] | null }) {
  const { t } = useTranslation();
  const hasEthnicity = Object.values(stats.ethnicity).some((count) => count > 0);
  return (
    <SimpleGrid type="container" cols={{ base: 1, '560px': 2 }} spacing="sm">
      <ChartCard title={t('members.stats.ageBands')} testId="member-chart-age">
        <AgeBands stats={stats} />
      </ChartCard>
      <ChartCard title={t('members.stats.ethnicity')} testId="member-chart-ethnicity">
        {hasEthnicity ? (
          <Ethnicity stats={stats} />
        ) : (
          <Text size="sm" c="dimmed">
            {t('members.stats.noEthnicity')}
          </Text>
        )}
      </ChartCard>
      {years && (
        <ChartCard title={t('members.stats.movements')} testId="member-chart-movements">
          <Movements years={years} />
        </ChartCard>
      )}
    </SimpleGrid>
  );
}
