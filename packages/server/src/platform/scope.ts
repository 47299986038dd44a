// Scope in one place: a user's role covers the subtree of their unit, and data is read only through a unit
// that lay in that subtree on the date the data concerns. Unit paths are ltree strings of unit ids from the
// root, so "in scope" is "the path contains the scope unit's id" — the same test for today's tree and any
// date, and the root's administrator covers everything. Outside scope, a record answers as if it did not
// exist (404 NOT_FOUND), so refusals tell nothing about which ids exist.
import { ROLE_POWERS, todayInVietnam } from '@congdoan/domain';
import { type SQL, sql } from 'drizzle-orm';
import { queryRows, type Tx } from '../db/client.ts';
import {
  latestPath,
  pathWithin,
  subtreeLquery,
  treeOn,
  unitPathOn,
  unitVersions,
} from '../modules/org/tree.ts';
import type { AccessCheck, Actor, Power } from './context.ts';
import { Forbidden, NotFound } from './errors.ts';
import type { MessageCode } from './messages.ts';

/** The lquery matching every path that passes through the actor's unit. */
export function scopeLquery(actor: Actor): string {
  return subtreeLquery(actor.unitId);
}

/** SQL condition: the ltree path expression lies in the actor's subtree. Every scoped query uses it. */
export function inScope(actor: Actor, path: SQL): SQL {
  return pathWithin(path, actor.unitId);
}

/** SQL condition: `unitId` lay in the actor's subtree on `date` (false for an unknown unit). */
export function unitInScopeOn(actor: Actor, unitId: SQL, date: SQL): SQL {
  return sql`coalesce(${inScope(actor, unitPathOn(unitId, date))}, false)`;
}

/**
 * The one refusal outside scope: the same answer as for an id that does not exist. A service that loads a
 * record first passes the code it gives for a missing one, so the two cannot be told apart.
 */
export function outOfReach(code: MessageCode = 'NOT_FOUND'): NotFound {
  return new NotFound(code);
}

export function assertPower(actor: Actor, power: Power): void {
  if (!ROLE_POWERS[actor.role][power]) throw new Forbidden('ROLE_FORBIDDEN');
}

/**
 * Reading a unit's data that concerns `date` (today for its current data) needs the unit in the actor's
 * subtree on that date: a unit that has moved away keeps its past readable, never what came after.
 */
export async function assertUnitReadable(tx: Tx, actor: Actor, unitId: number, date: string): Promise<void> {
  if (!(await isUnitReadable(tx, actor, unitId, date))) throw outOfReach();
}

/**
 * Whether the actor may read the unit's data of `date`. A message that names a unit the request brought in
 * (a cluster member, a split child, a task owner) asks this first, and answers 404 when not.
 */
export async function isUnitReadable(tx: Tx, actor: Actor, unitId: number, date: string): Promise<boolean> {
  const [row] = await queryRows<{ readable: boolean }>(
    tx,
    sql`select ${unitInScopeOn(actor, sql`${unitId}::int`, sql`${date}::date`)} as readable`,
  );
  return row?.readable === true;
}

/**
 * The unit has lain in the actor's subtree at some time. Only for routes whose every record is then
 * filtered by the date it concerns (the audit log, a unit's own history), never for current data.
 */
export async function assertUnitHistoryReadable(tx: Tx, actor: Actor, unitId: number): Promise<void> {
  const [row] = await queryRows<{ readable: boolean | null }>(
    tx,
    sql`select bool_or(${inScope(actor, sql`v.path`)}) as readable from ${unitVersions()} v
        where v.unit_id = ${unitId}`,
  );
  if (!row?.readable) throw outOfReach();
}

/**
 * A unit may be changed from `date` if it lies in the actor's subtree on that date (when it exists then)
 * and in its latest state, so nobody writes into a unit that has left their subtree.
 */
export async function assertUnitWritable(tx: Tx, actor: Actor, unitId: number, date: string): Promise<void> {
  const [row] = await queryRows<{ latest: boolean | null; on_date: boolean | null }>(
    tx,
    sql`select ${inScope(actor, latestPath(sql`${unitId}::int`))} as latest,
          (select ${inScope(actor, sql`v.path`)} from ${treeOn(date)} v where v.unit_id = ${unitId} limit 1)
            as on_date`,
  );
  if (!row?.latest || row.on_date === false) throw outOfReach();
}

/** The last day of a year, the date a record of that year (an assessment, a year plan) concerns. */
export function yearEnd(year: number): string {
  return `${year}-12-31`;
}

/** The read check of a unit's data as of `asOf`, or of its current data (today) when none is asked for. */
export function readUnitOn(unitId: number, asOf?: string): AccessCheck {
  return { unitId, mode: 'read', date: asOf ?? todayInVietnam() };
}

/** Where an entity belongs: its unit, and the date its data concerns (today for current data). */
export interface EntityPlace {
  unitId: number;
  date: string;
}
/** Finds where an entity belongs (a user → their unit today, a member → their current or last unit…). */
export type EntityResolver = (tx: Tx, id: number | string) => Promise<EntityPlace | null>;
const resolvers = new Map<string, EntityResolver>();

export function registerEntityResolver(entity: string, resolve: EntityResolver): void {
  resolvers.set(entity, resolve);
}

export async function assertAccess(tx: Tx, actor: Actor, check: AccessCheck): Promise<void> {
  if ('entity' in check) {
    const resolve = resolvers.get(check.entity);
    if (!resolve) throw new Error(`no scope resolver for entity ${check.entity}`);
    const place = await resolve(tx, check.id);
    if (place === null) throw outOfReach();
    // Changing an entity needs its unit to be in scope now, not merely on the date its data concerns.
    if (check.mode === 'write') await assertUnitWritable(tx, actor, place.unitId, todayInVietnam());
    else await assertUnitReadable(tx, actor, place.unitId, place.date);
    return;
  }
  if (check.mode === 'read') await assertUnitReadable(tx, actor, check.unitId, check.date);
  else if (check.mode === 'history') await assertUnitHistoryReadable(tx, actor, check.unitId);
  else await assertUnitWritable(tx, actor, check.unitId, check.date);
}
