// Payloads of congresses (issue #4): the congress cycle a plan covers, a plan issued for a subtree, a unit's
// congress with its bodies and documents, its term, and the progress of a cycle across a subtree.
import { z } from 'zod';
import { canFlags } from '../common/contract.ts';
import { isoDate } from '../common/dates.ts';
import { idParam, pageParam, pageSizeParam, recordId } from '../common/input.ts';
import { unitTypeCode } from '../org/schemas.ts';

/** A congress cycle, "2023-2028" in code and "2023–2028" on screen: five years by the Charter (term.years). */
export const congressCycle = z
  .string()
  .trim()
  .regex(/^\d{4}-\d{4}$/u, { message: 'error.cycleFormat' })
  .refine((cycle) => Number(cycle.slice(5)) > Number(cycle.slice(0, 4)), { message: 'error.cycleFormat' });
export type CongressCycle = z.infer<typeof congressCycle>;

/** The levels a plan sets deadlines for and progress is counted by (by unit type tier). */
export const CONGRESS_LEVELS = ['grassroots', 'superior', 'provincial'] as const;
export const congressLevel = z.enum(CONGRESS_LEVELS);
export type CongressLevel = z.infer<typeof congressLevel>;

/** The level of a unit type: tier 1 provincial, tier 2 superior, tier 3 grassroots; others hold none. */
export function congressLevelOfTier(tier: number): CongressLevel | null {
  if (tier === 1) return 'provincial';
  if (tier === 2) return 'superior';
  if (tier === 3) return 'grassroots';
  return null;
}

const LEVEL_TIER: Record<CongressLevel, number> = { provincial: 1, superior: 2, grassroots: 3 };

/**
 * The levels a plan issued by a unit of this tier sets deadlines for: its own and those below it, the lowest
 * first (a provincial federation's plan covers its own congress too).
 */
export function planLevelsOfTier(tier: number): CongressLevel[] {
  return CONGRESS_LEVELS.filter((level) => LEVEL_TIER[level] >= tier).sort(
    (a, b) => LEVEL_TIER[b] - LEVEL_TIER[a],
  );
}

const text = (max: number) => z.string().trim().min(1).max(max);
const names = z.array(text(120)).max(60).default([]);

/** "Kế hoạch tổ chức Đại hội Công đoàn các cấp …": issued by a unit for its subtree. */
export const congressPlanBody = z.object({
  issuerUnitId: recordId,
  cycle: congressCycle,
  title: text(300),
  documentNumber: z.string().trim().max(120).optional(),
  issuedOn: isoDate,
  /** the date by which each level's congresses should be held */
  deadlines: z
    .array(z.object({ level: congressLevel, deadline: isoDate }))
    .min(1)
    .max(3)
    .refine((list) => new Set(list.map((item) => item.level)).size === list.length, {
      message: 'error.deadlineLevelTwice',
    }),
  /** units chosen to hold a pilot congress (đại hội điểm) first */
  pilotUnitIds: z.array(recordId).max(50).default([]),
  notes: z.string().trim().max(2000).optional(),
});
export type CongressPlanBody = z.infer<typeof congressPlanBody>;

export const congressPlan = z.object({
  id: z.number().int(),
  issuer: z.object({ id: z.number().int(), name: z.string() }),
  cycle: z.string(),
  title: z.string(),
  documentNumber: z.string().nullable(),
  issuedOn: z.string(),
  deadlines: z.array(z.object({ level: congressLevel, deadline: z.string() })),
  pilots: z.array(z.object({ id: z.number().int(), name: z.string() })),
  notes: z.string().nullable(),
  recordedAt: z.string(),
});
export type CongressPlan = z.infer<typeof congressPlan>;

/** The plans that apply to a unit (the caller's own without one), of one cycle or all. */
export const listPlansQuery = z.object({ unitId: idParam.optional(), cycle: congressCycle.optional() });

export const CONGRESS_STATUSES = ['planned', 'scheduled', 'held', 'recognised'] as const;
export const congressStatus = z.enum(CONGRESS_STATUSES);
export type CongressStatus = z.infer<typeof congressStatus>;

/** Đại hội toàn thể (every member) or đại biểu (delegates), by the unit's size (congress.delegateCongressMinMembers). */
export const congressKind = z.enum(['allMember', 'delegate']);

/** The congress's working bodies, elected by show of hands. */
export const congressBodies = z.object({
  presidium: names,
  secretariat: names,
  credentialsBoard: names,
  countingBoard: names,
});

/** A congress as the unit's officer records it, step by step: planned, then scheduled, held, recognised. */
export const congressFields = z.object({
  kind: congressKind.optional(),
  isPilot: z.boolean().optional(),
  scheduledOn: isoDate.nullable().optional(),
  place: z.string().trim().max(300).nullable().optional(),
  heldOn: isoDate.nullable().optional(),
  /** delegates (or members) convened, and present at the opening */
  delegatesConvened: z.number().int().min(0).max(100_000).nullable().optional(),
  delegatesPresent: z.number().int().min(0).max(100_000).nullable().optional(),
  /** delegates appointed by the superior rather than elected (at most congress.appointedDelegatesMax) */
  delegatesAppointed: z.number().int().min(0).max(100_000).nullable().optional(),
  bodies: congressBodies.partial().optional(),
  subcommittees: z
    .array(z.object({ name: text(200), members: names }))
    .max(20)
    .optional(),
  guests: z.array(text(200)).max(100).optional(),
  notes: z.string().trim().max(4000).nullable().optional(),
});

export const createCongressBody = congressFields.extend({
  unitId: recordId,
  cycle: congressCycle,
  planId: recordId.optional(),
});
export type CreateCongressBody = z.infer<typeof createCongressBody>;

export const updateCongressBody = congressFields.refine((body) => Object.keys(body).length > 0, {
  message: 'error.nothingToChange',
});
export type UpdateCongressBody = z.infer<typeof updateCongressBody>;

/** Scheduling a congress (an update): the date and the place, both needed. */
export const scheduleCongressBody = z.object({ scheduledOn: isoDate, place: text(300) });

/** Recording a congress as held (an update): the date, the kind and the figures the holding checks judge. */
export const holdCongressBody = z.object({
  heldOn: isoDate,
  place: z.string().trim().max(300).nullable(),
  kind: congressKind,
  delegatesConvened: z.number().int().min(0).max(100_000),
  delegatesPresent: z.number().int().min(0).max(100_000),
  delegatesAppointed: z.number().int().min(0).max(100_000).nullable(),
});

/** The superior recognises the congress's result (công nhận), with its decision. */
export const recogniseCongressBody = z.object({
  recognisedOn: isoDate,
  decisionNumber: z.string().trim().max(120).optional(),
});
export type RecogniseCongressBody = z.infer<typeof recogniseCongressBody>;

export const CONGRESS_DOCUMENT_KINDS = [
  'politicalReport',
  'personnelPlan',
  'resolution',
  'minutes',
  'other',
] as const;
export const congressDocumentKind = z.enum(CONGRESS_DOCUMENT_KINDS);
export type CongressDocumentKind = z.infer<typeof congressDocumentKind>;

export const congressDocument = z.object({
  id: z.number().int(),
  kind: congressDocumentKind,
  fileName: z.string(),
  contentType: z.string(),
  size: z.number().int(),
  uploadedAt: z.string(),
  uploadedBy: z.string().nullable(),
  /** the congress's unit's officers remove a document kept in error */
  can: canFlags('delete'),
});
export type CongressDocument = z.infer<typeof congressDocument>;

/** What the server says about the figures of a congress, checked against the rules on its date. */
export const congressChecks = z.object({
  /** members of the unit on the congress date (or today while it is planned) */
  members: z.number().int(),
  /** the kind the rules require for that size */
  requiredKind: congressKind,
  /** the most delegates the rules allow, for a delegate congress */
  delegateCap: z.number().int().nullable(),
  /** the fewest present for a valid congress (congress.quorum of those convened) */
  quorumNeeded: z.number().int().nullable(),
  quorumMet: z.boolean().nullable(),
});

export const congress = z.object({
  id: z.number().int(),
  unit: z.object({ id: z.number().int(), code: z.string(), name: z.string(), type: unitTypeCode }),
  cycle: z.string(),
  planId: z.number().int().nullable(),
  status: congressStatus,
  kind: congressKind,
  isPilot: z.boolean(),
  scheduledOn: z.string().nullable(),
  place: z.string().nullable(),
  heldOn: z.string().nullable(),
  delegatesConvened: z.number().int().nullable(),
  delegatesPresent: z.number().int().nullable(),
  delegatesAppointed: z.number().int().nullable(),
  bodies: congressBodies,
  subcommittees: z.array(z.object({ name: z.string(), members: z.array(z.string()) })),
  guests: z.array(z.string()),
  notes: z.string().nullable(),
  recognisedOn: z.string().nullable(),
  recognitionDecision: z.string().nullable(),
  checks: congressChecks,
  documents: z.array(congressDocument),
  /** the unit's term that the congress opened, once held */
  term: z.object({ startsOn: z.string(), endsOn: z.string() }).nullable(),
  recordedAt: z.string(),
  updatedAt: z.string(),
  /**
   * What the caller may do: the unit's officers schedule (until held), hold (until recognised), edit the
   * bodies, keep documents, open ballots and constitute committees; the superior recognises a held congress
   * and shifts the term it opened.
   */
  can: canFlags(
    'schedule',
    'hold',
    'editBodies',
    'recognise',
    'shiftTerm',
    'uploadDocument',
    'createElection',
    'constituteCommittee',
  ),
});
export type Congress = z.infer<typeof congress>;

export const listCongressesQuery = z.object({
  unitId: idParam.optional(),
  /** false: the unit's own congresses only */
  subtree: z.stringbool().default(true),
  cycle: congressCycle.optional(),
  status: congressStatus.optional(),
  page: pageParam.default(1),
  pageSize: pageSizeParam(200).default(50),
});
export type CongressListQuery = z.input<typeof listCongressesQuery>;

export const congressSummary = congress.pick({
  id: true,
  unit: true,
  cycle: true,
  status: true,
  kind: true,
  isPilot: true,
  scheduledOn: true,
  heldOn: true,
  recognisedOn: true,
});
export const congressPage = z.object({
  items: z.array(congressSummary),
  total: z.number().int(),
  page: z.number().int(),
  pageSize: z.number().int(),
});

/**
 * A unit as its congress pages start from it: its level, the unit above (when the caller may read it), the
 * cycles it has a plan or congresses of, and whether the caller may issue a plan or open its congress.
 */
export const congressUnitOverview = z.object({
  unit: z.object({
    id: z.number().int(),
    name: z.string(),
    type: unitTypeCode,
    /** null when the unit's type holds no congress of its own */
    level: congressLevel.nullable(),
  }),
  parent: z.object({ id: z.number().int(), name: z.string() }).nullable(),
  /** the levels a plan this unit issues sets deadlines for */
  planLevels: z.array(congressLevel),
  /** cycles with a plan applying to the unit or a congress in its subtree (in the caller's scope), newest first */
  cycles: z.array(z.string()),
  can: canFlags('issuePlan', 'createCongress'),
});
export type CongressUnitOverview = z.infer<typeof congressUnitOverview>;

/**
 * A unit's term: from the congress that opened it to the next, five years (term.years) unless the superior
 * shifted it (by at most term.maxShiftMonths) to align the cycle.
 */
export const setTermBody = z.object({
  endsOn: isoDate,
  decisionNumber: z.string().trim().max(120).optional(),
  reason: z.string().trim().max(500).optional(),
});
export type SetTermBody = z.infer<typeof setTermBody>;

export const unitTerm = z.object({
  id: z.number().int(),
  unitId: z.number().int(),
  cycle: z.string(),
  congressId: z.number().int().nullable(),
  startsOn: z.string(),
  endsOn: z.string(),
  /** months the end differs from the standard length: positive when lengthened */
  shiftMonths: z.number().int(),
  decisionNumber: z.string().nullable(),
});
export type UnitTerm = z.infer<typeof unitTerm>;

/** Progress of a cycle across a subtree as of a date: "6,349/6,349 grassroots unions have held …". */
export const congressProgressQuery = z.object({
  unitId: idParam,
  cycle: congressCycle,
  asOf: isoDate.optional(),
});
export type CongressProgressQuery = z.input<typeof congressProgressQuery>;

const levelFigures = z.object({
  level: congressLevel,
  /** units of the level in the subtree on the date */
  total: z.number().int(),
  /** of which have held their congress of the cycle by the date */
  held: z.number().int(),
  recognised: z.number().int(),
  scheduled: z.number().int(),
  /** not held and past the plan's deadline for the level */
  late: z.number().int(),
  deadline: z.string().nullable(),
});

const progressUnit = z.object({
  id: z.number().int(),
  code: z.string(),
  name: z.string(),
  level: congressLevel,
  parentName: z.string().nullable(),
  status: congressStatus.nullable(),
  scheduledOn: z.string().nullable(),
  heldOn: z.string().nullable(),
  late: z.boolean(),
});

export const congressProgress = z.object({
  unitId: z.number().int(),
  cycle: z.string(),
  asOf: z.string(),
  plan: congressPlan.nullable(),
  levels: z.array(levelFigures),
  /** congresses held per month (yyyy-mm), for the chart */
  byMonth: z.array(z.object({ month: z.string(), held: z.number().int() })),
  /** each child of the unit with its own subtree's figures, for drill-down */
  children: z.array(
    z.object({ id: z.number().int(), name: z.string(), total: z.number().int(), held: z.number().int() }),
  ),
  /** units that have not held theirs, the late first (at most `missingLimit`, with the full count) */
  missing: z.array(progressUnit),
  missingTotal: z.number().int(),
});
export type CongressProgress = z.infer<typeof congressProgress>;
