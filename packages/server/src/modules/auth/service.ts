// Sign-in, sign-out, the current user and password changes.
import type { CurrentUser, Locale, Role } from '@congdoan/domain';
import { eq } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { users } from '../../db/schema/index.ts';
import { recordAudit } from '../../platform/audit.ts';
import {
  createSession,
  deleteSession,
  deleteUserSessions,
  hashPassword,
  verifyPassword,
} from '../../platform/auth.ts';
import type { Actor } from '../../platform/context.ts';
import { AppError, Unauthorized } from '../../platform/errors.ts';
import { latestVersion, unitHasEnded } from '../org/index.ts';

/** The unit as it stands now, or as it last stood if it has ended. */
export async function latestUnitInfo(db: Db, unitId: number) {
  const unit = await latestVersion(db, unitId);
  return { id: unit.unitId, code: unit.code, name: unit.name, type: unit.type };
}

export async function currentUser(db: Db, actor: Actor): Promise<CurrentUser> {
  return {
    id: actor.id,
    username: actor.username,
    fullName: actor.fullName,
    role: actor.role,
    locale: actor.locale,
    unit: await latestUnitInfo(db, actor.unitId),
  };
}

/**
 * The account a typed username names: usernames are stored trimmed and in lower case (domain `username`).
 * The sign-in limits key on this too, so " admin", "Admin" and "admin\t" count against one account.
 */
export function normaliseUsername(username: string): string {
  return username.normalize('NFC').trim().toLowerCase();
}

export async function login(db: Db, username: string, password: string, sessionDays: number) {
  const [user] = await db
    .select()
    .from(users)
    .where(eq(users.username, normaliseUsername(username)))
    .limit(1);
  // Verify against a dummy hash when the user is unknown, so timing does not tell which usernames exist.
  const ok = await verifyPassword(user?.passwordHash ?? DUMMY_HASH, password);
  if (!user || !ok) throw new Unauthorized('BAD_CREDENTIALS');
  if (!user.active) throw new AppError(403, 'ACCOUNT_DISABLED');
  if (await unitHasEnded(db, user.unitId)) throw new AppError(403, 'ACCOUNT_UNIT_ENDED');
  return db.transaction(async (tx) => {
    const session = await createSession(tx, user.id, sessionDays);
    await tx.update(users).set({ lastLoginAt: new Date().toISOString() }).where(eq(users.id, user.id));
    const actor: Actor = {
      id: user.id,
      username: user.username,
      fullName: user.fullName,
      role: user.role as Role,
      locale: user.locale as Locale,
      unitId: user.unitId,
    };
    await recordAudit(tx, actor, { action: 'login', entity: 'user', entityId: user.id, unitId: user.unitId });
    return { session, actor };
  });
}

export async function logout(db: Db, actor: Actor | null, token: string): Promise<void> {
  await db.transaction(async (tx) => {
    await deleteSession(tx, token);
    if (actor)
      await recordAudit(tx, actor, {
        action: 'logout',
        entity: 'user',
        entityId: actor.id,
        unitId: actor.unitId,
      });
  });
}

export async function changePassword(db: Db, actor: Actor, token: string, current: string, next: string) {
  const [user] = await db.select().from(users).where(eq(users.id, actor.id)).limit(1);
  if (!user || !(await verifyPassword(user.passwordHash, current))) throw new AppError(400, 'WRONG_PASSWORD');
  const passwordHash = await hashPassword(next);
  await db.transaction(async (tx) => {
    await tx.update(users).set({ passwordHash }).where(eq(users.id, actor.id));
    await deleteUserSessions(tx, actor.id, token);
    await recordAudit(tx, actor, {
      action: 'changePassword',
      entity: 'user',
      entityId: actor.id,
      unitId: actor.unitId,
    });
  });
}

const DUMMY_HASH =
  '$argon2id$v=19$m=65536,t=3,p=4$c29tZXNhbHRzb21lc2FsdA$2Wk0mZ1d5d4bUVt2qk9zZ0lqN3l6eGJqR0ZkY1VhQkE';
