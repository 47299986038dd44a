// A unit's term: opened by the congress that was held (term.years long), and shifted by the superior by at
// most term.maxShiftMonths to align the cycle (RULES.md §1). Dates are calendar months, clamped to the last
// day of a shorter month (a term from 31/8 ends on the last day of February if its length says so).
import { addMonths, type SetTermBody, type UnitTerm, wholeMonthsBetween } from '@congdoan/domain';
import { sql } from 'drizzle-orm';
import { queryRows, type Tx } from '../../db/client.ts';
import { recordAudit } from '../../platform/audit.ts';
import type { Actor } from '../../platform/context.ts';
import { Conflict, RuleViolation } from '../../platform/errors.ts';
import { ruleNumber } from '../../platform/rules.ts';

interface TermRow {
  id: number;
  unit_id: number;
  cycle: string;
  congress_id: number | null;
  starts_on: string;
  ends_on: string;
  shift_months: number;
  decision_number: string | null;
}

const termColumns = sql`id, unit_id, cycle, congress_id, starts_on::text, ends_on::text, shift_months,
  decision_number`;

function toTerm(row: TermRow): UnitTerm {
  return {
    id: row.id,
    unitId: row.unit_id,
    cycle: row.cycle,
    congressId: row.congress_id,
    startsOn: row.starts_on,
    endsOn: row.ends_on,
    shiftMonths: row.shift_months,
    decisionNumber: row.decision_number,
  };
}

export async function termOfCongress(tx: Tx, congressId: number): Promise<UnitTerm | null> {
  const [row] = await queryRows<TermRow>(
    tx,
    sql`select ${termColumns} from unit_terms where congress_id = ${congressId}`,
  );
  return row ? toTerm(row) : null;
}

/** Every term of the unit, the latest first. */
export async function termsOfUnit(tx: Tx, unitId: number): Promise<UnitTerm[]> {
  const rows = await queryRows<TermRow>(
    tx,
    sql`select ${termColumns} from unit_terms where unit_id = ${unitId} order by starts_on desc, id desc`,
  );
  return rows.map(toTerm);
}

/**
 * Holding a congress opens (or, when its date is corrected, moves) the unit's term of the cycle: from the
 * day it was held, term.years long, keeping a shift the superior already decided.
 */
export async function openTerm(
  tx: Tx,
  congress: { id: number; unitId: number; cycle: string },
  heldOn: string,
): Promise<void> {
  const years = await ruleNumber(tx, 'term.years', heldOn);
  const [existing] = await queryRows<{ id: number; shift_months: number }>(
    tx,
    sql`select id, shift_months from unit_terms
        where unit_id = ${congress.unitId} and cycle = ${congress.cycle} for update`,
  );
  const shift = existing?.shift_months ?? 0;
  const endsOn = addMonths(heldOn, years * 12 + shift);
  if (existing) {
    await tx.execute(
      sql`update unit_terms set congress_id = ${congress.id}, starts_on = ${heldOn}::date,
            ends_on = ${endsOn}::date where id = ${existing.id}`,
    );
    return;
  }
  await tx.execute(
    sql`insert into unit_terms (unit_id, cycle, congress_id, starts_on, ends_on)
        values (${congress.unitId}, ${congress.cycle}, ${congress.id}, ${heldOn}::date, ${endsOn}::date)`,
  );
}

/**
 * The superior sets the end of the term the congress opened: at most term.maxShiftMonths from the standard
 * length (422 TERM_SHIFT_TOO_LONG). The caller has checked that the actor is the superior.
 */
export async function shiftTerm(
  tx: Tx,
  actor: Actor,
  congress: { id: number; unitId: number },
  body: SetTermBody,
): Promise<UnitTerm> {
  const before = await termOfCongress(tx, congress.id);
  if (!before) throw new Conflict('CONGRESS_NOT_HELD');
  const years = await ruleNumber(tx, 'term.years', before.startsOn);
  const max = await ruleNumber(tx, 'term.maxShiftMonths', before.startsOn);
  const standardEnd = addMonths(before.startsOn, years * 12);
  const months = wholeMonthsBetween(standardEnd, body.endsOn);
  const tooLong = body.endsOn > addMonths(standardEnd, max) || body.endsOn < addMonths(standardEnd, -max);
  if (tooLong || body.endsOn <= before.startsOn) {
    // Name the shift asked for in whole months, a part-month counted as one more.
    const asked = addMonths(standardEnd, months) === body.endsOn ? months : months + Math.sign(months || 1);
    throw new RuleViolation('TERM_SHIFT_TOO_LONG', { months: Math.abs(asked), max, years });
  }
  await tx.execute(
    sql`update unit_terms set ends_on = ${body.endsOn}::date, shift_months = ${months},
          decision_number = ${body.decisionNumber ?? null}
        where id = ${before.id}`,
  );
  const after = (await termOfCongress(tx, congress.id)) as UnitTerm;
  await recordAudit(tx, actor, {
    action: 'setTerm',
    entity: 'congress',
    entityId: congress.id,
    unitId: congress.unitId,
    before: { endsOn: before.endsOn, shiftMonths: before.shiftMonths },
    after: { endsOn: after.endsOn, shiftMonths: after.shiftMonths, reason: body.reason ?? null },
  });
  return after;
}
