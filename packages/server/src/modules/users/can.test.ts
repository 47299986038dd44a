// The accounts list's `can` and /api/auth/me's agree with the guards of the routes that do each action, for
// every role of the scope fixture; and say what each user should be offered.
import {
  apiContract,
  type GlobalCan,
  todayInVietnam,
  type UserListRow,
  type UserPage,
} from '@congdoan/domain';
import { describe, expect, it } from 'vitest';
import { actorNamed, CAN_USERS, type CanUser, canWorld, expectCanAgrees } from '../../test/can.ts';

describe('can on accounts and on the signed-in user', () => {
  const { ctx, sessions } = canWorld();

  async function accountsAs(user: CanUser) {
    const response = await ctx.app.inject({ url: '/api/users', headers: sessions[user] });
    return { status: response.statusCode, rows: (response.json() as UserPage).items };
  }
  /** Each row's `can` checked against the guard of changing the account. */
  async function expectRowsAgree(user: CanUser, rows: UserListRow[]) {
    for (const row of rows) {
      const update = [apiContract.users.update, { params: { id: row.id } }] as const;
      await expectCanAgrees(ctx, user, row.can, {
        edit: update,
        resetPassword: update,
        deactivate: update,
      });
    }
  }

  it('lists the Long Biên accounts to its administrator, each one open to change', async () => {
    const { status, rows } = await accountsAs('longbien');
    expect(status).toBe(200);
    // Besides the live accounts, that of a Long Biên union dissolved in 2025 (suspended, still listed).
    const live = ['longbien', 'longbien.officer', 'longbien.viewer', 'member.a'];
    expect(rows.map((row) => row.username).sort()).toEqual([...live, 'ended.unit'].sort());
    await expectRowsAgree('longbien', rows);
    for (const row of rows.filter((each) => live.includes(each.username)))
      expect(row.can).toEqual({ edit: true, resetPassword: true, deactivate: true });
  });

  it('lets the administrator change every account but not turn off the last system administrator', async () => {
    const { rows } = await accountsAs('admin');
    const admin = rows.find((row) => row.username === 'admin');
    expect(admin?.can).toEqual({ edit: true, resetPassword: true, deactivate: false });
    await expectRowsAgree(
      'admin',
      rows.filter((row) => row.role !== 'system_admin'),
    );
    expect(rows.map((row) => row.username)).toEqual(expect.arrayContaining(['member.b', 'staff.hm']));
  });

  it('keeps the list from a viewer and an officer (they manage no accounts)', async () => {
    expect((await accountsAs('longbien.viewer')).status).toBe(403);
    expect((await accountsAs('longbien.officer')).status).toBe(403);
  });

  it("says on /api/auth/me what each user may do, as the routes' guards decide for their own unit", async () => {
    const expected: Record<CanUser, GlobalCan> = {
      admin: {
        manageUsers: true,
        grantSystemAdmin: true,
        restructure: true,
        writeRecords: true,
        editRules: true,
        managePrivacy: true,
      },
      longbien: {
        manageUsers: true,
        grantSystemAdmin: false,
        restructure: true,
        writeRecords: true,
        editRules: false,
        managePrivacy: false,
      },
      'longbien.viewer': {
        manageUsers: false,
        grantSystemAdmin: false,
        restructure: false,
        writeRecords: false,
        editRules: false,
        managePrivacy: false,
      },
      'longbien.officer': {
        manageUsers: false,
        grantSystemAdmin: false,
        restructure: false,
        writeRecords: true,
        editRules: false,
        managePrivacy: false,
      },
    };
    for (const user of CAN_USERS) {
      const me = (await ctx.app.inject({ url: '/api/auth/me', headers: sessions[user] })).json();
      const own = (await actorNamed(ctx, user)).unitId;
      const today = todayInVietnam();
      const manageUsers = [apiContract.users.create, { body: { unitId: own } }] as const;
      const { grantSystemAdmin, ...guarded } = me.can as GlobalCan;
      await expectCanAgrees(ctx, user, guarded, {
        manageUsers,
        restructure: [apiContract.org.found, { body: { parentId: own, effectiveDate: today } }],
        writeRecords: [apiContract.members.admit, { body: { unitId: own, admittedOn: today } }],
        editRules: [apiContract.rules.create, {}],
        managePrivacy: [apiContract.privacy.recordBreach, {}],
      });
      // Handing out the highest role also needs to hold it (users/service.ts, ROLE_TOO_HIGH).
      expect(grantSystemAdmin).toBe(guarded.manageUsers && user === 'admin');
      expect(me.can).toEqual(expected[user]);
    }
  });
});
