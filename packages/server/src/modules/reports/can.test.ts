// What periods, reports and completeness say the caller may do, checked against the guards of the routes
// that do it (test/can.ts) for each role of the scope fixture, and what each should see: a viewer changes
// nothing; Long Biên's writers save and submit Long Biên's unions' reports, review them once submitted, and
// change only Long Biên's own period; a period out of Long Biên's reach is not there for it.
import { apiContract } from '@congdoan/domain';
import { describe, expect, it } from 'vitest';
import { CAN_USERS, canWorld, expectCanAgrees, writes } from '../../test/can.ts';

const reports = apiContract.reports;

describe('can of report periods, reports and completeness', () => {
  const { ctx, f, get } = canWorld();

  const reportRoutes = (id: number, unitId: number) => {
    const params = { id, unitId };
    return {
      edit: [reports.saveReport, { params }],
      submit: [reports.submitReport, { params }],
      review: [reports.approveReport, { params }],
    } as const;
  };

  it.for(CAN_USERS)(
    'agrees with the guards for %s on a Long Biên union’s report not yet saved',
    async (user) => {
      const { toSave } = f.reports;
      const { status, body } = await get(
        user,
        `/api/report-periods/${toSave}/reports/${f.units.grassrootsA}`,
      );
      expect(status).toBe(200);
      const { review, ...open } = body.can;
      const routes = reportRoutes(toSave, f.units.grassrootsA);
      const can = await expectCanAgrees(ctx, user, open, { edit: routes.edit, submit: routes.submit });
      expect(can).toEqual({ edit: writes(user), submit: writes(user) });
      // Nothing is submitted yet, so nobody reviews it.
      expect(review).toBe(false);
    },
  );

  it.for(CAN_USERS)('agrees with the guards for %s on a Long Biên union’s submitted report', async (user) => {
    const { toApprove } = f.reports;
    const { body } = await get(user, `/api/report-periods/${toApprove}/reports/${f.units.grassrootsA}`);
    const { edit, submit, ...rest } = body.can;
    const routes = reportRoutes(toApprove, f.units.grassrootsA);
    const can = await expectCanAgrees(ctx, user, rest, { review: routes.review });
    expect(can.review).toBe(writes(user));
    // A submitted report is locked for its unit.
    expect({ edit, submit }).toEqual({ edit: false, submit: false });
  });

  it('lets the administrator review Hoàng Mai’s union’s report, which Long Biên cannot read', async () => {
    const { toApprove } = f.reports;
    const url = `/api/report-periods/${toApprove}/reports/${f.units.grassrootsB}`;
    expect((await get('longbien', url)).status).toBe(404);
    const { body } = await get('admin', url);
    const { edit, submit, ...rest } = body.can;
    const routes = reportRoutes(toApprove, f.units.grassrootsB);
    expect(await expectCanAgrees(ctx, 'admin', rest, { review: routes.review })).toEqual({ review: true });
    expect({ edit, submit }).toEqual({ edit: false, submit: false });
  });

  it.for(CAN_USERS)('agrees with the guards for %s on Hà Nội’s period and Long Biên’s own', async (user) => {
    for (const id of [f.reports.toSave, f.reports.longBien]) {
      const { body } = await get(user, `/api/report-periods/${id}`);
      const can = await expectCanAgrees(ctx, user, body.can, {
        edit: [reports.updatePeriod, { params: { id } }],
      });
      // Only the issuer (or above it) moves a period's dates.
      const issuerInReach = id === f.reports.longBien || user === 'admin';
      expect(can.edit).toBe(writes(user) && issuerInReach);
    }
  });

  it.for(CAN_USERS)('tells %s where they stand in Hà Nội’s period', async (user) => {
    const { body } = await get(user, `/api/report-periods/${f.reports.toSave}`);
    // Long Biên reports in Hà Nội's period; the national administrator sits above it and starts at Hà Nội.
    expect(body.place).toEqual(
      user === 'admin'
        ? { rootUnitId: f.units.hanoi, ownReport: false }
        : { rootUnitId: f.units.longBien, ownReport: true },
    );
  });

  it('lets the administrator change Hoàng Mai’s period, which Long Biên cannot see', async () => {
    const id = f.reports.hoangMai;
    expect((await get('longbien', `/api/report-periods/${id}`)).status).toBe(404);
    const { body } = await get('admin', `/api/report-periods/${id}`);
    const can = await expectCanAgrees(ctx, 'admin', body.can, {
      edit: [reports.updatePeriod, { params: { id } }],
    });
    expect(can).toEqual({ edit: true });
  });

  it.for(CAN_USERS)('agrees with the guards for %s on opening a period for Long Biên', async (user) => {
    const { body } = await get(user, `/api/report-periods?unitId=${f.units.longBien}`);
    const can = await expectCanAgrees(ctx, user, body.can, {
      open: [reports.openPeriod, { body: { unitId: f.units.longBien } }],
    });
    expect(can.open).toBe(writes(user));
  });

  it.for(CAN_USERS)(
    'offers %s no period to open for a grassroots union, which has nobody reporting to it',
    async (user) => {
      const { status, body } = await get(user, `/api/report-periods?unitId=${f.units.grassrootsA}`);
      expect(status).toBe(200);
      expect(body.can).toEqual({ open: false });
    },
  );

  it.for(CAN_USERS)('agrees with the guards for %s on reminding the unions below Long Biên', async (user) => {
    const { toSave } = f.reports;
    const { body } = await get(user, `/api/report-periods/${toSave}/completeness?unitId=${f.units.longBien}`);
    const can = await expectCanAgrees(ctx, user, body.can, {
      remind: [reports.remind, { params: { id: toSave }, body: { unitId: f.units.longBien } }],
    });
    expect(can.remind).toBe(writes(user));
    expect(body.unitName).toBe('LĐLĐ quận Long Biên');
  });
});
