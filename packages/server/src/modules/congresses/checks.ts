// The Charter's checks on a congress's figures (RULES.md §2): the quorum of those convened, an all-member or
// a delegate congress by the unit's size, the delegate cap for its level and size, the share of appointed
// delegates. The numbers come from the rules table on the congress date; judging them is a pure function.
import { type CongressLevel, type Fraction, quorumOf } from '@congdoan/domain';
import { sql } from 'drizzle-orm';
import { queryRows, type Tx } from '../../db/client.ts';
import { RuleViolation } from '../../platform/errors.ts';
import { ruleFraction, ruleNumber } from '../../platform/rules.ts';
import { pathWithin, treeOn } from '../org/index.ts';

export type CongressKind = 'allMember' | 'delegate';

/** The size of a unit on a date: members of its subtree, and the grassroots unions under it. */
export interface UnitSize {
  members: number;
  grassroots: number;
}

/** The rules of the congress date that the checks need, the delegate cap already chosen by level and size. */
export interface CongressRules {
  quorum: Fraction;
  delegateCongressMinMembers: number;
  /** the most delegates a delegate congress of this unit may convene */
  delegateCap: number;
  /** the percentage of those convened that may be appointed rather than elected */
  appointedPercent: number;
}

export interface CongressFigures {
  kind: CongressKind;
  delegatesConvened: number | null;
  delegatesPresent: number | null;
  delegatesAppointed: number | null;
}

export interface CongressChecks {
  members: number;
  requiredKind: CongressKind;
  delegateCap: number | null;
  quorumNeeded: number | null;
  quorumMet: boolean | null;
}

/** Members of the unit's subtree on `date` (membership periods open that day), and its grassroots unions. */
export async function unitSizeOn(tx: Tx, unitId: number, date: string): Promise<UnitSize> {
  const [row] = await queryRows<UnitSize>(
    tx,
    sql`with subtree as (
          select x.unit_id, t.tier from ${treeOn(date)} x join unit_types t on t.code = x.type
          where ${pathWithin(sql`x.path`, unitId)})
        select
          (select count(*)::int from memberships ms join subtree s on s.unit_id = ms.unit_id
            where ms.valid_from <= ${date}::date and (ms.valid_to is null or ms.valid_to > ${date}::date))
            as members,
          (select count(*)::int from subtree where tier = 3 and unit_id <> ${unitId}) as grassroots`,
  );
  return row ?? { members: 0, grassroots: 0 };
}

/** The delegate cap of a level for a unit of this size, from the rules in force on `date`. */
async function delegateCapOf(tx: Tx, level: CongressLevel, size: UnitSize, date: string): Promise<number> {
  const n = (key: string) => ruleNumber(tx, `congress.delegateCap.${key}`, date);
  if (level === 'grassroots') {
    // "150 (200 if > 5,000 members)"
    return size.members > (await n('grassrootsLargeMembers')) ? n('grassrootsLarge') : n('grassroots');
  }
  if (level === 'superior') {
    // "200 (300 above 80,000 members or 300 CĐCS)"
    const large =
      size.members > (await n('superiorLargeMembers')) ||
      size.grassroots > (await n('superiorLargeGrassroots'));
    return large ? n('superiorLarge') : n('superior');
  }
  // "250/300/400/500 at 80k/100k/300k members": the highest tier whose threshold the unit reaches
  let cap = await n('provincial');
  for (const tier of [1, 2, 3]) {
    if (size.members >= (await n(`provincialMembers${tier}`))) cap = await n(`provincial${tier}`);
  }
  return cap;
}

export async function congressRulesOn(
  tx: Tx,
  level: CongressLevel,
  size: UnitSize,
  date: string,
): Promise<CongressRules> {
  return {
    quorum: await ruleFraction(tx, 'congress.quorum', date),
    delegateCongressMinMembers: await ruleNumber(tx, 'congress.delegateCongressMinMembers', date),
    delegateCap: await delegateCapOf(tx, level, size, date),
    appointedPercent: await ruleNumber(tx, 'congress.appointedDelegatesMax', date),
  };
}

/**
 * The kind the rules require: a grassroots union of congress.delegateCongressMinMembers members or more holds
 * a delegate congress; superior and provincial unions always convene delegates.
 */
export function requiredKindOf(level: CongressLevel, members: number, rules: CongressRules): CongressKind {
  if (level !== 'grassroots') return 'delegate';
  return members >= rules.delegateCongressMinMembers ? 'delegate' : 'allMember';
}

/** The most appointed delegates: the rule's percentage of those convened, rounded down. */
export function appointedMaxOf(convened: number, percent: number): number {
  return Math.floor((convened * percent) / 100 + 1e-9);
}

export function congressChecksOf(
  level: CongressLevel,
  size: UnitSize,
  figures: CongressFigures,
  rules: CongressRules,
): CongressChecks {
  const requiredKind = requiredKindOf(level, size.members, rules);
  const convened = figures.delegatesConvened;
  const quorumNeeded = convened === null ? null : quorumOf(convened, rules.quorum);
  return {
    members: size.members,
    requiredKind,
    delegateCap: figures.kind === 'delegate' || requiredKind === 'delegate' ? rules.delegateCap : null,
    quorumNeeded,
    quorumMet:
      quorumNeeded === null || figures.delegatesPresent === null
        ? null
        : figures.delegatesPresent >= quorumNeeded,
  };
}

/**
 * Refuses to record a congress as held unless its figures pass every check (422 with the figures): the
 * counts given, no more present than convened, the quorum, the kind its size requires, the cap, the
 * appointed share.
 */
export function assertHoldable(
  unitName: string,
  level: CongressLevel,
  size: UnitSize,
  figures: CongressFigures,
  rules: CongressRules,
): void {
  const { delegatesConvened: convened, delegatesPresent: present } = figures;
  if (convened === null || present === null) throw new RuleViolation('CONGRESS_FIGURES_MISSING');
  if (present > convened) throw new RuleViolation('PRESENT_OVER_CONVENED', { present, convened });
  const needed = quorumOf(convened, rules.quorum);
  if (present < needed) throw new RuleViolation('QUORUM_NOT_MET', { present, convened, needed });
  const requiredKind = requiredKindOf(level, size.members, rules);
  if (requiredKind === 'delegate' && figures.kind !== 'delegate') {
    throw new RuleViolation('DELEGATE_CONGRESS_REQUIRED', {
      name: unitName,
      members: size.members,
      min: rules.delegateCongressMinMembers,
    });
  }
  if (figures.kind === 'delegate' && convened > rules.delegateCap) {
    throw new RuleViolation('DELEGATES_OVER_CAP', { convened, cap: rules.delegateCap });
  }
  const appointed = figures.delegatesAppointed ?? 0;
  const appointedMax = appointedMaxOf(convened, rules.appointedPercent);
  if (appointed > appointedMax) {
    throw new RuleViolation('APPOINTED_DELEGATES_TOO_MANY', {
      appointed,
      max: appointedMax,
      percent: rules.appointedPercent,
    });
  }
}
