// The figures engine of the periodic reports (RULES.md §6): every indicator of a unit for a period, from the
// records as of the cut-off (computed), the children's submitted reports (rolled up), the unit's own report
// (entered) and the ratios recomputed over them. One call reads the unit's whole subtree set-based — a few
// grouped queries giving each unit's OWN counts — and sums them bottom-up over the cut-off tree in JS, so the
// roll-up of a unit is its children's figures plus its own records. Admissions and departures keep the
// meaning of members/stats.ts (a move inside a subtree is neither), so they are attributed to the ancestors
// of each event's unit on the event day up to (not including) the lowest unit holding the other end too.
import {
  findIndicator,
  INDICATOR_CODES,
  INDICATORS,
  type ReportLevel,
  type ReportLineSource,
  type ReportRollup,
  type RollupChildStatus,
  ratioValue,
  todayInVietnam,
  type UnitReportStatus,
} from '@congdoan/domain';
import { sql } from 'drizzle-orm';
import { queryRows, type Tx } from '../../db/client.ts';
import { AppError, NotFound, RuleViolation } from '../../platform/errors.ts';
import { memberCountsPerUnit } from '../facts/index.ts';
import {
  pathWithin,
  treeOn,
  unitVersions,
  liveOn as versionLiveOn,
  versionOnOrLatest,
} from '../org/index.ts';

/** A report period as the engine needs it: its dates, issuer and the indicator codes of its two forms. */
export interface PeriodRow {
  id: number;
  /** the issuer: every reporting unit below it reports */
  unitId: number;
  unitName: string;
  kind: 'halfYear' | 'year';
  year: number;
  name: string;
  startsOn: string;
  cutOff: string;
  dueOn: string;
  grassrootsFormId: number;
  superiorFormId: number;
  grassrootsFormCode: string;
  superiorFormCode: string;
  grassrootsFormName: string;
  superiorFormName: string;
  grassrootsCodes: string[];
  superiorCodes: string[];
  recordedAt: string;
}

/** A reporting child of the unit (tier 1–3 on the cut-off) with its own rolled-up figures. */
export interface ChildFigures {
  unitId: number;
  unitName: string;
  level: ReportLevel;
  values: Record<string, number | null>;
  sources: Record<string, ReportLineSource>;
  reportStatus: UnitReportStatus | null;
  late: boolean;
  /** it has reporting units below it: the roll-up drills down into it */
  hasChildren: boolean;
}

export interface UnitFigures {
  unitId: number;
  unitName: string;
  /** tier of the unit's type on the cut-off; level 'grassroots' for tier 3, 'superior' above */
  level: ReportLevel;
  values: Record<string, number | null>;
  sources: Record<string, ReportLineSource>;
  /** the unit's own report, if it has one */
  reportStatus: UnitReportStatus | null;
  late: boolean;
  /** the unit's own saved entered values, whatever its report's status (its form shows them) */
  ownEntered: Record<string, number | null>;
  children: ChildFigures[];
}

/** Reads a period with its forms' codes; 404 REPORT_PERIOD_NOT_FOUND when there is none. */
export async function loadPeriod(tx: Tx, periodId: number): Promise<PeriodRow> {
  const [row] = await queryRows<{
    id: number;
    unit_id: number;
    unit_name: string | null;
    kind: 'halfYear' | 'year';
    year: number;
    name: string;
    starts_on: string;
    cut_off: string;
    due_on: string;
    grassroots_form_id: number;
    superior_form_id: number;
    g_code: string;
    s_code: string;
    g_name: string;
    s_name: string;
    g_codes: string[];
    s_codes: string[];
    recorded_at: string;
  }>(
    tx,
    sql`select p.id, p.unit_id, v.name as unit_name, p.kind, p.year, p.name, p.starts_on::text,
          p.cut_off::text, p.due_on::text, p.grassroots_form_id, p.superior_form_id,
          g.code as g_code, s.code as s_code, g.name as g_name, s.name as s_name,
          g.indicator_codes as g_codes, s.indicator_codes as s_codes, p.recorded_at::text
        from report_periods p
        join report_forms g on g.id = p.grassroots_form_id
        join report_forms s on s.id = p.superior_form_id
        left join lateral ${versionOnOrLatest(sql`p.unit_id`, sql`p.cut_off`)} v on true
        where p.id = ${periodId}`,
  );
  if (!row) throw new NotFound('REPORT_PERIOD_NOT_FOUND');
  return {
    id: row.id,
    unitId: row.unit_id,
    unitName: row.unit_name ?? '',
    kind: row.kind,
    year: row.year,
    name: row.name,
    startsOn: row.starts_on,
    cutOff: row.cut_off,
    dueOn: row.due_on,
    grassrootsFormId: row.grassroots_form_id,
    superiorFormId: row.superior_form_id,
    grassrootsFormCode: row.g_code,
    superiorFormCode: row.s_code,
    grassrootsFormName: row.g_name,
    superiorFormName: row.s_name,
    grassrootsCodes: row.g_codes,
    superiorCodes: row.s_codes,
    recordedAt: row.recorded_at,
  };
}

/** Every code of the two forms of a period, in catalog (print) order. */
export function periodIndicatorCodes(period: PeriodRow): string[] {
  const codes = new Set([...period.grassrootsCodes, ...period.superiorCodes]);
  return INDICATOR_CODES.filter((code) => codes.has(code));
}

/** The level a unit of this tier reports at; null for tiers that never report (0 reports as superior). */
export function levelOfTier(tier: number): ReportLevel | null {
  if (tier === 3) return 'grassroots';
  if (tier >= 0 && tier <= 2) return 'superior';
  return null;
}

/** Late: never submitted and past due, or first submitted (Vietnam date) after the due date. */
export function isLate(dueOn: string, firstSubmittedAt: string | null, today = todayInVietnam()): boolean {
  if (firstSubmittedAt === null) return today > dueOn;
  return todayInVietnam(new Date(firstSubmittedAt)) > dueOn;
}

// The subtree and the records ------------------------------------------------------------------------------

interface TreeNode {
  id: number;
  parentId: number | null;
  name: string;
  tier: number;
  foundedInPeriod: boolean;
  children: TreeNode[];
  /** the children at a reporting tier (1–3) */
  reporting: TreeNode[];
  /** own additive record figures (members attached to the unit itself, its assessment, …) */
  counts: Map<string, number>;
  report: {
    status: UnitReportStatus;
    entered: Record<string, number | null>;
    firstSubmittedAt: string | null;
  } | null;
}

const COMPUTED_CODES = INDICATORS.flatMap((indicator) =>
  indicator.aggregation === 'sum' && indicator.source.kind === 'computed'
    ? [{ code: indicator.code, recordSource: indicator.source.recordSource }]
    : [],
);
const codeOfSource = (source: string) => COMPUTED_CODES.find((c) => c.recordSource === source)?.code;
const ENTERED_CODES = INDICATORS.flatMap((indicator) =>
  indicator.aggregation === 'sum' && indicator.source.kind === 'entered' ? [indicator.code] : [],
);
/** Figures are summed in arrays indexed like the catalog, turned into records only for the answer. */
const CODE_INDEX = new Map(INDICATOR_CODES.map((code, index) => [code, index]));
const at = (code: string) => CODE_INDEX.get(code) ?? -1;
const COMPUTED_AT = COMPUTED_CODES.map((c) => ({ ...c, at: at(c.code) }));
const ENTERED_AT = ENTERED_CODES.map((code) => ({ code, at: at(code) }));
const ENTERED_CODE_SET = new Set(ENTERED_CODES);
const RATIOS_AT = INDICATORS.flatMap((indicator) =>
  indicator.aggregation === 'ratio'
    ? [
        {
          indicator,
          at: at(indicator.code),
          numerator: at(indicator.numerator),
          denominator: at(indicator.denominator),
        },
      ]
    : [],
);

/** The tree on a checked date, inlined as a literal like the periods' dates above. */
const treeOnDay = (day: string) => treeOn(sql.raw(`'${checkedDate(day)}'::date`));

/** Path labels of an ltree path as unit ids. */
const pathIds = (path: string) => path.split('.').map(Number);

/** Checks a date before it is inlined in SQL (the period's own dates, read from the database). */
function checkedDate(day: string): string {
  if (!/^\d{4}-\d{2}-\d{2}$/u.test(day)) throw new Error(`Not a date: ${day}`);
  return day;
}

const byName = new Intl.Collator('vi');

type TreeRow = { unit_id: number; parent_id: number | null; name: string; tier: number; founded: boolean };

function treeRows(tx: Tx, period: PeriodRow, rootId: number) {
  const cutOff = checkedDate(period.cutOff);
  return queryRows<TreeRow>(
    tx,
    sql`select v.unit_id, v.parent_id, v.name, t.tier,
          (u.founded_on between ${period.startsOn}::date and ${cutOff}::date) as founded
        from ${treeOnDay(cutOff)} v
        join unit_types t on t.code = v.type
        join org_units u on u.id = v.unit_id
        where v.path ~ ${`*.${rootId}.*`}::lquery`,
  );
}

function buildTree(rows: TreeRow[], rootId: number): Map<number, TreeNode> {
  const nodes = new Map<number, TreeNode>();
  for (const row of rows) {
    nodes.set(row.unit_id, {
      id: row.unit_id,
      parentId: row.parent_id,
      name: row.name,
      tier: row.tier,
      foundedInPeriod: row.founded,
      children: [],
      reporting: [],
      counts: new Map(),
      report: null,
    });
  }
  for (const node of nodes.values()) {
    if (node.id === rootId || node.parentId === null) continue;
    nodes.get(node.parentId)?.children.push(node);
  }
  // sorted by name only where an answer lists them (unitFigures): sorting 130,000 units' children costs seconds
  for (const node of nodes.values()) {
    node.reporting = node.children.filter((child) => child.tier >= 1 && child.tier <= 3);
  }
  return nodes;
}

function add(node: TreeNode | undefined, code: string | undefined, count: number) {
  if (!node || !code || count === 0) return;
  node.counts.set(code, (node.counts.get(code) ?? 0) + count);
}

/** Members and women members on the cut-off, per unit of the subtree (bottom-up later), from the facts. */
function memberRows(tx: Tx, period: PeriodRow, rootId: number) {
  return memberCountsPerUnit(tx, rootId, checkedDate(period.cutOff));
}

/** Reviewed assessments of year cutOff.year − 1 reviewed by the cut-off, per unit. */
function assessmentRows(tx: Tx, period: PeriodRow, rootId: number) {
  const cutOff = checkedDate(period.cutOff);
  const year = Number(cutOff.slice(0, 4)) - 1;
  return queryRows<{ unit_id: number; assessed: number; good: number }>(
    tx,
    sql`select a.unit_id, count(*)::int as assessed,
          count(*) filter (where a.grade in ('excellent', 'good'))::int as good
        from ${treeOnDay(cutOff)} v
        join assessments a on a.unit_id = v.unit_id and a.year = ${year} and a.status = 'reviewed'
          and a.reviewed_at is not null
          and ((a.reviewed_at at time zone 'UTC') + interval '7 hours')::date <= ${cutOff}::date
        where v.path ~ ${`*.${rootId}.*`}::lquery
        group by a.unit_id`,
  );
}

type EventRow = { path: string; other_path: string | null; n: number };

/**
 * Event figures attributed directly (not bottom-up): an event at a unit whose path on the event day is
 * `path` counts for every unit of that path in the result, except the units also on `otherPath` (the other
 * end of a transfer or reorganisation: a move inside a subtree is no admission or departure of it).
 */
function attribute(nodes: Map<number, TreeNode>, rows: EventRow[]): Map<number, number> {
  const direct = new Map<number, number>();
  for (const row of rows) {
    const other = new Set(row.other_path ? pathIds(row.other_path) : []);
    for (const id of pathIds(row.path)) {
      if (other.has(id) || !nodes.has(id)) continue;
      direct.set(id, (direct.get(id) ?? 0) + row.n);
    }
  }
  return direct;
}

/**
 * Admissions (or departures) in [startsOn, cutOff] with the meaning of members/stats.ts: the events in the
 * subtree first, then the other end of each move (its unit and day) from the member's adjacent period, and
 * that unit's path on that day by one hash join over the versions.
 */
function movementRows(tx: Tx, period: PeriodRow, rootId: number, kind: 'admissions' | 'departures') {
  const from = checkedDate(period.startsOn);
  const to = checkedDate(period.cutOff);
  const subtree = `*.${rootId}.*`;
  const events =
    kind === 'admissions'
      ? sql`select x.path, q.unit_id as other_unit, greatest(q.valid_from, q.valid_to - 1) as other_day
          from ${unitVersions()} x
          join memberships p on p.unit_id = x.unit_id and p.valid_from between ${from}::date and ${to}::date
            and ${versionLiveOn(sql`p.valid_from`, sql`x`)}
          left join memberships q on p.start_kind in ('transferIn', 'reorganised')
            and q.member_id = p.member_id and q.valid_to = p.valid_from
            and q.end_kind in ('transferOut', 'reorganised')
          where x.path ~ ${subtree}::lquery`
      : sql`select x.path, n.unit_id as other_unit, n.valid_from as other_day
          from ${unitVersions()} x
          join memberships p on p.unit_id = x.unit_id and p.valid_to between ${from}::date and ${to}::date
            and ${versionLiveOn(sql`greatest(p.valid_from, p.valid_to - 1)`, sql`x`)}
          left join memberships n on p.end_kind in ('transferOut', 'reorganised')
            and n.member_id = p.member_id and n.valid_from = p.valid_to
            and n.start_kind in ('transferIn', 'reorganised')
          where x.path ~ ${subtree}::lquery`;
  return queryRows<EventRow>(
    tx,
    sql`with events as (${events})
        select e.path::text as path, y.path::text as other_path, count(*)::int as n
        from events e
        left join ${unitVersions()} y on y.unit_id = e.other_unit and ${versionLiveOn(sql`e.other_day`, sql`y`)}
        group by 1, 2`,
  );
}

/** Grassroots unions that ended in the period, with their path on their last day. */
async function dissolvedRows(tx: Tx, period: PeriodRow, rootId: number): Promise<EventRow[]> {
  const rows = await queryRows<{ path: string; n: number }>(
    tx,
    sql`select v.path::text as path, count(*)::int as n
        from org_units u
        join ${unitVersions()} v on v.unit_id = u.id
          and ${versionLiveOn(sql`greatest(v.valid_from, u.ended_on - 1)`)}
        join unit_types t on t.code = v.type and t.tier = 3
        where u.ended_on between ${checkedDate(period.startsOn)}::date and ${checkedDate(period.cutOff)}::date
          and v.path ~ ${`*.${rootId}.*`}::lquery
        group by 1`,
  );
  return rows.map((row) => ({ ...row, other_path: null }));
}

/** The reports of the period from the units of the subtree on the cut-off. */
function reportRows(tx: Tx, period: PeriodRow, rootId: number) {
  const cutOff = checkedDate(period.cutOff);
  return queryRows<{
    unit_id: number;
    status: UnitReportStatus;
    entered: Record<string, number | null>;
    first_submitted_at: string | null;
  }>(
    tx,
    sql`select r.unit_id, r.status, r.entered, r.first_submitted_at::text
        from ${treeOnDay(cutOff)} v
        join unit_reports r on r.unit_id = v.unit_id and r.period_id = ${period.id}
        where v.path ~ ${`*.${rootId}.*`}::lquery`,
  );
}

// Assembling the figures ------------------------------------------------------------------------------------

type Figures = (number | null)[];

/** Everything the engine read for one subtree, ready to give the figures of any unit in it. */
class SubtreeFigures {
  private readonly memo = new Map<number, Figures>();
  /** unit id → per ratio (RATIOS_AT order) the numerator and denominator it is computed over */
  private readonly pairMemo = new Map<number, ([number, number] | null)[]>();
  private readonly today = todayInVietnam();
  private readonly grassrootsCodes: Set<string>;
  private readonly superiorCodes: Set<string>;
  constructor(
    readonly period: PeriodRow,
    readonly nodes: Map<number, TreeNode>,
    /** catalog index → unit id → the figure attributed directly (admissions, departures, dissolutions) */
    private readonly direct: Map<number, Map<number, number>>,
  ) {
    this.grassrootsCodes = new Set(period.grassrootsCodes);
    this.superiorCodes = new Set(period.superiorCodes);
  }

  /** Is an entered code rolled up at this unit: does a reporting child's form carry it? */
  private carries(node: TreeNode): (code: string) => boolean {
    let grassroots = false;
    let superior = false;
    for (const child of node.reporting) {
      if (child.tier === 3) grassroots = true;
      else superior = true;
    }
    return (code) =>
      (grassroots && this.grassrootsCodes.has(code)) || (superior && this.superiorCodes.has(code));
  }

  figures(node: TreeNode): Figures {
    const kept = this.memo.get(node.id);
    if (kept) return kept;
    const values: Figures = new Array(INDICATOR_CODES.length).fill(null);
    // computed: own counts plus every child's (all tiers), bottom-up; events attributed directly
    const children = node.children.map((child) => this.figures(child));
    for (const { code, recordSource, at: index } of COMPUTED_AT) {
      const direct = this.direct.get(index);
      let total = 0;
      if (direct) total = direct.get(node.id) ?? 0;
      else {
        total = node.counts.get(code) ?? 0;
        if (node.tier === 3 && recordSource === 'grassrootsUnionsAsOf') total += 1;
        if (node.tier === 3 && node.foundedInPeriod && recordSource === 'grassrootsUnionsFoundedInPeriod')
          total += 1;
        for (const child of children) total += child[index] ?? 0;
      }
      values[index] = total;
    }
    // entered: rolled up when a reporting child's form carries the code, else the unit's own submitted value
    const carried = this.carries(node);
    const submitted = node.report?.status === 'submitted' || node.report?.status === 'approved';
    for (const { code, at: index } of ENTERED_AT) {
      if (carried(code)) {
        let total: number | null = null;
        for (const child of node.reporting) {
          const figure = this.figures(child)[index];
          if (figure != null) total = (total ?? 0) + figure;
        }
        values[index] = total;
      } else {
        values[index] = submitted ? (node.report?.entered[code] ?? null) : null;
      }
    }
    const pairs = this.ratioPairs(node, values, carried);
    RATIOS_AT.forEach((ratio, index) => {
      const pair = pairs[index];
      values[ratio.at] = pair ? ratioValue(ratio.indicator, pair[0], pair[1]) : null;
    });
    this.memo.set(node.id, values);
    return values;
  }

  /**
   * The numerator and denominator each ratio of a unit is computed over. A ratio whose operands are both
   * the unit's own (computed from the records, or entered by the unit itself) uses them as they are. When
   * an operand is rolled up from the children's reports, the ratio is recomputed over the children that
   * have both operands, summed: so a membership rate compares the members and the workers of the same
   * unions, not every union's members with the workers of those that have reported.
   */
  private ratioPairs(
    node: TreeNode,
    values: Figures,
    carried: (code: string) => boolean,
  ): ([number, number] | null)[] {
    const kept = this.pairMemo.get(node.id);
    if (kept) return kept;
    const rolledUp = (code: string) => ENTERED_CODE_SET.has(code) && carried(code);
    const pairs = RATIOS_AT.map(({ indicator, numerator, denominator }, index) => {
      if (indicator.aggregation !== 'ratio') return null;
      if (!rolledUp(indicator.numerator) && !rolledUp(indicator.denominator)) {
        const top = values[numerator];
        const bottom = values[denominator];
        return top == null || bottom == null ? null : ([top, bottom] as [number, number]);
      }
      let sum: [number, number] | null = null;
      for (const child of node.reporting) {
        this.figures(child);
        const pair = this.pairMemo.get(child.id)?.[index];
        if (!pair) continue;
        sum = sum ? [sum[0] + pair[0], sum[1] + pair[1]] : [pair[0], pair[1]];
      }
      return sum;
    });
    this.pairMemo.set(node.id, pairs);
    return pairs;
  }

  /** A unit's figures and where each comes from, as records by code. */
  private answer(node: TreeNode) {
    const figures = this.figures(node);
    const carried = this.carries(node);
    const values: Record<string, number | null> = {};
    const sources: Record<string, ReportLineSource> = {};
    INDICATOR_CODES.forEach((code, index) => {
      values[code] = figures[index] ?? null;
    });
    for (const { code } of COMPUTED_CODES) sources[code] = 'computed';
    for (const code of ENTERED_CODES) sources[code] = carried(code) ? 'rolledUp' : 'entered';
    for (const { indicator } of RATIOS_AT) sources[indicator.code] = 'ratio';
    return { values, sources };
  }

  late(node: TreeNode): boolean {
    return isLate(this.period.dueOn, node.report?.firstSubmittedAt ?? null, this.today);
  }

  unitFigures(unitId: number): UnitFigures {
    const node = this.nodes.get(unitId);
    if (!node) throw new RuleViolation('REPORT_UNIT_NOT_REPORTING', { name: String(unitId) });
    const own = this.answer(node);
    const ownEntered: Record<string, number | null> = {};
    for (const code of ENTERED_CODES) ownEntered[code] = node.report?.entered[code] ?? null;
    return {
      unitId,
      unitName: node.name,
      level: levelOfTier(node.tier) ?? 'superior',
      values: own.values,
      sources: own.sources,
      reportStatus: node.report?.status ?? null,
      late: this.late(node),
      ownEntered,
      children: [...node.reporting]
        .sort((a, b) => byName.compare(a.name, b.name))
        .map((child) => {
          const figures = this.answer(child);
          return {
            unitId: child.id,
            unitName: child.name,
            level: levelOfTier(child.tier) ?? 'superior',
            values: figures.values,
            sources: figures.sources,
            reportStatus: child.report?.status ?? null,
            late: this.late(child),
            hasChildren: child.reporting.length > 0,
          };
        }),
    };
  }
}

/** Told how long each step of a subtree read took (the bench listens; nobody else does). */
let stepListener: ((step: string, ms: number) => void) | null = null;
export function listenToFigureSteps(listener: ((step: string, ms: number) => void) | null): void {
  stepListener = listener;
}

async function step<T>(name: string, run: () => Promise<T> | T): Promise<T> {
  if (!stepListener) return run();
  const started = performance.now();
  const result = await run();
  stepListener(name, performance.now() - started);
  return result;
}

/**
 * Reads a subtree: the grouped queries run side by side (on a pool, each on its own connection; inside a
 * transaction one after the other), then the figures are summed bottom-up in JS.
 */
async function readSubtree(tx: Tx, period: PeriodRow, rootId: number): Promise<SubtreeFigures> {
  const [tree, members, assessments, admissions, departures, dissolved, reports] = await Promise.all([
    step('tree', () => treeRows(tx, period, rootId)),
    step('members', () => memberRows(tx, period, rootId)),
    step('assessments', () => assessmentRows(tx, period, rootId)),
    step('admissions', () => movementRows(tx, period, rootId, 'admissions')),
    step('departures', () => movementRows(tx, period, rootId, 'departures')),
    step('dissolved', () => dissolvedRows(tx, period, rootId)),
    step('reports', () => reportRows(tx, period, rootId)),
  ]);
  return step('sums', () => {
    const nodes = buildTree(tree, rootId);
    const root = nodes.get(rootId);
    if (!root) throw new RuleViolation('REPORT_UNIT_NOT_REPORTING', { name: String(rootId) });
    for (const row of members) {
      add(nodes.get(row.unit_id), codeOfSource('membersAsOf'), row.members);
      add(nodes.get(row.unit_id), codeOfSource('womenMembersAsOf'), row.women);
    }
    for (const row of assessments) {
      add(nodes.get(row.unit_id), codeOfSource('grassrootsUnionsAssessed'), row.assessed);
      add(nodes.get(row.unit_id), codeOfSource('grassrootsUnionsGradedGoodOrBetter'), row.good);
    }
    for (const row of reports) {
      const node = nodes.get(row.unit_id);
      if (!node) continue;
      node.report = {
        status: row.status,
        entered: row.entered ?? {},
        firstSubmittedAt: row.first_submitted_at,
      };
    }
    const direct = new Map<number, Map<number, number>>([
      [at(codeOfSource('admissionsInPeriod') ?? ''), attribute(nodes, admissions)],
      [at(codeOfSource('departuresInPeriod') ?? ''), attribute(nodes, departures)],
      [at(codeOfSource('grassrootsUnionsDissolvedInPeriod') ?? ''), attribute(nodes, dissolved)],
    ]);
    const figures = new SubtreeFigures(period, nodes, direct);
    figures.figures(root);
    return figures;
  });
}

// The warm cache ----------------------------------------------------------------------------------------------

/** Subtrees that took longer than this to read are kept (national and provincial roll-ups). */
const SLOW_MS = 300;
const TTL_MS = 10 * 60_000;
const kept = new WeakMap<object, Map<string, { at: number; version: string; figures: SubtreeFigures }>>();

/**
 * The data version: the last audit row. Every member, org, report and assessment write records one in its
 * transaction, so kept figures never outlive a write.
 */
async function dataVersion(tx: Tx): Promise<string> {
  const [row] = await queryRows<{ audit: string | null }>(
    tx,
    sql`select max(id)::text as audit from audit_log`,
  );
  return row?.audit ?? '';
}

/** Forgets every kept subtree (tests, a bulk load). */
export function reportFiguresChanged(): void {
  for (const map of cacheMaps) map.clear();
}
const cacheMaps = new Set<Map<string, { at: number; version: string; figures: SubtreeFigures }>>();

/**
 * The figures of `unitId` (tier ≤ 3, live on the cut-off) for `period`, with its reporting children's.
 * A unit outside the period's tree on the cut-off is 422 REPORT_UNIT_NOT_REPORTING.
 */
export async function figuresFor(tx: Tx, period: PeriodRow, unitId: number): Promise<UnitFigures> {
  const key = `${period.id}|${period.cutOff}|${period.startsOn}|${unitId}`;
  const version = await dataVersion(tx);
  const map = kept.get(tx);
  const hit = map?.get(key);
  if (hit && hit.version === version && Date.now() - hit.at < TTL_MS) return hit.figures.unitFigures(unitId);
  const started = performance.now();
  const subtree = await readSubtree(tx, period, unitId);
  if (performance.now() - started > SLOW_MS) {
    const figures = map ?? new Map();
    for (const [oldKey, old] of figures) if (Date.now() - old.at >= TTL_MS) figures.delete(oldKey);
    figures.set(key, { at: Date.now(), version, figures: subtree });
    kept.set(tx, figures);
    cacheMaps.add(figures);
  }
  return subtree.unitFigures(unitId);
}

/**
 * The period of the same kind a year earlier whose issuer's subtree holds `unitId` on that period's
 * cut-off, the closest issuer first; null when there is none.
 */
export async function lastYearPeriodFor(tx: Tx, period: PeriodRow, unitId: number): Promise<number | null> {
  const [row] = await queryRows<{ id: number }>(
    tx,
    sql`select p.id from report_periods p
        join ${unitVersions()} v on v.unit_id = ${unitId} and ${versionLiveOn(sql`p.cut_off`)}
        where p.kind = ${period.kind} and p.year = ${period.year - 1}
          and ${pathWithin(sql`v.path`, sql`p.unit_id`)}
        order by nlevel(v.path) - coalesce(
          (select nlevel(w.path) from ${treeOn(sql`p.cut_off`)} w where w.unit_id = p.unit_id limit 1), 0) asc,
          p.id desc
        limit 1`,
  );
  return row?.id ?? null;
}

/** The figures of a unit in last year's period (null when there is none or the unit was not in it then). */
export async function lastYearFiguresFor(
  tx: Tx,
  period: PeriodRow,
  unitId: number,
): Promise<{ periodId: number; figures: UnitFigures } | null> {
  const lastId = await lastYearPeriodFor(tx, period, unitId);
  if (lastId === null) return null;
  const last = await loadPeriod(tx, lastId);
  try {
    return { periodId: lastId, figures: await figuresFor(tx, last, unitId) };
  } catch (error) {
    if (error instanceof AppError && error.code === 'REPORT_UNIT_NOT_REPORTING') return null;
    throw error;
  }
}

/** The catalog entry of a code (re-exported for the exports). */
export { findIndicator };

// The roll-up (GET /report-periods/:id/rollup) --------------------------------------------------------------

/** What the level above sees of a report: a draft is missing until it is submitted. */
export function rollupStatus(status: UnitReportStatus | null): RollupChildStatus {
  return status === null || status === 'draft' ? 'missing' : status;
}

const pick = (values: Record<string, number | null>, codes: readonly string[]) =>
  Object.fromEntries(codes.map((code) => [code, values[code] ?? null]));

/**
 * The unit's figures for the period with last year's beside, and each reporting child's (with its last
 * year's figures, read from the same last-year subtree). `unitId` must be a unit of the period's tree on
 * the cut-off at tier ≤ 3 (the issuer or below it), else 422 REPORT_UNIT_NOT_REPORTING.
 */
export async function rollupFor(tx: Tx, period: PeriodRow, unitId: number): Promise<ReportRollup> {
  await assertInPeriodTree(tx, period, unitId);
  const codes = periodIndicatorCodes(period);
  const [current, last] = await Promise.all([
    figuresFor(tx, period, unitId),
    lastYearFiguresFor(tx, period, unitId),
  ]);
  const lastChildren = new Map(last?.figures.children.map((child) => [child.unitId, child.values]) ?? []);
  return {
    periodId: period.id,
    unitId,
    unitName: current.unitName,
    cutOff: period.cutOff,
    indicatorCodes: codes,
    indicators: pick(current.values, codes),
    lastYear: last ? { periodId: last.periodId, indicators: pick(last.figures.values, codes) } : null,
    children: current.children.map((child) => {
      const lastValues = lastChildren.get(child.unitId);
      return {
        unitId: child.unitId,
        unitName: child.unitName,
        level: child.level,
        status: rollupStatus(child.reportStatus),
        late: child.late,
        hasChildren: child.hasChildren,
        indicators: pick(child.values, codes),
        lastYearIndicators: lastValues ? pick(lastValues, codes) : null,
      };
    }),
  };
}

/** The unit is the period's issuer or below it on the cut-off, at a tier that reports (≤ 3). */
export async function assertInPeriodTree(tx: Tx, period: PeriodRow, unitId: number): Promise<void> {
  const cutOff = checkedDate(period.cutOff);
  const [row] = await queryRows<{ name: string; inside: boolean }>(
    tx,
    sql`select v.name, (v.path ~ ${`*.${period.unitId}.*`}::lquery and t.tier <= 3) as inside
        from ${treeOn(cutOff)} v join unit_types t on t.code = v.type
        where v.unit_id = ${unitId}`,
  );
  if (!row?.inside) {
    throw new RuleViolation('REPORT_UNIT_NOT_REPORTING', { name: row?.name ?? String(unitId) });
  }
}

/**
 * The values of a unit's own report form: as `figures.values`, except that the lines it types in show
 * its saved figures whatever the report's status (a draft shows what the officer typed), and the ratios over
 * its own lines recomputed from them.
 */
export function ownFormValues(figures: UnitFigures): Record<string, number | null> {
  const values = { ...figures.values };
  for (const [code, source] of Object.entries(figures.sources)) {
    if (source === 'entered') values[code] = figures.ownEntered[code] ?? null;
  }
  for (const indicator of INDICATORS) {
    if (indicator.aggregation !== 'ratio') continue;
    // A ratio over rolled-up lines stays as the engine matched it (the children with both operands).
    const sources = [figures.sources[indicator.numerator], figures.sources[indicator.denominator]];
    if (sources.includes('rolledUp')) continue;
    values[indicator.code] = ratioValue(
      indicator,
      values[indicator.numerator],
      values[indicator.denominator],
    );
  }
  return values;
}
