// What each role may do to an incoming member request, as `can` says it: approving and refusing agree with
// the decision routes' guards (the member's unit in scope, the power to write records) for the four
// accounts of the route walk, on pending requests, on one whose member has since moved out of Long Biên
// (still listed there, no longer Long Biên's to decide) and on one already decided (false by its state).
import { admitMemberBody, apiContract, type IncomingMemberRequest } from '@congdoan/domain';
import { describe, expect, it } from 'vitest';
import { queryRows, sql } from '../../db/client.ts';
import { memberTransferRequests } from '../../db/schema/index.ts';
import { CAN_USERS, type CanUser, canWorld, expectCanAgrees } from '../../test/can.ts';
import { transferMember } from '../members/lifecycle.ts';
import { admitMember } from '../members/service.ts';
import { admission } from '../members/test-members.ts';

const { memberRequests } = apiContract;

describe('an incoming member request’s can, for each role', () => {
  /** asked by Hoàng Mai while its member was in A; the member was then transferred to B */
  let movedAway: number;

  const { ctx, f, sessions } = canWorld(async ({ ctx, f }) => {
    const { grassrootsA, grassrootsB, hoangMai } = f.units;
    movedAway = await ctx.database.db.transaction(async (tx) => {
      const memberId = await admitMember(tx, null, admitMemberBody.parse(admission(grassrootsA)));
      const [staff] = await queryRows<{ id: number }>(
        tx,
        sql`select id from users where username = 'staff.hm'`,
      );
      const [request] = await tx
        .insert(memberTransferRequests)
        .values({
          memberId,
          nationalId: admission(0).nationalId,
          requestingUnitId: hoangMai,
          targetUnitId: grassrootsB,
          holdingUnitId: grassrootsA,
          effectiveDate: '2024-03-01',
          reason: 'Chuyển công tác',
          requestedBy: staff!.id,
        })
        .returning({ id: memberTransferRequests.id });
      await transferMember(tx, null, memberId, {
        toUnitId: grassrootsB,
        effectiveDate: '2024-06-01',
        reason: 'Chuyển công tác',
      });
      return request!.id;
    });
  });

  async function incoming(user: CanUser): Promise<IncomingMemberRequest[]> {
    const response = await ctx.app.inject({
      method: 'GET',
      url: '/api/member-requests/incoming',
      headers: sessions[user],
    });
    expect(response.statusCode, response.body).toBe(200);
    return response.json().items;
  }

  /** The request's can as `user` lists it, checked against the guards when it is pending. */
  async function canAgrees(user: CanUser, id: number) {
    const item = (await incoming(user)).find((candidate) => candidate.id === id);
    expect(item, `${user} lists request ${id}`).toBeDefined();
    const params = { id };
    if (item!.status !== 'pending') return item!.can;
    return expectCanAgrees(ctx, user, item!.can, {
      approve: [memberRequests.approve, { params }],
      refuse: [memberRequests.refuse, { params }],
    });
  }

  it('lets the holding side’s officers decide a pending request, the viewer never', async () => {
    const { toApprove, toRefuse } = f.memberRequests;
    for (const id of [toApprove, toRefuse]) {
      expect(await canAgrees('admin', id)).toEqual({ approve: true, refuse: true });
      expect(await canAgrees('longbien', id)).toEqual({ approve: true, refuse: true });
      expect(await canAgrees('longbien.officer', id)).toEqual({ approve: true, refuse: true });
      expect(await canAgrees('longbien.viewer', id)).toEqual({ approve: false, refuse: false });
    }
  });

  it('leaves Long Biên’s own request to the side holding the member, or the administrator above both', async () => {
    expect(await canAgrees('admin', f.memberRequests.fromLongBien)).toEqual({ approve: true, refuse: true });
    const listed = (await incoming('longbien')).map((item) => item.id);
    expect(listed).not.toContain(f.memberRequests.fromLongBien);
  });

  it('keeps listing a request whose member moved out of Long Biên, no longer Long Biên’s to decide', async () => {
    expect(await canAgrees('longbien', movedAway)).toEqual({ approve: false, refuse: false });
    expect(await canAgrees('longbien.officer', movedAway)).toEqual({ approve: false, refuse: false });
    expect(await canAgrees('admin', movedAway)).toEqual({ approve: true, refuse: true });
  });

  it('decides nothing more once a request is decided', async () => {
    const { toRefuse } = f.memberRequests;
    const refused = await ctx.app.inject({
      method: 'POST',
      url: `/api/member-requests/${toRefuse}/refuse`,
      headers: sessions.longbien,
      payload: { reason: 'Đoàn viên không đồng ý chuyển' },
    });
    expect(refused.statusCode, refused.body).toBe(200);
    for (const user of CAN_USERS)
      expect(await canAgrees(user, toRefuse)).toEqual({ approve: false, refuse: false });
  });
});
