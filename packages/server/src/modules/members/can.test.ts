// What each role may do to a member and in a member list, as `can` says it: every flag agrees with the guard
// of the route doing the action, for the four accounts of the route walk, on members in Long Biên (active
// and former), a member of Hoàng Mai, and a former member whose last union has since left Long Biên (still
// readable there, no longer writable). Flags the member's state forbids are false whatever the guard says.
import { admitMemberBody, apiContract, type MemberCan, todayInVietnam } from '@congdoan/domain';
import { describe, expect, it } from 'vitest';
import { CAN_USERS, type CanUser, canWorld, expectCanAgrees, writes } from '../../test/can.ts';
import { leaveMember } from './lifecycle.ts';
import { admitMember } from './service.ts';
import { admission } from './test-members.ts';

const { members, memberImport, privacy } = apiContract;
type Flag = keyof MemberCan;

/** The route and guard input of each flag, as the server asks them (modules/members/can.ts). */
function memberActions(member: { id: number; unit: { id: number } }) {
  const params = { id: member.id };
  const today = todayInVietnam();
  return {
    edit: [members.update, { params }],
    transfer: [members.transfer, { params }],
    leave: [members.leave, { params }],
    readmit: [members.readmit, { params, body: { unitId: member.unit.id, effectiveDate: today } }],
    addOffice: [members.addOffice, { params, body: { unitId: member.unit.id, validFrom: today } }],
    exportData: [privacy.exportMember, { params }],
    requestCorrection: [privacy.requestCorrection, { params }],
  } as const;
}

const ACTIVE_ONLY: Flag[] = ['transfer', 'leave', 'addOffice'];
const FORMER_ONLY: Flag[] = ['readmit'];

describe('a member’s and a member list’s can, for each role', () => {
  /** left A (Long Biên) in 2024 */
  let former: number;
  /** left the moved union on 1/2/2025, a month before it moved to Hoàng Mai */
  let movedAway: number;

  const { ctx, f, sessions } = canWorld(async ({ ctx, f }) => {
    const leave = { kind: 'leave', reason: 'Nghỉ việc' } as const;
    former = await ctx.database.db.transaction(async (tx) => {
      const id = await admitMember(tx, null, admitMemberBody.parse(admission(f.units.grassrootsA)));
      await leaveMember(tx, null, id, { ...leave, effectiveDate: '2024-06-01' });
      return id;
    });
    movedAway = f.movedOut.beforeMove;
    await ctx.database.db.transaction((tx) =>
      leaveMember(tx, null, movedAway, { ...leave, effectiveDate: '2025-02-01' }),
    );
  });

  async function read(user: CanUser, id: number) {
    const response = await ctx.app.inject({
      method: 'GET',
      url: `/api/members/${id}`,
      headers: sessions[user],
    });
    return response;
  }

  /** The member's can as `user` reads it, checked against the guards; `blocked` flags the state forbids. */
  async function canAgrees(user: CanUser, id: number, blocked: Flag[]): Promise<MemberCan> {
    const response = await read(user, id);
    expect(response.statusCode, response.body).toBe(200);
    const member = response.json();
    const can: MemberCan = member.can;
    const open = Object.fromEntries(Object.entries(can).filter(([flag]) => !blocked.includes(flag as Flag)));
    const actions = Object.fromEntries(
      Object.entries(memberActions(member)).filter(([flag]) => !blocked.includes(flag as Flag)),
    );
    for (const flag of blocked) expect({ user, flag, can: can[flag] }).toEqual({ user, flag, can: false });
    await expectCanAgrees(ctx, user, open, actions);
    return can;
  }

  it('agrees with the guards for every role on an active member of Long Biên', async () => {
    const seen = {} as Record<CanUser, MemberCan>;
    for (const user of CAN_USERS) seen[user] = await canAgrees(user, f.members.longBien, FORMER_ONLY);
    const all = { edit: true, transfer: true, leave: true, readmit: false, addOffice: true };
    const personal = { exportData: true, requestCorrection: true };
    expect(seen.admin).toEqual({ ...all, ...personal });
    expect(seen.longbien).toEqual({ ...all, ...personal });
    // The officer keeps the records: the same actions as the union's administrator.
    expect(seen['longbien.officer']).toEqual({ ...all, ...personal });
    // The viewer reads and does nothing.
    expect(Object.values(seen['longbien.viewer']).some(Boolean)).toBe(false);
  });

  it('offers re-admission of a former member, and no transfer, departure or office', async () => {
    for (const user of CAN_USERS) {
      const can = await canAgrees(user, former, ACTIVE_ONLY);
      const writer = writes(user);
      expect({ user, readmit: can.readmit, edit: can.edit }).toEqual({ user, readmit: writer, edit: writer });
    }
  });

  it('lets Long Biên read, and only read, a former member whose union has since moved out', async () => {
    for (const user of ['longbien', 'longbien.officer'] as const) {
      const can = await canAgrees(user, movedAway, ACTIVE_ONLY);
      expect(Object.values(can).some(Boolean)).toBe(false);
    }
    // Above both districts, the administrator may still act on the record.
    expect(await canAgrees('admin', movedAway, ACTIVE_ONLY)).toMatchObject({ edit: true, readmit: true });
  });

  it('answers a member of Hoàng Mai to the administrator alone', async () => {
    const can = await canAgrees('admin', f.members.hoangMai, FORMER_ONLY);
    expect(can).toMatchObject({ edit: true, transfer: true, exportData: true });
    for (const user of CAN_USERS.filter((name) => name !== 'admin'))
      expect((await read(user, f.members.hoangMai)).statusCode).toBe(404);
  });

  async function listCan(user: CanUser, unitId: number | undefined, own: number) {
    const url = unitId === undefined ? '/api/members' : `/api/members?unitId=${unitId}`;
    const response = await ctx.app.inject({ method: 'GET', url, headers: sessions[user] });
    expect(response.statusCode, response.body).toBe(200);
    const target = unitId ?? own;
    return expectCanAgrees(ctx, user, response.json().can, {
      admit: [members.admit, { body: { unitId: target, admittedOn: todayInVietnam() } }],
      import: [memberImport.upload, { params: { id: target } }],
    });
  }

  it('admits and imports into the listed unit for those who write there, the viewer never', async () => {
    const { grassrootsA, grassrootsB, longBien: district, root } = f.units;
    expect(await listCan('admin', grassrootsB, root)).toEqual({ admit: true, import: true });
    expect(await listCan('longbien', grassrootsA, district)).toEqual({ admit: true, import: true });
    expect(await listCan('longbien', undefined, district)).toEqual({ admit: true, import: true });
    expect(await listCan('longbien.officer', grassrootsA, district)).toEqual({
      admit: true,
      import: true,
    });
    expect(await listCan('longbien.viewer', grassrootsA, district)).toEqual({
      admit: false,
      import: false,
    });
  });
});
