// How many a unit may elect to each body (RULES.md §1, committee sizes): the executive committee's range by the
// unit's type and size, the chair alone below committee.chairOnlyBelowMembers, the inspection committee
// assigned instead of elected below inspection.assignBelowMembers. Every figure is a rule on the congress date.
import type { ElectedBody, seatRules, UnitTypeCode } from '@congdoan/domain';
import type { z } from 'zod';
import type { Tx } from '../../db/client.ts';
import { RuleViolation } from '../../platform/errors.ts';
import { rulesOn } from '../../platform/rules.ts';
import { unitSizeOn } from '../congresses/checks.ts';
import type { CongressForWrite } from '../congresses/service.ts';

export type SeatRules = z.infer<typeof seatRules>;

/** The committee.* and inspection.* rules in force on one date. */
export interface SeatRuleValues {
  grassroots: { min: number; max: number; maxLarge: number; largeMembers: number };
  division: { min: number; max: number };
  chairOnlyBelowMembers: number;
  superiorMax: number;
  corporationMax: number;
  provincial: { max: number; maxLarge: number; largeMembers: number; maxHanoiHcmc: number };
  /** unit codes of the Hà Nội and Hồ Chí Minh City federations */
  hanoiHcmcUnitCodes: string[];
  inspectionAssignBelowMembers: number;
}

export interface SeatUnit {
  code: string;
  type: UnitTypeCode;
  /** members of the unit's subtree on the congress date */
  members: number;
}

/** A body of one: the chair. */
const ONE = 1;
/** The guidance sets no floor for the committees of superior and provincial unions beyond electing someone. */
const AT_LEAST_ONE = 1;
const NOT_ELECTED = { min: 0, max: 0 } as const;

/** The executive committee's size range for a unit that elects one (not chair-only). */
export function executiveCommitteeRange(
  unit: SeatUnit,
  values: SeatRuleValues,
): { min: number; max: number | null } {
  switch (unit.type) {
    case 'grassroots':
    case 'guild':
    case 'member_grassroots': {
      const { min, max, maxLarge, largeMembers } = values.grassroots;
      return { min, max: unit.members >= largeMembers ? maxLarge : max };
    }
    case 'division':
      return { min: values.division.min, max: values.division.max };
    case 'corporation':
      return { min: AT_LEAST_ONE, max: values.corporationMax };
    case 'provincial':
    case 'central_sector': {
      const { max, maxLarge, largeMembers, maxHanoiHcmc } = values.provincial;
      if (values.hanoiHcmcUnitCodes.includes(unit.code)) return { min: AT_LEAST_ONE, max: maxHanoiHcmc };
      return { min: AT_LEAST_ONE, max: unit.members >= largeMembers ? maxLarge : max };
    }
    case 'district':
    case 'local_sector':
    case 'civil_servants':
    case 'industrial_zone':
    case 'commune':
      return { min: AT_LEAST_ONE, max: values.superiorMax };
    default:
      return { min: AT_LEAST_ONE, max: null };
  }
}

/** The seat rules of every body for a unit of this type and size. */
export function seatRulesFor(unit: SeatUnit, values: SeatRuleValues): SeatRules[] {
  // A union group elects its leader only, whatever its size.
  const chairOnly = unit.members < values.chairOnlyBelowMembers || unit.type === 'group';
  const executive = executiveCommitteeRange(unit, values);
  const withinCommittee = chairOnly ? NOT_ELECTED : { min: AT_LEAST_ONE, max: executive.max };
  const inspection =
    chairOnly || unit.members < values.inspectionAssignBelowMembers
      ? NOT_ELECTED
      : { min: AT_LEAST_ONE, max: null };
  const byBody: Record<ElectedBody, { min: number; max: number | null }> = {
    executiveCommittee: chairOnly ? NOT_ELECTED : executive,
    standingCommittee: withinCommittee,
    chair: { min: ONE, max: ONE },
    viceChair: withinCommittee,
    inspectionCommittee: inspection,
    higherCongressDelegates: { min: AT_LEAST_ONE, max: null },
  };
  return (Object.keys(byBody) as ElectedBody[]).map((body) => ({ body, ...byBody[body], chairOnly }));
}

const SEAT_RULE_KEYS = [
  'committee.grassroots.min',
  'committee.grassroots.max',
  'committee.grassroots.maxLarge',
  'committee.grassroots.largeMembers',
  'committee.division.min',
  'committee.division.max',
  'committee.chairOnlyBelowMembers',
  'committee.superior.max',
  'committee.corporation.max',
  'committee.provincial.max',
  'committee.provincial.maxLarge',
  'committee.provincial.largeMembers',
  'committee.provincial.maxHanoiHcmc',
  'committee.provincial.hanoiHcmcUnitCodes',
  'inspection.assignBelowMembers',
] as const;

/** The seat rules in force on `date`, read in one query. */
export async function seatRuleValues(tx: Tx, date: string): Promise<SeatRuleValues> {
  const values = await rulesOn(tx, SEAT_RULE_KEYS, date);
  return seatRuleValuesFrom((key) => values.get(key));
}

/** The seat rules shaped from each key's value (the rules table's, or a test's seeded ones). */
export function seatRuleValuesFrom(value: (key: (typeof SEAT_RULE_KEYS)[number]) => unknown): SeatRuleValues {
  const n = (key: (typeof SEAT_RULE_KEYS)[number]) => {
    const found = value(key);
    if (typeof found !== 'number') throw new Error(`rule ${key} is not a number`);
    return found;
  };
  return {
    grassroots: {
      min: n('committee.grassroots.min'),
      max: n('committee.grassroots.max'),
      maxLarge: n('committee.grassroots.maxLarge'),
      largeMembers: n('committee.grassroots.largeMembers'),
    },
    division: { min: n('committee.division.min'), max: n('committee.division.max') },
    chairOnlyBelowMembers: n('committee.chairOnlyBelowMembers'),
    superiorMax: n('committee.superior.max'),
    corporationMax: n('committee.corporation.max'),
    provincial: {
      max: n('committee.provincial.max'),
      maxLarge: n('committee.provincial.maxLarge'),
      largeMembers: n('committee.provincial.largeMembers'),
      maxHanoiHcmc: n('committee.provincial.maxHanoiHcmc'),
    },
    hanoiHcmcUnitCodes: String(value('committee.provincial.hanoiHcmcUnitCodes'))
      .split(',')
      .map((code) => code.trim())
      .filter(Boolean),
    inspectionAssignBelowMembers: n('inspection.assignBelowMembers'),
  };
}

/** The seat rules for a congress: its unit's type and members on the congress date, the rules of that day. */
export async function seatRulesOfCongress(tx: Tx, congress: CongressForWrite): Promise<SeatRules[]> {
  // The same count as the congress's own checks: members of the unit's subtree on the congress date.
  const { members } = await unitSizeOn(tx, congress.unitId, congress.date);
  const unit = { code: congress.unit.code, type: congress.unit.type, members };
  return seatRulesFor(unit, await seatRuleValues(tx, congress.date));
}

/** 422 SEATS_OUT_OF_RANGE unless the seats fit the body's rule for this congress. */
export async function assertSeatsInRange(
  tx: Tx,
  congress: CongressForWrite,
  body: ElectedBody,
  seats: number,
): Promise<void> {
  const rules = await seatRulesOfCongress(tx, congress);
  const range = rules.find((item) => item.body === body);
  if (!range) return;
  if (seats < range.min || (range.max !== null && seats > range.max)) {
    throw new RuleViolation('SEATS_OUT_OF_RANGE', {
      seats,
      min: range.min,
      max: range.max ?? '…',
    });
  }
}
