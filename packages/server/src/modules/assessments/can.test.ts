// What an assessment sheet says the caller may do, checked against the guards of the routes that do it
// (test/can.ts) for each role of the scope fixture, and what each should see: a draft is scored and submitted
// by the union's writers (Long Biên's, above it), a submitted sheet reviewed or returned by the level above,
// never by a viewer; a sheet out of Long Biên's reach is not there for it.
import { apiContract } from '@congdoan/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectCanAgrees } from '../../test/can.ts';
import { createTestContext, type TestContext } from '../../test/context.ts';
import { buildScopeFixture, type ScopeFixture, type Session } from '../../test/scope-fixture.ts';

const assessments = apiContract.assessments;
const USERS = ['admin', 'longbien', 'longbien.viewer', 'longbien.officer'] as const;
type User = (typeof USERS)[number];
const writer = (user: User) => user !== 'longbien.viewer';

describe('can of assessment sheets', () => {
  let ctx: TestContext;
  let f: ScopeFixture;
  let sessions: Record<User, Session>;

  beforeAll(async () => {
    ctx = await createTestContext();
    f = await buildScopeFixture(ctx);
    sessions = {
      admin: f.sessions.admin,
      longbien: f.sessions.longBien,
      'longbien.viewer': f.sessions.viewer,
      'longbien.officer': f.sessions.officer,
    };
  }, 300_000);
  afterAll(() => ctx?.close());

  const sheet = async (user: User, unitId: number, year: number) => {
    const response = await ctx.app.inject({
      method: 'GET',
      url: `/api/org-units/${unitId}/assessments/${year}`,
      headers: sessions[user],
    });
    return { status: response.statusCode, body: response.json() };
  };
  const sheetRoutes = (id: number, year: number) => {
    const params = { id, year };
    return {
      edit: [assessments.save, { params }],
      submit: [assessments.submit, { params }],
      review: [assessments.review, { params }],
      return: [assessments.return, { params }],
    } as const;
  };

  it.for(USERS)('agrees with the guards for %s on A’s sheets still being scored', async (user) => {
    // 2024: nothing saved yet; 2023: a complete draft.
    for (const year of [f.assessments.toSave, f.assessments.toSubmit]) {
      const { status, body } = await sheet(user, f.units.grassrootsA, year);
      expect(status).toBe(200);
      const { review, return: sendBack, ...scoring } = body.can;
      const routes = sheetRoutes(f.units.grassrootsA, year);
      const can = await expectCanAgrees(ctx, user, scoring, { edit: routes.edit, submit: routes.submit });
      expect(can).toEqual({ edit: writer(user), submit: writer(user) });
      // A draft has nothing to review yet.
      expect({ review, sendBack }).toEqual({ review: false, sendBack: false });
    }
  });

  it.for(USERS)('agrees with the guards for %s on A’s submitted sheet', async (user) => {
    const year = f.assessments.toReview;
    const { body } = await sheet(user, f.units.grassrootsA, year);
    const { edit, submit, ...reviewing } = body.can;
    const routes = sheetRoutes(f.units.grassrootsA, year);
    const can = await expectCanAgrees(ctx, user, reviewing, { review: routes.review, return: routes.return });
    expect(can).toEqual({ review: writer(user), return: writer(user) });
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
