// The conditions of the member search box and the age band filter, on a `members` alias `m`, written so
// PostgreSQL can answer them from indexes: trigram for names, btree for identifiers.
import { type AgeBand, birthDateRangeOfAgeBand, normalizeForSearch, phoneForStorage } from '@congdoan/domain';
import { type SQL, sql } from 'drizzle-orm';
import { likeContains } from '../org/queries.ts';

/**
 * The search box: digits (and + . - spaces) look up a national ID, card number or phone exactly (unique
 * and btree indexes); anything else matches every accent-free word in the name, one LIKE per word so the
 * trigram index answers (as in the org search), or a card number typed as one token ("HN-000123").
 */
export function searchCondition(q: string): SQL | null {
  const trimmed = q.trim();
  if (!trimmed) return null;
  const compact = trimmed.replace(/[\s.()-]/gu, '');
  if (/^\+?\d+$/u.test(compact)) {
    return sql`(m.national_id = ${compact.replace('+', '')} or m.card_number = ${trimmed}
      or m.card_number = ${compact} or m.phone = ${phoneForStorage(trimmed)})`;
  }
  const words = normalizeForSearch(trimmed).split(' ').filter(Boolean);
  if (words.length === 0) return null;
  const name = sql.join(
    words.map((word) => sql`m.full_name_normalized like ${likeContains(word)}`),
    sql` and `,
  );
  if (!/\s/u.test(trimmed) && /\d/u.test(trimmed)) return sql`((${name}) or m.card_number = ${trimmed})`;
  return name;
}

/** A plain range on the date of birth: no age is computed per row. */
export function ageBandCondition(band: AgeBand, date: string): SQL {
  const { earliest, latest } = birthDateRangeOfAgeBand(band, date);
  const bounds = [
    earliest === null ? null : sql`m.date_of_birth >= ${earliest}::date`,
    latest === null ? null : sql`m.date_of_birth <= ${latest}::date`,
  ].filter((bound): bound is SQL => bound !== null);
  return sql.join(bounds, sql` and `);
}
