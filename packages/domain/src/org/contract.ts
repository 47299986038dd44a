// The routes of the organisation tree: units as of a date (search, a unit, its children, history, counts),
// the restructuring events, the unit types' powers and the emulation clusters a unit runs.
import { z } from 'zod';
import { c, meta, noContent } from '../common/contract.ts';
import { idParam } from '../common/input.ts';
import {
  asOfQuery,
  createClusterBody,
  dissolveUnitBody,
  emulationCluster,
  emulationClusterRow,
  eventResult,
  foundUnitBody,
  listClustersQuery,
  listUnitsQuery,
  mergeUnitsBody,
  moveUnitBody,
  orgEvent,
  orgUnitSummary,
  orgUnitView,
  splitUnitBody,
  unitId,
  unitPage,
  unitStats,
  unitTypeCode,
  unitTypeSchema,
  updateClusterBody,
  updateUnitBody,
  updateUnitTypeBody,
} from './schemas.ts';

const tag = 'org';
const unitParams = z.object({ id: unitId });
/** A restructuring event: the units it touches must be writable on its effective date. */
const restructure = meta(tag, { kind: 'write', power: 'restructure' });
const readUnit = meta(tag, { kind: 'read' });

export const orgContract = c.router({
  // Search is filtered to the caller's scope; a parent named in the query must be readable.
  list: {
    method: 'GET',
    path: '/org-units',
    query: listUnitsQuery,
    responses: { 200: unitPage },
    metadata: meta(tag, { kind: 'signedIn' }),
  },
  get: {
    method: 'GET',
    path: '/org-units/:id',
    pathParams: unitParams,
    query: asOfQuery,
    responses: { 200: orgUnitView },
    metadata: readUnit,
  },
  children: {
    method: 'GET',
    path: '/org-units/:id/children',
    pathParams: unitParams,
    query: asOfQuery,
    responses: { 200: z.array(orgUnitSummary) },
    metadata: readUnit,
  },
  history: {
    method: 'GET',
    path: '/org-units/:id/history',
    pathParams: unitParams,
    responses: { 200: z.array(orgEvent) },
    metadata: readUnit,
  },
  stats: {
    method: 'GET',
    path: '/org-units/:id/stats',
    pathParams: unitParams,
    query: asOfQuery,
    responses: { 200: unitStats },
    metadata: readUnit,
  },
  found: {
    method: 'POST',
    path: '/org-units',
    body: foundUnitBody,
    responses: { 201: eventResult },
    metadata: restructure,
  },
  /** Rename and/or retype. */
  update: {
    method: 'PATCH',
    path: '/org-units/:id',
    pathParams: unitParams,
    body: updateUnitBody,
    responses: { 201: eventResult },
    metadata: restructure,
  },
  move: {
    method: 'POST',
    path: '/org-units/:id/move',
    pathParams: unitParams,
    body: moveUnitBody,
    responses: { 201: eventResult },
    metadata: restructure,
  },
  merge: {
    method: 'POST',
    path: '/org-units/merge',
    body: mergeUnitsBody,
    responses: { 201: eventResult },
    metadata: restructure,
  },
  split: {
    method: 'POST',
    path: '/org-units/:id/split',
    pathParams: unitParams,
    body: splitUnitBody,
    responses: { 201: eventResult },
    metadata: restructure,
  },
  dissolve: {
    method: 'POST',
    path: '/org-units/:id/dissolve',
    pathParams: unitParams,
    body: dissolveUnitBody,
    responses: { 201: eventResult },
    metadata: restructure,
  },
});

export const unitTypesContract = c.router({
  list: {
    method: 'GET',
    path: '/unit-types',
    responses: { 200: z.array(unitTypeSchema) },
    metadata: meta(tag, { kind: 'signedIn' }),
  },
  // The powers of a type are national configuration, like the rules table.
  update: {
    method: 'PATCH',
    path: '/unit-types/:code',
    pathParams: z.object({ code: unitTypeCode }),
    body: updateUnitTypeBody,
    responses: { 200: unitTypeSchema },
    metadata: meta(tag, { kind: 'signedIn', power: 'editRules' }),
  },
});

const clusterParams = z.object({ id: idParam });

export const clustersContract = c.router({
  // Filtered to clusters of units in scope; a parent named in the query must be readable.
  list: {
    method: 'GET',
    path: '/emulation-clusters',
    query: listClustersQuery,
    responses: { 200: z.array(emulationClusterRow) },
    metadata: meta(tag, { kind: 'signedIn' }),
  },
  create: {
    method: 'POST',
    path: '/emulation-clusters',
    body: createClusterBody,
    responses: { 201: emulationCluster },
    metadata: restructure,
  },
  update: {
    method: 'PATCH',
    path: '/emulation-clusters/:id',
    pathParams: clusterParams,
    body: updateClusterBody,
    responses: { 200: emulationCluster },
    metadata: restructure,
  },
  remove: {
    method: 'DELETE',
    path: '/emulation-clusters/:id',
    pathParams: clusterParams,
    responses: { 204: noContent },
    metadata: restructure,
  },
});
