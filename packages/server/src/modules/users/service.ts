// Managing accounts: administrators of a unit create and change the accounts of their subtree.
import {
  type createUserBody,
  type Locale,
  type listUsersQuery,
  type Role,
  todayInVietnam,
  type UserRow,
  type updateUserBody,
} from '@congdoan/domain';
import { eq } from 'drizzle-orm';
import type { z } from 'zod';
import type { Db, Tx } from '../../db/client.ts';
import { users } from '../../db/schema/index.ts';
import { recordAudit } from '../../platform/audit.ts';
import { deleteUserSessions, hashPassword } from '../../platform/auth.ts';
import type { Actor } from '../../platform/context.ts';
import { Conflict, Forbidden, NotFound, RuleViolation } from '../../platform/errors.ts';
import { assertUnitWritable, registerEntityResolver } from '../../platform/scope.ts';
import { unitHasEnded } from '../org/index.ts';
import { otherActiveAdministrators, scopedUserRows, usernameTaken, userRowById } from './queries.ts';

// An account belongs to the unit its role is bound to, today: routes check `{ entity: 'user', id }` through it.
registerEntityResolver('user', async (tx, id) => {
  const userId = Number(id);
  if (!Number.isSafeInteger(userId)) return null;
  const [user] = await tx.select({ unitId: users.unitId }).from(users).where(eq(users.id, userId));
  return user ? { unitId: user.unitId, date: todayInVietnam() } : null;
});

export type CreateUserInput = z.infer<typeof createUserBody>;
export type UpdateUserInput = z.infer<typeof updateUserBody>;

/** The fields of an account the audit log keeps; never the password or its hash. */
function auditedFields(user: {
  fullName: string;
  role: string;
  unitId: number;
  active: boolean;
  locale: string;
}) {
  return {
    fullName: user.fullName,
    role: user.role,
    unitId: user.unitId,
    active: user.active,
    locale: user.locale,
  };
}

/** Only a system administrator may hand out, or touch an account holding, the system administrator role. */
function assertMayHandleRole(actor: Actor, role: Role | string): void {
  if (role === 'system_admin' && actor.role !== 'system_admin')
    throw new Forbidden('ROLE_TOO_HIGH', { role });
}

/** An account on a unit that has ended would be suspended from the start: refused. */
async function assertUnitTakesAccounts(tx: Tx, unitId: number): Promise<void> {
  if (await unitHasEnded(tx, unitId)) throw new RuleViolation('UNIT_ENDED_NO_ACCOUNTS');
}

export async function listUsers(db: Db, actor: Actor, query: z.infer<typeof listUsersQuery>) {
  return scopedUserRows(db, actor, query);
}

export interface NewAccount {
  username: string;
  fullName: string;
  role: Role;
  unitId: number;
  locale: Locale;
  /** The password, or its argon2id hash when the caller hashed it once for many accounts (the demo). */
  password: string | { hash: string };
}

/**
 * Inserts an account and records it; shared by the API, the CLI and the demo (whose actor is null).
 * The caller has checked who may create it; this checks the username is free.
 */
export async function insertAccount(tx: Tx, actor: Actor | null, account: NewAccount): Promise<UserRow> {
  if (await usernameTaken(tx, account.username)) {
    throw new Conflict('USERNAME_TAKEN', { username: account.username });
  }
  const passwordHash =
    typeof account.password === 'string' ? await hashPassword(account.password) : account.password.hash;
  const [user] = await tx
    .insert(users)
    .values({
      username: account.username,
      fullName: account.fullName,
      passwordHash,
      role: account.role,
      unitId: account.unitId,
      locale: account.locale,
    })
    .returning();
  if (!user) throw new Error('user not inserted');
  await recordAudit(tx, actor, {
    action: 'create',
    entity: 'user',
    entityId: user.id,
    unitId: user.unitId,
    after: { username: user.username, ...auditedFields(user) },
  });
  const row = await userRowById(tx, user.id);
  if (!row) throw new Error('user row missing');
  return row;
}

export async function createUser(db: Db, actor: Actor, body: CreateUserInput): Promise<UserRow> {
  assertMayHandleRole(actor, body.role);
  return db.transaction(async (tx) => {
    // The route checked the unit before the transaction; checked again inside it, where the write happens.
    await assertUnitWritable(tx, actor, body.unitId, todayInVietnam());
    await assertUnitTakesAccounts(tx, body.unitId);
    return insertAccount(tx, actor, body);
  });
}

/**
 * Sets a new password and ends the account's sessions (except `keepToken`, the caller's own session
 * when administrators reset their own password). The audit log notes the reset, never the password.
 */
export async function resetPassword(
  tx: Tx,
  actor: Actor | null,
  user: { id: number; unitId: number },
  passwordHash: string,
  keepToken?: string,
): Promise<void> {
  await tx.update(users).set({ passwordHash }).where(eq(users.id, user.id));
  await deleteUserSessions(tx, user.id, keepToken);
  await recordAudit(tx, actor, {
    action: 'resetPassword',
    entity: 'user',
    entityId: user.id,
    unitId: user.unitId,
  });
}

export async function updateUser(
  db: Db,
  actor: Actor,
  userId: number,
  body: UpdateUserInput,
  callerToken: string | undefined,
): Promise<UserRow> {
  if (body.role) assertMayHandleRole(actor, body.role);
  // argon2 is slow on purpose: hash before the transaction opens.
  const passwordHash = body.password ? await hashPassword(body.password) : undefined;
  return db.transaction(async (tx) => {
    const [user] = await tx.select().from(users).where(eq(users.id, userId)).for('update');
    if (!user) throw new NotFound('USER_NOT_FOUND');
    const today = todayInVietnam();
    // The route's check proved the account is visible; changing it needs its unit in scope today.
    await assertUnitWritable(tx, actor, user.unitId, today);
    assertMayHandleRole(actor, user.role);
    if (body.unitId !== undefined && body.unitId !== user.unitId) {
      await assertUnitWritable(tx, actor, body.unitId, today);
      await assertUnitTakesAccounts(tx, body.unitId);
    }
    const losesAdministrator =
      user.role === 'system_admin' &&
      user.active &&
      ((body.role !== undefined && body.role !== 'system_admin') || body.active === false);
    if (losesAdministrator && (await otherActiveAdministrators(tx, user.id)) === 0) {
      throw new RuleViolation('LAST_ADMIN');
    }

    const next = {
      fullName: body.fullName ?? user.fullName,
      role: body.role ?? user.role,
      unitId: body.unitId ?? user.unitId,
      active: body.active ?? user.active,
      locale: body.locale ?? user.locale,
    };
    const before = auditedFields(user);
    const after = auditedFields(next);
    const changed = JSON.stringify(before) !== JSON.stringify(after);
    if (changed) {
      await tx.update(users).set(next).where(eq(users.id, user.id));
      // A disabled account is signed out everywhere at once.
      if (user.active && !next.active) await deleteUserSessions(tx, user.id);
      await recordAudit(tx, actor, {
        action: 'update',
        entity: 'user',
        entityId: user.id,
        unitId: next.unitId,
        before,
        after,
      });
    }
    if (passwordHash) {
      const keep = user.id === actor.id ? callerToken : undefined;
      await resetPassword(tx, actor, { id: user.id, unitId: next.unitId }, passwordHash, keep);
    }
    const row = await userRowById(tx, user.id);
    if (!row) throw new Error('user row missing');
    return row;
  });
}
