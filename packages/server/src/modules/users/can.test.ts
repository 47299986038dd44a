// The accounts list's `can` and /api/auth/me's agree with the guards of the routes that do each action, for
// every role of the scope fixture; and say what each user should be offered.
import { apiContract, type GlobalCan, todayInVietnam, type UserListRow } from '@congdoan/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { actorNamed, expectCanAgrees } from '../../test/can.ts';
import { createTestContext, type TestContext } from '../../test/context.ts';
import { buildScopeFixture, type ScopeFixture, type Session } from '../../test/scope-fixture.ts';

const users = {
  admin: 'admin',
  longBien: 'longbien',
  viewer: 'longbien.viewer',
  officer: 'longbien.officer',
} as const;
type Who = keyof typeof users;

describe('can on accounts and on the signed-in user', () => {
  let ctx: TestContext;
  let f: ScopeFixture;

  beforeAll(async () => {
    ctx = await createTestContext();
    f = await buildScopeFixture(ctx);
  });
  afterAll(() => ctx.close());

  const session = (who: Who): Session => f.sessions[who];
  async function accountsAs(who: Who) {
    const response = await ctx.app.inject({ url: '/api/users', headers: session(who) });
    return { status: response.statusCode, rows: response.json() as UserListRow[] };
  }
  /** Each row's `can` checked against the guard of changing the account. */
  async function expectRowsAgree(who: Who, rows: UserListRow[]) {
    for (const row of rows) {
      const update = [apiContract.users.update, { params: { id: row.id } }] as const;
      await expectCanAgrees(ctx, users[who], row.can, {
        edit: update,
        resetPassword: update,
        deactivate: update,
      });
    }
  }

  it('lists the Long Biên accounts to its administrator, each one open to change', async () => {
    const { status, rows } = await accountsAs('longBien');
    expect(status).toBe(200);
    // Besides the live accounts, that of a Long Biên union dissolved in 2025 (suspended, still listed).
    const live = ['longbien', 'longbien.officer', 'longbien.viewer', 'member.a'];
    expect(rows.map((row) => row.username).sort()).toEqual([...live, 'ended.unit'].sort());
    await expectRowsAgree('longBien', rows);
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
    expect((await accountsAs('viewer')).status).toBe(403);
    expect((await accountsAs('officer')).status).toBe(403);
  });

  it("says on /api/auth/me what each user may do, as the routes' guards decide for their own unit", async () => {
    const expected: Record<Who, GlobalCan> = {
      admin: {
        manageUsers: true,
        grantSystemAdmin: true,
        restructure: true,
        writeRecords: true,
        editRules: true,
        managePrivacy: true,
      },
      longBien: {
        manageUsers: true,
        grantSystemAdmin: false,
        restructure: true,
        writeRecords: true,
        editRules: false,
        managePrivacy: false,
      },
      viewer: {
        manageUsers: false,
        grantSystemAdmin: false,
        restructure: false,
        writeRecords: false,
        editRules: false,
        managePrivacy: false,
      },
      officer: {
        manageUsers: false,
        grantSystemAdmin: false,
        restructure: false,
        writeRecords: true,
        editRules: false,
        managePrivacy: false,
      },
    };
    for (const who of Object.keys(users) as Who[]) {
      const me = (await ctx.app.inject({ url: '/api/auth/me', headers: session(who) })).json();
      const own = (await actorNamed(ctx, users[who])).unitId;
      const today = todayInVietnam();
      const manageUsers = [apiContract.users.create, { body: { unitId: own } }] as const;
      const { grantSystemAdmin, ...guarded } = me.can as GlobalCan;
      await expectCanAgrees(ctx, users[who], guarded, {
        manageUsers,
        restructure: [apiContract.org.found, { body: { parentId: own, effectiveDate: today } }],
        writeRecords: [apiContract.members.admit, { body: { unitId: own, admittedOn: today } }],
        editRules: [apiContract.rules.create, {}],
        managePrivacy: [apiContract.privacy.recordBreach, {}],
      });
      // Handing out the highest role also needs to hold it (users/service.ts, ROLE_TOO_HIGH).
      expect(grantSystemAdmin).toBe(guarded.manageUsers && who === 'admin');
      expect(me.can).toEqual(expected[who]);
    }
  });
});
