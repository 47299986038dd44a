// Version mechanics of the effective-dated tree: reading a unit's state on a date, closing a version and
// opening the next, rewriting the paths of whole subtrees in two set-based statements, ending a unit.
import { normalizeForSearch, todayInVietnam, toNfc, type UnitTypeCode } from '@congdoan/domain';
import { sql } from 'drizzle-orm';
import { queryRows, type Tx } from '../../db/client.ts';
import { NotFound, RuleViolation } from '../../platform/errors.ts';
import { pathsChange } from './paths-port.ts';
import { liveOn } from './tree.ts';

/** A unit's identity joined with one of its versions. */
export interface UnitState {
  unitId: number;
  code: string;
  foundedOn: string;
  endedOn: string | null;
  versionId: number;
  validFrom: string;
  validTo: string | null;
  name: string;
  shortName: string | null;
  type: UnitTypeCode;
  parentId: number | null;
  /** ltree of unit ids from the root, e.g. '1.7.42'. */
  path: string;
  depth: number;
}

interface StateRow {
  unit_id: number;
  code: string;
  founded_on: string;
  ended_on: string | null;
  version_id: number;
  valid_from: string;
  valid_to: string | null;
  name: string;
  short_name: string | null;
  type: string;
  parent_id: number | null;
  path: string;
  depth: number;
}

const stateColumns = sql`u.id as unit_id, u.code, u.founded_on::text, u.ended_on::text, v.id as version_id,
  v.valid_from::text, v.valid_to::text, v.name, v.short_name, v.type, v.parent_id, v.path::text, v.depth`;

function toState(row: StateRow): UnitState {
  return {
    unitId: row.unit_id,
    code: row.code,
    foundedOn: row.founded_on,
    endedOn: row.ended_on,
    versionId: row.version_id,
    validFrom: row.valid_from,
    validTo: row.valid_to,
    name: row.name,
    shortName: row.short_name,
    type: row.type as UnitTypeCode,
    parentId: row.parent_id,
    path: row.path,
    depth: row.depth,
  };
}

/** The unit's state on a date, or null when it did not exist then. */
export async function versionOn(tx: Tx, unitId: number, date: string): Promise<UnitState | null> {
  const [row] = await queryRows<StateRow>(
    tx,
    sql`select ${stateColumns} from org_unit_versions v join org_units u on u.id = v.unit_id
        where v.unit_id = ${unitId} and ${liveOn(date)} limit 1`,
  );
  return row ? toState(row) : null;
}

/** The unit's latest version (its last state if it has ended); throws 404 for an unknown unit. */
export async function latestVersion(tx: Tx, unitId: number): Promise<UnitState> {
  const [row] = await queryRows<StateRow>(
    tx,
    sql`select ${stateColumns} from org_unit_versions v join org_units u on u.id = v.unit_id
        where v.unit_id = ${unitId} order by v.valid_from desc limit 1`,
  );
  if (!row) throw new NotFound('UNIT_NOT_FOUND');
  return toState(row);
}

/**
 * The unit as it stands on `date`, refused when it does not exist then. The subject of an event gets
 * DATE_BEFORE_FOUNDING for a date before its founding; a unit it refers to (parent, target) gets UNIT_NOT_ACTIVE.
 */
export async function activeOn(
  tx: Tx,
  unitId: number,
  date: string,
  role: 'subject' | 'related' = 'related',
): Promise<UnitState> {
  const latest = await latestVersion(tx, unitId);
  if (role === 'subject' && date < latest.foundedOn) {
    throw new RuleViolation('DATE_BEFORE_FOUNDING', { date, name: latest.name, founded: latest.foundedOn });
  }
  if (latest.endedOn !== null && latest.endedOn <= date) {
    throw new RuleViolation('UNIT_DISSOLVED', { name: latest.name, date: latest.endedOn });
  }
  const state = await versionOn(tx, unitId, date);
  if (!state) throw new RuleViolation('UNIT_NOT_ACTIVE', { name: latest.name, date });
  return state;
}

/** History is recorded in date order: the unit's state on `date` must be its current one. */
export async function assertLatestOn(tx: Tx, state: UnitState, date: string): Promise<void> {
  if (state.validTo === null && state.validFrom <= date) return;
  const [row] = await queryRows<{ last: string }>(
    tx,
    sql`select max(greatest(valid_from, coalesce(valid_to, valid_from)))::text as last
        from org_unit_versions where unit_id = ${state.unitId}`,
  );
  throw new RuleViolation('DATE_BEFORE_LAST_CHANGE', { date, name: state.name, last: row?.last ?? date });
}

/**
 * Nothing in the unit's subtree (itself included) changed after `date`: a version under it that starts
 * later, or ends later, would be contradicted by rewriting the subtree from `date`.
 */
export async function assertSubtreeLatestOn(tx: Tx, unitId: number, date: string): Promise<void> {
  const [row] = await queryRows<{ name: string; last: string }>(
    tx,
    sql`select v.name, greatest(v.valid_from, coalesce(v.valid_to, v.valid_from))::text as last
        from org_unit_versions v
        where v.path ~ ${`*.${unitId}.*`}::lquery
          and (v.valid_from > ${date}::date or v.valid_to > ${date}::date)
        order by last desc limit 1`,
  );
  if (row) throw new RuleViolation('DATE_BEFORE_LAST_CHANGE', { date, name: row.name, last: row.last });
}

export function normalizedName(name: string, shortName: string | null, code: string): string {
  return normalizeForSearch(`${name} ${shortName ?? ''} ${code}`);
}

export interface NewVersion {
  unitId: number;
  code: string;
  validFrom: string;
  name: string;
  shortName: string | null;
  type: UnitTypeCode;
  parentId: number | null;
  path: string;
  eventId: number;
}

export async function insertVersion(tx: Tx, version: NewVersion): Promise<void> {
  const name = toNfc(version.name);
  const shortName = version.shortName ? toNfc(version.shortName) : null;
  await tx.execute(
    sql`insert into org_unit_versions
          (unit_id, valid_from, name, name_normalized, short_name, type, parent_id, path, depth, event_id)
        values (${version.unitId}, ${version.validFrom}::date, ${name},
          ${normalizedName(name, shortName, version.code)}, ${shortName}, ${version.type},
          ${version.parentId}::int, ${version.path}::ltree, nlevel(${version.path}::ltree) - 1, ${version.eventId})`,
  );
}

/**
 * Changes a unit's own fields from `date`: closes its current version at `date` and opens the next, or
 * updates the version in place when it already starts on `date`.
 */
export async function changeVersion(
  tx: Tx,
  state: UnitState,
  date: string,
  changes: { name?: string; shortName?: string | null; type?: UnitTypeCode },
  eventId: number,
): Promise<UnitState> {
  const next: UnitState = {
    ...state,
    name: changes.name !== undefined ? toNfc(changes.name) : state.name,
    shortName:
      changes.shortName !== undefined ? changes.shortName && toNfc(changes.shortName) : state.shortName,
    type: changes.type ?? state.type,
  };
  if (state.validFrom === date) {
    await tx.execute(
      sql`update org_unit_versions set name = ${next.name}, short_name = ${next.shortName || null},
            name_normalized = ${normalizedName(next.name, next.shortName, state.code)}, type = ${next.type},
            event_id = ${eventId}
          where id = ${state.versionId}`,
    );
    return next;
  }
  await tx.execute(sql`update org_unit_versions set valid_to = ${date}::date where id = ${state.versionId}`);
  await insertVersion(tx, { ...next, shortName: next.shortName || null, validFrom: date, eventId });
  return { ...next, validFrom: date, validTo: null };
}

/**
 * Re-roots every current version under `rootPath` whose path is longer than `cut` labels: the first `cut`
 * labels are replaced by `newPrefix`, and the units right below the cut get `newParentId`. A move of unit
 * u uses cut = depth(u) (u and its subtree); moving all children of s uses cut = depth(s) + 1.
 * Set-based so that a subtree of thousands of units costs two statements, not thousands.
 */
export async function rewriteSubtree(
  tx: Tx,
  args: {
    rootPath: string;
    cut: number;
    newPrefix: string;
    newParentId: number;
    date: string;
    eventId: number;
  },
): Promise<void> {
  const { rootPath, cut, newPrefix, newParentId, date, eventId } = args;
  const selection = sql`valid_to is null and path <@ ${rootPath}::ltree and nlevel(path) > ${cut}`;
  const newPath = sql`${newPrefix}::ltree || subpath(path, ${cut})`;
  const newParent = sql`case when nlevel(path) = ${cut} + 1 then ${newParentId}::int else parent_id end`;
  // Figures kept by path (the member facts' subtree sums) follow the moved units (paths-port.ts).
  const moved = sql`select unit_id from org_unit_versions where ${selection}`;
  await pathsChange(tx, moved, () => rewritePaths());
  async function rewritePaths() {
    // Versions that already start on the date are corrected in place; the others end and get a successor.
    await tx.execute(
      sql`update org_unit_versions
        set path = ${newPath}, depth = nlevel(${newPath}) - 1, parent_id = ${newParent}
        where ${selection} and valid_from = ${date}::date`,
    );
    await tx.execute(
      sql`with closed as (
          update org_unit_versions set valid_to = ${date}::date
          where ${selection} and valid_from < ${date}::date
          returning unit_id, name, name_normalized, short_name, type, parent_id, path
        )
        insert into org_unit_versions
          (unit_id, valid_from, name, name_normalized, short_name, type, parent_id, path, depth, event_id)
        select unit_id, ${date}::date, name, name_normalized, short_name, type, ${newParent},
          ${newPath}, nlevel(${newPath}) - 1, ${eventId}
        from closed`,
    );
  }
}

/** The unit ceases on `date`: its current version ends there and no other follows. */
export async function endUnit(tx: Tx, state: UnitState, date: string): Promise<void> {
  // whatever it still counts from the date leaves the figures kept by path (paths-port.ts)
  await pathsChange(tx, [state.unitId], () =>
    tx.execute(sql`update org_unit_versions set valid_to = ${date}::date where id = ${state.versionId}`),
  );
  await tx.execute(sql`update org_units set ended_on = ${date}::date where id = ${state.unitId}`);
}

/** The live children of a unit on a date, by name. */
export async function childrenOn(tx: Tx, unitId: number, date: string): Promise<UnitState[]> {
  const rows = await queryRows<StateRow>(
    tx,
    sql`select ${stateColumns} from org_unit_versions v join org_units u on u.id = v.unit_id
        where v.parent_id = ${unitId} and ${liveOn(date)} order by v.name`,
  );
  return rows.map(toState);
}

/**
 * Whether the unit has ended on or before `date` (every version closed, the last by then). Accounts
 * bound to such a unit are suspended from that day; computed from the versions, never stored.
 */
export async function unitHasEnded(tx: Tx, unitId: number, date = todayInVietnam()): Promise<boolean> {
  const [row] = await queryRows<{ ended: boolean | null }>(
    tx,
    sql`select bool_and(valid_to is not null) and max(valid_to) <= ${date}::date as ended
          from org_unit_versions where unit_id = ${unitId}`,
  );
  return row?.ended === true;
}
