// A unit's report as its officer fills it in: the ratios (membership rate, insurance coverage, average wage)
// follow the figures typed into their numerator and denominator at once, before anything is saved; a reader
// who may not edit sees the saved figures as they are.
import { reportPeriod, unitReport } from '@congdoan/domain';
import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { mockApi } from '../../test/network.ts';
import { renderWithProviders } from '../../test/render.tsx';
import { UnitReportPage } from './UnitReportPage.tsx';

const PERIOD = reportPeriod.parse({
  id: 3,
  unit: { id: 1, name: 'LĐLĐ quận Long Biên' },
  kind: 'year',
  year: 2025,
  name: 'Báo cáo năm 2025',
  startsOn: '2024-12-16',
  cutOff: '2025-12-15',
  dueOn: '2025-12-25',
  grassrootsFormCode: '01-HDCD',
  superiorFormCode: '02-HDCD',
  lastYearPeriodId: null,
  recordedAt: '2025-11-01T00:00:00.000Z',
  place: { rootUnitId: 42, ownReport: true },
  can: { edit: false },
});

const line = (code: string, source: string, value: number | null) => ({
  code,
  source,
  value,
  lastYear: null,
});

/** A draft as saved: 300 members of 400 workers (75 %), 360 insured (90 %), a wage bill of 2 billion đồng. */
function report(can: { edit: boolean; submit: boolean; review: boolean }) {
  return unitReport.parse({
    periodId: 3,
    unit: { id: 42, name: 'Công đoàn cơ sở Công ty May 10', level: 'grassroots' },
    reviewer: { id: 1, name: 'LĐLĐ quận Long Biên' },
    form: { code: '01-HDCD', name: 'Báo cáo công đoàn cơ sở' },
    status: 'draft',
    late: false,
    lines: [
      line('WORKERS', 'entered', 400),
      line('MEMBERS', 'computed', 300),
      line('MEMBERSHIP_RATE', 'ratio', 0.75),
      line('MONTHLY_WAGE_BILL', 'entered', 2_000_000_000),
      line('AVERAGE_MONTHLY_WAGE', 'ratio', 5_000_000),
      line('WORKERS_WITH_SOCIAL_INSURANCE', 'entered', 360),
      line('SOCIAL_INSURANCE_COVERAGE', 'ratio', 0.9),
    ],
    narrative: { results: '', shortcomings: '', direction: '' },
    submittedAt: null,
    reviewedAt: null,
    returnComment: null,
    history: [],
    can,
  });
}

const EDITOR = { edit: true, submit: true, review: false };

async function openReport(can = EDITOR) {
  const network = mockApi({
    'GET /api/report-periods/3': PERIOD,
    'GET /api/report-periods/3/reports/42': report(can),
  });
  const view = renderWithProviders(<UnitReportPage />, {
    route: { path: 'reports/$periodId/units/$unitId', url: '/reports/3/units/42' },
  });
  await screen.findByTestId('unit-report');
  const shown = (code: string) => screen.getByTestId(`report-value-${code}`).textContent;
  const retype = async (name: string, value: string) => {
    const input = screen.getByLabelText(name);
    await view.user.clear(input);
    if (value) await view.user.type(input, value);
  };
  return { ...view, network, shown, retype };
}

describe('UnitReportPage', () => {
  it('shows the ratios of the saved figures', async () => {
    const { shown } = await openReport();
    expect(screen.getByLabelText('Số lao động')).toHaveValue('400');
    expect(shown('MEMBERSHIP_RATE')).toBe('75 %');
    expect(shown('SOCIAL_INSURANCE_COVERAGE')).toBe('90 %');
    expect(shown('AVERAGE_MONTHLY_WAGE')).toBe('5.000.000 đ');
  });

  it('recomputes every ratio over a denominator as it is retyped', async () => {
    const { shown, retype } = await openReport();
    await retype('Số lao động', '500');
    expect(shown('MEMBERSHIP_RATE')).toBe('60 %');
    expect(shown('SOCIAL_INSURANCE_COVERAGE')).toBe('72 %');
    expect(shown('AVERAGE_MONTHLY_WAGE')).toBe('4.000.000 đ');
  });

  it('recomputes a ratio over its numerator, leaving the others alone', async () => {
    const { shown, retype } = await openReport();
    await retype('Số lao động tham gia BHXH', '398');
    expect(shown('SOCIAL_INSURANCE_COVERAGE')).toBe('99,5 %');
    expect(shown('MEMBERSHIP_RATE')).toBe('75 %');
    expect(shown('AVERAGE_MONTHLY_WAGE')).toBe('5.000.000 đ');
  });

  it('shows no ratio while its denominator is blank or zero', async () => {
    const { shown, retype } = await openReport();
    await retype('Số lao động', '');
    expect(shown('MEMBERSHIP_RATE')).toBe('—');
    expect(shown('AVERAGE_MONTHLY_WAGE')).toBe('—');
    await retype('Số lao động', '0');
    expect(shown('SOCIAL_INSURANCE_COVERAGE')).toBe('—');
  });

  it('saves the figures as typed', async () => {
    const { network, retype, user } = await openReport();
    network.answer('PUT /api/report-periods/3/reports/42', report(EDITOR));
    await retype('Số lao động', '500');
    await user.click(screen.getByRole('button', { name: 'Lưu nháp' }));
    await waitFor(() => expect(network.sentTo('PUT /api/report-periods/3/reports/42')).toHaveLength(1));
    const [saved] = network.sentTo('PUT /api/report-periods/3/reports/42');
    expect(saved!.body).toMatchObject({
      values: { WORKERS: 500, MONTHLY_WAGE_BILL: 2_000_000_000, WORKERS_WITH_SOCIAL_INSURANCE: 360 },
    });
  });

  it('shows a reader who may not edit the saved figures and ratios, with nothing to type in', async () => {
    const { shown } = await openReport({ edit: false, submit: false, review: false });
    expect(screen.queryByRole('textbox', { name: 'Số lao động' })).not.toBeInTheDocument();
    expect(shown('WORKERS')).toBe('400');
    expect(shown('MEMBERSHIP_RATE')).toBe('75 %');
    expect(screen.queryByRole('button', { name: 'Lưu nháp' })).not.toBeInTheDocument();
  });
});
