// The conditions of the member search box and the age band filter, on a `members` alias `m`, written so
// PostgreSQL can answer them from indexes: the name keys (or trigram) for names, btree for identifiers.
import { type AgeBand, birthDateRangeOfAgeBand, normalizeForSearch, phoneForStorage } from '@congdoan/domain';
import { type SQL, sql } from 'drizzle-orm';

const likeEscaped = (text: string) => text.replace(/[\\%_]/gu, (c) => `\\${c}`);
const regexEscaped = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/gu, (c) => `\\${c}`);

/**
 * `word` at the start of a word of the accent-free name (whose words are split by single spaces): "an"
 * finds An and Anh, not Lan or Thanh. The regular expression is what the trigram index answers: pg_trgm
 * reads `(^| )an` as a word start ("  a", " an"), and all the words of a query go to the index in one scan
 * (on 10 million members "nguyen van an" took 0.1 s there, `like 'an%' or like '% an%'` per word 1 s).
 * Where PostgreSQL reads members another way (a province's unit by unit, or in name order) the plain
 * LIKE before it turns most rows away at a tenth of the cost of the regular expression.
 */
function startsAWord(word: string, name: SQL = sql`m.full_name_normalized`): SQL {
  return sql`(${name} like ${`%${likeEscaped(word)}%`} and ${name} ~ ${`(^| )${regexEscaped(word)}`})`;
}

/** The typed words, accent- and case-free; a word of punctuation alone ("-", "%") is left out. */
function nameWords(q: string): string[] {
  return normalizeForSearch(q)
    .split(' ')
    .filter((word) => /[\p{L}\p{N}]/u.test(word));
}

/**
 * The search box: digits (and + . - spaces) look up a national ID, card number or phone exactly (unique
 * and btree indexes); anything else needs every typed word, accent-free and in any order, to start a word
 * of the name (so a half-typed word already finds), or is a card number typed as one token ("HN-000123").
 * A query of punctuation alone finds nobody.
 */
export function searchCondition(q: string): SQL | null {
  const trimmed = q.trim();
  if (!trimmed) return null;
  const compact = trimmed.replace(/[\s.()-]/gu, '');
  if (/^\+?\d+$/u.test(compact)) {
    return sql`(m.national_id = ${compact.replace('+', '')} or m.card_number = ${trimmed}
      or m.card_number = ${compact} or m.phone = ${phoneForStorage(trimmed)})`;
  }
  const words = nameWords(trimmed);
  if (words.length === 0) return sql`false`;
  const name = sql.join(
    words.map((word) => startsAWord(word)),
    sql` and `,
  );
  if (!/\s/u.test(trimmed) && /\d/u.test(trimmed)) return sql`((${name}) or m.card_number = ${trimmed})`;
  return name;
}

/**
 * A name search through `member_name_keys` (alias `k`): the last typed word (most often the given name, the
 * least common) picks the keys it starts, one index range already in the list's order (the name from that
 * word on, then the whole name); the other words must start a word of the whole name, checked on the key's
 * row. A member two of whose words the last typed word starts is listed once, at the first of those words. Null
 * for identifiers (digits, or a card number typed as one token), which go through searchCondition.
 */
export function nameKeyCondition(q: string): SQL | null {
  const trimmed = q.trim();
  if (!trimmed || /^\+?\d+$/u.test(trimmed.replace(/[\s.()-]/gu, ''))) return null;
  if (!/\s/u.test(trimmed) && /\d/u.test(trimmed)) return null;
  const words = nameWords(trimmed);
  const driver = words.at(-1);
  if (driver === undefined) return null;
  // In byte order ("C"), every key that starts with the word lies in [word, word + the highest code point).
  const others = words.slice(0, -1).map((word) => startsAWord(word, sql`k.name`));
  return sql.join(
    [
      sql`k.key collate "C" >= ${driver} and k.key collate "C" < ${`${driver}\u{10FFFF}`}`,
      ...others,
      // Once per member, at the first word the typed one starts: none before it (the name up to the key).
      sql`strpos(' ' || left(k.name, length(k.name) - length(k.key)), ${` ${driver}`}) = 0`,
    ],
    sql` and `,
  );
}

/**
 * For a search of several words, true when each of them is a whole word of the name, so "van an" lists
 * Trần Văn An before Nguyễn Văn Anh; the list sorts on it before the name. Null for one word: its matches
 * can be millions, and ranking them means reading them all (on 10 million members "thi" took 3 s instead
 * of 0.1 s in name order), while several words leave few enough matches that ranking costs little.
 */
export function exactWordsCondition(q: string): SQL | null {
  const words = nameWords(q);
  if (words.length < 2 || /^\+?\d+$/u.test(q.replace(/[\s.()-]/gu, ''))) return null;
  return sql.join(
    words.map((word) => sql`(' ' || m.full_name_normalized || ' ') like ${`% ${likeEscaped(word)} %`}`),
    sql` and `,
  );
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
