// Reading the tree as of a date: search and lists (scope-filtered in SQL), a unit's detail with its
// ancestors, its history timeline and the counts of its subtree.
import {
  addDays,
  GRASSROOTS_TYPES,
  type ListUnitsQuery,
  normalizeForSearch,
  type OrgEvent,
  type OrgUnitDetail,
  type OrgUnitSummary,
  orgEventKind,
  orgEventRole,
  todayInVietnam,
  type UnitPage,
  type UnitStats,
  type UnitTypeCode,
} from '@congdoan/domain';
import { type SQL, sql } from 'drizzle-orm';
import { isoTimestamp, queryRows, type Tx } from '../../db/client.ts';
import type { Actor } from '../../platform/context.ts';
import { NotFound } from '../../platform/errors.ts';
import { inScope, unitInScopeOn } from '../../platform/scope.ts';
import { liveOn } from './tree.ts';
import { versionOn } from './versions.ts';

interface SummaryRow {
  id: number;
  code: string;
  name: string;
  short_name: string | null;
  type: string;
  parent_id: number | null;
  path: string;
  valid_from: string;
  valid_to: string | null;
  child_count: number;
}

function toSummary(row: SummaryRow): OrgUnitSummary {
  return {
    id: row.id,
    code: row.code,
    name: row.name,
    shortName: row.short_name,
    type: row.type as UnitTypeCode,
    parentId: row.parent_id,
    path: row.path.split('.').map(Number),
    validFrom: row.valid_from,
    validTo: row.valid_to,
    childCount: row.child_count,
  };
}

/**
 * Versions matching `where` (and live on `asOf` unless `anyDate`), with their child counts on `asOf`;
 * ordered by depth then name.
 */
function summaries(asOf: string, where: SQL, tail: SQL = sql``, anyDate = false): SQL {
  // The accent-free name gives one order on every database collation ("Đ" sorts with "D").
  return sql`select u.id, u.code, v.name, v.short_name, v.type, v.parent_id, v.path::text,
        v.valid_from::text, v.valid_to::text,
        (select count(*)::int from org_unit_versions c
          where c.parent_id = v.unit_id and ${liveOn(asOf, sql`c`)}) as child_count
      from org_unit_versions v join org_units u on u.id = v.unit_id
      where ${anyDate ? sql`true` : liveOn(asOf)} and ${where}
      order by v.depth, v.name_normalized collate "C", v.unit_id ${tail}`;
}

const scoped = (actor: Actor | null): SQL => (actor ? inScope(actor, sql`v.path`) : sql`true`);

/** Escapes LIKE wildcards so a user's "%" or "_" is matched literally. */
export function likeContains(text: string): string {
  return `%${text.replace(/[\\%_]/gu, (c) => `\\${c}`)}%`;
}

/**
 * The unit list behind the tree and the search box. `q` matches the accent-free name or code (trigram index); `parentId` lists that unit's children; with neither, the actor's own unit.
 * The caller checks that `parentId` is readable; rows are filtered to the actor's subtree here.
 */
export async function searchUnits(tx: Tx, actor: Actor | null, query: ListUnitsQuery): Promise<UnitPage> {
  const asOf = query.asOf ?? todayInVietnam();
  const page = query.page ?? 1;
  const pageSize = query.pageSize ?? 50;
  const conditions: SQL[] = [scoped(actor)];
  const q = query.q ? normalizeForSearch(query.q) : '';
  if (q) {
    // Every word must appear, in any order ("benh vien duc giang" finds "Bệnh viện Đa khoa Đức Giang").
    // name_normalized holds the code too; plain LIKEs on it keep the trigram index usable (an OR across
    // the join made PostgreSQL scan every version: 400 ms → 20 ms on 130,000 units, see bench/).
    for (const word of q.split(' ')) conditions.push(sql`v.name_normalized like ${likeContains(word)}`);
  }
  if (query.parentId !== undefined) conditions.push(sql`v.parent_id = ${query.parentId}`);
  if (!q && query.parentId === undefined) {
    conditions.push(actor ? sql`v.unit_id = ${actor.unitId}` : sql`v.parent_id is null`);
  }
  if (query.type) conditions.push(sql`v.type = ${query.type}`);
  const where = sql.join(conditions, sql` and `);

  const rows = await queryRows<SummaryRow>(
    tx,
    summaries(asOf, where, sql`limit ${pageSize} offset ${(page - 1) * pageSize}`),
  );
  const [count] = await queryRows<{ total: number }>(
    tx,
    sql`select count(*)::int as total from org_unit_versions v join org_units u on u.id = v.unit_id
        where ${liveOn(asOf)} and ${where}`,
  );
  return { items: rows.map(toSummary), total: count?.total ?? 0, page, pageSize };
}

/** The live children of a unit on `asOf`, within the actor's subtree (all of them for actor null). */
export async function listChildren(
  tx: Tx,
  actor: Actor | null,
  unitId: number,
  asOf: string,
): Promise<OrgUnitSummary[]> {
  const rows = await queryRows<SummaryRow>(
    tx,
    summaries(asOf, sql`v.parent_id = ${unitId} and ${scoped(actor)}`),
  );
  return rows.map(toSummary);
}

/**
 * A unit as of a date with its ancestors from the root. On a date it did not exist the unit is still
 * answered, with its first version (notYetFounded) or its last one (dissolved), rather than 404.
 */
export async function getUnitDetail(tx: Tx, unitId: number, asOf: string): Promise<OrgUnitDetail> {
  const [unit] = await queryRows<{ founded_on: string; ended_on: string | null }>(
    tx,
    sql`select founded_on::text, ended_on::text from org_units where id = ${unitId}`,
  );
  if (!unit) throw new NotFound('UNIT_NOT_FOUND');
  let status: OrgUnitDetail['status'] = 'active';
  let row: SummaryRow | undefined;
  [row] = await queryRows<SummaryRow>(tx, summaries(asOf, sql`v.unit_id = ${unitId}`));
  // The date on which the ancestors are named: asOf, or a day the unit existed.
  let namedOn = asOf;
  if (!row) {
    const before = asOf < unit.founded_on;
    status = before ? 'notYetFounded' : 'dissolved';
    const [edge] = await queryRows<{ id: number; valid_from: string; valid_to: string | null }>(
      tx,
      sql`select id, valid_from::text, valid_to::text from org_unit_versions where unit_id = ${unitId}
          order by valid_from ${before ? sql`asc` : sql`desc`} limit 1`,
    );
    if (!edge) throw new NotFound('UNIT_NOT_FOUND');
    namedOn =
      before || !edge.valid_to || edge.valid_to <= edge.valid_from
        ? edge.valid_from
        : addDays(edge.valid_to, -1);
    // By id: a unit founded and dissolved on one day has an empty version, live on no date.
    [row] = await queryRows<SummaryRow>(tx, summaries(namedOn, sql`v.id = ${edge.id}`, sql``, true));
    if (!row) throw new NotFound('UNIT_NOT_FOUND');
    row.child_count = 0;
  }
  const summary = toSummary(row);
  const ancestorIds = summary.path.slice(0, -1);
  const ancestors =
    ancestorIds.length === 0
      ? []
      : await queryRows<{ id: number; code: string; name: string; type: string }>(
          tx,
          sql`select u.id, u.code, v.name, v.type from org_unit_versions v join org_units u on u.id = v.unit_id
              where v.unit_id in (${sql.join(
                ancestorIds.map((id) => sql`${id}`),
                sql`, `,
              )}) and ${liveOn(namedOn)}
              order by v.depth`,
        );
  return {
    ...summary,
    asOf,
    foundedOn: unit.founded_on,
    dissolvedOn: unit.ended_on,
    status,
    ancestors: ancestors.map((a) => ({ id: a.id, code: a.code, name: a.name, type: a.type as UnitTypeCode })),
  };
}

/** The events a unit took part in, newest first. A child moved by someone else's event sees its own move. */
/**
 * A unit's events, newest first. For an actor, only those of days the unit lay in their subtree (the day
 * before or of the event, so the move that took it away is shown and nothing after it).
 */
export async function unitHistory(tx: Tx, unitId: number, actor: Actor | null = null): Promise<OrgEvent[]> {
  const visible = actor
    ? sql`(${unitInScopeOn(actor, sql`${unitId}::int`, sql`e.effective_date - 1`)}
           or ${unitInScopeOn(actor, sql`${unitId}::int`, sql`e.effective_date`)})`
    : sql`true`;
  const rows = await queryRows<{
    id: number;
    kind: string;
    effective_date: string;
    reason: string;
    document_number: string | null;
    recorded_at: unknown;
    recorded_by: string | null;
    role: string;
    details: Record<string, unknown>;
  }>(
    tx,
    sql`select e.id, e.kind, e.effective_date::text, e.reason, e.document_number, e.recorded_at,
          us.username as recorded_by, eu.role, e.details
        from org_event_units eu
        join org_events e on e.id = eu.event_id
        left join users us on us.id = e.recorded_by
        where eu.unit_id = ${unitId} and ${visible}
        order by e.effective_date desc, e.id desc`,
  );
  return rows.map((row) => {
    let details = row.details;
    if (row.role === 'child') {
      const { children, ...rest } = details;
      const own = (children as { id: number; fromParent: unknown; toParent: unknown }[] | undefined)?.find(
        (child) => child.id === unitId,
      );
      details = { ...rest, fromParent: own?.fromParent ?? null, toParent: own?.toParent ?? null };
    }
    return {
      id: row.id,
      kind: orgEventKind.parse(row.kind),
      effectiveDate: row.effective_date,
      reason: row.reason,
      documentNumber: row.document_number,
      recordedAt: isoTimestamp(row.recorded_at),
      recordedBy: row.recorded_by,
      role: orgEventRole.parse(row.role),
      details,
    };
  });
}

/** Counts by type of the units below a unit (not itself) on `asOf`; grassroots units include guilds. */
export async function unitStats(tx: Tx, unitId: number, asOf: string): Promise<Omit<UnitStats, 'members'>> {
  const unitsByType: Record<string, number> = {};
  const state = await versionOn(tx, unitId, asOf);
  if (state) {
    // Subtree roll-up on the gist index of paths: every live version whose path lies under the unit's.
    const rows = await queryRows<{ type: string; n: number }>(
      tx,
      sql`select v.type, count(*)::int as n from org_unit_versions v
          where v.path <@ ${state.path}::ltree and v.unit_id <> ${unitId} and ${liveOn(asOf)}
          group by v.type`,
    );
    for (const row of rows) unitsByType[row.type] = row.n;
  }
  const total = Object.values(unitsByType).reduce((sum, n) => sum + n, 0);
  const grassrootsUnits = GRASSROOTS_TYPES.reduce((sum, type) => sum + (unitsByType[type] ?? 0), 0);
  return { unitId, asOf, totalUnits: total, grassrootsUnits, unitsByType };
}
