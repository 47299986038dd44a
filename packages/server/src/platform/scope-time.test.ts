// Scope by time, the leaks of issue 9 by name: after Hà Nội moved a union from Long Biên to Hoàng Mai and
// admitted a member there, Long Biên read that member's record and card, the union's figures, dashboard,
// audit rows (national ID and phone), committees, sheet and report. Each is refused now, while the union's
// years in Long Biên stay readable; an account of a dissolved unit is suspended; refusals tell nothing.
import type { LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, createUser, signIn, type TestContext } from '../test/context.ts';
import { AFTER_MOVE, insertEndedUnitAccount, insertMovedOutWorld, MOVED_ON } from '../test/moved-out.ts';
import { type HanoiTree, insertHanoiTree } from '../test/units.ts';

type Session = { cookie: string };

describe('scope by the date the data concerns', () => {
  let ctx: TestContext;
  let tree: HanoiTree;
  let world: Awaited<ReturnType<typeof insertMovedOutWorld>>;
  let ended: Awaited<ReturnType<typeof insertEndedUnitAccount>>;
  let longBien: Session;
  let hanoi: Session;
  let admin: Session;
  const get = (who: Session, url: string): Promise<LightMyRequestResponse> =>
    ctx.app.inject({ method: 'GET', url, headers: { ...who, 'accept-language': 'en' } });

  beforeAll(async () => {
    ctx = await createTestContext();
    tree = await insertHanoiTree(ctx);
    await createUser(ctx, 'admin', 'system_admin', tree.root);
    await createUser(ctx, 'longbien', 'unit_admin', tree.longBien);
    world = await insertMovedOutWorld(ctx, tree);
    ended = await insertEndedUnitAccount(ctx, tree);
    longBien = await signIn(ctx, 'longbien');
    hanoi = await signIn(ctx, 'hanoi');
    admin = await signIn(ctx, 'admin');
  });
  afterAll(() => ctx.close());

  type World = Awaited<ReturnType<typeof insertMovedOutWorld>>;
  /** What the moved union holds after the move: Hà Nội reads each of these (200), Long Biên none (404). */
  const afterMoveReads: [string, (w: World) => string][] = [
    ['the new member’s record', (w) => `/api/members/${w.afterMove}`],
    ['the new member’s card', (w) => `/api/members/${w.afterMove}/card`],
    ['the union’s figures', (w) => `/api/org-units/${w.unit}/stats`],
    ['the union’s member figures', (w) => `/api/org-units/${w.unit}/member-stats`],
    ['the union’s dashboard', (w) => `/api/dashboard?unitId=${w.unit}`],
    ['the union’s member list', (w) => `/api/members?unitId=${w.unit}`],
    ['the union’s cards', (w) => `/api/org-units/${w.unit}/members/cards`],
    ['the union’s committees', (w) => `/api/org-units/${w.unit}/committees`],
    ['the union’s 2025 sheet', (w) => `/api/org-units/${w.unit}/assessments/2025`],
    ['the union’s 2026 report', (w) => `/api/report-periods/${w.periodId}/reports/${w.unit}`],
    [
      'the union’s 2026 report as Word',
      (w) => `/api/report-periods/${w.periodId}/reports/${w.unit}/report.docx`,
    ],
    ['a member admitted before the move (their current record)', (w) => `/api/members/${w.beforeMove}`],
  ];

  it.each(afterMoveReads)('Long Biên no longer reads %s', async (_label, urlOf) => {
    const url = urlOf(world);
    expect((await get(hanoi, url)).statusCode, `Hà Nội reads ${url}`).toBe(200);
    const refused = await get(longBien, url);
    expect([refused.statusCode, refused.json().error.code], url).toEqual([404, 'NOT_FOUND']);
    for (const secret of Object.values(AFTER_MOVE)) expect(refused.body).not.toContain(secret);
  });

  it('the audit log shows Long Biên none of the rows recorded after the move (national ID, phone)', async () => {
    const hanoiRows = await get(hanoi, `/api/audit?unitId=${world.unit}&pageSize=200`);
    expect(hanoiRows.body).toContain(AFTER_MOVE.nationalId);
    for (const url of [`/api/audit?unitId=${world.unit}&pageSize=200`, '/api/audit?pageSize=200']) {
      const rows = await get(longBien, url);
      expect(rows.statusCode, url).toBe(200);
      expect(rows.body).not.toContain(AFTER_MOVE.nationalId);
      expect(rows.body).not.toContain(AFTER_MOVE.phone);
      expect(rows.body).not.toContain(AFTER_MOVE.fullName);
    }
  });

  it('the union’s years in Long Biên stay readable: its state, its members then, its history up to the move', async () => {
    const before = '2024-06-30';
    const unit = await get(longBien, `/api/org-units/${world.unit}?asOf=${before}`);
    expect(unit.statusCode).toBe(200);
    const members = await get(longBien, `/api/members?unitId=${world.unit}&asOf=${before}`);
    expect(members.statusCode).toBe(200);
    expect(members.json().items.map((member: { id: number }) => member.id)).toEqual([world.beforeMove]);
    expect((await get(longBien, `/api/org-units/${world.unit}/member-stats?asOf=${before}`)).statusCode).toBe(
      200,
    );

    // Hà Nội renames the union after the move: Long Biên's view of its history stops at the move.
    const rename = await ctx.app.inject({
      method: 'PATCH',
      url: `/api/org-units/${world.unit}`,
      headers: hanoi,
      payload: { effectiveDate: '2025-09-01', reason: 'Đổi tên', name: 'CĐCS Công ty Chuyển Đi (mới)' },
    });
    expect(rename.statusCode, rename.body).toBe(201);
    const kinds = (response: LightMyRequestResponse) =>
      (response.json() as { kind: string; effectiveDate: string }[]).map(
        (e) => `${e.kind} ${e.effectiveDate}`,
      );
    const ownHistory = await get(hanoi, `/api/org-units/${world.unit}/history`);
    const seen = await get(longBien, `/api/org-units/${world.unit}/history`);
    expect(kinds(ownHistory)).toContain('rename 2025-09-01');
    expect(kinds(seen)).toContain(`move ${MOVED_ON}`);
    expect(kinds(seen).some((event) => event.endsWith('2025-09-01'))).toBe(false);
  });

  it('an unknown id and an id out of reach answer alike', async () => {
    const unknown = await get(longBien, '/api/members/987654');
    const outOfReach = await get(longBien, `/api/members/${world.afterMove}`);
    expect([outOfReach.statusCode, outOfReach.body]).toEqual([unknown.statusCode, unknown.body]);
    const unknownUnit = await get(longBien, '/api/org-units/987654/stats');
    const foreignUnit = await get(longBien, `/api/org-units/${tree.grassrootsB}/stats`);
    expect([foreignUnit.statusCode, foreignUnit.body]).toEqual([unknownUnit.statusCode, unknownUnit.body]);
  });

  it('a refusal names no unit out of reach (a cluster member from Hoàng Mai)', async () => {
    const response = await ctx.app.inject({
      method: 'POST',
      url: '/api/emulation-clusters',
      headers: longBien,
      payload: { parentUnitId: tree.longBien, year: 2025, name: 'Cụm thử', memberIds: [tree.grassrootsB] },
    });
    expect(response.statusCode).toBe(404);
    expect(response.body).not.toContain('Hoàng Mai');
  });

  describe('an account bound to a unit that has ended', () => {
    it('is refused at sign-in and on its open session', async () => {
      const login = await ctx.app.inject({
        method: 'POST',
        url: '/api/auth/login',
        payload: { username: 'ended.unit', password: 'secret123' },
      });
      expect([login.statusCode, login.json().error.code]).toEqual([403, 'ACCOUNT_UNIT_ENDED']);
      for (const url of ['/api/auth/me', `/api/members?unitId=${ended.unit}`]) {
        const response = await get(ended.session, url);
        expect([response.statusCode, response.json().error.code], url).toEqual([401, 'ACCOUNT_UNIT_ENDED']);
      }
    });

    it('cannot be created or moved onto an ended unit', async () => {
      const create = await ctx.app.inject({
        method: 'POST',
        url: '/api/users',
        headers: admin,
        payload: {
          username: 'late.account',
          fullName: 'Tài khoản muộn',
          password: 'password-123',
          role: 'viewer',
          unitId: ended.unit,
        },
      });
      expect([create.statusCode, create.json().error.code]).toEqual([422, 'UNIT_ENDED_NO_ACCOUNTS']);
      const accounts = (await get(admin, `/api/users?unitId=${tree.longBien}`)).json() as {
        items: { id: number; username: string }[];
      };
      const longBienAccount = accounts.items.find((account) => account.username === 'longbien');
      const move = await ctx.app.inject({
        method: 'PATCH',
        url: `/api/users/${longBienAccount!.id}`,
        headers: admin,
        payload: { unitId: ended.unit },
      });
      expect([move.statusCode, move.json().error.code]).toEqual([422, 'UNIT_ENDED_NO_ACCOUNTS']);
    });
  });
});
