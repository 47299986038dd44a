// What a ballot and a committee say the caller may do, checked against the guards of the routes that do it
// (test/can.ts) for each role of the scope fixture, and what each should see: a count can be entered until a
// further round is built on it, and a further round opened only for the seats a counted ballot left unfilled.
import { apiContract } from '@congdoan/domain';
import { describe, expect, it } from 'vitest';
import { CAN_USERS, canWorld, expectCanAgrees, writes } from '../../test/can.ts';

const elections = apiContract.elections;

describe('can of elections and committees', () => {
  const { ctx, f, sessions, get } = canWorld();

  const ballotRoutes = (id: number) =>
    ({
      count: [elections.count, { params: { id } }],
      nextRound: [elections.nextRound, { params: { id } }],
    }) as const;

  it.for(CAN_USERS)(
    'agrees with the guards for %s on Long Biên’s counted ballot, one seat unfilled',
    async (user) => {
      const { status, body } = await get(user, `/api/elections/${f.elections.longBienCounted}`);
      expect(status).toBe(200);
      const can = await expectCanAgrees(ctx, user, body.can, ballotRoutes(f.elections.longBienCounted));
      expect(can).toEqual({ count: writes(user), nextRound: writes(user) });
    },
  );

  it.for(CAN_USERS)('offers %s no further round of a ballot not yet counted', async (user) => {
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

  it.for(CAN_USERS)('agrees with the guards for %s on the committees of Long Biên', async (user) => {
    const { body } = await get(user, `/api/org-units/${f.units.longBien}/committees`);
    expect(body.length).toBeGreaterThan(0);
    for (const committee of body) {
      const can = await expectCanAgrees(ctx, user, committee.can, {
        recordMeeting: [apiContract.meetings.create, { body: { committeeId: committee.id } }],
      });
      expect(can.recordMeeting).toBe(writes(user));
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
