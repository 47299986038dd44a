// Members at the end of each month of the year up to the chosen day, as a line (loaded with the first chart).
import type { Dashboard } from '@congdoan/domain';
import { LineChart } from 'echarts/charts';
import { GridComponent, TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';
import ReactEChartsCore from 'echarts-for-react/esm/core';
import { useTranslation } from 'react-i18next';
import { formatDate, formatNumber } from '../../components/format.ts';
import { currentLanguage } from '../../i18n/index.ts';

echarts.use([LineChart, GridComponent, TooltipComponent, CanvasRenderer]);

/** mm/yyyy for a month end, dd/mm/yyyy for the last point (the chosen day, often mid-month). */
function pointLabel(date: string, last: boolean): string {
  return last ? formatDate(date) : `${date.slice(5, 7)}/${date.slice(0, 4)}`;
}

export function MemberTrendChart({ trend }: { trend: Dashboard['members']['trend'] }) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const option = {
    textStyle: { fontFamily: '"Be Vietnam Pro", sans-serif' },
    grid: { left: 8, right: 16, top: 16, bottom: 8, containLabel: true },
    tooltip: {
      trigger: 'axis',
      valueFormatter: (value: number) => formatNumber(value, language),
    },
    xAxis: {
      type: 'category',
      boundaryGap: false,
      data: trend.map((point, index) => pointLabel(point.date, index === trend.length - 1)),
      axisTick: { show: false },
      axisLine: { lineStyle: { color: '#ced4da' } },
    },
    yAxis: {
      type: 'value',
      minInterval: 1,
      scale: true,
      splitLine: { lineStyle: { color: '#eef1f5' } },
      // The lowest label sits on the x axis, against the first month's; the grid line says enough.
      axisLabel: { formatter: (value: number) => formatNumber(value, language), showMinLabel: false },
    },
    series: [
      {
        type: 'line',
        name: t('dashboard.members.series'),
        data: trend.map((point) => point.members),
        // Straight segments: a smoothed line would dip below and rise above the counts between points.
        symbolSize: 6,
        itemStyle: { color: '#1660de' },
        areaStyle: { color: 'rgba(22, 96, 222, 0.08)' },
      },
    ],
  };
  return (
    <div data-testid="dashboard-trend">
      <ReactEChartsCore echarts={echarts} option={option} notMerge style={{ height: 220, width: '100%' }} />
    </div>
  );
}
