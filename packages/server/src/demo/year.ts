// Demo data for the year's work (issue #5 item 6), on the tree, members and committees already seeded: the
// committee sessions of Hà Nội (Công đoàn Viên chức thành phố's kỳ họp thứ 6 of khóa VI, seed 000), the 2025
// year plans of LĐLĐ thành phố Hà Nội (14 targets, seed 004) and Long Biên, the 2024 assessments of Hà Nội's
// grassroots unions, and the report periods of 2024 and 2025 with their reports. Planned from the database,
// so a demo seeded before this existed gets the same on its next start, once (meta 'demo.year').

import type { Tx } from '../db/client.ts';
import { meta } from '../db/schema/index.ts';
import { type DemoAssessmentsSummary, seedDemoAssessments } from './year-assessments.ts';
import { type DemoMeetingsSummary, seedDemoMeetings } from './year-meetings.ts';
import { type DemoPlansSummary, seedDemoPlans } from './year-plans.ts';
import { type DemoReportsSummary, seedDemoReports } from './year-reports.ts';
import { demoActor, unitIdsByCode } from './year-world.ts';

/** Set once the year's work is in, so that a later start adds none. */
export const DEMO_YEAR_MARKER = 'demo.year';

/**
 * The tables the year's work writes, children first: a test that rewinds the demo to before members or
 * congresses existed empties these too, since none of it can stand without them.
 */
export const DEMO_YEAR_TABLES = [
  'report_reminders',
  'unit_report_events',
  'unit_reports',
  'report_periods',
  'target_achievements',
  'plan_target_assignments',
  'plan_targets',
  'year_plans',
  'assessments',
  'resolution_tasks',
  'meeting_resolutions',
  'committee_meetings',
] as const;

export interface DemoYearSummary {
  meetings: DemoMeetingsSummary;
  plans: DemoPlansSummary;
  assessments: DemoAssessmentsSummary;
  reports: DemoReportsSummary;
}

export async function seedDemoYear(tx: Tx, options: { today: string }): Promise<DemoYearSummary> {
  const codes = await unitIdsByCode(tx);
  const actors = { hanoi: await demoActor(tx, 'hanoi'), longBien: await demoActor(tx, 'longbien') };
  const cdcs = await demoActor(tx, 'cdcs');
  const meetings = await seedDemoMeetings(tx, actors, codes, options.today);
  const plans = await seedDemoPlans(tx, actors, codes);
  const users = { hanoi: actors.hanoi.id, longBien: actors.longBien.id };
  const assessments = await seedDemoAssessments(tx, users, codes);
  const reports = await seedDemoReports(tx, { ...users, cdcs: cdcs.id }, codes);
  const summary = { meetings, plans, assessments, reports };
  await tx.insert(meta).values({ key: DEMO_YEAR_MARKER, value: { ...summary, seededOn: options.today } });
  return summary;
}

export const describeYear = (summary: DemoYearSummary) =>
  `${summary.meetings.meetings} committee sessions (${summary.meetings.tasks} tasks), ` +
  `${summary.plans.plans} year plans (${summary.plans.targets} targets), ` +
  `${summary.assessments.assessed} assessments of 2024 (${summary.assessments.reviewed} graded), ` +
  `${summary.reports.periods} report periods (${summary.reports.reports} reports)`;
