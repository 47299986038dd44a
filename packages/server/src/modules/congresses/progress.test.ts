// Progress of a congress cycle across a subtree: figures as of a date before and after congresses are held,
// late against the plan's deadline versus merely not yet held, drill-down that adds up, the .xlsx export in
// the administrative layout, and scope.
import { formatDateVi } from '@congdoan/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestContext } from '../../test/context.ts';
import { openWorkbook } from '../member-import/test-sheets.ts';
import { buildCongressWorld, type CongressWorld } from './test-congresses.ts';

let ctx: TestContext;
let world: CongressWorld;
const CYCLE = '2023-2028';

const progress = (unitId: number, asOf: string, who = world.asAdmin) =>
  who('GET', `/api/congress-progress?unitId=${unitId}&cycle=${CYCLE}&asOf=${asOf}`);

beforeAll(async () => {
  ctx = await createTestContext();
  world = await buildCongressWorld(ctx);
  const { ids, asAdmin, asLongBien } = world;
  const ok = (response: { status: number; body: unknown }, status = 200) => {
    if (response.status !== status) throw new Error(JSON.stringify(response.body));
    return response.body as { id: number };
  };
  ok(
    await asAdmin('POST', '/api/congress-plans', {
      issuerUnitId: ids.HN,
      cycle: CYCLE,
      title: 'Kế hoạch tổ chức Đại hội Công đoàn các cấp tiến tới Đại hội XVII Công đoàn thành phố',
      issuedOn: '2022-10-01',
      deadlines: [
        { level: 'grassroots', deadline: '2023-06-30' },
        { level: 'superior', deadline: '2023-09-30' },
        { level: 'provincial', deadline: '2023-10-31' },
      ],
      pilotUnitIds: [ids['G-NHUA']],
    }),
    201,
  );
  const figures = { delegatesConvened: 20, delegatesPresent: 18 };
  // The pilot's congress was created by the plan: held in April, recognised by Long Biên.
  const list = ok(await asAdmin('GET', `/api/congresses?unitId=${ids['G-NHUA']}`)) as unknown as {
    items: { id: number }[];
  };
  const pilot = list.items[0]!.id;
  ok(await asAdmin('PATCH', `/api/congresses/${pilot}`, { heldOn: '2023-04-15', ...figures }));
  ok(await asLongBien('POST', `/api/congresses/${pilot}/recognise`, { recognisedOn: '2023-04-25' }));
  // Dệt may: scheduled for August, after the grassroots deadline, and held then.
  const detmay = ok(
    await asAdmin('POST', '/api/congresses', {
      unitId: ids['G-DETMAY'],
      cycle: CYCLE,
      scheduledOn: '2023-08-20',
    }),
    201,
  );
  ok(await asAdmin('PATCH', `/api/congresses/${detmay.id}`, { heldOn: '2023-08-20', ...figures }));
  // Trường Hoàng Mai: planned, never held. Long Biên itself: a delegate congress in September.
  ok(await asAdmin('POST', '/api/congresses', { unitId: ids['G-TRUONG'], cycle: CYCLE }), 201);
  ok(
    await asAdmin('POST', '/api/congresses', {
      unitId: ids.LB,
      cycle: CYCLE,
      kind: 'delegate',
      heldOn: '2023-09-10',
      delegatesConvened: 150,
      delegatesPresent: 140,
    }),
    201,
  );
  // Hải Phòng's congress lies outside Hà Nội and counts nowhere here.
  ok(
    await asAdmin('POST', '/api/congresses', {
      unitId: ids['G-CANG'],
      cycle: CYCLE,
      heldOn: '2023-03-01',
      ...figures,
    }),
    201,
  );
});
afterAll(() => ctx.close());

describe('congress progress', () => {
  it('counts by level as of a date before the congresses are held', async () => {
    const { status, body } = await progress(world.ids.HN!, '2023-05-01');
    expect(status, JSON.stringify(body)).toBe(200);
    expect(body.plan.issuer.id).toBe(world.ids.HN);
    expect(body.levels).toEqual([
      {
        level: 'grassroots',
        total: 3,
        held: 1,
        recognised: 1,
        scheduled: 1,
        late: 0,
        deadline: '2023-06-30',
      },
      { level: 'superior', total: 2, held: 0, recognised: 0, scheduled: 0, late: 0, deadline: '2023-09-30' },
      {
        level: 'provincial',
        total: 1,
        held: 0,
        recognised: 0,
        scheduled: 0,
        late: 0,
        deadline: '2023-10-31',
      },
    ]);
    expect(body.byMonth).toEqual([{ month: '2023-04', held: 1 }]);
    expect(body.missingTotal).toBe(5);
    expect(body.missing.every((unit: { late: boolean }) => !unit.late)).toBe(true);
    const detmay = body.missing.find((unit: { id: number }) => unit.id === world.ids['G-DETMAY']);
    expect(detmay).toMatchObject({ status: 'scheduled', scheduledOn: '2023-08-20', heldOn: null });
  });

  it('moves once they are held, and lists the late (past the deadline) before the merely missing', async () => {
    const { body } = await progress(world.ids.HN!, '2023-10-01');
    expect(body.levels).toEqual([
      {
        level: 'grassroots',
        total: 3,
        held: 2,
        recognised: 1,
        scheduled: 0,
        late: 1,
        deadline: '2023-06-30',
      },
      { level: 'superior', total: 2, held: 1, recognised: 0, scheduled: 0, late: 1, deadline: '2023-09-30' },
      {
        level: 'provincial',
        total: 1,
        held: 0,
        recognised: 0,
        scheduled: 0,
        late: 0,
        deadline: '2023-10-31',
      },
    ]);
    expect(body.missingTotal).toBe(3);
    expect(body.missing.map((unit: { id: number; late: boolean }) => [unit.id, unit.late])).toEqual([
      [world.ids['G-TRUONG'], true],
      [world.ids.HM, true],
      [world.ids.HN, false],
    ]);
    expect(body.missing[0]).toMatchObject({
      level: 'grassroots',
      status: 'planned',
      parentName: 'Liên đoàn Lao động quận Hoàng Mai',
    });
    expect(body.byMonth).toEqual([
      { month: '2023-04', held: 1 },
      { month: '2023-05', held: 0 },
      { month: '2023-06', held: 0 },
      { month: '2023-07', held: 0 },
      { month: '2023-08', held: 1 },
      { month: '2023-09', held: 1 },
    ]);
    // On the deadline itself nobody is late yet.
    const onDeadline = await progress(world.ids.HN!, '2023-06-30');
    expect(onDeadline.body.levels[0]).toMatchObject({ level: 'grassroots', held: 1, late: 0 });
    const dayAfter = await progress(world.ids.HN!, '2023-07-01');
    expect(dayAfter.body.levels[0]).toMatchObject({ level: 'grassroots', held: 1, late: 2 });
  });

  it('drills down: each child shows its own subtree, and the children with the unit add up to the whole', async () => {
    for (const asOf of ['2023-05-01', '2023-10-01']) {
      const { body } = await progress(world.ids.HN!, asOf);
      expect(body.children.map((child: { name: string }) => child.name)).toEqual([
        'Liên đoàn Lao động quận Hoàng Mai',
        'Liên đoàn Lao động quận Long Biên',
      ]);
      const sum = (list: { total: number; held: number }[], key: 'total' | 'held') =>
        list.reduce((total, item) => total + item[key], 0);
      // Hà Nội's own congress (provincial level, not held) is the one no child holds.
      expect(sum(body.children, 'total') + 1).toBe(sum(body.levels, 'total'));
      expect(sum(body.children, 'held')).toBe(sum(body.levels, 'held'));
      for (const child of body.children) {
        const own = await progress(child.id, asOf);
        expect([sum(own.body.levels, 'total'), sum(own.body.levels, 'held')]).toEqual([
          child.total,
          child.held,
        ]);
      }
    }
    const longBien = await progress(world.ids.LB!, '2023-10-01');
    expect(longBien.body.children).toEqual([
      { id: world.ids['G-NHUA'], name: 'Công đoàn cơ sở Công ty Cổ phần Nhựa Long Biên', total: 1, held: 1 },
      { id: world.ids['G-DETMAY'], name: 'Công đoàn cơ sở Công ty Dệt may Long Biên', total: 1, held: 1 },
    ]);
    // Long Biên follows Hà Nội's plan: no plan of its own.
    expect(longBien.body.plan.issuer.id).toBe(world.ids.HN);
  });

  it('shows nothing for a unit that did not exist on the date', async () => {
    const { status, body } = await progress(world.ids.LB!, '2000-01-01');
    expect(status).toBe(200);
    expect([body.levels, body.children, body.missing, body.missingTotal]).toEqual([[], [], [], 0]);
  });

  it('exports the progress as the administrative .xlsx, with a row per child and the units still to hold theirs', async () => {
    const { status, response } = await world.asAdmin(
      'GET',
      `/api/congress-progress/export.xlsx?unitId=${world.ids.HN}&cycle=${CYCLE}&asOf=2023-10-01&lang=vi`,
    );
    expect(status, response.body).toBe(200);
    expect(response.headers['content-type']).toContain('spreadsheetml');
    expect(response.headers['content-disposition']).toContain('tien-do-dai-hoi-HN-2023-2028-2023-10-01.xlsx');
    const workbook = await openWorkbook(response.rawPayload);
    const [sheet, missing] = workbook.worksheets;
    const text = (address: string) => sheet!.getCell(address).value;
    expect([text('A1'), text('A2'), text('F1'), text('F2'), text('A4'), text('A6')]).toEqual([
      'TỔNG LIÊN ĐOÀN LAO ĐỘNG VIỆT NAM',
      'LIÊN ĐOÀN LAO ĐỘNG THÀNH PHỐ HÀ NỘI',
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'Độc lập - Tự do - Hạnh phúc',
      'BÁO CÁO TIẾN ĐỘ ĐẠI HỘI CÔNG ĐOÀN CÁC CẤP',
      `(Tính đến ngày ${formatDateVi('2023-10-01')})`,
    ]);
    expect(text('A5')).toBe('Liên đoàn Lao động thành phố Hà Nội — Nhiệm kỳ 2023–2028');
    expect((sheet!.getRow(9).values as unknown[]).slice(1)).toEqual(
      Array.from({ length: 9 }, (_, i) => `(${i + 1})`),
    );
    const row = (number: number) => (sheet!.getRow(number).values as unknown[]).slice(1);
    expect([row(10), row(11), row(12)]).toEqual([
      [1, 'Liên đoàn Lao động thành phố Hà Nội (đại hội của đơn vị)', 1, 0, 0, 0, 0, 1, 0],
      [2, 'Liên đoàn Lao động quận Hoàng Mai', 2, 0, 0, 0, 0, 2, 2],
      [3, 'Liên đoàn Lao động quận Long Biên', 3, 3, 100, 1, 0, 0, 0],
    ]);
    expect(String(row(13)[0])).toBe(
      'Tổng cộng: 3/6 đơn vị đã tổ chức đại hội, 1 đã được công nhận, 2 chậm so với kế hoạch',
    );
    const missingRow = (number: number) => (missing!.getRow(number).values as unknown[]).slice(1);
    expect(missing!.getCell('A4').value).toBe('DANH SÁCH ĐƠN VỊ CHƯA TỔ CHỨC ĐẠI HỘI');
    expect([missingRow(10), missingRow(11), missingRow(12)]).toEqual([
      [
        1,
        'Công đoàn cơ sở Trường Tiểu học Hoàng Mai',
        'G-TRUONG',
        'Công đoàn cơ sở',
        'Liên đoàn Lao động quận Hoàng Mai',
        'Chuẩn bị',
        undefined,
        'Chậm',
      ],
      [
        2,
        'Liên đoàn Lao động quận Hoàng Mai',
        'HM',
        'Công đoàn cấp trên trực tiếp cơ sở',
        'Liên đoàn Lao động thành phố Hà Nội',
        'Chưa triển khai',
        undefined,
        'Chậm',
      ],
      [
        3,
        'Liên đoàn Lao động thành phố Hà Nội',
        'HN',
        'Công đoàn cấp tỉnh, ngành trung ương',
        'Tổng Liên đoàn Lao động Việt Nam',
        'Chưa triển khai',
      ],
    ]);
  });

  it("exports it in the requester's language: English headings, sheet names and labels", async () => {
    const { status, response } = await world.asAdmin(
      'GET',
      `/api/congress-progress/export.xlsx?unitId=${world.ids.HN}&cycle=${CYCLE}&asOf=2023-10-01&lang=en`,
    );
    expect(status, response.body).toBe(200);
    const [sheet, missing] = (await openWorkbook(response.rawPayload)).worksheets;
    expect([sheet!.name, missing!.name]).toEqual(['Congress progress', 'Not held']);
    expect([sheet!.getCell('F1').value, sheet!.getCell('A4').value, sheet!.getCell('A6').value]).toEqual([
      'SOCIALIST REPUBLIC OF VIETNAM',
      'PROGRESS OF UNION CONGRESSES AT ALL LEVELS',
      '(As of 01/10/2023)',
    ]);
    expect((sheet!.getRow(8).values as unknown[]).slice(1, 4)).toEqual([
      'No.',
      'Unit',
      'Units to hold a congress',
    ]);
    const firstMissing = (missing!.getRow(10).values as unknown[]).slice(1);
    expect([firstMissing[3], firstMissing[5], firstMissing[7]]).toEqual([
      'Grassroots unions',
      'Planned',
      'Late',
    ]);
  });

  it('keeps to scope: Long Biên reads its own progress, not Hoàng Mai’s nor Hà Nội’s', async () => {
    expect((await progress(world.ids.LB!, '2023-10-01', world.asLongBien)).status).toBe(200);
    for (const unit of [world.ids.HM!, world.ids.HN!, world.ids['G-TRUONG']!]) {
      expect((await progress(unit, '2023-10-01', world.asLongBien)).status).toBe(404);
      const exported = await world.asLongBien(
        'GET',
        `/api/congress-progress/export.xlsx?unitId=${unit}&cycle=${CYCLE}&asOf=2023-10-01`,
      );
      expect(exported.status).toBe(404);
    }
  });
});

describe('a union founded after its deadline', () => {
  it('is listed as still to hold its congress, but not as late', async () => {
    const founded = await world.asAdmin('POST', '/api/org-units', {
      code: 'G-MOI-2023',
      name: 'Công đoàn cơ sở Công ty Mới Thành Lập',
      type: 'grassroots',
      parentId: world.ids.LB,
      effectiveDate: '2023-08-01',
      reason: 'Thành lập công đoàn cơ sở',
    });
    expect(founded.status).toBe(201);
    const newcomer = founded.body.unitIds[0];
    const { body } = await progress(world.ids.HN!, '2023-08-02');
    const listed = body.missing.find((unit: { id: number }) => unit.id === newcomer);
    expect(listed).toMatchObject({ late: false });
    // the unions due by 30/6 and still without a congress stay late
    expect(body.missing.filter((unit: { late: boolean }) => unit.late).length).toBeGreaterThan(0);
  });
});
