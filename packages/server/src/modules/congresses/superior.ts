// The superior's acts on a lower unit's congress: recognising it (công nhận) and shifting the term it
// opened. Both need write scope on the unit's parent, not merely on the unit.
import {
  type RecogniseCongressBody,
  type SetTermBody,
  todayInVietnam,
  type UnitTerm,
} from '@congdoan/domain';
import { sql } from 'drizzle-orm';
import { queryRows, type Tx } from '../../db/client.ts';
import { recordAudit } from '../../platform/audit.ts';
import type { Actor } from '../../platform/context.ts';
import { AppError, Conflict, Forbidden, RuleViolation } from '../../platform/errors.ts';
import { assertUnitWritable } from '../../platform/scope.ts';
import { assertNotFuture } from '../members/service.ts';
import { latestVersionOf } from '../org/index.ts';
import { type CongressForWrite, loadCongress } from './service.ts';
import { shiftTerm } from './terms.ts';

/**
 * Whether the actor is the superior of the unit: has write scope today on the unit's parent (in its latest
 * state). Only the superior recognises a congress or shifts a term.
 */
export async function isSuperiorOf(tx: Tx, actor: Actor, unitId: number): Promise<boolean> {
  const [row] = await queryRows<{ parent_id: number | null }>(
    tx,
    sql`select v.parent_id from ${latestVersionOf(sql`${unitId}::int`)} v`,
  );
  const parentId = row?.parent_id ?? null;
  if (parentId === null) return false;
  try {
    await assertUnitWritable(tx, actor, parentId, todayInVietnam());
    return true;
  } catch (error) {
    if (error instanceof AppError && (error.status === 403 || error.status === 404)) return false;
    throw error;
  }
}

/** 403 RECOGNITION_BY_SUPERIOR_ONLY unless the actor is the superior of the congress's unit. */
export async function assertSuperior(tx: Tx, actor: Actor, congress: CongressForWrite): Promise<void> {
  if (!(await isSuperiorOf(tx, actor, congress.unitId))) {
    throw new Forbidden('RECOGNITION_BY_SUPERIOR_ONLY', { name: congress.unit.name });
  }
}

/** The superior recognises a held congress (công nhận), on or after the day it was held. */
export async function recogniseCongress(
  tx: Tx,
  actor: Actor,
  congressId: number,
  body: RecogniseCongressBody,
): Promise<void> {
  const congress = await loadCongress(tx, congressId);
  await assertSuperior(tx, actor, congress);
  if (congress.status === 'recognised') throw new Conflict('CONGRESS_ALREADY_RECOGNISED');
  if (!congress.heldOn) throw new Conflict('CONGRESS_NOT_HELD');
  assertNotFuture(body.recognisedOn);
  if (body.recognisedOn < congress.heldOn) {
    throw new RuleViolation('RECOGNISED_BEFORE_HELD', { date: body.recognisedOn, heldOn: congress.heldOn });
  }
  await tx.execute(
    sql`update congresses set status = 'recognised', recognised_on = ${body.recognisedOn}::date,
          recognition_decision = ${body.decisionNumber ?? null}, updated_at = now()
        where id = ${congressId}`,
  );
  await recordAudit(tx, actor, {
    action: 'recognise',
    entity: 'congress',
    entityId: congressId,
    unitId: congress.unitId,
    before: { status: congress.status },
    after: { status: 'recognised', ...body },
  });
}

/** PUT /congresses/:id/term: the superior shifts the end of the term the congress opened. */
export async function setCongressTerm(
  tx: Tx,
  actor: Actor,
  congressId: number,
  body: SetTermBody,
): Promise<UnitTerm> {
  const congress = await loadCongress(tx, congressId);
  await assertSuperior(tx, actor, congress);
  return shiftTerm(tx, actor, congress, body);
}
