// Passwords (argon2id) and server-side sessions behind an httpOnly, SameSite cookie.
import { createHash, randomBytes } from 'node:crypto';
import type { Locale, Role } from '@congdoan/domain';
import argon2 from 'argon2';
import { and, eq, gt, lt } from 'drizzle-orm';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Tx } from '../db/client.ts';
import { sessions, users } from '../db/schema/index.ts';
import type { Actor } from './context.ts';

export const SESSION_COOKIE = 'congdoan_session';

export function hashPassword(password: string): Promise<string> {
  return argon2.hash(password, { type: argon2.argon2id });
}

export async function verifyPassword(hash: string, password: string): Promise<boolean> {
  try {
    return await argon2.verify(hash, password);
  } catch {
    return false;
  }
}

function tokenHash(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

export async function createSession(
  tx: Tx,
  userId: number,
  days: number,
): Promise<{ token: string; expiresAt: Date }> {
  const token = randomBytes(32).toString('base64url');
  const expiresAt = new Date(Date.now() + days * 86_400_000);
  await tx.delete(sessions).where(lt(sessions.expiresAt, new Date().toISOString()));
  await tx
    .insert(sessions)
    .values({ tokenHash: tokenHash(token), userId, expiresAt: expiresAt.toISOString() });
  return { token, expiresAt };
}

export async function deleteSession(tx: Tx, token: string): Promise<void> {
  await tx.delete(sessions).where(eq(sessions.tokenHash, tokenHash(token)));
}

/** Ends every session of a user, e.g. after a password change or when the account is disabled. */
export async function deleteUserSessions(tx: Tx, userId: number, exceptToken?: string): Promise<void> {
  const all = await tx
    .select({ tokenHash: sessions.tokenHash })
    .from(sessions)
    .where(eq(sessions.userId, userId));
  const keep = exceptToken ? tokenHash(exceptToken) : null;
  for (const session of all) {
    if (session.tokenHash !== keep)
      await tx.delete(sessions).where(eq(sessions.tokenHash, session.tokenHash));
  }
}

export async function actorForToken(tx: Tx, token: string): Promise<Actor | null> {
  const [row] = await tx
    .select({
      id: users.id,
      username: users.username,
      fullName: users.fullName,
      role: users.role,
      locale: users.locale,
      unitId: users.unitId,
    })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .where(
      and(
        eq(sessions.tokenHash, tokenHash(token)),
        gt(sessions.expiresAt, new Date().toISOString()),
        eq(users.active, true),
      ),
    )
    .limit(1);
  if (!row) return null;
  return { ...row, role: row.role as Role, locale: row.locale as Locale };
}

export function sessionToken(request: FastifyRequest): string | undefined {
  return request.cookies[SESSION_COOKIE];
}

/**
 * Whether the browser reached us over https: directly, through a trusted proxy's X-Forwarded-Proto
 * (`request.protocol` reads it only when CONGDOAN_TRUST_PROXY trusts the proxy), or as the public address
 * says. A TLS-terminating proxy talks plain http to us, so the socket alone never tells.
 */
export function overHttps(request: FastifyRequest, publicUrl: string | undefined): boolean {
  return request.protocol === 'https' || Boolean(publicUrl?.toLowerCase().startsWith('https:'));
}

export function setSessionCookie(
  reply: FastifyReply,
  token: string,
  expiresAt: Date,
  publicUrl: string | undefined,
): void {
  reply.setCookie(SESSION_COOKIE, token, {
    path: '/',
    httpOnly: true,
    sameSite: 'strict',
    secure: overHttps(reply.request, publicUrl),
    expires: expiresAt,
  });
}

export function clearSessionCookie(reply: FastifyReply, publicUrl: string | undefined): void {
  reply.clearCookie(SESSION_COOKIE, {
    path: '/',
    httpOnly: true,
    sameSite: 'strict',
    secure: overHttps(reply.request, publicUrl),
  });
}
