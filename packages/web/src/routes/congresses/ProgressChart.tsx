// Congresses held per month across the subtree, as a bar chart (loaded lazily with ECharts).
import type { CongressProgress } from '@congdoan/domain';
import { BarChart } from 'echarts/charts';
import { GridComponent, TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';
import ReactEChartsCore from 'echarts-for-react/esm/core';
import { useTranslation } from 'react-i18next';

echarts.use([BarChart, GridComponent, TooltipComponent, CanvasRenderer]);

/** 'yyyy-mm' as mm/yyyy, the way months are written on Vietnamese documents. */
const monthLabel = (month: string) => `${month.slice(5, 7)}/${month.slice(0, 4)}`;

export function ProgressChart({ byMonth }: { byMonth: CongressProgress['byMonth'] }) {
  const { t } = useTranslation();
  const months = [...byMonth].sort((a, b) => a.month.localeCompare(b.month));
  const option = {
    textStyle: { fontFamily: '"Be Vietnam Pro", sans-serif' },
    grid: { left: 8, right: 8, top: 24, bottom: 8, containLabel: true },
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
    xAxis: {
      type: 'category',
      data: months.map((item) => monthLabel(item.month)),
      axisTick: { show: false },
      axisLabel: { fontSize: 11 },
    },
    yAxis: { type: 'value', minInterval: 1, splitLine: { lineStyle: { color: '#eef1f5' } } },
    series: [
      {
        type: 'bar',
        name: t('congress.progress.heldInMonth'),
        data: months.map((item) => item.held),
        itemStyle: { color: '#1660de', borderRadius: [4, 4, 0, 0] },
        barMaxWidth: 32,
        label: { show: months.length <= 12, position: 'top', color: '#495057' },
      },
    ],
  };
  return (
    <div data-testid="progress-chart">
      <ReactEChartsCore echarts={echarts} option={option} notMerge style={{ height: 240, width: '100%' }} />
    </div>
  );
}
