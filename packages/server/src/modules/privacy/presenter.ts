// The presenter of personal data at the edge: every response a route declares as a member record or an
// audit page passes through here before it is serialised, whichever module answers it. Sensitive fields
// are withheld from roles without the need and logged for the others (reads.ts).
import {
  type AuditEntry,
  auditPage,
  type CorrectionRequest,
  type CorrectionRow,
  correctionList,
  correctionRequest,
  type MemberDetail,
  memberDetail,
  SENSITIVE_MEMBER_FIELDS,
  seesSensitiveData,
} from '@congdoan/domain';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { Tx } from '../../db/client.ts';
import type { Actor } from '../../platform/context.ts';
import { presentMember, recordRead } from './reads.ts';

/** "GET /api/members/:id": the route as registered, never the URL with its ids and query. */
export const routeOf = (request: FastifyRequest) => `${request.method} ${request.routeOptions.url}`;

type Changes = Record<string, unknown> | null;

function sensitiveKeys(...states: unknown[]): string[] {
  const keys = new Set<string>();
  for (const state of states) {
    if (!state || typeof state !== 'object') continue;
    for (const field of SENSITIVE_MEMBER_FIELDS) {
      const value = (state as Record<string, unknown>)[field];
      if (value !== undefined && value !== null) keys.add(field);
    }
  }
  return [...keys];
}

const withoutSensitive = (state: unknown): unknown => {
  if (!state || typeof state !== 'object' || Array.isArray(state)) return state;
  const copy: Changes = { ...(state as Record<string, unknown>) };
  for (const field of SENSITIVE_MEMBER_FIELDS) {
    if (field in copy) copy[field] = null;
  }
  return copy;
};

/**
 * Audit rows of member records carry the changed fields before and after: the same rule as a member's
 * record, one read-log row per person whose sensitive fields the page shows.
 */
export async function presentAuditPage(tx: Tx, actor: Actor, page: { items: AuditEntry[] }, route: string) {
  const sees = seesSensitiveData(actor.role);
  const logged = new Map<string, { unitId: number | null; fields: Set<string> }>();
  const items = page.items.map((entry) => {
    if (entry.entity !== 'member') return entry;
    const fields = sensitiveKeys(entry.before, entry.after);
    if (fields.length === 0) return entry;
    if (!sees)
      return { ...entry, before: withoutSensitive(entry.before), after: withoutSensitive(entry.after) };
    const seen = logged.get(entry.entityId) ?? { unitId: entry.unitId, fields: new Set<string>() };
    for (const field of fields) seen.fields.add(field);
    logged.set(entry.entityId, seen);
    return entry;
  });
  for (const [memberId, seen] of logged) {
    const id = Number(memberId);
    await recordRead(tx, actor, {
      kind: 'view',
      memberId: Number.isSafeInteger(id) ? id : null,
      unitId: seen.unitId,
      fields: [...seen.fields],
      route,
    });
  }
  return { ...page, items };
}

const isSensitiveField = (field: string) => (SENSITIVE_MEMBER_FIELDS as readonly string[]).includes(field);

/**
 * A correction request of a sensitive field carries its old and requested values: the same rule as a
 * member's record, hidden from a role without the need and, for the others, one read-log row per person
 * whose values the response shows.
 */
export async function presentCorrections<T extends CorrectionRequest>(
  tx: Tx,
  actor: Actor,
  items: T[],
  route: string,
): Promise<T[]> {
  const sees = seesSensitiveData(actor.role);
  const logged = new Map<number, { unitId: number; fields: Set<string> }>();
  const presented = items.map((item) => {
    if (!isSensitiveField(item.field) || (item.oldValue === null && item.requestedValue === null))
      return item;
    if (!sees) return { ...item, oldValue: null, requestedValue: null, valuesHidden: true };
    const seen = logged.get(item.memberId) ?? { unitId: item.unitId, fields: new Set<string>() };
    seen.fields.add(item.field);
    logged.set(item.memberId, seen);
    return item;
  });
  for (const [memberId, seen] of logged) {
    await recordRead(tx, actor, {
      kind: 'view',
      memberId,
      unitId: seen.unitId,
      fields: [...seen.fields],
      route,
    });
  }
  return presented;
}

/** Installed once on the app, before the modules, so every route answering these shapes is covered. */
export function installPersonalDataPresenter(app: FastifyInstance): void {
  app.addHook('preSerialization', async (request: FastifyRequest, reply, payload: unknown) => {
    const actor = request.actor;
    const responses = request.routeOptions.schema?.response as Record<number, unknown> | undefined;
    const schema = responses?.[reply.statusCode];
    if (!actor || !schema || !payload || typeof payload !== 'object') return payload;
    if (schema === memberDetail) {
      return presentMember(app.database.db, actor, payload as MemberDetail, routeOf(request));
    }
    if (schema === auditPage) {
      return presentAuditPage(app.database.db, actor, payload as { items: AuditEntry[] }, routeOf(request));
    }
    if (schema === correctionRequest) {
      const [one] = await presentCorrections(
        app.database.db,
        actor,
        [payload as CorrectionRequest],
        routeOf(request),
      );
      return one;
    }
    if (schema === correctionList) {
      return presentCorrections(app.database.db, actor, payload as CorrectionRow[], routeOf(request));
    }
    return payload;
  });
}
