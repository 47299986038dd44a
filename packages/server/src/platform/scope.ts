// Scope in one place: a user's role covers the subtree of their unit. Unit paths are ltree strings of
// unit ids from the root, so "in scope" is "the path contains the scope unit's id" — the same test for
// today's tree and for any date, and the root's administrator covers everything.
import { ROLE_POWERS, todayInVietnam } from '@congdoan/domain';
import { type SQL, sql } from 'drizzle-orm';
import { queryRows, type Tx } from '../db/client.ts';
import type { AccessCheck, Actor, Power } from './context.ts';
import { Forbidden, NotFound } from './errors.ts';

/** The lquery matching every path that passes through the actor's unit. */
export function scopeLquery(actor: Actor): string {
  return `*.${actor.unitId}.*`;
}

/** SQL condition: the ltree path expression lies in the actor's subtree. Every scoped query uses it. */
export function inScope(actor: Actor, path: SQL): SQL {
  return sql`${path} ~ ${scopeLquery(actor)}::lquery`;
}

export function assertPower(actor: Actor, power: Power): void {
  if (!ROLE_POWERS[actor.role][power]) throw new Forbidden('ROLE_FORBIDDEN');
}

/** A unit may be read if it has been in the actor's subtree at any time (so its history stays readable). */
export async function assertUnitReadable(tx: Tx, actor: Actor, unitId: number): Promise<void> {
  const [row] = await queryRows<{ in_scope: boolean }>(
    tx,
    sql`select bool_or(path ~ ${scopeLquery(actor)}::lquery) as in_scope
        from org_unit_versions where unit_id = ${unitId}`,
  );
  if (row?.in_scope === null || row?.in_scope === undefined) throw new NotFound('UNIT_NOT_FOUND');
  if (!row.in_scope) throw new Forbidden();
}

/**
 * A unit may be changed from `date` if it lies in the actor's subtree on that date (when it exists then)
 * and in its latest state, so nobody writes into a unit that has left their subtree.
 */
export async function assertUnitWritable(tx: Tx, actor: Actor, unitId: number, date: string): Promise<void> {
  const lq = scopeLquery(actor);
  const [row] = await queryRows<{ latest: boolean | null; on_date: boolean | null }>(
    tx,
    sql`select
          (select path ~ ${lq}::lquery from org_unit_versions
            where unit_id = ${unitId} order by valid_from desc limit 1) as latest,
          (select path ~ ${lq}::lquery from org_unit_versions
            where unit_id = ${unitId} and valid_from <= ${date}
              and (valid_to is null or valid_to > ${date}) limit 1) as on_date`,
  );
  if (!row || row.latest === null) throw new NotFound('UNIT_NOT_FOUND');
  if (!row.latest || row.on_date === false) throw new Forbidden();
}

/** Finds the unit an entity belongs to (a user → their unit, later a member → theirs). */
export type EntityUnitResolver = (tx: Tx, id: number | string) => Promise<number | null>;
const resolvers = new Map<string, EntityUnitResolver>();

export function registerEntityResolver(entity: string, resolve: EntityUnitResolver): void {
  resolvers.set(entity, resolve);
}

export async function assertAccess(tx: Tx, actor: Actor, check: AccessCheck): Promise<void> {
  if ('entity' in check) {
    const resolve = resolvers.get(check.entity);
    if (!resolve) throw new Error(`no scope resolver for entity ${check.entity}`);
    const unitId = await resolve(tx, check.id);
    if (unitId === null) throw new NotFound();
    // Changing an entity needs its unit to be in scope now, not merely once in the past.
    if (check.mode === 'write') await assertUnitWritable(tx, actor, unitId, todayInVietnam());
    else await assertUnitReadable(tx, actor, unitId);
    return;
  }
  if (check.mode === 'read') await assertUnitReadable(tx, actor, check.unitId);
  else await assertUnitWritable(tx, actor, check.unitId, check.date);
}
