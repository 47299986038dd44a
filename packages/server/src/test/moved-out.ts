// The "moved out" and "ended unit" worlds of the route walk (platform/scope.test.ts). A grassroots union that
// was in Long Biên is moved by `hanoi` (over the API, as the city would) to Hoàng Mai on 1/3/2025, and
// everything recorded there afterwards — a member with national ID, phone and card, their audit rows, a
// committee, an assessment, a report — must stay out of Long Biên's reach, while its years in Long Biên stay
// readable. An account bound to a unit dissolved on 1/1/2025 is suspended.
import { admitMemberBody } from '@congdoan/domain';
import { assessments } from '../db/schema/index.ts';
import { scoresFor } from '../modules/assessments/test-assessments.ts';
import { insertCommittee } from '../modules/meetings/test-meetings.ts';
import { admitMember } from '../modules/members/service.ts';
import { dissolveUnit } from '../modules/org/service.ts';
import { insertPeriod, insertReport, reportFormIds } from '../modules/reports/test-reports.ts';
import { createUser, signIn, type TestContext } from './context.ts';
import type { HanoiTree } from './units.ts';
import { insertUnit } from './units.ts';

export const MOVED_ON = '2025-03-01';
/** The member admitted in Hoàng Mai after the move: none of this may reach Long Biên. */
export const AFTER_MOVE = {
  fullName: 'Vũ Thị Chuyển Đi',
  nationalId: '001190099999',
  phone: '0987654321',
  cardNumber: 'HM-RA-0001',
};

/** Posts as `session` and returns the created id; throws with the answer otherwise. */
async function created(ctx: TestContext, session: { cookie: string }, url: string, payload: object) {
  const response = await ctx.app.inject({ method: 'POST', url, payload, headers: session });
  if (response.statusCode !== 201) throw new Error(`${url}: ${response.statusCode} ${response.body}`);
  return response.json() as { id?: number };
}

export async function insertMovedOutWorld(ctx: TestContext, tree: HanoiTree) {
  await createUser(ctx, 'hanoi', 'unit_admin', tree.hanoi);
  const hanoi = await signIn(ctx, 'hanoi');
  const unit = await insertUnit(ctx, {
    code: 'LB-RA',
    name: 'CĐCS Công ty Chuyển Đi',
    type: 'grassroots',
    parentId: tree.longBien,
  });
  const beforeMove = await ctx.database.db.transaction((tx) =>
    admitMember(
      tx,
      null,
      admitMemberBody.parse({
        fullName: 'Đặng Văn Thời Trước',
        gender: 'male',
        nationalId: '001090088888',
        unitId: unit,
        admittedOn: '2023-03-01',
      }),
    ),
  );
  await created(ctx, hanoi, `/api/org-units/${unit}/move`, {
    effectiveDate: MOVED_ON,
    reason: 'Sắp xếp theo địa bàn phường',
    newParentId: tree.hoangMai,
  });
  const afterMove = await created(ctx, hanoi, '/api/members', {
    ...AFTER_MOVE,
    gender: 'female',
    dateOfBirth: '1995-04-12',
    unitId: unit,
    admittedOn: '2025-06-01',
  });
  const committee = await ctx.database.db.transaction((tx) =>
    insertCommittee(tx, { unitId: unit, memberIds: [afterMove.id!], presentedOn: '2025-07-01' }),
  );
  await ctx.database.db.insert(assessments).values({
    unitId: unit,
    year: 2025,
    status: 'submitted',
    selfScores: scoresFor(80),
    selfTotal: '80',
    submittedAt: new Date().toISOString(),
  });
  // Hà Nội's half-year 2026 (cut-off 31/5/2026), with the union's report submitted.
  const forms = await reportFormIds(ctx);
  const periodId = await insertPeriod(ctx, tree.hanoi, 'halfYear', 2026, forms);
  await insertReport(ctx, periodId, unit, forms.grassroots, 'submitted');
  return { unit, beforeMove, afterMove: afterMove.id!, committee, periodId, assessmentYear: 2025 };
}

/** An account of a grassroots union in Long Biên, signed in before the union was dissolved on 1/1/2025. */
export async function insertEndedUnitAccount(ctx: TestContext, tree: HanoiTree) {
  const unit = await insertUnit(ctx, {
    code: 'LB-KT',
    name: 'CĐCS Công ty Đã Giải Thể',
    type: 'grassroots',
    parentId: tree.longBien,
  });
  await createUser(ctx, 'ended.unit', 'unit_admin', unit);
  const session = await signIn(ctx, 'ended.unit');
  await ctx.database.db.transaction((tx) =>
    dissolveUnit(tx, null, unit, { effectiveDate: '2025-01-01', reason: 'Doanh nghiệp giải thể' }),
  );
  return { unit, session };
}
