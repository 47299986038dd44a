// The annual assessment over HTTP: the sheet with its unconfirmed thresholds, self-scoring (a score over a
// criterion's maximum refused with nothing saved, the reason under the criterion in the caller's language),
// submitting (incomplete refused), the review by the level above only (the unit itself refused), the grade
// exactly at each threshold and one point below, the return to draft, the shares of a subtree against a given
// or planned target, and the .xlsx list.
import type { AssessmentOverview, FilledAssessment } from '@congdoan/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queryRows, sql } from '../../db/client.ts';
import { createTestContext, createUser, signIn, type TestContext } from '../../test/context.ts';
import { openWorkbook } from '../member-import/test-sheets.ts';
import { buildBaseTree, type UnitIds } from '../org/test-tree.ts';
import { scoresFor } from './test-assessments.ts';

describe('annual assessment of grassroots unions', () => {
  let ctx: TestContext;
  let ids: UnitIds;
  let asLongBien: string;
  let asNhua: string;
  let asViewer: string;

  const call = async (
    cookie: string,
    method: 'GET' | 'PUT' | 'POST',
    url: string,
    payload?: object,
    language: 'vi' | 'en' = 'en',
  ) => {
    const response = await ctx.app.inject({
      method,
      url,
      headers: { cookie, 'accept-language': language },
      ...(payload === undefined ? {} : { payload }),
    });
    return {
      status: response.statusCode,
      body: String(response.headers['content-type']).includes('json') ? response.json() : null,
      response,
    };
  };
  const sheetUrl = (unit: string, year: number) => `/api/org-units/${ids[unit]}/assessments/${year}`;
  const counts = async () =>
    (
      await queryRows<{ assessments: number; audits: number }>(
        ctx.database.db,
        sql`select (select count(*)::int from assessments) as assessments,
              (select count(*)::int from audit_log where entity = 'assessment') as audits`,
      )
    )[0];
  /** The grassroots union scores itself fully and submits; Long Biên reviews with `total` points. */
  const gradeWith = async (unit: string, year: number, total: number) => {
    const saved = await call(asLongBien, 'PUT', sheetUrl(unit, year), {
      scores: scoresFor(85),
      submit: true,
    });
    expect(saved.status, JSON.stringify(saved.body)).toBe(200);
    const reviewed = await call(asLongBien, 'POST', `${sheetUrl(unit, year)}/review`, {
      scores: scoresFor(total),
    });
    expect(reviewed.status, JSON.stringify(reviewed.body)).toBe(200);
    return reviewed.body as FilledAssessment;
  };

  beforeAll(async () => {
    ctx = await createTestContext();
    ids = await buildBaseTree(ctx);
    await createUser(ctx, 'longbien', 'unit_admin', ids.LB!);
    await createUser(ctx, 'nhua.officer', 'unit_officer', ids['G-NHUA']!);
    await createUser(ctx, 'longbien.viewer', 'viewer', ids.LB!);
    asLongBien = (await signIn(ctx, 'longbien')).cookie;
    asNhua = (await signIn(ctx, 'nhua.officer')).cookie;
    asViewer = (await signIn(ctx, 'longbien.viewer')).cookie;
  });
  afterAll(async () => {
    await ctx.close();
  });

  it('gives the sheet of the year with the thresholds of 31/12, flagged unconfirmed', async () => {
    const { status, body } = await call(asViewer, 'GET', '/api/assessments/sheet?year=2024');
    expect(status).toBe(200);
    expect(body).toMatchObject({
      year: 2024,
      sheetYear: null,
      maxPoints: 100,
      thresholds: { excellent: 90, good: 75, completed: 50 },
      thresholdsUnconfirmed: true,
    });
    expect(body.sheet.code).toBe('grassroots1294');
  });

  it('assesses grassroots unions only, and answers an empty draft before any scoring', async () => {
    const district = await call(asLongBien, 'GET', `/api/org-units/${ids.LB}/assessments/2024`);
    expect(district.status).toBe(422);
    expect(district.body.error.code).toBe('ASSESSMENT_NOT_GRASSROOTS');
    const empty = await call(asNhua, 'GET', sheetUrl('G-NHUA', 2024));
    expect(empty.status).toBe(200);
    expect(empty.body).toMatchObject({ id: 0, status: 'draft', selfScores: {}, selfTotal: 0, grade: null });
  });

  it('refuses a score over its criterion maximum, says why under the criterion, and saves nothing', async () => {
    const before = await counts();
    const over = { scores: { collectiveAgreement: 8.5, workplaceDialogue: 8 } };
    const { status, body } = await call(asNhua, 'PUT', sheetUrl('G-NHUA', 2024), over, 'vi');
    expect(status).toBe(422);
    expect(body.error.code).toBe('ASSESSMENT_SCORES_INVALID');
    expect(body.error.details).toMatchObject([
      { path: 'scores.collectiveAgreement', message: 'Có điểm vượt mức tối đa của tiêu chí (8).' },
    ]);
    const english = await call(asNhua, 'PUT', sheetUrl('G-NHUA', 2024), over, 'en');
    expect(english.body.error.details).toMatchObject([
      { path: 'scores.collectiveAgreement', message: "A score exceeds its criterion's maximum (8)." },
    ]);
    expect(await counts()).toEqual(before);
  });

  it('names the bonus cap when the bonus criteria add up over it', async () => {
    const { status, body } = await call(
      asNhua,
      'PUT',
      sheetUrl('G-NHUA', 2024),
      { scores: { creativeModel: 3, commendation: 2, targetExceeded: 2 } },
      'vi',
    );
    expect(status).toBe(422);
    expect(body.error.details.map((detail: { message: string }) => detail.message)).toEqual([
      'Điểm thưởng vượt mức tối đa 5 điểm.',
    ]);
  });

  it('saves a draft, refuses to submit it incomplete, and a viewer cannot score', async () => {
    const draft = await call(asNhua, 'PUT', sheetUrl('G-NHUA', 2024), {
      scores: { collectiveAgreement: 8, workplaceDialogue: 7.5 },
      note: 'Tự chấm lần 1',
    });
    expect(draft.status).toBe(200);
    expect(draft.body).toMatchObject({ status: 'draft', selfTotal: 15.5, selfNote: 'Tự chấm lần 1' });
    const submit = await call(asNhua, 'POST', `${sheetUrl('G-NHUA', 2024)}/submit`);
    expect(submit.status).toBe(422);
    expect(submit.body.error.code).toBe('ASSESSMENT_INCOMPLETE');
    expect(submit.body.error.details).toHaveLength(14);
    expect(submit.body.error.details[0].message).toBe('This criterion is not scored yet');
    expect((await call(asNhua, 'GET', sheetUrl('G-NHUA', 2024))).body.status).toBe('draft');
    const viewer = await call(asViewer, 'PUT', sheetUrl('G-NHUA', 2024), { scores: {} });
    expect(viewer.status).toBe(403);
  });

  it('submits a complete sheet, then only the level above reviews it', async () => {
    await call(asNhua, 'PUT', sheetUrl('G-NHUA', 2024), { scores: scoresFor(82) });
    const early = await call(asLongBien, 'POST', `${sheetUrl('G-NHUA', 2024)}/review`, {
      scores: scoresFor(80),
    });
    expect(early.status).toBe(409);
    const submitted = await call(asNhua, 'POST', `${sheetUrl('G-NHUA', 2024)}/submit`);
    expect(submitted.status).toBe(200);
    expect(submitted.body).toMatchObject({ status: 'submitted', selfTotal: 82 });
    expect(submitted.body.submittedAt).not.toBeNull();
    // Submitted: the union can no longer change it, nor grade itself.
    const edit = await call(asNhua, 'PUT', sheetUrl('G-NHUA', 2024), { scores: scoresFor(90) });
    expect(edit.status).toBe(409);
    const self = await call(asNhua, 'POST', `${sheetUrl('G-NHUA', 2024)}/review`, { scores: scoresFor(100) });
    expect(self.status).toBe(403);
    expect(self.body.error.code).toBe('ASSESSMENT_REVIEW_BY_SUPERIOR');
    const reviewed = await call(asLongBien, 'POST', `${sheetUrl('G-NHUA', 2024)}/review`, {
      scores: scoresFor(78),
      note: 'Cấp trên chấm',
    });
    expect(reviewed.status).toBe(200);
    expect(reviewed.body).toMatchObject({
      status: 'reviewed',
      selfTotal: 82,
      reviewTotal: 78,
      grade: 'good',
      reviewedByUnitId: ids.LB,
    });
  });

  it('returns a submitted sheet to draft with a note, editable again', async () => {
    const sent = await call(asLongBien, 'PUT', sheetUrl('G-DETMAY', 2024), {
      scores: scoresFor(70),
      submit: true,
    });
    expect(sent.body.status).toBe('submitted');
    const own = await call(asLongBien, 'PUT', sheetUrl('G-DETMAY', 2024), { scores: scoresFor(60) });
    expect(own.status).toBe(409);
    const returned = await call(asLongBien, 'POST', `${sheetUrl('G-DETMAY', 2024)}/return`, {
      note: 'Tiêu chí 2.1 chưa có minh chứng',
    });
    expect(returned.status).toBe(200);
    expect(returned.body).toMatchObject({ status: 'draft', reviewNote: 'Tiêu chí 2.1 chưa có minh chứng' });
    const again = await call(asLongBien, 'PUT', sheetUrl('G-DETMAY', 2024), { scores: scoresFor(65) });
    expect(again.status).toBe(200);
    expect(again.body.selfTotal).toBe(65);
  });

  it('grades exactly at each threshold, and one point below falls to the grade under it', async () => {
    const cases: [number, string][] = [
      [90, 'excellent'],
      [89, 'good'],
      [75, 'good'],
      [74, 'completed'],
      [50, 'completed'],
      [49, 'notCompleted'],
    ];
    // The thresholds are rules in force from 2019; each case is a year of its own.
    const years = [2019, 2020, 2021, 2022, 2023, 2025];
    for (const [index, [total, grade]] of cases.entries()) {
      const result = await gradeWith('G-NHUA', years[index]!, total);
      expect([result.reviewTotal, result.grade]).toEqual([total, grade]);
    }
  });

  it('grades by the thresholds in force on 31/12 of the year, as the rules table says', async () => {
    await ctx.database.db.execute(
      sql`insert into rules (key, value_type, value, valid_from, source, confidence)
          values ('assessment.threshold.good', 'integer', '80'::jsonb, '2026-06-01', 'Thử nghiệm', 'H')`,
    );
    const sheet = await call(asViewer, 'GET', '/api/assessments/sheet?year=2026');
    expect(sheet.body.thresholds).toEqual({ excellent: 90, good: 80, completed: 50 });
    expect((await gradeWith('G-NHUA', 2026, 78)).grade).toBe('completed');
  });

  it('counts the shares of a subtree, ungraded unions included, against a given or planned target', async () => {
    // 2024: Nhựa good (78), Dệt may not graded; Trường (Hoàng Mai) excellent.
    await createUser(ctx, 'hoangmai', 'unit_admin', ids.HM!);
    const asHoangMai = (await signIn(ctx, 'hoangmai')).cookie;
    await call(asHoangMai, 'PUT', sheetUrl('G-TRUONG', 2024), { scores: scoresFor(95), submit: true });
    await call(asHoangMai, 'POST', `${sheetUrl('G-TRUONG', 2024)}/review`, { scores: scoresFor(95) });

    const lb = await call(asLongBien, 'GET', `/api/assessments?unitId=${ids.LB}&year=2024&target=0.5`);
    expect(lb.status).toBe(200);
    const overview = lb.body as AssessmentOverview;
    expect(overview.units.map((unit) => [unit.unitName, unit.status, unit.grade])).toEqual([
      ['Công đoàn cơ sở Công ty Cổ phần Nhựa Long Biên', 'reviewed', 'good'],
      ['Công đoàn cơ sở Công ty Dệt may Long Biên', 'draft', null],
    ]);
    expect(overview.shares).toMatchObject({
      units: 2,
      notGraded: 1,
      goodOrBetter: { count: 1, percent: 50 },
    });
    expect([overview.target, overview.meetsTarget]).toEqual([0.5, true]);
    expect(overview).toMatchObject({ total: 2, page: 1, pageSize: 50 });
    // A page of one union at a time: the shares still count both; the pages follow the list's order.
    const pages = [1, 2, 3].map((page) =>
      call(asLongBien, 'GET', `/api/assessments?unitId=${ids.LB}&year=2024&pageSize=1&page=${page}`),
    );
    const [first, second, beyond] = (await Promise.all(pages)).map((page) => page.body as AssessmentOverview);
    expect([...first!.units, ...second!.units].map((unit) => unit.unitId)).toEqual(
      overview.units.map((unit) => unit.unitId),
    );
    expect(first!.shares).toEqual(overview.shares);
    expect(second).toMatchObject({ total: 2, page: 2, pageSize: 1 });
    expect(beyond!.units).toEqual([]);
    const tooBig = await call(asLongBien, 'GET', `/api/assessments?unitId=${ids.LB}&year=2024&pageSize=201`);
    expect(tooBig.status).toBe(400);
    const strict = await call(asLongBien, 'GET', `/api/assessments?unitId=${ids.LB}&year=2024&target=0.95`);
    expect([strict.body.target, strict.body.meetsTarget]).toEqual([0.95, false]);
    const none = await call(asLongBien, 'GET', `/api/assessments?unitId=${ids.LB}&year=2024`);
    expect([none.body.target, none.body.meetsTarget]).toEqual([null, null]);

    // A plan of Hà Nội sets 95 % for every child; a value assigned to Long Biên itself wins.
    const [plan] = await queryRows<{ id: number }>(
      ctx.database.db,
      sql`insert into year_plans (unit_id, year, theme, key_tasks, issued_on)
          values (${ids.HN}, 2024, 'Chương trình công tác năm 2024', '[]'::jsonb, '2024-01-15') returning id`,
    );
    const [target] = await queryRows<{ id: number }>(
      ctx.database.db,
      sql`insert into plan_targets (plan_id, indicator_code, value_for_all, list_order)
          values (${plan!.id}, 'GRASSROOTS_GOOD_SHARE', 0.95, 1) returning id`,
    );
    const planned = await call(asLongBien, 'GET', `/api/assessments?unitId=${ids.LB}&year=2024`);
    expect([planned.body.target, planned.body.meetsTarget]).toEqual([0.95, false]);
    await ctx.database.db.execute(
      sql`insert into plan_target_assignments (target_id, unit_id, value) values (${target!.id}, ${ids.LB}, 0.5)`,
    );
    const assigned = await call(asLongBien, 'GET', `/api/assessments?unitId=${ids.LB}&year=2024`);
    expect([assigned.body.target, assigned.body.meetsTarget]).toEqual([0.5, true]);

    const hanoi = await call(asLongBien, 'GET', `/api/assessments?unitId=${ids.HN}&year=2024`);
    expect(hanoi.status).toBe(404);
  });

  it('exports the list with totals, grades and shares in the administrative layout', async () => {
    const response = await call(
      asLongBien,
      'GET',
      `/api/assessments/export.xlsx?unitId=${ids.LB}&year=2024&lang=vi`,
    );
    expect(response.status).toBe(200);
    expect(response.response.headers['content-disposition']).toContain('danh-gia-xep-loai-cdcs-LB-2024.xlsx');
    const sheet = (await openWorkbook(response.response.rawPayload)).worksheets[0]!;
    expect(sheet.getCell('A4').value).toBe('DANH SÁCH ĐÁNH GIÁ, XẾP LOẠI CÔNG ĐOÀN CƠ SỞ NĂM 2024');
    const rows = [10, 11].map((number) => (sheet.getRow(number).values as unknown[]).slice(1));
    expect(rows[0]).toEqual([
      1,
      'Công đoàn cơ sở Công ty Cổ phần Nhựa Long Biên',
      'Đã xếp loại',
      82,
      78,
      'Hoàn thành tốt nhiệm vụ',
    ]);
    expect(rows[1]?.slice(0, 4)).toEqual([
      2,
      'Công đoàn cơ sở Công ty Dệt may Long Biên',
      'Đang tự chấm',
      65,
    ]);
    expect(String(sheet.getRow(12).getCell(1).value)).toContain('HTTNV 1 (50%)');
  });

  it("exports it in the requester's language: English title, headings, statuses and grades", async () => {
    const response = await call(asLongBien, 'GET', `/api/assessments/export.xlsx?unitId=${ids.LB}&year=2024`);
    expect(response.status).toBe(200);
    const sheet = (await openWorkbook(response.response.rawPayload)).worksheets[0]!;
    expect(sheet.getCell('A4').value).toBe('ASSESSMENT AND GRADING OF GRASSROOTS UNIONS, 2024');
    expect((sheet.getRow(8).values as unknown[]).slice(1)).toEqual([
      'No.',
      'Grassroots union',
      'Status',
      'Self score',
      'Review score',
      'Grade',
    ]);
    const first = (sheet.getRow(10).values as unknown[]).slice(1);
    expect([first[2], first[5]]).toEqual(['Graded', 'Completed tasks well']);
  });
});
