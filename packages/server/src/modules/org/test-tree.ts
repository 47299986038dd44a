// Test fixture: a small tree (root → two provincial federations → districts → grassroots unions, one with a
// division and a group) founded by the system, and helpers for the org tests over HTTP.
import { type FoundUnitBody, normalizeForSearch } from '@congdoan/domain';
import { sql } from 'drizzle-orm';
import { queryRows, type Tx } from '../../db/client.ts';
import type { TestContext } from '../../test/context.ts';
import { foundUnit } from './service.ts';
import { endUnit, insertVersion, latestVersion } from './versions.ts';

/** [code, parent code, type, name, founded on] */
export const BASE_TREE: [string, string, FoundUnitBody['type'], string, string][] = [
  ['HN', 'VGCL', 'provincial', 'Liên đoàn Lao động thành phố Hà Nội', '1990-01-01'],
  ['HP', 'VGCL', 'provincial', 'Liên đoàn Lao động thành phố Hải Phòng', '1990-01-01'],
  ['LB', 'HN', 'district', 'Liên đoàn Lao động quận Long Biên', '2004-01-01'],
  ['HM', 'HN', 'district', 'Liên đoàn Lao động quận Hoàng Mai', '2004-01-01'],
  ['NQ', 'HP', 'district', 'Liên đoàn Lao động quận Ngô Quyền', '2004-01-01'],
  ['G-NHUA', 'LB', 'grassroots', 'Công đoàn cơ sở Công ty Cổ phần Nhựa Long Biên', '2010-01-01'],
  ['G-NHUA-PX1', 'G-NHUA', 'division', 'Công đoàn bộ phận Phân xưởng 1', '2010-01-01'],
  ['G-NHUA-T1', 'G-NHUA-PX1', 'group', 'Tổ công đoàn Ca sáng', '2010-01-01'],
  ['G-DETMAY', 'LB', 'grassroots', 'Công đoàn cơ sở Công ty Dệt may Long Biên', '2010-01-01'],
  ['G-TRUONG', 'HM', 'grassroots', 'Công đoàn cơ sở Trường Tiểu học Hoàng Mai', '2010-01-01'],
  ['G-CANG', 'NQ', 'grassroots', 'Công đoàn cơ sở Cảng Hải Phòng', '2010-01-01'],
];

export type UnitIds = Record<string, number>;

export async function buildBaseTree(ctx: TestContext): Promise<UnitIds> {
  const [root] = await queryRows<{ id: number }>(
    ctx.database.db,
    sql`select id from org_units where code = 'VGCL'`,
  );
  const ids: UnitIds = { VGCL: root!.id };
  await ctx.database.db.transaction(async (tx) => {
    for (const [code, parent, type, name, date] of BASE_TREE) {
      const result = await foundUnit(tx, null, {
        code,
        name,
        type,
        parentId: ids[parent]!,
        effectiveDate: date,
        reason: 'Dữ liệu thử nghiệm',
      });
      ids[code] = result.unitIds[0]!;
    }
  });
  return ids;
}

/** Row counts of every table a restructuring writes, to prove a refused request changed nothing. */
export async function treeCounts(ctx: TestContext) {
  const [row] = await queryRows<Record<string, number>>(
    ctx.database.db,
    sql`select (select count(*)::int from org_units) as units,
          (select count(*)::int from org_unit_versions) as versions,
          (select count(*)::int from org_events) as events,
          (select count(*)::int from org_event_units) as event_units,
          (select count(*)::int from audit_log where entity = 'orgUnit') as audits,
          (select count(*)::int from org_units where ended_on is not null) as ended,
          (select count(*)::int from org_unit_versions where valid_to is null) as open_versions`,
  );
  return row;
}

/**
 * Moves a unit under another parent from `on` (renamed too when `name` is given) in its versions only: no
 * event and no audit row, for tests of logs and scope that must see nothing but the move itself.
 */
export async function moveQuietly(
  ctx: TestContext,
  unitId: number,
  move: { parentId: number; on: string; name?: string },
): Promise<void> {
  await ctx.database.db.transaction(async (tx) => {
    const unit = await latestVersion(tx, unitId);
    const parent = await latestVersion(tx, move.parentId);
    await tx.execute(
      sql`update org_unit_versions set valid_to = ${move.on}::date where id = ${unit.versionId}`,
    );
    await insertVersion(tx, {
      ...unit,
      validFrom: move.on,
      name: move.name ?? unit.name,
      parentId: parent.unitId,
      path: `${parent.path}.${unitId}`,
      eventId: await eventOf(tx, unit.versionId),
    });
  });
}

/** Ends a unit on `on` in its identity and versions only (no event, no audit row). */
export async function endQuietly(ctx: TestContext, unitId: number, on: string): Promise<void> {
  await ctx.database.db.transaction(async (tx) => endUnit(tx, await latestVersion(tx, unitId), on));
}

async function eventOf(tx: Tx, versionId: number): Promise<number> {
  const [row] = await queryRows<{ event_id: number }>(
    tx,
    sql`select event_id from org_unit_versions where id = ${versionId}`,
  );
  if (!row) throw new Error(`no version ${versionId}`);
  return row.event_id;
}

/** A JSON request as a signed-in user. */
export function requester(ctx: TestContext, cookie: string) {
  return async (method: 'GET' | 'POST' | 'PATCH' | 'DELETE', url: string, payload?: unknown) => {
    const response = await ctx.app.inject({
      method,
      url,
      headers: { cookie, 'accept-language': 'en' },
      ...(payload === undefined ? {} : { payload: payload as object }),
    });
    return { status: response.statusCode, body: response.body ? response.json() : null };
  };
}

/**
 * `count` grassroots unions straight into the tree under `parentId` in two statements (the founding service
 * would take minutes for thousands): codes `codePrefix` + 1…count, each named `name` + its number, founded
 * by one event on `on`. For tests about lists and answers over big subtrees; they hold no members.
 */
export async function insertGrassrootsQuickly(
  db: Tx,
  options: { parentId: number; count: number; codePrefix: string; name: string; on: string },
): Promise<void> {
  const { parentId, count, codePrefix, name, on } = options;
  const [event] = await queryRows<{ id: number }>(
    db,
    sql`insert into org_events (kind, effective_date, reason) values ('found', ${on}, 'test') returning id`,
  );
  const [parent] = await queryRows<{ path: string; depth: number }>(
    db,
    sql`select path::text, depth from org_unit_versions where unit_id = ${parentId} and valid_to is null`,
  );
  if (!event || !parent) throw new Error(`no open version of unit ${parentId}`);
  const prefixLength = codePrefix.length;
  await db.execute(
    sql`with u as (insert into org_units (code, founded_on)
          select ${codePrefix} || g, ${on}::date from generate_series(1, ${count}::int) g
          returning id, substr(code, ${prefixLength + 1}::int) as n)
        insert into org_unit_versions (unit_id, valid_from, name, name_normalized, type, parent_id, path,
          depth, event_id)
        select u.id, ${on}::date, ${name} || u.n,
          ${normalizeForSearch(name)} || u.n || ' ' || lower(${codePrefix}) || u.n,
          'grassroots', ${parentId}, (${parent.path} || '.' || u.id)::ltree, ${parent.depth + 1}, ${event.id}
        from u`,
  );
}
