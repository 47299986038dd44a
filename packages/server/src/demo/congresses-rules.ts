// The rules a demo congress is judged by, read through the same functions the congresses and elections
// modules use, but once per stretch of dates over which none of them changes (an "epoch"): the demo holds a
// thousand congresses and would otherwise ask the rules table thousands of times for the same answers.
import type { CongressLevel, Fraction } from '@congdoan/domain';
import { sql } from 'drizzle-orm';
import { queryRows, type Tx } from '../db/client.ts';
import {
  type CongressRules,
  congressRulesOn,
  requiredKindOf,
  type UnitSize,
} from '../modules/congresses/checks.ts';
import { type EligibilityRules, eligibilityRules } from '../modules/elections/eligibility.ts';
import { type SeatRuleValues, seatRuleValues } from '../modules/elections/seats.ts';
import { ruleFraction, ruleNumber } from '../platform/rules.ts';

const PREFIXES = ['congress.', 'committee.', 'election.', 'term.', 'inspection.'];

export class DemoRules {
  private readonly cache = new Map<string, Promise<unknown>>();

  private constructor(
    private readonly tx: Tx,
    /** the days any of the rules above starts or stops applying, ascending */
    private readonly boundaries: string[],
  ) {}

  static async load(tx: Tx): Promise<DemoRules> {
    const rows = await queryRows<{ day: string }>(
      tx,
      sql`select distinct d::text as day from (
            select valid_from as d, key from rules union all select valid_to, key from rules) r
          where d is not null and (${sql.join(
            PREFIXES.map((prefix) => sql`key like ${`${prefix}%`}`),
            sql` or `,
          )})
          order by 1`,
    );
    return new DemoRules(
      tx,
      rows.map((row) => row.day),
    );
  }

  /** The first day of the epoch `date` falls in: every rule reads the same there as on `date`. */
  private epochOf(date: string): string {
    let epoch = '0001-01-01';
    for (const day of this.boundaries) if (day <= date) epoch = day;
    return epoch;
  }

  private memo<T>(key: string, load: () => Promise<T>): Promise<T> {
    let value = this.cache.get(key) as Promise<T> | undefined;
    if (!value) {
      value = load();
      this.cache.set(key, value);
    }
    return value;
  }

  /**
   * congressRulesOn for the unit. The delegate cap depends on the size, so an all-member congress (which has
   * no cap) shares one answer per level, and a delegate congress asks for its own size.
   */
  async congress(level: CongressLevel, size: UnitSize, date: string): Promise<CongressRules> {
    const epoch = this.epochOf(date);
    const base = await this.memo(`congress|${epoch}|${level}`, () =>
      congressRulesOn(this.tx, level, { members: 0, grassroots: 0 }, epoch),
    );
    if (requiredKindOf(level, size.members, base) === 'allMember') return base;
    return this.memo(`congress|${epoch}|${level}|${size.members}|${size.grassroots}`, () =>
      congressRulesOn(this.tx, level, size, epoch),
    );
  }

  seats(date: string): Promise<SeatRuleValues> {
    const epoch = this.epochOf(date);
    return this.memo(`seats|${epoch}`, () => seatRuleValues(this.tx, epoch));
  }

  eligibility(date: string): Promise<EligibilityRules> {
    const epoch = this.epochOf(date);
    return this.memo(`eligibility|${epoch}`, () => eligibilityRules(this.tx, epoch));
  }

  winFraction(date: string): Promise<Fraction> {
    const epoch = this.epochOf(date);
    return this.memo(`win|${epoch}`, () => ruleFraction(this.tx, 'election.winThreshold', epoch));
  }

  termYears(date: string): Promise<number> {
    const epoch = this.epochOf(date);
    return this.memo(`term|${epoch}`, () => ruleNumber(this.tx, 'term.years', epoch));
  }
}
