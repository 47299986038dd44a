// Payloads of year plans and targets (issue #5, item 2): a unit's plan for a year (theme, key tasks, the
// document that issues it) with its targets, each an indicator of the catalog assigned to the unit's
// children, the same for all or per child; and the progress of each child towards its figure.
import { z } from 'zod';
import { canFlags } from '../common/contract.ts';
import { isoDate } from '../common/dates.ts';
import { idParam, queryNumber, recordId } from '../common/input.ts';
import { indicatorCode } from '../reports/indicators.ts';

const text = (max: number) => z.string().trim().min(1).max(max);

/**
 * A target figure: people and things whole, money whole đồng, ratios a plain fraction (0.95). Stored as
 * numeric(18,4), so fourteen digits before the point at most.
 */
export const targetValue = z.number().nonnegative().lt(1e14);

export const perChildTarget = z.object({
  unitId: recordId,
  value: targetValue,
});

/** One target: an indicator, assigned either the same to every child or per child (exactly one of them). */
export const planTargetBody = z
  .object({
    indicatorCode,
    valueForAll: targetValue.optional(),
    perChild: z.array(perChildTarget).min(1).max(500).optional(),
    note: z.string().trim().max(2000).optional(),
  })
  .refine((target) => (target.valueForAll === undefined) !== (target.perChild === undefined), {
    message: 'error.targetAssignmentOne',
    path: ['valueForAll'],
  })
  .refine(
    (target) =>
      target.perChild === undefined ||
      new Set(target.perChild.map((child) => child.unitId)).size === target.perChild.length,
    { message: 'error.targetChildTwice', path: ['perChild'] },
  );
export type PlanTargetBody = z.infer<typeof planTargetBody>;

export const yearPlanBody = z
  .object({
    unitId: recordId,
    year: z.number().int().min(2000).max(2100),
    theme: text(500),
    keyTasks: z.array(text(1000)).max(50).default([]),
    /** "Kế hoạch số 12/KH-LĐLĐ" */
    documentNumber: z.string().trim().max(120).optional(),
    issuedOn: isoDate,
    targets: z.array(planTargetBody).max(100).default([]),
  })
  .superRefine((plan, ctx) => {
    // One target per indicator: the second one is named.
    const seen = new Set<string>();
    for (const [index, target] of plan.targets.entries()) {
      if (seen.has(target.indicatorCode)) {
        ctx.addIssue({
          code: 'custom',
          path: ['targets', index, 'indicatorCode'],
          message: 'error.targetIndicatorTwice',
        });
      }
      seen.add(target.indicatorCode);
    }
  });
export type YearPlanBody = z.infer<typeof yearPlanBody>;

export const planTarget = z.object({
  id: z.number().int(),
  indicatorCode: z.string(),
  valueForAll: z.number().nullable(),
  perChild: z.array(z.object({ unitId: z.number().int(), unitName: z.string(), value: z.number() })),
  note: z.string().nullable(),
});
export type PlanTarget = z.infer<typeof planTarget>;

export const yearPlan = z.object({
  id: z.number().int(),
  unit: z.object({ id: z.number().int(), name: z.string() }),
  year: z.number().int(),
  theme: z.string(),
  keyTasks: z.array(z.string()),
  documentNumber: z.string().nullable(),
  issuedOn: z.string(),
  targets: z.array(planTarget),
});
export type YearPlan = z.infer<typeof yearPlan>;

/** The plans that apply to a unit in a year: its own and those of the units above it. */
export const listYearPlansQuery = z.object({
  unitId: idParam,
  year: queryNumber(z.number().int().min(2000).max(2100)).optional(),
});
export type ListYearPlansQuery = z.infer<typeof listYearPlansQuery>;

/** The plans of a unit, and whether the caller may issue the unit's own plan for the year. */
export const yearPlanList = z.object({
  plans: z.array(yearPlan),
  can: canFlags('issue'),
});
export type YearPlanList = z.infer<typeof yearPlanList>;

export const planProgressQuery = z.object({ asOf: isoDate.optional() });

export const TARGET_SOURCES = ['computed', 'entered'] as const;
export type TargetSource = (typeof TARGET_SOURCES)[number];

/** A child's progress on a target as the records give it. */
export const childProgressData = z.object({
  unitId: z.number().int(),
  unitName: z.string(),
  assigned: z.number().nullable(),
  achieved: z.number().nullable(),
  /** the day the achieved figure stands at (asOf for computed ones, the report's date for entered ones) */
  achievedAsOf: z.string().nullable(),
  /** achieved / assigned, or null when either is missing or nothing was assigned */
  ratio: z.number().nullable(),
});
export type ChildProgressData = z.infer<typeof childProgressData>;

/** A child's progress with whether the caller may enter what it has achieved (an entered indicator only). */
export const childProgress = childProgressData.extend({ can: canFlags('record') });
export type ChildProgress = z.infer<typeof childProgress>;

/** The progress of every target of a plan as of a day, each child's row of the shape given. */
const progressOf = <Child extends z.ZodType>(child: Child) =>
  z.object({
    planId: z.number().int(),
    asOf: z.string(),
    targets: z.array(
      z.object({
        targetId: z.number().int(),
        indicatorCode: z.string(),
        source: z.enum(TARGET_SOURCES),
        children: z.array(child),
      }),
    ),
  });

export const targetProgressData = progressOf(childProgressData);
export type TargetProgressData = z.infer<typeof targetProgressData>;

export const targetProgress = progressOf(childProgress);
export type TargetProgress = z.infer<typeof targetProgress>;

/** What a child reports it has achieved on an entered indicator, as of a day. */
export const achievementBody = z.object({
  value: targetValue,
  asOf: isoDate,
});
export type AchievementBody = z.infer<typeof achievementBody>;
