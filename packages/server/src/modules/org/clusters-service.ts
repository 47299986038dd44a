// Emulation clusters (cụm thi đua): named groups of peer units under a parent, for one year. A member must
// have been a direct child of the parent during that year and belongs to at most one cluster a year.
import {
  type CreateClusterBody,
  type EmulationCluster,
  type ListClustersQuery,
  todayInVietnam,
  type UnitTypeCode,
  type UpdateClusterBody,
} from '@congdoan/domain';
import { type SQL, sql } from 'drizzle-orm';
import { queryRows, type Tx } from '../../db/client.ts';
import { emulationClusters, emulationClusterUnits } from '../../db/schema/index.ts';
import { recordAudit } from '../../platform/audit.ts';
import type { Actor } from '../../platform/context.ts';
import { Conflict, Invalid, NotFound, RuleViolation } from '../../platform/errors.ts';
import { assertUnitWritable, inScope, isUnitReadable, outOfReach } from '../../platform/scope.ts';
import { latestVersion } from './versions.ts';

interface ClusterRow {
  id: number;
  parent_unit_id: number;
  year: number;
  name: string;
}

const firstDay = (year: number) => `${year}-01-01`;
const lastDay = (year: number) => `${year}-12-31`;
const idList = (ids: number[]) =>
  sql.join(
    ids.map((id) => sql`${id}`),
    sql`, `,
  );

/** The unit a cluster belongs to, for scope checks on /emulation-clusters/:id. */
export async function clusterParentUnit(
  tx: Tx,
  id: number | string,
): Promise<{ unitId: number; year: number } | null> {
  const [row] = await queryRows<{ parent_unit_id: number; year: number }>(
    tx,
    sql`select parent_unit_id, year from emulation_clusters where id = ${Number(id)}`,
  );
  return row ? { unitId: row.parent_unit_id, year: row.year } : null;
}

/** Clusters with their members, each member named as it stood at the end of the cluster's year. */
async function withMembers(tx: Tx, clusters: ClusterRow[]): Promise<EmulationCluster[]> {
  if (clusters.length === 0) return [];
  const members = await queryRows<{
    cluster_id: number;
    id: number;
    code: string;
    name: string;
    type: string;
  }>(
    tx,
    sql`select m.cluster_id, u.id, u.code, v.name, v.type
        from emulation_cluster_units m
        join org_units u on u.id = m.unit_id
        join lateral (
          select name, name_normalized, type from org_unit_versions
          where unit_id = m.unit_id and valid_from <= make_date(m.year, 12, 31)
          order by valid_from desc limit 1
        ) v on true
        where m.cluster_id in (${idList(clusters.map((c) => c.id))})
        order by v.name_normalized collate "C", u.id`,
  );
  return clusters.map((cluster) => ({
    id: cluster.id,
    parentUnitId: cluster.parent_unit_id,
    year: cluster.year,
    name: cluster.name,
    members: members
      .filter((m) => m.cluster_id === cluster.id)
      .map((m) => ({ id: m.id, code: m.code, name: m.name, type: m.type as UnitTypeCode })),
  }));
}

/** Clusters whose parent unit lies in the actor's subtree, in the order they were created. */
export async function listClusters(tx: Tx, actor: Actor | null, query: ListClustersQuery) {
  const conditions: SQL[] = [sql`true`];
  if (query.parentId !== undefined) conditions.push(sql`c.parent_unit_id = ${query.parentId}`);
  if (query.year !== undefined) conditions.push(sql`c.year = ${query.year}`);
  if (actor) {
    conditions.push(sql`exists (select 1 from org_unit_versions v
      where v.unit_id = c.parent_unit_id and ${inScope(actor, sql`v.path`)})`);
  }
  const rows = await queryRows<ClusterRow>(
    tx,
    sql`select c.id, c.parent_unit_id, c.year, c.name from emulation_clusters c
        where ${sql.join(conditions, sql` and `)} order by c.year desc, c.id`,
  );
  return withMembers(tx, rows);
}

async function loadCluster(tx: Tx, id: number): Promise<ClusterRow> {
  const [row] = await queryRows<ClusterRow>(
    tx,
    sql`select id, parent_unit_id, year, name from emulation_clusters where id = ${id}`,
  );
  if (!row) throw new NotFound('CLUSTER_NOT_FOUND');
  return row;
}

async function assertNameFree(tx: Tx, parentId: number, year: number, name: string, exceptId = 0) {
  const [taken] = await queryRows<{ id: number }>(
    tx,
    sql`select id from emulation_clusters
        where parent_unit_id = ${parentId} and year = ${year} and name = ${name} and id <> ${exceptId}`,
  );
  if (taken) throw new Conflict('CLUSTER_NAME_TAKEN', { name, year });
}

/** Members must be peers under the parent during the year and free of any other cluster that year. */
async function assertMembers(
  tx: Tx,
  actor: Actor | null,
  parentId: number,
  year: number,
  memberIds: number[],
  exceptId = 0,
) {
  if (memberIds.length === 0) return;
  const rows = await queryRows<{
    id: number;
    code: string;
    name: string;
    peer: boolean;
    other_cluster: string | null;
  }>(
    tx,
    sql`select u.id, u.code,
          (select name from org_unit_versions where unit_id = u.id order by valid_from desc limit 1) as name,
          exists (select 1 from org_unit_versions v
            where v.unit_id = u.id and v.parent_id = ${parentId}
              and v.valid_from <= ${lastDay(year)}::date
              and (v.valid_to is null or v.valid_to > ${firstDay(year)}::date)) as peer,
          (select c.name from emulation_cluster_units m join emulation_clusters c on c.id = m.cluster_id
            where m.unit_id = u.id and m.year = ${year} and m.cluster_id <> ${exceptId} limit 1) as other_cluster
        from org_units u where u.id in (${idList(memberIds)})`,
  );
  const seen = new Set<number>();
  for (const id of memberIds) {
    const row = rows.find((r) => r.id === id);
    if (!row) throw new NotFound('UNIT_NOT_FOUND');
    if (seen.has(id)) throw new Invalid('DUPLICATE_IN_REQUEST', { code: row.code });
    seen.add(id);
  }
  const parent = await latestVersion(tx, parentId);
  for (const row of rows) {
    // A unit out of the actor's reach is not named: it answers as an unknown one.
    if (!row.peer && actor && !(await isUnitReadable(tx, actor, row.id, todayInVietnam())))
      throw outOfReach('UNIT_NOT_FOUND');
    if (!row.peer)
      throw new RuleViolation('CLUSTER_MEMBER_NOT_PEER', { name: row.name, parent: parent.name, year });
    if (row.other_cluster !== null) {
      throw new RuleViolation('CLUSTER_MEMBER_TAKEN', { name: row.name, cluster: row.other_cluster, year });
    }
  }
}

async function setMembers(tx: Tx, clusterId: number, year: number, memberIds: number[]) {
  await tx.execute(sql`delete from emulation_cluster_units where cluster_id = ${clusterId}`);
  if (memberIds.length > 0) {
    await tx.insert(emulationClusterUnits).values(memberIds.map((unitId) => ({ clusterId, unitId, year })));
  }
}

async function clusterById(tx: Tx, id: number): Promise<EmulationCluster> {
  const [cluster] = await withMembers(tx, [await loadCluster(tx, id)]);
  if (!cluster) throw new NotFound('CLUSTER_NOT_FOUND');
  return cluster;
}

const auditView = (cluster: EmulationCluster) => ({
  name: cluster.name,
  year: cluster.year,
  parentUnitId: cluster.parentUnitId,
  memberIds: cluster.members.map((m) => m.id),
});

export async function createCluster(tx: Tx, actor: Actor | null, body: CreateClusterBody) {
  await latestVersion(tx, body.parentUnitId);
  await assertNameFree(tx, body.parentUnitId, body.year, body.name);
  const memberIds = body.memberIds ?? [];
  await assertMembers(tx, actor, body.parentUnitId, body.year, memberIds);
  const [row] = await tx
    .insert(emulationClusters)
    .values({ parentUnitId: body.parentUnitId, year: body.year, name: body.name })
    .returning({ id: emulationClusters.id });
  if (!row) throw new Error('cluster not created');
  await setMembers(tx, row.id, body.year, memberIds);
  const cluster = await clusterById(tx, row.id);
  await recordAudit(tx, actor, {
    action: 'create',
    entity: 'emulationCluster',
    entityId: row.id,
    unitId: body.parentUnitId,
    after: auditView(cluster),
  });
  return cluster;
}

/** The route checks the cluster is readable; changing it also needs write scope on its parent unit. */
async function writableCluster(tx: Tx, actor: Actor | null, id: number): Promise<EmulationCluster> {
  const cluster = await clusterById(tx, id);
  if (actor) await assertUnitWritable(tx, actor, cluster.parentUnitId, firstDay(cluster.year));
  return cluster;
}

export async function updateCluster(tx: Tx, actor: Actor | null, id: number, body: UpdateClusterBody) {
  const before = await writableCluster(tx, actor, id);
  if (body.name !== undefined) {
    await assertNameFree(tx, before.parentUnitId, before.year, body.name, id);
    await tx.execute(sql`update emulation_clusters set name = ${body.name} where id = ${id}`);
  }
  if (body.memberIds !== undefined) {
    await assertMembers(tx, actor, before.parentUnitId, before.year, body.memberIds, id);
    await setMembers(tx, id, before.year, body.memberIds);
  }
  const after = await clusterById(tx, id);
  await recordAudit(tx, actor, {
    action: 'update',
    entity: 'emulationCluster',
    entityId: id,
    unitId: before.parentUnitId,
    before: auditView(before),
    after: auditView(after),
  });
  return after;
}

export async function deleteCluster(tx: Tx, actor: Actor | null, id: number): Promise<void> {
  const before = await writableCluster(tx, actor, id);
  await tx.execute(sql`delete from emulation_cluster_units where cluster_id = ${id}`);
  await tx.execute(sql`delete from emulation_clusters where id = ${id}`);
  await recordAudit(tx, actor, {
    action: 'delete',
    entity: 'emulationCluster',
    entityId: id,
    unitId: before.parentUnitId,
    before: auditView(before),
  });
}
