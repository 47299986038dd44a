// What an assessment sheet says the caller may do, checked against the guards of the routes that do it
// (test/can.ts) for each role of the scope fixture, and what each should see: a draft is scored and submitted
// by the union's writers (Long Biên's, above it), a submitted sheet reviewed or returned by the level above,
// never by a viewer; a sheet out of Long Biên's reach is not there for it.
import { apiContract } from '@congdoan/domain';
import { describe, expect, it } from 'vitest';
import { CAN_USERS, type CanUser, canWorld, expectCanAgrees, writes } from '../../test/can.ts';

const assessments = apiContract.assessments;

describe('can of assessment sheets', () => {
  const { ctx, f, get } = canWorld();

  const sheet = (user: CanUser, unitId: number, year: number) =>
    get(user, `/api/org-units/${unitId}/assessments/${year}`);
  const sheetRoutes = (id: number, year: number) => {
    const params = { id, year };
    return {
      edit: [assessments.save, { params }],
      submit: [assessments.submit, { params }],
      review: [assessments.review, { params }],
      return: [assessments.return, { params }],
    } as const;
  };

  it.for(CAN_USERS)('agrees with the guards for %s on A’s sheets still being scored', async (user) => {
    // 2024: nothing saved yet; 2023: a complete draft.
    for (const year of [f.assessments.toSave, f.assessments.toSubmit]) {
      const { status, body } = await sheet(user, f.units.grassrootsA, year);
      expect(status).toBe(200);
      const { review, return: sendBack, ...scoring } = body.can;
      const routes = sheetRoutes(f.units.grassrootsA, year);
      const can = await expectCanAgrees(ctx, user, scoring, { edit: routes.edit, submit: routes.submit });
      expect(can).toEqual({ edit: writes(user), submit: writes(user) });
      // A draft has nothing to review yet.
      expect({ review, sendBack }).toEqual({ review: false, sendBack: false });
    }
  });

  it.for(CAN_USERS)('agrees with the guards for %s on A’s submitted sheet', async (user) => {
    const year = f.assessments.toReview;
    const { body } = await sheet(user, f.units.grassrootsA, year);
    const { edit, submit, ...reviewing } = body.can;
    const routes = sheetRoutes(f.units.grassrootsA, year);
    const can = await expectCanAgrees(ctx, user, reviewing, { review: routes.review, return: routes.return });
    expect(can).toEqual({ review: writes(user), return: writes(user) });
    // Submitted, the union's own scores are locked.
    expect({ edit, submit }).toEqual({ edit: false, submit: false });
    expect(body).toMatchObject({ unitName: 'CĐCS Công ty Long Biên A', parentUnitId: f.units.longBien });
  });

  it('lets the administrator review Hoàng Mai’s union’s sheet, which Long Biên cannot read', async () => {
    const year = f.assessments.toReview;
    expect((await sheet('longbien', f.units.grassrootsB, year)).status).toBe(404);
    const { body } = await sheet('admin', f.units.grassrootsB, year);
    const { edit, submit, ...reviewing } = body.can;
    const routes = sheetRoutes(f.units.grassrootsB, year);
    const can = await expectCanAgrees(ctx, 'admin', reviewing, {
      review: routes.review,
      return: routes.return,
    });
    expect(can).toEqual({ review: true, return: true });
    expect({ edit, submit }).toEqual({ edit: false, submit: false });
  });
});
