// The route of the audit log: read-only, per unit (within scope) and per entity.
import { c, meta } from '../common/contract.ts';
import { auditPage, listAuditQuery } from './schemas.ts';

export const auditContract = c.router({
  // Filtered to rows of units in scope; a unit named in the query must have been in scope.
  list: {
    method: 'GET',
    path: '/audit',
    query: listAuditQuery,
    responses: { 200: auditPage },
    metadata: meta('audit', { kind: 'read' }),
  },
});
