// A congress and a unit's congress overview as the API sends them, with what the caller may do (`can`): each
// action is its route's own guard for this caller (platform/policy.ts), and-ed with the congress's state as
// the services enforce it, and for the superior's acts with the superior check the service runs.
import {
  apiContract,
  type Congress,
  type CongressDocument,
  type CongressUnitOverview,
  congressLevelOfTier,
  planLevelsOfTier,
  todayInVietnam,
} from '@congdoan/domain';
import { sql } from 'drizzle-orm';
import type { FastifyRequest } from 'fastify';
import { queryRows, type Tx } from '../../db/client.ts';
import { actorOf } from '../../platform/context.ts';
import { canOf } from '../../platform/policy.ts';
import { inScope, isUnitReadable } from '../../platform/scope.ts';
import { latestPath, latestVersion, pathWithin } from '../org/index.ts';
import type { DocumentRecord } from './documents.ts';
import { plansForUnit } from './plans.ts';
import type { CongressRecord } from './queries.ts';
import { isSuperiorOf } from './superior.ts';

const congresses = apiContract.congresses;
const elections = apiContract.elections;

/** A document of the congress with what the caller may do with it. */
export async function presentDocument(
  request: FastifyRequest,
  congressId: number,
  document: DocumentRecord,
): Promise<CongressDocument> {
  const input = { params: { id: congressId, documentId: document.id } };
  return { ...document, can: await canOf(request, { delete: [congresses.deleteDocument, input] }) };
}

export async function presentCongress(
  request: FastifyRequest,
  tx: Tx,
  record: CongressRecord,
): Promise<Congress> {
  const input = { params: { id: record.id } };
  const guard = await canOf(request, {
    update: [congresses.update, input],
    recognise: [congresses.recognise, input],
    setTerm: [congresses.setTerm, input],
    upload: [congresses.uploadDocument, input],
    createElection: [elections.create, input],
    constitute: [elections.constitute, input],
  });
  const superior =
    (guard.recognise || guard.setTerm) && (await isSuperiorOf(tx, actorOf(request), record.unit.id));
  const held = record.status === 'held' || record.status === 'recognised';
  return {
    ...record,
    documents: await Promise.all(
      record.documents.map((document) => presentDocument(request, record.id, document)),
    ),
    can: {
      schedule: guard.update && !held,
      hold: guard.update && record.status !== 'recognised',
      editBodies: guard.update,
      recognise: guard.recognise && superior && record.status === 'held',
      shiftTerm: guard.setTerm && superior && record.term !== null,
      uploadDocument: guard.upload,
      createElection: guard.createElection,
      constituteCommittee: guard.constitute,
    },
  };
}

/** The cycles of the congresses of the unit's subtree (each unit placed by its latest state) in the caller's scope. */
async function subtreeCycles(tx: Tx, request: FastifyRequest, unitId: number): Promise<string[]> {
  const path = latestPath(sql`c.unit_id`);
  const rows = await queryRows<{ cycle: string }>(
    tx,
    sql`select distinct c.cycle from congresses c
        where ${pathWithin(path, unitId)} and ${inScope(actorOf(request), path)}`,
  );
  return rows.map((row) => row.cycle);
}

export async function congressOverview(
  request: FastifyRequest,
  tx: Tx,
  unitId: number,
): Promise<CongressUnitOverview> {
  const unit = await latestVersion(tx, unitId);
  const [type] = await queryRows<{ tier: number }>(
    tx,
    sql`select tier from unit_types where code = ${unit.type}`,
  );
  const tier = type?.tier ?? -1;
  const level = congressLevelOfTier(tier);
  const parentId = unit.parentId;
  // The unit above is offered only to those who may read it (the progress page goes up to it).
  const parent =
    parentId !== null && (await isUnitReadable(tx, actorOf(request), parentId, todayInVietnam()))
      ? { id: parentId, name: (await latestVersion(tx, parentId)).name }
      : null;
  const cycles = new Set([
    ...(await plansForUnit(tx, unitId)).map((plan) => plan.cycle),
    ...(await subtreeCycles(tx, request, unitId)),
  ]);
  const can = await canOf(request, {
    issuePlan: [congresses.issuePlan, { body: { issuerUnitId: unitId } }],
    createCongress: [congresses.create, { body: { unitId } }],
  });
  return {
    unit: { id: unit.unitId, name: unit.name, type: unit.type, level },
    parent,
    planLevels: planLevelsOfTier(tier),
    cycles: [...cycles].sort().reverse(),
    // A unit whose type holds no congress has none to open (the service refuses UNIT_HOLDS_NO_CONGRESS).
    can: { issuePlan: can.issuePlan, createCongress: can.createCongress && level !== null },
  };
}
