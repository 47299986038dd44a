// Units of the subtree by type, as a horizontal bar chart (labels stay readable on a phone).
import { UNIT_TYPE_CODES } from '@congdoan/domain';
import { BarChart } from 'echarts/charts';
import { GridComponent, TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';
import ReactEChartsCore from 'echarts-for-react/esm/core';
import { useTranslation } from 'react-i18next';
import { unitTypeLabel, unitTypeShortLabel } from '../../components/labels.ts';

echarts.use([BarChart, GridComponent, TooltipComponent, CanvasRenderer]);

export function StatsChart({ unitsByType }: { unitsByType: Record<string, number> }) {
  const { t } = useTranslation();
  // Types in the order of the tree, top level first; the chart draws the first category at the bottom.
  const types = UNIT_TYPE_CODES.filter((type) => (unitsByType[type] ?? 0) > 0).reverse();
  const option = {
    textStyle: { fontFamily: '"Be Vietnam Pro", sans-serif' },
    grid: { left: 8, right: 40, top: 8, bottom: 8, containLabel: true },
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
    xAxis: { type: 'value', minInterval: 1, splitLine: { lineStyle: { color: '#eef1f5' } } },
    yAxis: {
      type: 'category',
      data: types.map((type) => unitTypeShortLabel(t, type)),
      axisTick: { show: false },
      axisLine: { lineStyle: { color: '#ced4da' } },
    },
    series: [
      {
        type: 'bar',
        name: t('org.unitsByType'),
        data: types.map((type) => ({ value: unitsByType[type] ?? 0, name: unitTypeLabel(t, type) })),
        itemStyle: { color: '#1660de', borderRadius: [0, 4, 4, 0] },
        barMaxWidth: 22,
        label: { show: true, position: 'right', color: '#495057' },
      },
    ],
  };
  return (
    <div data-testid="stats-chart">
      <ReactEChartsCore
        echarts={echarts}
        option={option}
        notMerge
        style={{ height: Math.max(120, 36 * types.length + 40), width: '100%' }}
      />
    </div>
  );
}
