// What each role may do to a correction request and a breach, as `can` says it: deciding a correction agrees
// with the decision route's guard (the member's unit in scope now, the power to write records) for the four
// accounts of the route walk, on requests in Long Biên and Hoàng Mai, on one recorded in Long Biên for a
// member whose union has since moved out (still listed there, no longer Long Biên's to decide) and on one
// already decided; a breach is the system administrator's to update, and nobody else's to read.
import { apiContract, type CorrectionRow } from '@congdoan/domain';
import { describe, expect, it } from 'vitest';
import { personalDataCorrections } from '../../db/schema/index.ts';
import { CAN_USERS, type CanUser, canWorld, expectCanAgrees } from '../../test/can.ts';

const { privacy } = apiContract;

describe('a correction request’s and a breach’s can, for each role', () => {
  /** recorded in January 2025 for the member of the union that moved to Hoàng Mai in March */
  let movedAway: number;

  const { ctx, f, sessions } = canWorld(async ({ ctx, f }) => {
    const [row] = await ctx.database.db
      .insert(personalDataCorrections)
      .values({
        memberId: f.movedOut.beforeMove,
        unitId: f.movedOut.unit,
        requestedBy: 'Chính đoàn viên',
        field: 'address',
        oldValue: null,
        requestedValue: 'Số 2 phố Thử',
        receivedOn: '2025-01-10',
        recordedAt: '2025-01-15T03:00:00Z',
      })
      .returning({ id: personalDataCorrections.id });
    movedAway = row!.id;
  });

  async function corrections(user: CanUser): Promise<CorrectionRow[]> {
    const response = await ctx.app.inject({
      method: 'GET',
      url: '/api/privacy/corrections',
      headers: sessions[user],
    });
    expect(response.statusCode, response.body).toBe(200);
    return response.json();
  }

  /** The request's can as `user` lists it (undefined when not listed), checked against the guard if pending. */
  async function canAgrees(user: CanUser, id: number) {
    const item = (await corrections(user)).find((candidate) => candidate.id === id);
    if (!item) return undefined;
    if (item.status !== 'pending') return item.can;
    return expectCanAgrees(ctx, user, item.can, {
      decide: [privacy.decideCorrection, { params: { id } }],
    });
  }

  it('lets Long Biên’s officers decide its pending requests, the viewer never', async () => {
    const id = f.privacy.longBien;
    expect(await canAgrees('admin', id)).toEqual({ decide: true });
    expect(await canAgrees('longbien', id)).toEqual({ decide: true });
    expect(await canAgrees('longbien.officer', id)).toEqual({ decide: true });
    expect(await canAgrees('longbien.viewer', id)).toEqual({ decide: false });
  });

  it('shows Hoàng Mai’s requests to the administrator alone', async () => {
    const id = f.privacy.hoangMai;
    expect(await canAgrees('admin', id)).toEqual({ decide: true });
    for (const user of CAN_USERS.filter((name) => name !== 'admin'))
      expect(await canAgrees(user, id)).toBeUndefined();
  });

  it('keeps a request recorded before the union moved out, no longer Long Biên’s to decide', async () => {
    expect(await canAgrees('longbien', movedAway)).toEqual({ decide: false });
    expect(await canAgrees('longbien.officer', movedAway)).toEqual({ decide: false });
    expect(await canAgrees('admin', movedAway)).toEqual({ decide: true });
  });

  it('decides a request once', async () => {
    const id = f.privacy.longBien;
    const refused = await ctx.app.inject({
      method: 'POST',
      url: `/api/privacy/corrections/${id}/decision`,
      headers: sessions.longbien,
      payload: { decision: 'refuse', reason: 'Địa chỉ không khớp giấy tờ' },
    });
    expect(refused.statusCode, refused.body).toBe(200);
    for (const user of CAN_USERS) {
      const can = await canAgrees(user, id);
      if (can) expect({ user, can }).toEqual({ user, can: { decide: false } });
    }
  });

  it('lets the system administrator alone read and update breaches', async () => {
    const recorded = await ctx.app.inject({
      method: 'POST',
      url: '/api/privacy/breaches',
      headers: sessions.admin,
      payload: {
        discoveredAt: '2025-05-01T08:00:00+07:00',
        description: 'Danh sách gửi nhầm địa chỉ thư',
        dataCategories: ['họ tên'],
        peopleAffected: 3,
      },
    });
    expect(recorded.statusCode, recorded.body).toBe(201);
    const breach = recorded.json();
    await expectCanAgrees(ctx, 'admin', breach.can, {
      edit: [privacy.updateBreach, { params: { id: breach.id } }],
    });
    expect(breach.can).toEqual({ edit: true });
    for (const user of CAN_USERS.filter((name) => name !== 'admin')) {
      const listed = await ctx.app.inject({
        method: 'GET',
        url: '/api/privacy/breaches',
        headers: sessions[user],
      });
      expect({ user, status: listed.statusCode }).toEqual({ user, status: 403 });
    }
  });
});
