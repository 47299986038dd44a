// What a ballot and a committee say the caller may do, checked against the guards of the routes that do it
// (test/can.ts) for each role of the scope fixture, and what each should see: a count can be entered until a
// further round is built on it, and a further round opened only for the seats a counted ballot left unfilled.
import { apiContract } from '@congdoan/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectCanAgrees } from '../../test/can.ts';
import { createTestContext, type TestContext } from '../../test/context.ts';
import { buildScopeFixture, type ScopeFixture, type Session } from '../../test/scope-fixture.ts';

const elections = apiContract.elections;
const USERS = ['admin', 'longbien', 'longbien.viewer', 'longbien.officer'] as const;
type User = (typeof USERS)[number];

describe('can of elections and committees', () => {
  let ctx: TestContext;
  let f: ScopeFixture;
  let sessions: Record<User, Session>;

  beforeAll(async () => {
    ctx = await createTestContext();
    f = await buildScopeFixture(ctx);
    sessions = {
      admin: f.sessions.admin,
      longbien: f.sessions.longBien,
      'longbien.viewer': f.sessions.viewer,
      'longbien.officer': f.sessions.officer,
    };
  }, 300_000);
  afterAll(() => ctx?.close());

  const get = async (user: User, url: string) => {
    const response = await ctx.app.inject({ method: 'GET', url, headers: sessions[user] });
    return { status: response.statusCode, body: response.json() };
  };
  const ballotRoutes = (id: number) =>
    ({
      count: [elections.count, { params: { id } }],
      nextRound: [elections.nextRound, { params: { id } }],
    }) as const;

  it.for(USERS)(
    'agrees with the guards for %s on Long Biên’s counted ballot, one seat unfilled',
    async (user) => {
      const { status, body } = await get(user, `/api/elections/${f.elections.longBienCounted}`);
      expect(status).toBe(200);
      const can = await expectCanAgrees(ctx, user, body.can, ballotRoutes(f.elections.longBienCounted));
      const writer = user !== 'longbien.viewer';
      expect(can).toEqual({ count: writer, nextRound: writer });
    },
  );

  it.for(USERS)('offers %s no further round of a ballot not yet counted', async (user) => {
    const { body } = await get(user, `/api/congresses/${f.elections.congresses.longBien}/elections`);
    const ballot = body.find((item: { id: number }) => item.id === f.elections.longBienToCount.id);
    const { nextRound, ...rest } = ballot.can;
    await expectCanAgrees(ctx, user, rest, { count: ballotRoutes(ballot.id).count });
    expect(nextRound).toBe(false);
  });

  it('lets the administrator count Hoàng Mai’s ballot, which Long Biên cannot read', async () => {
    expect((await get('longbien', `/api/elections/${f.elections.hoangMaiCounted}`)).status).toBe(404);
    const { body } = await get('admin', `/api/elections/${f.elections.hoangMaiCounted}`);
    const can = await expectCanAgrees(ctx, 'admin', body.can, ballotRoutes(f.elections.hoangMaiCounted));
    expect(can).toEqual({ count: true, nextRound: true });
  });

  it.for(USERS)('agrees with the guards for %s on the committees of Long Biên', async (user) => {
    const { body } = await get(user, `/api/org-units/${f.units.longBien}/committees`);
    expect(body.length).toBeGreaterThan(0);
    for (const committee of body) {
      const can = await expectCanAgrees(ctx, user, committee.can, {
        recordMeeting: [apiContract.meetings.create, { body: { committeeId: committee.id } }],
      });
      expect(can.recordMeeting).toBe(user !== 'longbien.viewer');
    }
  });

  it('closes the count of a ballot once its further round is opened', async () => {
    const id = f.elections.longBienCounted;
    const opened = await ctx.app.inject({
      method: 'POST',
      url: `/api/elections/${id}/rounds`,
      headers: sessions.longbien,
      payload: {},
    });
    expect(opened.statusCode, opened.body).toBe(201);
    // The new round is for the seat left: counted by nobody yet, it can be counted and has no round after it.
    expect(opened.json().can).toEqual({ count: true, nextRound: false });
    const { body } = await get('longbien', `/api/elections/${id}`);
    expect(body.can).toEqual({ count: false, nextRound: false });
  });
});
