// A unit's `can` and its clusters' agree with the guards of the routes that do each action, for every role
// of the scope fixture, on units inside Long Biên and outside it; and say what each user should be offered.
import { apiContract, type OrgUnitView, todayInVietnam, type UnitCan } from '@congdoan/domain';
import { describe, expect, it } from 'vitest';
import { CAN_USERS, type CanUser, canWorld, expectCanAgrees } from '../../test/can.ts';

const org = apiContract.org;
const clusters = apiContract.clusters;

/** The route of each flag, with the input its guard reads, for a unit as its page shows it. */
function unitRoutes(unit: OrgUnitView) {
  const id = unit.id;
  const event = { effectiveDate: unit.asOf };
  const admit = (unitId: number) =>
    [apiContract.members.admit, { body: { unitId, admittedOn: todayInVietnam() } }] as const;
  return {
    update: [org.update, { params: { id }, body: event }],
    found: [org.found, { body: { ...event, parentId: id } }],
    move: [org.move, { params: { id }, body: event }],
    merge: [org.merge, { body: { ...event, sourceIds: [id] } }],
    split: [org.split, { params: { id }, body: { ...event, parts: [] } }],
    dissolve: [org.dissolve, { params: { id }, body: event }],
    manageClusters: [clusters.create, { body: { parentUnitId: id, year: Number(unit.asOf.slice(0, 4)) } }],
    manageUsers: [apiContract.users.create, { body: { unitId: id } }],
    writeRecords: admit(id),
    writeParent: admit(unit.parentId ?? id),
  } as const;
}

const nothing: UnitCan = {
  update: false,
  found: false,
  move: false,
  merge: false,
  split: false,
  dissolve: false,
  manageClusters: false,
  manageUsers: false,
  writeRecords: false,
  writeParent: false,
};

const allTrue: UnitCan = {
  update: true,
  found: true,
  move: true,
  merge: true,
  split: true,
  dissolve: true,
  manageClusters: true,
  manageUsers: true,
  writeRecords: true,
  writeParent: true,
};

describe('can on units and clusters', () => {
  const { ctx, f, sessions } = canWorld();

  async function unitAs(user: CanUser, id: number) {
    const response = await ctx.app.inject({ url: `/api/org-units/${id}`, headers: sessions[user] });
    return { status: response.statusCode, unit: response.json() as OrgUnitView };
  }
  /** The unit as `user` reads it, its `can` checked flag by flag against the routes' guards. */
  async function canOn(user: CanUser, id: number): Promise<UnitCan> {
    const { status, unit } = await unitAs(user, id);
    expect(status).toBe(200);
    return expectCanAgrees(ctx, user, unit.can, unitRoutes(unit));
  }

  it('agrees with the guards for every role on units inside Long Biên', async () => {
    for (const user of CAN_USERS) {
      for (const id of [f.units.longBien, f.units.grassrootsA, f.units.localSector]) await canOn(user, id);
    }
  });

  it('agrees with the guards for the administrator outside Long Biên; others cannot read those units', async () => {
    for (const id of [f.units.hanoi, f.units.hoangMai, f.units.grassrootsB]) {
      expect(await canOn('admin', id)).toEqual(allTrue);
      for (const user of ['longbien', 'longbien.viewer', 'longbien.officer'] as const)
        expect((await unitAs(user, id)).status).toBe(404);
    }
  });

  it('offers a viewer nothing, even in scope', async () => {
    expect(await canOn('longbien.viewer', f.units.grassrootsA)).toEqual(nothing);
    expect(await canOn('longbien.viewer', f.units.longBien)).toEqual(nothing);
  });

  it("offers an officer the unit's records, never its restructuring or accounts", async () => {
    expect(await canOn('longbien.officer', f.units.grassrootsA)).toEqual({
      ...nothing,
      writeRecords: true,
      writeParent: true,
    });
    // Long Biên's superior, Hà Nội, lies above the officer's reach.
    expect(await canOn('longbien.officer', f.units.longBien)).toEqual({ ...nothing, writeRecords: true });
  });

  it('offers the Long Biên administrator everything below, and its own unit but not its superior', async () => {
    expect(await canOn('longbien', f.units.grassrootsA)).toEqual(allTrue);
    expect(await canOn('longbien', f.units.longBien)).toEqual({ ...allTrue, writeParent: false });
  });

  it('offers no event on the root but founding under it and renaming it', async () => {
    const { unit } = await unitAs('admin', f.units.root);
    expect(unit.can).toEqual({
      ...allTrue,
      move: false,
      merge: false,
      split: false,
      dissolve: false,
      writeParent: false,
    });
  });

  it('offers no event on a dissolved unit', async () => {
    const { unit } = await unitAs('longbien', f.endedUnit.unit);
    expect(unit.status).toBe('dissolved');
    expect(unit.can).toMatchObject({
      update: false,
      found: false,
      move: false,
      merge: false,
      split: false,
      dissolve: false,
      manageClusters: false,
      manageUsers: false,
    });
  });

  it('gives each cluster row the guards of changing and deleting it, for every role', async () => {
    for (const user of CAN_USERS) {
      const response = await ctx.app.inject({
        url: `/api/emulation-clusters?parentId=${f.units.longBien}`,
        headers: sessions[user],
      });
      const rows = response.json() as { id: number; can: { update: boolean; remove: boolean } }[];
      expect(rows.map((row) => row.id).sort()).toEqual(
        [f.clusters.ownToRename, f.clusters.ownToDelete].sort(),
      );
      for (const row of rows) {
        const params = { id: row.id };
        const can = await expectCanAgrees(ctx, user, row.can, {
          update: [clusters.update, { params }],
          remove: [clusters.remove, { params }],
        });
        expect(can).toEqual(
          user === 'admin' || user === 'longbien'
            ? { update: true, remove: true }
            : {
                update: false,
                remove: false,
              },
        );
      }
    }
  });
});
