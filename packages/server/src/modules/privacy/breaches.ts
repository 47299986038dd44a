// Personal-data breaches as the system administrator records them: what was exposed, how many people, which
// units, what was done, and whom was notified when, against the 72 hours the law gives to tell the
// authority (A05, Ministry of Public Security). Every change audited.
import {
  type BreachBody,
  type BreachRecord,
  breachNotificationState,
  breachNotifyBy,
  type updateBreachBody,
} from '@congdoan/domain';
import { eq } from 'drizzle-orm';
import type { z } from 'zod';
import { isoTimestamp, queryRows, sql, type Tx } from '../../db/client.ts';
import { personalDataBreaches } from '../../db/schema/index.ts';
import { recordAudit } from '../../platform/audit.ts';
import type { Actor } from '../../platform/context.ts';
import { NotFound, RuleViolation } from '../../platform/errors.ts';
import { unitName } from '../org/index.ts';

interface BreachRow {
  id: number;
  discovered_at: unknown;
  description: string;
  data_categories: string[];
  people_affected: number;
  unit_ids: number[];
  measures: string;
  authority_notified_at: unknown;
  subjects_notified_at: unknown;
  notified_parties: string;
  recorded_by: string | null;
  created_at: unknown;
  updated_at: unknown;
  units: { id: number; name: string }[] | null;
}

const instantOrNull = (value: unknown) =>
  value === null || value === undefined ? null : isoTimestamp(value);

function toBreach(row: BreachRow, now: Date): BreachRecord {
  const discoveredAt = isoTimestamp(row.discovered_at);
  const authorityNotifiedAt = instantOrNull(row.authority_notified_at);
  return {
    id: row.id,
    discoveredAt,
    description: row.description,
    dataCategories: row.data_categories,
    peopleAffected: row.people_affected,
    units: row.units ?? [],
    measures: row.measures,
    authorityNotifiedAt,
    subjectsNotifiedAt: instantOrNull(row.subjects_notified_at),
    notifiedParties: row.notified_parties,
    notifyBy: breachNotifyBy(discoveredAt),
    notification: breachNotificationState(discoveredAt, authorityNotifiedAt, now),
    recordedBy: row.recorded_by,
    createdAt: isoTimestamp(row.created_at),
    updatedAt: isoTimestamp(row.updated_at),
  };
}

/** Breaches, newest discovery first, each with its units named as they are called now. */
export async function listBreaches(tx: Tx, id?: number, now = new Date()): Promise<BreachRecord[]> {
  const rows = await queryRows<BreachRow>(
    tx,
    sql`select b.id, b.discovered_at, b.description, b.data_categories, b.people_affected, b.unit_ids,
          b.measures, b.authority_notified_at, b.subjects_notified_at, b.notified_parties,
          u.username as recorded_by, b.created_at, b.updated_at,
          (select json_agg(json_build_object('id', x.id, 'name',
              ${unitName(sql`x.id`)})
              order by x.ord)
             from unnest(b.unit_ids) with ordinality as x(id, ord)) as units
        from personal_data_breaches b left join users u on u.id = b.recorded_by
        where ${id === undefined ? sql`true` : sql`b.id = ${id}`}
        order by b.discovered_at desc, b.id desc`,
  );
  return rows.map((row) => toBreach(row, now));
}

async function assertUnitsExist(tx: Tx, unitIds: number[]): Promise<void> {
  if (unitIds.length === 0) return;
  const rows = await queryRows<{ id: number }>(
    tx,
    sql`select id from org_units where id in (${sql.join(
      unitIds.map((id) => sql`${id}`),
      sql`, `,
    )})`,
  );
  if (rows.length !== new Set(unitIds).size) throw new RuleViolation('BREACH_UNIT_NOT_FOUND');
}

function assertChronology(body: Partial<BreachBody>, discoveredAt: string): void {
  const now = Date.now() + 60_000;
  if (Date.parse(discoveredAt) > now) throw new RuleViolation('BREACH_IN_FUTURE');
  for (const notified of [body.authorityNotifiedAt, body.subjectsNotifiedAt]) {
    if (!notified) continue;
    if (Date.parse(notified) > now) throw new RuleViolation('BREACH_IN_FUTURE');
    if (Date.parse(notified) < Date.parse(discoveredAt)) throw new RuleViolation('BREACH_NOTIFIED_BEFORE');
  }
}

export async function recordBreach(tx: Tx, actor: Actor, body: BreachBody): Promise<BreachRecord> {
  assertChronology(body, body.discoveredAt);
  const unitIds = [...new Set(body.unitIds)];
  await assertUnitsExist(tx, unitIds);
  const [row] = await tx
    .insert(personalDataBreaches)
    .values({
      discoveredAt: body.discoveredAt,
      description: body.description,
      dataCategories: body.dataCategories,
      peopleAffected: body.peopleAffected,
      unitIds,
      measures: body.measures,
      authorityNotifiedAt: body.authorityNotifiedAt ?? null,
      subjectsNotifiedAt: body.subjectsNotifiedAt ?? null,
      notifiedParties: body.notifiedParties,
      recordedBy: actor.id,
    })
    .returning({ id: personalDataBreaches.id });
  if (!row) throw new Error('breach not recorded');
  await recordAudit(tx, actor, {
    action: 'record',
    entity: 'personalDataBreach',
    entityId: row.id,
    unitId: null,
    after: { ...body, unitIds },
  });
  const [breach] = await listBreaches(tx, row.id);
  if (!breach) throw new Error('breach not recorded');
  return breach;
}

export async function updateBreach(
  tx: Tx,
  actor: Actor,
  id: number,
  body: z.infer<typeof updateBreachBody>,
): Promise<BreachRecord> {
  const [current] = await tx
    .select()
    .from(personalDataBreaches)
    .where(eq(personalDataBreaches.id, id))
    .for('update');
  if (!current) throw new NotFound('BREACH_NOT_FOUND');
  const merged = {
    authorityNotifiedAt:
      body.authorityNotifiedAt === undefined ? current.authorityNotifiedAt : body.authorityNotifiedAt,
    subjectsNotifiedAt:
      body.subjectsNotifiedAt === undefined ? current.subjectsNotifiedAt : body.subjectsNotifiedAt,
  };
  assertChronology(
    {
      authorityNotifiedAt: merged.authorityNotifiedAt && isoTimestamp(merged.authorityNotifiedAt),
      subjectsNotifiedAt: merged.subjectsNotifiedAt && isoTimestamp(merged.subjectsNotifiedAt),
    },
    body.discoveredAt ?? isoTimestamp(current.discoveredAt),
  );
  const unitIds = body.unitIds === undefined ? undefined : [...new Set(body.unitIds)];
  if (unitIds) await assertUnitsExist(tx, unitIds);
  const changes = { ...body, ...(unitIds ? { unitIds } : {}) };
  await tx
    .update(personalDataBreaches)
    .set({ ...changes, updatedAt: sql`now()` })
    .where(eq(personalDataBreaches.id, id));
  const before = Object.fromEntries(
    Object.keys(changes).map((key) => [key, current[key as keyof typeof current] ?? null]),
  );
  await recordAudit(tx, actor, {
    action: 'update',
    entity: 'personalDataBreach',
    entityId: id,
    unitId: null,
    before,
    after: changes,
  });
  const [breach] = await listBreaches(tx, id);
  if (!breach) throw new NotFound('BREACH_NOT_FOUND');
  return breach;
}
