// The share of grassroots unions at each grade, not graded yet included, as a donut (ECharts, loaded lazily).
import { ASSESSMENT_GRADES, type AssessmentOverview } from '@congdoan/domain';
import { PieChart } from 'echarts/charts';
import { LegendComponent, TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';
import ReactEChartsCore from 'echarts-for-react/esm/core';
import { useTranslation } from 'react-i18next';
import { formatPercent } from '../../components/format.ts';
import { currentLanguage } from '../../i18n/index.ts';
import { gradeLabel } from './labels.ts';

echarts.use([PieChart, LegendComponent, TooltipComponent, CanvasRenderer]);

const COLORS = {
  excellent: '#0ca678',
  good: '#1660de',
  completed: '#f59f00',
  notCompleted: '#e03131',
  notGraded: '#ced4da',
};

export function GradeChart({ shares }: { shares: AssessmentOverview['shares'] }) {
  const { t } = useTranslation();
  const language = currentLanguage();
  // Percentages in the user's notation ("93,8 %" in Vietnamese), not ECharts' own "93.75%".
  const percent = (params: { percent?: number }) =>
    formatPercent(Math.round((params.percent ?? 0) * 10) / 10, language);
  const data = [
    ...ASSESSMENT_GRADES.map((grade) => ({
      name: gradeLabel(t, grade),
      value: shares.byGrade[grade].count,
      itemStyle: { color: COLORS[grade] },
    })),
    {
      name: t('assessment.notGraded'),
      value: shares.notGraded,
      itemStyle: { color: COLORS.notGraded },
    },
  ].filter((item) => item.value > 0);
  const option = {
    textStyle: { fontFamily: '"Be Vietnam Pro", sans-serif' },
    tooltip: {
      trigger: 'item',
      formatter: (params: { name: string; value: number; percent?: number }) =>
        `${params.name}: ${params.value} (${percent(params)})`,
    },
    legend: { bottom: 0, left: 'center', type: 'scroll', textStyle: { fontSize: 11 } },
    series: [
      {
        type: 'pie',
        radius: ['42%', '68%'],
        center: ['50%', '42%'],
        avoidLabelOverlap: true,
        label: { show: true, formatter: percent, fontSize: 11 },
        data,
      },
    ],
  };
  return (
    <div data-testid="assessment-grade-chart">
      <ReactEChartsCore echarts={echarts} option={option} notMerge style={{ height: 280, width: '100%' }} />
    </div>
  );
}
