// Member cards: the QR code on a card carries the member id signed with the server's secret (HMAC-SHA256),
// so anyone who scans it learns from the server whether the card belongs to a member in good standing,
// and a forged or altered code is simply not found.
import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { type cardVerification, MAX_CARDS_PER_SHEET, type MemberCard, memberStatus } from '@congdoan/domain';
import { eq, sql } from 'drizzle-orm';
import QRCode from 'qrcode';
import type { z } from 'zod';
import { queryRows, type Tx } from '../../db/client.ts';
import { meta } from '../../db/schema/index.ts';
import type { Actor } from '../../platform/context.ts';
import { NotFound, RuleViolation } from '../../platform/errors.ts';
import { latestVersionOf } from '../org/index.ts';
import { memberSummaries, unitsInScope } from './queries.ts';

const SECRET_KEY = 'cardSecret';
const secrets = new WeakMap<object, string>();

/**
 * The configured secret (CONGDOAN_CARD_SECRET, see config.ts), or a random one made on first use and kept in
 * `meta`, so cards stay valid across restarts. Changing it invalidates every printed card.
 */
export async function cardSecret(db: Tx, configured: string | undefined): Promise<string> {
  if (configured) return configured;
  const cached = secrets.get(db);
  if (cached) return cached;
  // Two servers starting at once both insert; the first one wins and both read it back.
  await db
    .insert(meta)
    .values({ key: SECRET_KEY, value: randomBytes(32).toString('hex') })
    .onConflictDoNothing();
  const [row] = await db.select({ value: meta.value }).from(meta).where(eq(meta.key, SECRET_KEY));
  const secret = String(row?.value);
  secrets.set(db, secret);
  return secret;
}

function signature(secret: string, memberId: number): Buffer {
  // 16 bytes (128 bits) keep the QR code small and are far beyond guessing.
  return createHmac('sha256', secret).update(`member-card:${memberId}`).digest().subarray(0, 16);
}

export function cardToken(secret: string, memberId: number): string {
  return `${memberId}.${signature(secret, memberId).toString('base64url')}`;
}

/** The member id a token was signed for, or null for a malformed or forged token. */
export function memberIdOfToken(secret: string, token: string): number | null {
  const match = /^(\d{1,10})\.([A-Za-z0-9_-]{22})$/u.exec(token);
  if (!match) return null;
  const memberId = Number(match[1]);
  // Compared as text: several strings decode to the same 16 bytes, only the canonical one is the card's.
  const given = Buffer.from(match[2]!);
  const expected = Buffer.from(signature(secret, memberId).toString('base64url'));
  return given.length === expected.length && timingSafeEqual(given, expected) ? memberId : null;
}

/** Where cards are printed for: the address their QR code opens, and the configured secret if any. */
export interface CardSettings {
  baseUrl: string;
  secret: string | undefined;
}

/** The card payloads of the given members, in that order; the QR code opens `${baseUrl}/cards/verify`. */
export async function memberCards(
  db: Tx,
  memberIds: number[],
  settings: CardSettings,
): Promise<MemberCard[]> {
  const { baseUrl } = settings;
  const secret = await cardSecret(db, settings.secret);
  const summaries = await memberSummaries(db, memberIds);
  return Promise.all(
    summaries.map(async (member) => {
      const verifyUrl = `${baseUrl}/cards/verify?token=${encodeURIComponent(cardToken(secret, member.id))}`;
      const qrSvg = await QRCode.toString(verifyUrl, { type: 'svg', errorCorrectionLevel: 'M', margin: 1 });
      return { member, cardNumber: member.cardNumber, unit: member.unit, qrSvg, verifyUrl };
    }),
  );
}

/**
 * The members whose cards a unit prints: the given ids, each of which must be a member of the unit's
 * subtree visible to the actor (else 404, naming none), or every active member there, by name.
 */
export async function sheetMemberIds(
  tx: Tx,
  actor: Actor,
  unitId: number,
  ids: number[] | undefined,
): Promise<number[]> {
  const units = unitsInScope(actor, sql`v.path ~ ${`*.${unitId}.*`}::lquery`);
  if (ids !== undefined) {
    const wanted = [...new Set(ids)];
    const rows = await queryRows<{ id: number }>(
      tx,
      sql`select m.id from members m where m.id in (${sql.join(
        wanted.map((id) => sql`${id}`),
        sql`, `,
      )}) and m.unit_id in (${units})`,
    );
    if (rows.length !== wanted.length) throw new NotFound('MEMBER_NOT_FOUND');
    return wanted;
  }
  const rows = await queryRows<{ id: number; total: number }>(
    tx,
    sql`select m.id, count(*) over ()::int as total from members m
        where m.status = 'active' and m.unit_id in (${units})
        order by m.full_name_normalized collate "C", m.id limit ${MAX_CARDS_PER_SHEET + 1}`,
  );
  if (rows.length > MAX_CARDS_PER_SHEET) {
    throw new RuleViolation('CARD_BATCH_TOO_LARGE', { count: rows[0]!.total, max: MAX_CARDS_PER_SHEET });
  }
  return rows.map((row) => row.id);
}

/** What a scanned card shows: only the name, card number, status and unit name of the member. */
export async function verifyCard(
  db: Tx,
  token: string,
  configuredSecret: string | undefined,
): Promise<z.infer<typeof cardVerification>> {
  const memberId = memberIdOfToken(await cardSecret(db, configuredSecret), token);
  if (memberId === null) throw new NotFound('CARD_NOT_FOUND');
  const [row] = await queryRows<{
    full_name: string;
    card_number: string | null;
    status: string;
    unit_name: string;
  }>(
    db,
    sql`select m.full_name, m.card_number, m.status, w.name as unit_name from members m
        join lateral ${latestVersionOf(sql`m.unit_id`)} w on true
        where m.id = ${memberId}`,
  );
  if (!row) throw new NotFound('CARD_NOT_FOUND');
  const status = memberStatus.parse(row.status);
  return {
    valid: status === 'active',
    fullName: row.full_name,
    cardNumber: row.card_number,
    status,
    unitName: row.unit_name,
    checkedAt: new Date().toISOString(),
  };
}
