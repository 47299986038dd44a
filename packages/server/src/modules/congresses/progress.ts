// Progress of a congress cycle across a subtree as of a date: per level the units of the subtree on that
// date, how many have held (and had recognised) their congress by then, how many are scheduled, and how
// many are late against the deadlines of the plan that applies; congresses held per month; each child's
// subtree for drill-down; and the units still to hold theirs, the late first.
//
// One statement over the subtree's versions on the date joined to the cycle's congresses; every figure is
// an aggregate over that one materialised set, so the page is one round trip. No index of its own: a small
// subtree is found through the GiST index on paths and joined through congresses_unit_cycle; a province or
// the whole country is a sequential scan and a hash join, which is what reading most of the tree costs (a
// covering index on congresses was tried and not chosen by the planner). bench/congress-progress.ts on
// 130,000 units, PostgreSQL 15: the whole country ~0.3 s, a province ~25 ms, a district ~3 ms.
import {
  CONGRESS_LEVELS,
  type CongressLevel,
  type CongressPlan,
  type CongressProgress,
  type CongressStatus,
  congressLevelOfTier,
  todayInVietnam,
} from '@congdoan/domain';
import { type SQL, sql } from 'drizzle-orm';
import { queryRows, type Tx } from '../../db/client.ts';
import type { Actor } from '../../platform/context.ts';
import { inScope } from '../../platform/scope.ts';
import { treeOn, unitName } from '../org/index.ts';
import { planApplying } from './plans.ts';

/** The missing units listed on the page; the export lists all of them. */
export const MISSING_LIMIT = 200;

/** The unit type tiers that hold congresses (those congressLevelOfTier gives a level). */
const TIERS = Array.from({ length: 10 }, (_, tier) => tier).filter((tier) => congressLevelOfTier(tier));

/** The plan's deadline for the level of a unit type tier, as SQL (null without a plan or a deadline). */
function deadlineOfTierSql(tier: SQL, plan: CongressPlan | null): SQL {
  const branches = TIERS.flatMap((t) => {
    const deadline = plan?.deadlines.find((item) => item.level === congressLevelOfTier(t))?.deadline;
    return deadline ? [sql`when ${sql.raw(String(t))} then ${deadline}::date`] : [];
  });
  if (branches.length === 0) return sql`null::date`;
  return sql`(case ${tier} ${sql.join(branches, sql` `)} end)`;
}

export interface ChildFigures {
  id: number;
  name: string;
  total: number;
  held: number;
  recognised: number;
  scheduled: number;
  late: number;
}

export interface ProgressFigures extends Omit<CongressProgress, 'children'> {
  /** the children's figures, with the parts the page's drill-down leaves out (for the export) */
  children: ChildFigures[];
  /** the queried unit itself, when it holds congresses (its own row in the export) */
  self: { name: string; parentName: string | null; level: CongressLevel | null } | null;
}

interface LevelRow {
  tier: number;
  total: number;
  held: number;
  recognised: number;
  scheduled: number;
  late: number;
}

interface MissingRow {
  id: number;
  code: string;
  name: string;
  tier: number;
  deadline: string | null;
  parentName: string | null;
  status: CongressStatus | null;
  scheduledOn: string | null;
  heldOn: string | null;
  late: boolean;
}

/**
 * The progress of `cycle` in the subtree of `unitId` on `asOf` (default today). `missingLimit` bounds the
 * missing list (null: every one, for the export). Only units in the actor's scope count (all without one).
 */
export async function congressProgressOf(
  tx: Tx,
  actor: Actor | null,
  query: { unitId: number; cycle: string; asOf?: string | undefined },
  missingLimit: number | null = MISSING_LIMIT,
): Promise<ProgressFigures> {
  const asOf = query.asOf ?? todayInVietnam();
  const plan = await planApplying(tx, query.unitId, query.cycle);
  const [root] = await queryRows<{
    path: string;
    depth: number;
    name: string;
    parent_name: string | null;
    tier: number;
  }>(
    tx,
    sql`select v.path::text, nlevel(v.path) as depth, v.name, p.name as parent_name, t.tier
        from ${treeOn(asOf)} v join unit_types t on t.code = v.type
        left join ${treeOn(asOf)} p on p.unit_id = v.parent_id
        where v.unit_id = ${query.unitId}`,
  );
  const empty: ProgressFigures = {
    unitId: query.unitId,
    cycle: query.cycle,
    asOf,
    plan,
    levels: [],
    byMonth: [],
    children: [],
    missing: [],
    missingTotal: 0,
    self: null,
  };
  // A unit that did not exist on the date has no subtree then.
  if (!root) return empty;
  // The whole subtree is the actor's when the unit's own path passes through the actor's unit; otherwise
  // (a unit read through its history) each unit is checked.
  const wholeSubtreeInScope = !actor || root.path.split('.').includes(String(actor.unitId));
  const tiers = sql.join(
    TIERS.map((tier) => sql.raw(String(tier))),
    sql`, `,
  );

  // `path <@ root path` among the versions live on the date is the subtree on that date: the same set as
  // the lquery of scope.ts at a fraction of its cost per row (the root's progress reads every version).
  // The facts are materialised once, narrow (a name only for the units not held, which the missing list
  // sorts by), and every figure is a hash aggregate over them on a cheap key: the tier, the child's label
  // as text (ltree has no hash operator class; its sort cost more than the rest together), the day held
  // (months are bucketed in JS: date_trunc and to_char per row cost more than the grouping).
  const [row] = await queryRows<{
    levels: LevelRow[] | null;
    by_day: { day: string; held: number }[] | null;
    children: ChildFigures[] | null;
    missing: MissingRow[] | null;
  }>(
    tx,
    sql`with facts as materialized (
          select v.unit_id, v.parent_id, t.tier,
            case when nlevel(v.path) > ${root.depth} then ltree2text(subpath(v.path, ${root.depth}, 1)) end
              as child,
            c.id is not null as has_congress, c.scheduled_on,
            case when c.held_on <= ${asOf}::date then c.held_on end as held_on,
            coalesce(c.recognised_on <= ${asOf}::date, false) as recognised,
            -- a unit founded after its level's deadline was never due by it: not late, only missing
            case when o.founded_on <= ${deadlineOfTierSql(sql`t.tier`, plan)}
              then ${deadlineOfTierSql(sql`t.tier`, plan)} end as deadline,
            case when c.held_on is null or c.held_on > ${asOf}::date then v.name end as name
          from ${treeOn(asOf)} v join unit_types t on t.code = v.type
          join org_units o on o.id = v.unit_id
          left join congresses c on c.unit_id = v.unit_id and c.cycle = ${query.cycle}
          where v.path <@ ${root.path}::ltree and t.tier in (${tiers})
            ${wholeSubtreeInScope || !actor ? sql`` : sql`and ${inScope(actor, sql`v.path`)}`}),
        judged as not materialized (
          select f.*, (f.held_on is null and f.scheduled_on is not null) as scheduled,
            coalesce(f.held_on is null and f.deadline < ${asOf}::date, false) as late
          from facts f)
        select
          (select json_agg(l) from (
            select tier, count(*)::int as total, count(held_on)::int as held,
              count(*) filter (where recognised)::int as recognised,
              count(*) filter (where scheduled)::int as scheduled, count(*) filter (where late)::int as late
            from judged group by tier) l) as levels,
          (select json_agg(d) from (
            select held_on::text as day, count(*)::int as held from judged where held_on is not null
            group by held_on) d) as by_day,
          (select json_agg(c order by c.name, c.id) from (
            select g.*, ${unitName(sql`g.id`, asOf)} as name
            from (select child::int as id, count(*)::int as total, count(held_on)::int as held,
                    count(*) filter (where recognised)::int as recognised,
                    count(*) filter (where scheduled)::int as scheduled,
                    count(*) filter (where late)::int as late
                  from judged where child is not null group by child) g) c) as children,
          (select json_agg(x order by x.late desc, x.deadline nulls last, x.name, x.id) from (
            select m.unit_id as id, u.code, m.name, m.tier, m.late, m.deadline,
              ${unitName(sql`m.parent_id`, asOf)} as "parentName",
              case when m.scheduled_on is not null then 'scheduled' when m.has_congress then 'planned' end
                as status,
              m.scheduled_on::text as "scheduledOn", null as "heldOn"
            from (select * from judged where held_on is null
                  order by late desc, deadline nulls last, name, unit_id
                  ${missingLimit === null ? sql`` : sql`limit ${missingLimit}`}) m
            join org_units u on u.id = m.unit_id) x) as missing`,
  );
  const byLevel = new Map<CongressLevel, Omit<LevelRow, 'tier'>>();
  for (const { tier, ...figures } of row?.levels ?? []) {
    const level = congressLevelOfTier(tier)!;
    const kept = byLevel.get(level);
    // Several tiers could share a level; their figures add up.
    byLevel.set(
      level,
      kept
        ? {
            total: kept.total + figures.total,
            held: kept.held + figures.held,
            recognised: kept.recognised + figures.recognised,
            scheduled: kept.scheduled + figures.scheduled,
            late: kept.late + figures.late,
          }
        : figures,
    );
  }
  const deadlineOf = (level: CongressLevel) =>
    plan?.deadlines.find((item) => item.level === level)?.deadline ?? null;
  const rootLevel = congressLevelOfTier(root.tier);
  return {
    ...empty,
    levels: CONGRESS_LEVELS.filter((level) => byLevel.has(level)).map((level) => ({
      level,
      ...byLevel.get(level)!,
      deadline: deadlineOf(level),
    })),
    byMonth: fillMonths(monthsOf(row?.by_day ?? [])),
    children: row?.children ?? [],
    missing: (row?.missing ?? []).map(({ tier, deadline: _deadline, ...unit }) => ({
      ...unit,
      level: congressLevelOfTier(tier)!,
    })),
    missingTotal: [...byLevel.values()].reduce((sum, level) => sum + level.total - level.held, 0),
    self: rootLevel ? { name: root.name, parentName: root.parent_name, level: rootLevel } : null,
  };
}

/** Congresses held per day, added up per month (yyyy-mm), in month order. */
function monthsOf(days: { day: string; held: number }[]): { month: string; held: number }[] {
  const months = new Map<string, number>();
  for (const { day, held } of days) months.set(day.slice(0, 7), (months.get(day.slice(0, 7)) ?? 0) + held);
  return [...months.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([month, held]) => ({ month, held }));
}

/** Months with no congress between the first and the last are shown as zero, so the chart has no gaps. */
function fillMonths(months: { month: string; held: number }[]): { month: string; held: number }[] {
  if (months.length < 2) return months;
  const held = new Map(months.map((item) => [item.month, item.held]));
  const filled: { month: string; held: number }[] = [];
  let [year, month] = months[0]!.month.split('-').map(Number) as [number, number];
  const last = months[months.length - 1]!.month;
  for (;;) {
    const key = `${year}-${String(month).padStart(2, '0')}`;
    filled.push({ month: key, held: held.get(key) ?? 0 });
    if (key >= last) return filled;
    month += 1;
    if (month > 12) {
      month = 1;
      year += 1;
    }
  }
}

/** The page's answer: the progress without the export's extra parts. */
export function progressAnswer(figures: ProgressFigures): CongressProgress {
  const { self: _self, children, ...rest } = figures;
  return {
    ...rest,
    children: children.map((child) => ({
      id: child.id,
      name: child.name,
      total: child.total,
      held: child.held,
    })),
  };
}
