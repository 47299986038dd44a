// What the caller may do to a unit and to the clusters it runs, sent with them as `can`: each flag is the
// guard of the route that does the action (platform/policy.ts), ANDed with the unit's state where the
// service refuses the action on it whatever the caller's rights.
import {
  apiContract,
  type EmulationCluster,
  type EmulationClusterRow,
  type OrgUnitDetail,
  todayInVietnam,
  type UnitCan,
} from '@congdoan/domain';
import type { FastifyRequest } from 'fastify';
import { canOf } from '../../platform/policy.ts';

const org = apiContract.org;

/**
 * The unit's `can` as of the date its page shows: a restructuring form proposes that date as the effective
 * date, so the guards are asked for it. A unit that does not stand on that date (dissolved, or not yet
 * founded) takes no event, and the root is never moved, merged, split or dissolved.
 */
export async function unitCanOf(request: FastifyRequest, unit: OrgUnitDetail): Promise<UnitCan> {
  const id = unit.id;
  const today = todayInVietnam();
  const event = { effectiveDate: unit.asOf };
  const flags = await canOf(request, {
    update: [org.update, { params: { id }, body: event }],
    found: [org.found, { body: { ...event, parentId: id } }],
    move: [org.move, { params: { id }, body: event }],
    merge: [org.merge, { body: { ...event, sourceIds: [id] } }],
    split: [org.split, { params: { id }, body: { ...event, parts: [] } }],
    dissolve: [org.dissolve, { params: { id }, body: event }],
    manageClusters: [
      apiContract.clusters.create,
      { body: { parentUnitId: id, year: Number(unit.asOf.slice(0, 4)) } },
    ],
    manageUsers: [apiContract.users.create, { body: { unitId: id } }],
    // Records are written as of today (a member admitted, a congress held), whatever date the page shows.
    writeRecords: [apiContract.members.admit, { body: { unitId: id, admittedOn: today } }],
    writeParent: [apiContract.members.admit, { body: { unitId: unit.parentId ?? id, admittedOn: today } }],
  });
  const stands = unit.status === 'active';
  const below = stands && unit.parentId !== null;
  return {
    update: flags.update && stands,
    found: flags.found && stands,
    move: flags.move && below,
    merge: flags.merge && below,
    split: flags.split && below,
    dissolve: flags.dissolve && below,
    manageClusters: flags.manageClusters && stands,
    // An ended unit takes no accounts (users/service.ts, UNIT_ENDED_NO_ACCOUNTS).
    manageUsers: flags.manageUsers && unit.dissolvedOn === null,
    writeRecords: flags.writeRecords,
    writeParent: flags.writeParent && unit.parentId !== null,
  };
}

/**
 * Each cluster with what the caller may do to it. Besides the route's check (the parent unit writable at the
 * end of the cluster's year), the service asks for the parent writable on its first day
 * (clusters-service.ts), the check of creating a cluster there that year.
 */
export async function clusterRows(
  request: FastifyRequest,
  clusters: EmulationCluster[],
): Promise<EmulationClusterRow[]> {
  return Promise.all(
    clusters.map(async (cluster) => {
      const params = { id: cluster.id };
      const flags = await canOf(request, {
        update: [apiContract.clusters.update, { params }],
        remove: [apiContract.clusters.remove, { params }],
        yearOpen: [
          apiContract.clusters.create,
          { body: { parentUnitId: cluster.parentUnitId, year: cluster.year } },
        ],
      });
      return {
        ...cluster,
        can: { update: flags.update && flags.yearOpen, remove: flags.remove && flags.yearOpen },
      };
    }),
  );
}
