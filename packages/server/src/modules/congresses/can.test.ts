// What a congress and a unit's congress overview say the caller may do, checked against the guards of the
// routes that do it (test/can.ts) for each role of the scope fixture, in and out of Long Biên, and what each
// user should see: the unit's officers run its congress, the superior recognises it and shifts its term.
import { apiContract } from '@congdoan/domain';
import { describe, expect, it } from 'vitest';
import { CAN_USERS, canWorld, expectCanAgrees, writes } from '../../test/can.ts';
import { signIn } from '../../test/context.ts';

const congresses = apiContract.congresses;
const elections = apiContract.elections;

describe('can of congresses', () => {
  /** Long Biên's own congress of the next cycle, planned: Hà Nội is its superior, not Long Biên. */
  let ownPlanned: number;
  const { ctx, f, get } = canWorld(async ({ ctx, f }) => {
    const created = await ctx.app.inject({
      method: 'POST',
      url: '/api/congresses',
      headers: f.sessions.admin,
      payload: { unitId: f.units.longBien, cycle: '2025-2030' },
    });
    expect(created.statusCode, created.body).toBe(201);
    ownPlanned = created.json().id;
  });

  /** The congress's flags the guards decide alone, for a congress whose state permits each action. */
  const guarded = (id: number) => {
    const input = { params: { id } };
    return {
      hold: [congresses.update, input],
      editBodies: [congresses.update, input],
      uploadDocument: [congresses.uploadDocument, input],
      createElection: [elections.create, input],
      constituteCommittee: [elections.constitute, input],
    } as const;
  };

  it.for(CAN_USERS)('agrees with the guards for %s on a held congress of Long Biên’s union', async (user) => {
    const id = f.congresses.congresses.longBien;
    const { status, body } = await get(user, `/api/congresses/${id}`);
    expect(status).toBe(200);
    const { schedule, ...rest } = body.can;
    const input = { params: { id } };
    // Held, not yet recognised, with its term: recognition and the shift follow the guard (Long Biên and the
    // administrator are the union's superiors), scheduling is over.
    await expectCanAgrees(ctx, user, rest, {
      ...guarded(id),
      recognise: [congresses.recognise, input],
      shiftTerm: [congresses.setTerm, input],
    });
    expect(schedule).toBe(false);
    for (const document of body.documents) {
      await expectCanAgrees(ctx, user, document.can, {
        delete: [congresses.deleteDocument, { params: { id, documentId: document.id } }],
      });
    }
    expect(Object.values(rest).every((flag) => flag === writes(user))).toBe(true);
  });

  it('lets the administrator act on Hoàng Mai’s congress, which Long Biên cannot even read', async () => {
    const id = f.congresses.congresses.hoangMai;
    expect((await get('longbien', `/api/congresses/${id}`)).status).toBe(404);
    const { body } = await get('admin', `/api/congresses/${id}`);
    const { schedule, ...rest } = body.can;
    await expectCanAgrees(ctx, 'admin', rest, {
      ...guarded(id),
      recognise: [congresses.recognise, { params: { id } }],
      shiftTerm: [congresses.setTerm, { params: { id } }],
    });
    expect(schedule).toBe(false);
    expect(Object.values(rest).every(Boolean)).toBe(true);
  });

  it.for(['longbien', 'longbien.officer'] as const)(
    'lets %s run Long Biên’s own congress but leaves its recognition to Hà Nội',
    async (user) => {
      const { body } = await get(user, `/api/congresses/${ownPlanned}`);
      const { recognise, shiftTerm, ...rest } = body.can;
      await expectCanAgrees(ctx, user, rest, {
        ...guarded(ownPlanned),
        schedule: [congresses.update, { params: { id: ownPlanned } }],
      });
      expect(Object.values(rest).every(Boolean)).toBe(true);
      expect({ recognise, shiftTerm }).toEqual({ recognise: false, shiftTerm: false });
    },
  );

  it('lets the union’s own officer hold its congress but leaves recognition and the term to Long Biên', async () => {
    const id = f.congresses.congresses.longBien;
    const session = await signIn(ctx, 'member.a', 'password-123');
    const response = await ctx.app.inject({ method: 'GET', url: `/api/congresses/${id}`, headers: session });
    const { recognise, shiftTerm, schedule, ...rest } = response.json().can;
    await expectCanAgrees(ctx, 'member.a', rest, guarded(id));
    expect(Object.values(rest).every(Boolean)).toBe(true);
    // The routes let the union's officer in (it reads the congress); the superior check refuses it.
    expect({ recognise, shiftTerm, schedule }).toEqual({
      recognise: false,
      shiftTerm: false,
      schedule: false,
    });
  });

  it('shows a viewer no action on Long Biên’s own congress', async () => {
    const { body } = await get('longbien.viewer', `/api/congresses/${ownPlanned}`);
    expect(Object.values(body.can).some(Boolean)).toBe(false);
  });

  it.for(CAN_USERS)(
    'agrees with the guards for %s on the overviews of Long Biên and its union',
    async (user) => {
      for (const unitId of [f.units.longBien, f.units.grassrootsA]) {
        const { body } = await get(user, `/api/org-units/${unitId}/congress-overview`);
        const can = await expectCanAgrees(ctx, user, body.can, {
          issuePlan: [congresses.issuePlan, { body: { issuerUnitId: unitId } }],
          createCongress: [congresses.create, { body: { unitId } }],
        });
        expect(can).toEqual({ issuePlan: writes(user), createCongress: writes(user) });
      }
    },
  );

  it('offers Long Biên the way up only to a unit it may read, and no congress for the national union', async () => {
    const longBien = (await get('longbien', `/api/org-units/${f.units.longBien}/congress-overview`)).body;
    expect(longBien.parent).toBeNull();
    expect(longBien.unit.level).toBe('superior');
    const union = (await get('longbien', `/api/org-units/${f.units.grassrootsA}/congress-overview`)).body;
    expect(union.parent).toEqual({ id: f.units.longBien, name: longBien.unit.name });
    expect(union.cycles).toEqual(['2023-2028', '2020-2025']);
    const national = (await get('admin', `/api/org-units/${f.units.root}/congress-overview`)).body;
    expect(national.unit.level).toBeNull();
    expect(national.can).toEqual({ issuePlan: true, createCongress: false });
  });
});
