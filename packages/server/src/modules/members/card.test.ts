// Member cards over HTTP: the card's QR code leads to a public check that answers for genuine cards only,
// tells no more than the card shows, and survives restarts; a unit prints a sheet of its members' cards.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { MAX_CARDS_PER_SHEET } from '@congdoan/domain';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../app.ts';
import { loadConfig } from '../../config.ts';
import { queryRows } from '../../db/client.ts';
import { MAX_API_ANSWER_BYTES } from '../../platform/answer-cap.ts';
import { createTestContext, signIn, type TestContext } from '../../test/context.ts';
import type { UnitIds } from '../org/test-tree.ts';
import { cardSecret, cardToken } from './card.ts';
import { admission, buildMemberTree, memberAccounts } from './test-members.ts';

let ctx: TestContext;
let ids: UnitIds;
let as: Awaited<ReturnType<typeof memberAccounts>>;
let memberId: number;
let otherId: number;

const verify = (token: string) =>
  ctx.app.inject({ method: 'GET', url: `/api/cards/verify?token=${encodeURIComponent(token)}` });
const tokenOf = (verifyUrl: string) => new URL(verifyUrl).searchParams.get('token')!;

beforeAll(async () => {
  ctx = await createTestContext();
  ids = await buildMemberTree(ctx);
  as = await memberAccounts(ctx, ids);
  const admit = async (fullName: string, extra: Record<string, unknown> = {}) =>
    (await as.asAdmin('POST', '/api/members', admission(ids['G-NHUA']!, { fullName, ...extra }))).body
      .id as number;
  memberId = await admit('Phạm Minh Châu', { cardNumber: 'LB-2024-0007', phone: '0912345678' });
  otherId = await admit('Hoàng Văn Em');
});
afterAll(() => ctx.close());

describe('a member card', () => {
  it('carries the member, the unit and a QR code of the verification address', async () => {
    const response = await as.asLongBien('GET', `/api/members/${memberId}/card`);
    expect(response.status).toBe(200);
    expect(response.body).toMatchObject({
      member: { id: memberId, fullName: 'Phạm Minh Châu' },
      cardNumber: 'LB-2024-0007',
      unit: { code: 'G-NHUA' },
    });
    expect(response.body.qrSvg).toMatch(/^<svg[^>]*>.*<\/svg>\s*$/su);
    expect(response.body.verifyUrl).toMatch(/\/cards\/verify\?token=\d+\.[\w-]{22}$/u);
  });

  it('verifies without signing in, telling only name, card number, status and unit', async () => {
    const card = await as.asLongBien('GET', `/api/members/${memberId}/card`);
    const response = await verify(tokenOf(card.body.verifyUrl));
    expect(response.statusCode).toBe(200);
    const body = response.json();
    expect(Object.keys(body).sort()).toEqual([
      'cardNumber',
      'checkedAt',
      'fullName',
      'status',
      'unitName',
      'valid',
    ]);
    expect(body).toMatchObject({
      valid: true,
      fullName: 'Phạm Minh Châu',
      cardNumber: 'LB-2024-0007',
      status: 'active',
      unitName: 'Công đoàn cơ sở Công ty Cổ phần Nhựa Long Biên',
    });
    expect(response.body).not.toContain('0912345678');
  });

  it('refuses forged, altered and malformed tokens with 404 CARD_NOT_FOUND', async () => {
    const card = await as.asLongBien('GET', `/api/members/${memberId}/card`);
    const token = tokenOf(card.body.verifyUrl);
    const [, signature] = token.split('.');
    const secret = await cardSecret(ctx.database.db, undefined);
    const flipped = `${signature!.slice(0, -1)}${signature!.endsWith('A') ? 'B' : 'A'}`;
    for (const forged of [
      `${otherId}.${signature}`,
      `${memberId}.${flipped}`,
      `${memberId}.${'A'.repeat(22)}`,
      cardToken('another-secret', memberId),
      // Genuinely signed, but for no member.
      cardToken(secret, 987654),
      `${memberId}`,
      'abc',
      '',
    ]) {
      const response = await verify(forged);
      expect([response.statusCode, response.json().error?.code], forged).toEqual([404, 'CARD_NOT_FOUND']);
    }
  });

  it('keeps its secret in the database, so printed cards stay valid', async () => {
    const first = await as.asAdmin('GET', `/api/members/${memberId}/card`);
    const [row] = await queryRows<{ n: number }>(
      ctx.database.db,
      sql`select count(*)::int as n from meta where key = 'cardSecret'`,
    );
    expect(row?.n).toBe(1);
    const second = await as.asAdmin('GET', `/api/members/${memberId}/card`);
    expect(second.body.verifyUrl).toBe(first.body.verifyUrl);
  });

  it('reads CONGDOAN_CARD_SECRET and CONGDOAN_PUBLIC_URL into the settings', () => {
    expect(
      loadConfig({
        CONGDOAN_CARD_SECRET: 'a-secret-from-the-environment',
        CONGDOAN_PUBLIC_URL: 'https://congdoan.example.vn//',
      }),
    ).toMatchObject({
      cardSecret: 'a-secret-from-the-environment',
      publicUrl: 'https://congdoan.example.vn',
    });
    expect(loadConfig({ CONGDOAN_CARD_SECRET: '', CONGDOAN_PUBLIC_URL: '' })).toMatchObject({
      cardSecret: undefined,
      publicUrl: undefined,
    });
  });

  it('signs with the configured secret and prints the configured public address', async () => {
    const before = (await as.asAdmin('GET', `/api/members/${memberId}/card`)).body.verifyUrl;
    // The same database served with both settings: a server set up behind a proxy with its own secret.
    const configured = await buildApp({
      database: ctx.database,
      config: {
        webDist: '/nonexistent',
        cardSecret: 'a-secret-from-the-environment',
        publicUrl: 'https://congdoan.example.vn',
      },
    });
    try {
      const { cookie } = await signIn({ ...ctx, app: configured }, 'admin');
      const card = (
        await configured.inject({ method: 'GET', url: `/api/members/${memberId}/card`, headers: { cookie } })
      ).json();
      expect(card.verifyUrl.startsWith('https://congdoan.example.vn/cards/verify?token=')).toBe(true);
      expect(tokenOf(card.verifyUrl)).not.toBe(tokenOf(before));
      const verifyThere = (token: string) =>
        configured.inject({ method: 'GET', url: `/api/cards/verify?token=${encodeURIComponent(token)}` });
      expect((await verifyThere(tokenOf(card.verifyUrl))).statusCode).toBe(200);
      expect((await verifyThere(tokenOf(before))).statusCode).toBe(404);
      // The server without the setting still answers for the cards it printed, and not for these.
      expect((await verify(tokenOf(before))).statusCode).toBe(200);
      expect((await verify(tokenOf(card.verifyUrl))).statusCode).toBe(404);
    } finally {
      await configured.close();
    }
  });

  it('opens the web app at the printed address and at the older /verify one', async () => {
    const webDist = await mkdtemp(join(tmpdir(), 'congdoan-web-'));
    await writeFile(join(webDist, 'index.html'), '<!doctype html><title>Công Đoàn Số</title>');
    const served = await buildApp({ database: ctx.database, config: { webDist } });
    try {
      for (const url of ['/cards/verify?token=1.abc', '/verify?token=1.abc', '/verify']) {
        const response = await served.inject({ method: 'GET', url });
        expect([response.statusCode, response.headers['content-type']], url).toEqual([
          200,
          expect.stringContaining('text/html'),
        ]);
        expect(response.body).toContain('Công Đoàn Số');
      }
      expect((await served.inject({ method: 'GET', url: '/api/verify' })).statusCode).toBe(404);
    } finally {
      await served.close();
      await rm(webDist, { recursive: true, force: true });
    }
  });

  it('answers "not valid" once the member has left', async () => {
    const leaving = (
      await as.asAdmin('POST', '/api/members', admission(ids['G-NHUA']!, { fullName: 'Đỗ Thị Giang' }))
    ).body.id;
    const card = await as.asAdmin('GET', `/api/members/${leaving}/card`);
    await as.asAdmin('POST', `/api/members/${leaving}/leave`, {
      kind: 'leave',
      effectiveDate: '2024-06-01',
      reason: 'Nghỉ hưu',
    });
    expect((await verify(tokenOf(card.body.verifyUrl))).json()).toMatchObject({
      valid: false,
      status: 'left',
    });
  });
});

describe('a sheet of cards', () => {
  it('prints the chosen members in the order given, or every active member of the unit by name', async () => {
    const chosen = await as.asLongBien(
      'GET',
      `/api/org-units/${ids['G-NHUA']}/members/cards?ids=${otherId},${memberId}`,
    );
    expect(chosen.status).toBe(200);
    expect(chosen.body.map((card: { member: { id: number } }) => card.member.id)).toEqual([
      otherId,
      memberId,
    ]);
    // From the district: its grassroots unions' members are on its sheet too; a member who left is not.
    const all = await as.asLongBien('GET', `/api/org-units/${ids.LB}/members/cards`);
    expect(all.body.map((card: { member: { fullName: string } }) => card.member.fullName)).toEqual([
      'Hoàng Văn Em',
      'Phạm Minh Châu',
    ]);
  });

  it('refuses a sheet larger than the limit instead of cutting it silently', async () => {
    await ctx.database.db.execute(
      sql`insert into members (full_name, full_name_normalized, gender, status, unit_id)
          select 'Người ' || g, 'nguoi ' || g, 'male', 'active', ${ids['G-DETMAY']}::int
          from generate_series(1, ${MAX_CARDS_PER_SHEET + 1}) g`,
    );
    const response = await as.asAdmin('GET', `/api/org-units/${ids['G-DETMAY']}/members/cards`);
    expect([response.status, response.body.error.code]).toEqual([422, 'CARD_BATCH_TOO_LARGE']);
    expect(response.body.error.message).toContain(String(MAX_CARDS_PER_SHEET + 1));
    // A full sheet of the members chosen stays under the 1 MB cap on API answers.
    const chosen = await queryRows<{ id: number }>(
      ctx.database.db,
      sql`select id from members where unit_id = ${ids['G-DETMAY']} order by id limit ${MAX_CARDS_PER_SHEET}`,
    );
    const full = await as.asAdmin(
      'GET',
      `/api/org-units/${ids['G-DETMAY']}/members/cards?ids=${chosen.map((row) => row.id).join(',')}`,
    );
    expect(full.status).toBe(200);
    expect(full.body).toHaveLength(MAX_CARDS_PER_SHEET);
    expect(Buffer.byteLength(JSON.stringify(full.body))).toBeLessThan(MAX_API_ANSWER_BYTES);
    const tooMany = Array.from({ length: MAX_CARDS_PER_SHEET + 1 }, (_, i) => i + 1).join(',');
    expect(
      (await as.asAdmin('GET', `/api/org-units/${ids['G-DETMAY']}/members/cards?ids=${tooMany}`)).status,
    ).toBe(400);
  });
});
