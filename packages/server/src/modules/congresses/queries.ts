// Reading congresses: one congress with its checks (the unit's size and the rules on the congress date), its
// documents and term; and the scoped, paged list over a unit's subtree.

import type { congressPage, listCongressesQuery } from '@congdoan/domain';
import { type Congress, type CongressLevel, congressLevelOfTier, todayInVietnam } from '@congdoan/domain';
import { sql } from 'drizzle-orm';
import type { z } from 'zod';
import { isoTimestamp, queryRows, type Tx } from '../../db/client.ts';
import type { Actor } from '../../platform/context.ts';
import { NotFound } from '../../platform/errors.ts';
import { inScope, registerEntityResolver } from '../../platform/scope.ts';
import { latestVersionOf, versionOnOrLatest } from '../org/index.ts';
import { congressChecksOf, congressRulesOn, unitSizeOn } from './checks.ts';
import { type DocumentRecord, documentsOf } from './documents.ts';
import { termOfCongress } from './terms.ts';

// A congress concerns its unit on the day it was held or is scheduled (today while it has no date), the
// date loadCongress names it by.
registerEntityResolver('congress', async (tx, id) => {
  const [row] = await queryRows<{ unit_id: number; date: string | null }>(
    tx,
    sql`select unit_id, coalesce(held_on, scheduled_on)::text as date from congresses where id = ${Number(id)}`,
  );
  return row ? { unitId: row.unit_id, date: row.date ?? todayInVietnam() } : null;
});

/** A congress row as stored (dates as ISO text). */
export interface CongressRow {
  id: number;
  unit_id: number;
  cycle: string;
  plan_id: number | null;
  status: Congress['status'];
  kind: Congress['kind'];
  is_pilot: boolean;
  scheduled_on: string | null;
  place: string | null;
  held_on: string | null;
  delegates_convened: number | null;
  delegates_present: number | null;
  delegates_appointed: number | null;
  bodies: Partial<Congress['bodies']>;
  subcommittees: Congress['subcommittees'];
  guests: string[];
  notes: string | null;
  recognised_on: string | null;
  recognition_decision: string | null;
  recorded_at: string | Date;
  updated_at: string | Date;
}

export async function congressRow(tx: Tx, congressId: number): Promise<CongressRow> {
  const [row] = await queryRows<CongressRow>(
    tx,
    sql`select id, unit_id, cycle, plan_id, status, kind, is_pilot, scheduled_on::text, place, held_on::text,
          delegates_convened, delegates_present, delegates_appointed, bodies, subcommittees, guests, notes,
          recognised_on::text, recognition_decision, recorded_at, updated_at
        from congresses where id = ${congressId}`,
  );
  if (!row) throw new NotFound('CONGRESS_NOT_FOUND');
  return row;
}

/** The unit of a congress as it stood on `date` (or its latest state when it did not exist then). */
export async function unitOfCongressOn(tx: Tx, unitId: number, date: string) {
  const [row] = await queryRows<{ code: string; name: string; type: Congress['unit']['type']; tier: number }>(
    tx,
    sql`select u.code, v.name, v.type, t.tier from org_units u
        join lateral ${versionOnOrLatest(sql`u.id`, date)} v on true
        join unit_types t on t.code = v.type
        where u.id = ${unitId}`,
  );
  if (!row) throw new NotFound('UNIT_NOT_FOUND');
  return { ...row, level: congressLevelOfTier(row.tier) };
}

const names = (list: string[] | undefined) => list ?? [];

/** A congress as read from the database; the presenter adds what the caller may do (`can`). */
export type CongressRecord = Omit<Congress, 'can' | 'documents'> & { documents: DocumentRecord[] };

export async function getCongress(tx: Tx, congressId: number): Promise<CongressRecord> {
  const row = await congressRow(tx, congressId);
  const date = row.held_on ?? row.scheduled_on ?? todayInVietnam();
  const unit = await unitOfCongressOn(tx, row.unit_id, date);
  // A unit whose type later stopped holding congresses is judged at the grassroots level's rules.
  const level: CongressLevel = unit.level ?? 'grassroots';
  const size = await unitSizeOn(tx, row.unit_id, date);
  const rules = await congressRulesOn(tx, level, size, date);
  const checks = congressChecksOf(
    level,
    size,
    {
      kind: row.kind,
      delegatesConvened: row.delegates_convened,
      delegatesPresent: row.delegates_present,
      delegatesAppointed: row.delegates_appointed,
    },
    rules,
  );
  const term = await termOfCongress(tx, row.id);
  return {
    id: row.id,
    unit: { id: row.unit_id, code: unit.code, name: unit.name, type: unit.type },
    cycle: row.cycle,
    planId: row.plan_id,
    status: row.status,
    kind: row.kind,
    isPilot: row.is_pilot,
    scheduledOn: row.scheduled_on,
    place: row.place,
    heldOn: row.held_on,
    delegatesConvened: row.delegates_convened,
    delegatesPresent: row.delegates_present,
    delegatesAppointed: row.delegates_appointed,
    bodies: {
      presidium: names(row.bodies.presidium),
      secretariat: names(row.bodies.secretariat),
      credentialsBoard: names(row.bodies.credentialsBoard),
      countingBoard: names(row.bodies.countingBoard),
    },
    subcommittees: row.subcommittees,
    guests: row.guests,
    notes: row.notes,
    recognisedOn: row.recognised_on,
    recognitionDecision: row.recognition_decision,
    checks,
    documents: await documentsOf(tx, row.id),
    term: term ? { startsOn: term.startsOn, endsOn: term.endsOn } : null,
    recordedAt: isoTimestamp(row.recorded_at),
    updatedAt: isoTimestamp(row.updated_at),
  };
}

type ListQuery = z.infer<typeof listCongressesQuery>;
type CongressPage = z.infer<typeof congressPage>;

/**
 * The congresses of the units of a subtree (the unit's latest state places it), or of the unit alone, in the
 * actor's scope: the most recent first (held, else scheduled), then those with no date by unit name.
 */
export async function listCongresses(tx: Tx, actor: Actor, query: ListQuery): Promise<CongressPage> {
  const root = query.unitId ?? actor.unitId;
  // subtree=false: the unit's own congresses only (a superior's tab shows its own above its units').
  const place = query.subtree ? sql`v.path ~ ${`*.${root}.*`}::lquery` : sql`c.unit_id = ${root}`;
  const where = sql`${place} and ${inScope(actor, sql`v.path`)}
    ${query.cycle ? sql`and c.cycle = ${query.cycle}` : sql``}
    ${query.status ? sql`and c.status = ${query.status}` : sql``}`;
  const from = sql`from congresses c
    join lateral ${latestVersionOf(sql`c.unit_id`)} v on true
    join org_units u on u.id = c.unit_id`;
  const [count] = await queryRows<{ total: number }>(
    tx,
    sql`select count(*)::int as total ${from} where ${where}`,
  );
  const rows = await queryRows<{
    id: number;
    unit_id: number;
    code: string;
    name: string;
    type: Congress['unit']['type'];
    cycle: string;
    status: Congress['status'];
    kind: Congress['kind'];
    is_pilot: boolean;
    scheduled_on: string | null;
    held_on: string | null;
    recognised_on: string | null;
  }>(
    tx,
    sql`select c.id, c.unit_id, u.code, v.name, v.type, c.cycle, c.status, c.kind, c.is_pilot,
          c.scheduled_on::text, c.held_on::text, c.recognised_on::text
        ${from} where ${where}
        order by coalesce(c.held_on, c.scheduled_on) desc nulls last, v.name, c.id
        limit ${query.pageSize} offset ${(query.page - 1) * query.pageSize}`,
  );
  return {
    items: rows.map((row) => ({
      id: row.id,
      unit: { id: row.unit_id, code: row.code, name: row.name, type: row.type },
      cycle: row.cycle,
      status: row.status,
      kind: row.kind,
      isPilot: row.is_pilot,
      scheduledOn: row.scheduled_on,
      heldOn: row.held_on,
      recognisedOn: row.recognised_on,
    })),
    total: count?.total ?? 0,
    page: query.page,
    pageSize: query.pageSize,
  };
}
