// The tree as other modules' SQL reads it: relations of unit versions, a unit's name or path on a date, and
// subtree conditions. Only modules/org names the versions table; every other query reads the tree through
// these pieces. Each relation is a plain subquery (no sort, no limit), which PostgreSQL folds into the query
// that uses it, so a caller's plan is the one of the SQL it replaced — they run on lists of millions.
import { type SQL, sql } from 'drizzle-orm';

/** A date in SQL: an ISO date string (sent as a parameter) or an SQL expression of type date. */
export type SqlDate = string | SQL;

const asDate = (date: SqlDate): SQL => (typeof date === 'string' ? sql`${date}::date` : date);

/**
 * The columns of every relation below, one row per version of a unit: unit_id, name, name_normalized (the
 * accent-free name with short name and code, for search and a collation-free order), short_name, type,
 * parent_id, path (ltree of unit ids from the root, e.g. 1.7.42), depth (0 at the root), valid_from and
 * valid_to (exclusive; null while the version is current).
 */
const columns = sql.raw(
  'org_v.unit_id, org_v.name, org_v.name_normalized, org_v.short_name, org_v.type, org_v.parent_id, ' +
    'org_v.path, org_v.depth, org_v.valid_from, org_v.valid_to',
);
const latestColumns = sql.raw(
  'org_v.name, org_v.name_normalized, org_v.short_name, org_v.type, org_v.parent_id, org_v.path, org_v.depth, ' +
    'org_v.valid_from, org_v.valid_to',
);
// The alias inside these pieces; no caller uses it, so a piece never captures a caller's `v`.
const own = sql.raw('org_v');

/** SQL condition: the version `alias` is in force on `date`. */
export function liveOn(date: SqlDate, alias: SQL = sql`v`): SQL {
  const day = asDate(date);
  return sql`${alias}.valid_from <= ${day} and (${alias}.valid_to is null or ${alias}.valid_to > ${day})`;
}

/** Every state of every unit over time, for questions across dates (with `liveOn` on a per-row date). */
export function unitVersions(): SQL {
  return sql`(select ${columns} from org_unit_versions ${own})`;
}

/** The tree on `date`: the version of each unit in force then (none for a unit not yet founded or ended). */
export function treeOn(date: SqlDate): SQL {
  return sql`(select ${columns} from org_unit_versions ${own} where ${liveOn(date, own)})`;
}

/** Each unit's open version: the tree as last recorded (ended units have none; partial index `current`). */
export function currentTree(): SQL {
  return sql`(select ${columns} from org_unit_versions ${own} where ${own}.valid_to is null)`;
}

/**
 * Each unit's latest version: the open one, or for an ended unit the one that ended with it. Spelt as an OR
 * rather than `is not distinct from`, which PostgreSQL estimates at one row and then walks every unit's
 * members (3 s instead of 40 ms for a national name search on a million members). Adds the unit's code.
 */
export function latestTree(): SQL {
  // The id from org_units, as the query it replaced read it: PostgreSQL then knows it is unique and probes
  // the members of each unit rather than scanning them all.
  return sql`(select org_u.id as unit_id, ${latestColumns}, org_u.code from org_units org_u
    join org_unit_versions ${own} on ${own}.unit_id = org_u.id
      and (${own}.valid_to is null or ${own}.valid_to = org_u.ended_on))`;
}

/** For `join lateral … on true`: the unit's latest version (its last one for an ended unit). */
export function latestVersionOf(unit: SQL): SQL {
  return sql`(select ${columns} from org_unit_versions ${own} where ${own}.unit_id = ${unit}
    order by ${own}.valid_from desc limit 1)`;
}

/**
 * For `join lateral … on true`: the unit's version on `date`, or its latest when it did not exist then. A
 * unit's versions follow one another without gaps, so the last one begun by `date` is the one live then, or
 * for a unit ended by then its last; with none begun (not yet founded), the latest comes first.
 */
export function versionOnOrLatest(unit: SQL, date: SqlDate): SQL {
  return sql`(select ${columns} from org_unit_versions ${own} where ${own}.unit_id = ${unit}
    order by (${own}.valid_from <= ${asDate(date)}) desc, ${own}.valid_from desc limit 1)`;
}

/**
 * SQL value: the unit's name on `date`, null when it did not exist then; with no date, its latest name (the
 * last it bore, for an ended unit). The one way to name a unit in a query.
 */
export function unitName(unit: SQL, date?: SqlDate): SQL {
  return date === undefined
    ? sql`(select ${own}.name from org_unit_versions ${own} where ${own}.unit_id = ${unit}
        order by ${own}.valid_from desc limit 1)`
    : sql`(select ${own}.name from org_unit_versions ${own} where ${own}.unit_id = ${unit}
        and ${liveOn(date, own)} limit 1)`;
}

/**
 * SQL value: the path of the unit on `date`: the version live then; for a date after the unit ended, its
 * last version (data of an ended unit concerns its last day); for a date before it was founded, its first.
 */
export function unitPathOn(unit: SQL, date: SqlDate): SQL {
  const day = asDate(date);
  return sql`(select ${own}.path from org_unit_versions ${own} where ${own}.unit_id = ${unit}
    order by (${own}.valid_from <= ${day}) desc,
             case when ${own}.valid_from <= ${day} then ${own}.valid_from end desc nulls last, ${own}.valid_from
    limit 1)`;
}

/** SQL value: the unit's latest path. */
export function latestPath(unit: SQL): SQL {
  return sql`(select ${own}.path from org_unit_versions ${own} where ${own}.unit_id = ${unit}
    order by ${own}.valid_from desc limit 1)`;
}

/** The lquery of every path through unit `root`: the unit itself and its subtree. */
export function subtreeLquery(root: number): string {
  return `*.${root}.*`;
}

/** SQL condition: the ltree `path` passes through unit `root` (a unit id, or an SQL expression of one). */
export function pathWithin(path: SQL, root: number | SQL): SQL {
  return typeof root === 'number'
    ? sql`${path} ~ ${subtreeLquery(root)}::lquery`
    : sql`${path} ~ ('*.' || ${root} || '.*')::lquery`;
}

/** SQL: the ids of the units that have lain within `root` at any time (gist index of paths). */
export function unitsEverWithin(root: number): SQL {
  return sql`(select ${own}.unit_id from org_unit_versions ${own} where ${pathWithin(sql`${own}.path`, root)})`;
}

/** SQL condition: the unit has lain within `root` at some time (a log that outlives moves reads so). */
export function everWithin(unit: SQL, root: number): SQL {
  return sql`exists (select 1 from org_unit_versions ${own}
    where ${own}.unit_id = ${unit} and ${pathWithin(sql`${own}.path`, root)})`;
}

/** SQL condition: the unit's version on `date` lies within `root`. */
export function withinOn(unit: SQL, root: number, date: SqlDate): SQL {
  return sql`exists (select 1 from org_unit_versions ${own} where ${own}.unit_id = ${unit}
    and ${liveOn(date, own)} and ${pathWithin(sql`${own}.path`, root)})`;
}
