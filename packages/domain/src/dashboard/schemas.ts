// The home dashboard of a signed-in user's unit (issue #5, item 5): members and their trend, congress
// progress of the current term, reporting completeness of the latest period, the targets the unit was
// given, overdue tasks and reminders, all as of a chosen date.
import { z } from 'zod';
import { isoDate } from '../common/dates.ts';
import { idParam } from '../common/input.ts';

export const dashboardQuery = z.object({
  /** default the actor's unit */
  unitId: idParam.optional(),
  /** default today in Vietnam */
  asOf: isoDate.optional(),
});
export type DashboardQuery = z.infer<typeof dashboardQuery>;

const count = z.number().int();

export const dashboard = z.object({
  unit: z.object({ id: z.number().int(), name: z.string(), tier: z.number().int() }),
  asOf: z.string(),
  members: z.object({
    members: count,
    women: count,
    /** admissions and departures since 1 January of asOf's year */
    admissionsThisYear: count,
    departuresThisYear: count,
    /** members at the end of each of the 12 months up to asOf (the last point is asOf itself) */
    trend: z.array(z.object({ date: z.string(), members: count })),
  }),
  /** the congress cycle of the term running on asOf, for the unit's subtree; null when none is planned */
  congress: z
    .object({
      termLabel: z.string(),
      planId: z.number().int().nullable(),
      grassroots: z.object({ held: count, total: count }),
      superior: z.object({ held: count, total: count }),
    })
    .nullable(),
  /** the latest report period covering the unit, with its completeness below the unit */
  reporting: z
    .object({
      periodId: z.number().int(),
      name: z.string(),
      dueOn: z.string(),
      expected: count,
      submitted: count,
      approved: count,
      late: count,
      /** the unit's own report for the period, when it reports */
      ownStatus: z.enum(['draft', 'submitted', 'approved', 'returned', 'missing']).nullable(),
    })
    .nullable(),
  /** the targets the level above assigned to this unit for asOf's year, with what it has achieved */
  targets: z.array(
    z.object({
      planId: z.number().int(),
      indicatorCode: z.string(),
      assigned: z.number().nullable(),
      achieved: z.number().nullable(),
      ratio: z.number().nullable(),
    }),
  ),
  overdueTasks: z.object({
    count,
    /** the oldest first, at most 10 */
    items: z.array(
      z.object({
        id: z.number().int(),
        title: z.string(),
        deadline: z.string(),
        ownerName: z.string().nullable(),
        meetingId: z.number().int(),
      }),
    ),
  }),
  /** reminders to report the unit received and has not answered by submitting */
  reminders: z.array(
    z.object({ periodId: z.number().int(), periodName: z.string(), at: z.string(), fromUnit: z.string() }),
  ),
});
export type Dashboard = z.infer<typeof dashboard>;
