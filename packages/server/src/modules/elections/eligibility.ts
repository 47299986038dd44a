// Who may stand (RULES.md §1–2): an active member of the congress unit's subtree on the congress date, a
// Vietnamese citizen (foreign members may not hold office), chair nominees with enough years of union
// membership and other nominees with enough years of continuous membership — all read from the membership
// periods and judged by the rules in force on the congress date.
import type { ElectedBody, eligibilityProblem } from '@congdoan/domain';
import { sql } from 'drizzle-orm';
import type { z } from 'zod';
import { queryRows, type Tx } from '../../db/client.ts';
import type { Actor } from '../../platform/context.ts';
import { AppError } from '../../platform/errors.ts';
import type { MessageCode } from '../../platform/messages.ts';
import { ruleValuesOn } from '../../platform/rules.ts';
import { membersInScopeCondition } from '../members/queries.ts';
import { treeOn } from '../org/index.ts';

export type EligibilityProblem = z.infer<typeof eligibilityProblem>;

/** What the membership records say about a nominee on the congress date. */
export interface NomineeFacts {
  memberId: number;
  /** the name, or "#id" for a record the caller may not see (nothing is told about it) */
  name: string;
  nationality: string;
  /** a membership period covers the date */
  active: boolean;
  /** …in a unit of the congress unit's subtree */
  inUnit: boolean;
  /** the unit of that period, as named on the date */
  unitName: string;
  /** joined the union (joined_union_on, else the first period) */
  unionSince: string | null;
  /** the start of the latest unbroken chain of periods up to the date */
  continuousSince: string | null;
}

export interface EligibilityRules {
  /** null before the rule existed (the Charter set no such floor then) */
  chairMinUnionYears: number | null;
  committeeMinMemberYears: number | null;
}

/** Whole years from one ISO date to another (a birthday counts on its day). */
export function wholeYears(from: string, to: string): number {
  return Math.floor(monthsBetween(from, to) / 12);
}

/** Years from one date to another to a tenth, for display. */
export function yearsToTenth(from: string | null, to: string): number {
  if (!from || from > to) return 0;
  return Math.floor((monthsBetween(from, to) / 12) * 10) / 10;
}

function monthsBetween(from: string, to: string): number {
  const [y1, m1, d1] = from.split('-').map(Number) as [number, number, number];
  const [y2, m2, d2] = to.split('-').map(Number) as [number, number, number];
  return (y2 - y1) * 12 + (m2 - m1) - (d2 < d1 ? 1 : 0);
}

/** The problems of one nominee for one body, in the order a reader checks them. */
export function nomineeProblems(
  facts: NomineeFacts,
  body: ElectedBody,
  date: string,
  rules: EligibilityRules,
): EligibilityProblem[] {
  // Someone who is not a member of the unit on the day cannot stand: that alone is said of them.
  if (!facts.active) return ['notActiveMember'];
  if (!facts.inUnit) return ['notInUnit'];
  const problems: EligibilityProblem[] = [];
  if (facts.nationality !== 'VN') problems.push('foreignMember');
  if (body === 'chair') {
    const need = rules.chairMinUnionYears;
    if (need !== null && (!facts.unionSince || wholeYears(facts.unionSince, date) < need)) {
      problems.push('chairUnionYears');
    }
  } else {
    const need = rules.committeeMinMemberYears;
    if (need !== null && (!facts.continuousSince || wholeYears(facts.continuousSince, date) < need)) {
      problems.push('committeeMemberYears');
    }
  }
  return problems;
}

interface FactRow {
  id: number;
  full_name: string | null;
  nationality: string | null;
  joined_union_on: string | null;
  readable: boolean;
  valid_from: string | null;
  valid_to: string | null;
  unit_name: string | null;
  in_unit: boolean | null;
}

/** The facts of each member id on `date` (ids the caller may not read, or of no member, are "#id" not in the unit). */
export async function nomineeFacts(
  tx: Tx,
  actor: Actor | null,
  memberIds: number[],
  congress: { unitId: number; date: string },
): Promise<NomineeFacts[]> {
  if (memberIds.length === 0) return [];
  const date = congress.date;
  // Readable: the member's current or last unit lies in the caller's subtree today.
  const readable = membersInScopeCondition(actor);
  const rows = await queryRows<FactRow>(
    tx,
    sql`select ids.id, m.full_name, m.nationality, m.joined_union_on::text, ${readable} as readable,
          p.valid_from::text, p.valid_to::text, v.name as unit_name,
          v.path ~ ${`*.${congress.unitId}.*`}::lquery as in_unit
        from unnest(${`{${memberIds.join(',')}}`}::int[]) as ids(id)
        left join members m on m.id = ids.id
        left join memberships p on p.member_id = m.id and p.valid_from <= ${date}::date
        left join ${treeOn(date)} v on v.unit_id = p.unit_id
        order by ids.id, p.valid_from, p.id`,
  );
  const byMember = new Map<number, FactRow[]>();
  for (const row of rows) byMember.set(row.id, [...(byMember.get(row.id) ?? []), row]);
  return memberIds.map((memberId) => factsOf(memberId, byMember.get(memberId) ?? [], date));
}

function factsOf(memberId: number, rows: FactRow[], date: string): NomineeFacts {
  const first = rows[0];
  const periods = rows.filter((row) => row.valid_from !== null);
  const current = periods.find((row) => row.valid_to === null || row.valid_to > date);
  // A record the caller cannot see keeps its name to itself, unless it belongs to the congress's unit.
  const visible = first?.full_name != null && (first.readable || current?.in_unit === true);
  // Walk back from the current period while each period began the day the one before it ended.
  let chainStart: string | null = current?.valid_from ?? null;
  if (current) {
    let index = periods.indexOf(current);
    while (index > 0 && periods[index - 1]?.valid_to === periods[index]?.valid_from) index -= 1;
    chainStart = periods[index]?.valid_from ?? chainStart;
  }
  // Nothing else is told of it either: outside scope, and for an id of no member, only "not in this unit".
  if (!visible) {
    return {
      memberId,
      name: `#${memberId}`,
      nationality: 'VN',
      active: true,
      inUnit: false,
      unitName: '',
      unionSince: null,
      continuousSince: null,
    };
  }
  return {
    memberId,
    name: first?.full_name ?? '',
    nationality: first?.nationality ?? 'VN',
    active: current !== undefined,
    inUnit: current?.in_unit === true,
    unitName: current?.unit_name ?? '',
    unionSince: first?.joined_union_on ?? periods[0]?.valid_from ?? null,
    continuousSince: chainStart,
  };
}

/** The two rules of the congress date, in one query (null where a rule did not exist then). */
export async function eligibilityRules(tx: Tx, date: string): Promise<EligibilityRules> {
  const values = await ruleValuesOn(
    tx,
    ['election.chairMinUnionYears', 'election.committeeMinMemberYears'],
    date,
  );
  const numberOrNull = (key: string) => {
    const value = values.get(key);
    if (value === undefined) return null;
    if (typeof value !== 'number') throw new Error(`rule ${key} is not a number`);
    return value;
  };
  return {
    chairMinUnionYears: numberOrNull('election.chairMinUnionYears'),
    committeeMinMemberYears: numberOrNull('election.committeeMinMemberYears'),
  };
}

const PROBLEM_MESSAGES: Record<EligibilityProblem, MessageCode> = {
  notActiveMember: 'ELIGIBILITY_NOT_ACTIVE',
  notInUnit: 'ELIGIBILITY_NOT_IN_UNIT',
  foreignMember: 'ELIGIBILITY_FOREIGN',
  chairUnionYears: 'ELIGIBILITY_CHAIR_UNION_YEARS',
  committeeMemberYears: 'ELIGIBILITY_MEMBER_YEARS',
};

/**
 * 422 CANDIDATE_NOT_ELIGIBLE with one detail per failing nominee and problem: {memberId, name, problem}
 * and a message code the error handler (platform/http.ts) puts in the caller's language. Returns the facts
 * of the eligible.
 */
export async function assertEligible(
  tx: Tx,
  actor: Actor | null,
  memberIds: number[],
  body: ElectedBody,
  congress: { unitId: number; date: string; unitName: string },
): Promise<NomineeFacts[]> {
  const facts = await nomineeFacts(tx, actor, memberIds, congress);
  const rules = await eligibilityRules(tx, congress.date);
  const details = facts.flatMap((nominee, index) =>
    nomineeProblems(nominee, body, congress.date, rules).map((problem) => ({
      path: `candidateMemberIds.${index}`,
      message: PROBLEM_MESSAGES[problem],
      memberId: nominee.memberId,
      name: nominee.name,
      problem,
      unit: congress.unitName,
      date: congress.date,
      years:
        problem === 'chairUnionYears'
          ? (rules.chairMinUnionYears ?? 0)
          : (rules.committeeMinMemberYears ?? 0),
      had: yearsToTenth(
        problem === 'chairUnionYears' ? nominee.unionSince : nominee.continuousSince,
        congress.date,
      ),
    })),
  );
  if (details.length > 0) {
    const names = [...new Set(details.map((detail) => detail.name))].join(', ');
    throw new AppError(422, 'CANDIDATE_NOT_ELIGIBLE', { names, count: details.length }, details);
  }
  return facts;
}
