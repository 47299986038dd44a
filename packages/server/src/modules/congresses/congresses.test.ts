// A unit's congress over HTTP: plans with pilots, recording a congress step by step and the holding checks
// (quorum, delegate congress by size), recognition only by the superior, the term it opens and the
// superior's shift within the limit, the documents kept with it, and scope. Every refusal changes nothing.
import { addMonths, todayInVietnam } from '@congdoan/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestContext } from '../../test/context.ts';
import { multipart } from '../member-import/test-sheets.ts';
import {
  buildCongressWorld,
  type Client,
  type CongressWorld,
  congressCounts,
  insertMembers,
} from './test-congresses.ts';

let ctx: TestContext;
let world: CongressWorld;
const CYCLE = '2023-2028';

beforeAll(async () => {
  ctx = await createTestContext();
  world = await buildCongressWorld(ctx);
  // Nhựa Long Biên has 150 members (a delegate congress), Dệt may 40 (an all-member one).
  await insertMembers(ctx, world.ids['G-NHUA']!, 150);
  await insertMembers(ctx, world.ids['G-DETMAY']!, 40);
});
afterAll(() => ctx.close());

/** Runs a request that must be refused, and proves it changed nothing. */
async function refused(request: () => ReturnType<Client>) {
  const before = await congressCounts(ctx);
  const response = await request();
  expect(await congressCounts(ctx)).toEqual(before);
  return [response.status, response.body?.error?.code];
}

async function createCongress(unitId: number, extra: object = {}, who = world.asAdmin) {
  const response = await who('POST', '/api/congresses', { unitId, cycle: CYCLE, ...extra });
  expect(response.status, JSON.stringify(response.body)).toBe(201);
  return response.body;
}

describe('congress plans', () => {
  it('issues a plan with pilots: each pilot without a congress gets one, planned and marked', async () => {
    const plan = {
      issuerUnitId: world.ids.LB,
      cycle: CYCLE,
      title: 'Kế hoạch tổ chức Đại hội Công đoàn cơ sở nhiệm kỳ 2023–2028',
      documentNumber: '45/KH-LĐLĐ',
      issuedOn: '2022-11-01',
      deadlines: [{ level: 'grassroots', deadline: '2023-06-30' }],
      pilotUnitIds: [world.ids['G-NHUA']],
    };
    const { status, body } = await world.asLongBien('POST', '/api/congress-plans', plan);
    expect(status, JSON.stringify(body)).toBe(201);
    expect(body).toMatchObject({
      issuer: { id: world.ids.LB, name: 'Liên đoàn Lao động quận Long Biên' },
      pilots: [{ id: world.ids['G-NHUA'], name: 'Công đoàn cơ sở Công ty Cổ phần Nhựa Long Biên' }],
      deadlines: [{ level: 'grassroots', deadline: '2023-06-30' }],
    });
    const list = await world.asLongBien(
      'GET',
      `/api/congresses?unitId=${world.ids['G-NHUA']}&cycle=${CYCLE}`,
    );
    expect(list.body.items).toEqual([
      expect.objectContaining({ status: 'planned', isPilot: true, kind: 'delegate', heldOn: null }),
    ]);
    const congress = await world.asLongBien('GET', `/api/congresses/${list.body.items[0].id}`);
    expect(congress.body.planId).toBe(body.id);
    // The plan applies to the units under Long Biên, which read it though they cannot write Long Biên.
    const forGrassroots = await world.asNhua('GET', `/api/congress-plans?cycle=${CYCLE}`);
    expect(forGrassroots.body.map((item: { id: number }) => item.id)).toEqual([body.id]);
    expect((await world.asNhua('GET', `/api/congress-plans/${body.id}`)).status).toBe(200);
  });

  it.each([
    ['a pilot outside the issuer’s subtree', { pilotUnitIds: ['G-TRUONG'] }, 422, 'PILOT_OUTSIDE_PLAN'],
    [
      'a pilot that holds no congress (a division)',
      { pilotUnitIds: ['G-NHUA-PX1'] },
      422,
      'UNIT_HOLDS_NO_CONGRESS',
    ],
    ['a plan issued by a unit outside one’s scope', { issuer: 'HM' }, 404, 'NOT_FOUND'],
    ['a plan dated in the future', { issuedOn: '2099-01-01' }, 422, 'DATE_IN_FUTURE'],
  ])('refuses %s', async (_name, change, status, code) => {
    const {
      pilotUnitIds = [],
      issuer = 'LB',
      issuedOn = '2022-11-01',
    } = change as {
      pilotUnitIds?: string[];
      issuer?: string;
      issuedOn?: string;
    };
    const body = {
      issuerUnitId: world.ids[issuer],
      cycle: CYCLE,
      title: 'Kế hoạch',
      issuedOn,
      deadlines: [{ level: 'grassroots', deadline: '2023-06-30' }],
      pilotUnitIds: pilotUnitIds.map((code) => world.ids[code]),
    };
    expect(await refused(() => world.asLongBien('POST', '/api/congress-plans', body))).toEqual([
      status,
      code,
    ]);
  });
});

describe('recording a congress', () => {
  it('refuses a unit that holds no congress, a second congress of the cycle, and a viewer', async () => {
    expect(
      await refused(() =>
        world.asLongBien('POST', '/api/congresses', { unitId: world.ids['G-NHUA-PX1'], cycle: CYCLE }),
      ),
    ).toEqual([422, 'UNIT_HOLDS_NO_CONGRESS']);
    expect(
      await refused(() =>
        world.asLongBien('POST', '/api/congresses', { unitId: world.ids['G-NHUA'], cycle: CYCLE }),
      ),
    ).toEqual([409, 'CONGRESS_EXISTS']);
    expect(
      await refused(() =>
        world.asViewer('POST', '/api/congresses', { unitId: world.ids['G-DETMAY'], cycle: CYCLE }),
      ),
    ).toEqual([403, 'ROLE_FORBIDDEN']);
  });

  it('goes from planned to scheduled to held, and holding opens the term', async () => {
    const congress = await createCongress(world.ids['G-DETMAY']!, {}, world.asLongBien);
    expect(congress).toMatchObject({
      status: 'planned',
      kind: 'allMember',
      checks: { members: 40, requiredKind: 'allMember', delegateCap: null, quorumNeeded: null },
      term: null,
    });
    const scheduled = await world.asLongBien('PATCH', `/api/congresses/${congress.id}`, {
      scheduledOn: '2023-05-20',
      place: 'Hội trường Công ty Dệt may Long Biên',
    });
    expect(scheduled.body).toMatchObject({ status: 'scheduled', scheduledOn: '2023-05-20' });
    const held = await world.asLongBien('PATCH', `/api/congresses/${congress.id}`, {
      heldOn: '2023-05-20',
      delegatesConvened: 40,
      delegatesPresent: 27,
      bodies: { presidium: ['Nguyễn Văn An', 'Trần Thị Bình'], countingBoard: ['Lê Văn Cường'] },
      subcommittees: [{ name: 'Tiểu ban văn kiện', members: ['Phạm Thị Dung'] }],
      guests: ['Đại diện LĐLĐ quận Long Biên'],
    });
    expect(held.status, JSON.stringify(held.body)).toBe(200);
    expect(held.body).toMatchObject({
      status: 'held',
      heldOn: '2023-05-20',
      checks: { members: 40, requiredKind: 'allMember', quorumNeeded: 27, quorumMet: true },
      bodies: {
        presidium: ['Nguyễn Văn An', 'Trần Thị Bình'],
        secretariat: [],
        credentialsBoard: [],
        countingBoard: ['Lê Văn Cường'],
      },
      term: { startsOn: '2023-05-20', endsOn: '2028-05-20' },
    });
    const terms = await world.asLongBien('GET', `/api/org-units/${world.ids['G-DETMAY']}/terms`);
    expect(terms.body).toEqual([
      expect.objectContaining({
        cycle: CYCLE,
        congressId: congress.id,
        startsOn: '2023-05-20',
        shiftMonths: 0,
      }),
    ]);
    // Correcting the date moves the term with it; a held congress cannot be made unheld.
    const corrected = await world.asLongBien('PATCH', `/api/congresses/${congress.id}`, {
      heldOn: '2023-05-21',
    });
    expect(corrected.body.term).toEqual({ startsOn: '2023-05-21', endsOn: '2028-05-21' });
    expect(
      await refused(() => world.asLongBien('PATCH', `/api/congresses/${congress.id}`, { heldOn: null })),
    ).toEqual([409, 'CONGRESS_ALREADY_HELD']);
  });

  it('holds a union of 150 members only as a delegate congress, with two thirds of the convened present', async () => {
    const list = await world.asLongBien('GET', `/api/congresses?unitId=${world.ids['G-NHUA']}`);
    const id = list.body.items[0].id;
    const patch = (body: object) => world.asLongBien('PATCH', `/api/congresses/${id}`, body);
    const facts = { heldOn: '2023-04-15', delegatesConvened: 150, delegatesPresent: 100 };
    expect(await refused(() => patch({ ...facts, kind: 'allMember' }))).toEqual([
      422,
      'DELEGATE_CONGRESS_REQUIRED',
    ]);
    const oneShort = await refused(() => patch({ ...facts, delegatesPresent: 99 }));
    expect(oneShort).toEqual([422, 'QUORUM_NOT_MET']);
    const short = await patch({ ...facts, delegatesPresent: 99 });
    expect(short.body.error.message).toBe(
      'The congress is not quorate: 99 of 150 present, at least 100 needed',
    );
    expect(await refused(() => patch({ ...facts, delegatesConvened: 151, delegatesPresent: 151 }))).toEqual([
      422,
      'DELEGATES_OVER_CAP',
    ]);
    expect(await refused(() => patch({ ...facts, delegatesAppointed: 8 }))).toEqual([
      422,
      'APPOINTED_DELEGATES_TOO_MANY',
    ]);
    expect(await refused(() => patch({ ...facts, heldOn: addMonths(todayInVietnam(), 1) }))).toEqual([
      422,
      'DATE_IN_FUTURE',
    ]);
    expect(await refused(() => patch({ heldOn: '2023-04-15' }))).toEqual([422, 'CONGRESS_FIGURES_MISSING']);
    const held = await patch({ ...facts, delegatesAppointed: 7 });
    expect(held.status, JSON.stringify(held.body)).toBe(200);
    expect(held.body).toMatchObject({
      status: 'held',
      kind: 'delegate',
      checks: {
        members: 150,
        requiredKind: 'delegate',
        delegateCap: 150,
        quorumNeeded: 100,
        quorumMet: true,
      },
    });
  });
});

describe('recognition by the superior', () => {
  let id: number;
  beforeAll(async () => {
    const list = await world.asAdmin('GET', `/api/congresses?unitId=${world.ids['G-NHUA']}`);
    id = list.body.items[0].id;
  });

  it('is refused to the unit itself, and to anyone before the congress is held', async () => {
    const recognise = (who: Client, recognisedOn = '2023-04-25') =>
      who('POST', `/api/congresses/${id}/recognise`, { recognisedOn, decisionNumber: '12/QĐ-LĐLĐ' });
    expect(await refused(() => recognise(world.asNhua))).toEqual([403, 'RECOGNITION_BY_SUPERIOR_ONLY']);
    expect(await refused(() => recognise(world.asViewer))).toEqual([403, 'ROLE_FORBIDDEN']);
    expect(await refused(() => recognise(world.asLongBien, '2023-04-14'))).toEqual([
      422,
      'RECOGNISED_BEFORE_HELD',
    ]);
    const planned = await createCongress(world.ids['G-TRUONG']!);
    expect(
      await refused(() =>
        world.asAdmin('POST', `/api/congresses/${planned.id}/recognise`, { recognisedOn: '2023-04-25' }),
      ),
    ).toEqual([409, 'CONGRESS_NOT_HELD']);
  });

  it('is given by the union above, and then the date and figures stay as recognised', async () => {
    const response = await world.asLongBien('POST', `/api/congresses/${id}/recognise`, {
      recognisedOn: '2023-04-25',
      decisionNumber: '12/QĐ-LĐLĐ',
    });
    expect(response.status, JSON.stringify(response.body)).toBe(200);
    expect(response.body).toMatchObject({
      status: 'recognised',
      recognisedOn: '2023-04-25',
      recognitionDecision: '12/QĐ-LĐLĐ',
    });
    expect(
      await refused(() =>
        world.asLongBien('POST', `/api/congresses/${id}/recognise`, { recognisedOn: '2023-04-26' }),
      ),
    ).toEqual([409, 'CONGRESS_ALREADY_RECOGNISED']);
    expect(
      await refused(() => world.asNhua('PATCH', `/api/congresses/${id}`, { delegatesPresent: 120 })),
    ).toEqual([409, 'CONGRESS_RECOGNISED_LOCKED']);
    const noted = await world.asNhua('PATCH', `/api/congresses/${id}`, { notes: 'Đại hội điểm của quận' });
    expect(noted.body).toMatchObject({ status: 'recognised', notes: 'Đại hội điểm của quận' });
  });

  it('of Long Biên’s own congress belongs to Hà Nội, not to Long Biên', async () => {
    const own = await createCongress(world.ids.LB!, {
      kind: 'delegate',
      heldOn: '2023-09-10',
      delegatesConvened: 150,
      delegatesPresent: 140,
    });
    const body = { recognisedOn: '2023-09-20' };
    expect(
      await refused(() => world.asLongBien('POST', `/api/congresses/${own.id}/recognise`, body)),
    ).toEqual([403, 'RECOGNITION_BY_SUPERIOR_ONLY']);
    expect((await world.asHanoi('POST', `/api/congresses/${own.id}/recognise`, body)).status).toBe(200);
  });
});

describe('the term and its shift by the superior', () => {
  let id: number;
  beforeAll(async () => {
    const list = await world.asAdmin('GET', `/api/congresses?unitId=${world.ids['G-NHUA']}`);
    id = list.body.items[0].id;
  });
  const setTerm = (who: Client, endsOn: string) =>
    who('PUT', `/api/congresses/${id}/term`, {
      endsOn,
      decisionNumber: '20/QĐ-LĐLĐ',
      reason: 'Đồng bộ nhiệm kỳ',
    });

  it('may be lengthened or shortened by up to 30 months, not one day more', async () => {
    // Held 15/4/2023: the standard end is 15/4/2028.
    expect(await refused(() => setTerm(world.asLongBien, '2030-10-16'))).toEqual([
      422,
      'TERM_SHIFT_TOO_LONG',
    ]);
    expect(await refused(() => setTerm(world.asLongBien, '2025-10-14'))).toEqual([
      422,
      'TERM_SHIFT_TOO_LONG',
    ]);
    const tooLong = await setTerm(world.asLongBien, '2031-04-15');
    expect(tooLong.body.error.message).toBe(
      'A 5-year term may be shifted by at most 30 months (36 months asked)',
    );
    const longest = await setTerm(world.asLongBien, '2030-10-15');
    expect(longest.status, JSON.stringify(longest.body)).toBe(200);
    expect(longest.body).toMatchObject({ startsOn: '2023-04-15', endsOn: '2030-10-15', shiftMonths: 30 });
    const shortest = await setTerm(world.asLongBien, '2025-10-15');
    expect(shortest.body).toMatchObject({
      endsOn: '2025-10-15',
      shiftMonths: -30,
      decisionNumber: '20/QĐ-LĐLĐ',
    });
    const congress = await world.asNhua('GET', `/api/congresses/${id}`);
    expect(congress.body.term).toEqual({ startsOn: '2023-04-15', endsOn: '2025-10-15' });
  });

  it('is the superior’s to shift: the unit itself is refused', async () => {
    expect(await refused(() => setTerm(world.asNhua, '2028-12-31'))).toEqual([
      403,
      'RECOGNITION_BY_SUPERIOR_ONLY',
    ]);
  });

  it('exists only once the congress is held', async () => {
    const planned = await world.asAdmin('GET', `/api/congresses?unitId=${world.ids['G-TRUONG']}`);
    expect(
      await refused(() =>
        world.asAdmin('PUT', `/api/congresses/${planned.body.items[0].id}/term`, { endsOn: '2028-12-31' }),
      ),
    ).toEqual([409, 'CONGRESS_NOT_HELD']);
  });
});

describe('documents kept with the congress', () => {
  let id: number;
  beforeAll(async () => {
    const list = await world.asAdmin('GET', `/api/congresses?unitId=${world.ids['G-DETMAY']}`);
    id = list.body.items[0].id;
  });
  const upload = (
    who: { cookie: string },
    congressId: number,
    file: { name: string; content: Buffer; type?: string },
    kind = 'politicalReport',
  ) => {
    const body = multipart({ type: 'application/pdf', ...file }, { kind });
    return ctx.app.inject({
      method: 'POST',
      url: `/api/congresses/${congressId}/documents`,
      payload: body.payload,
      headers: { ...who, ...body.headers, 'accept-language': 'en' },
    });
  };
  let cookies: { longBien: { cookie: string }; hoangMai: { cookie: string } };
  beforeAll(async () => {
    const { createUser, signIn } = await import('../../test/context.ts');
    await createUser(ctx, 'hoangmai', 'unit_admin', world.ids.HM!);
    cookies = { longBien: await signIn(ctx, 'longbien'), hoangMai: await signIn(ctx, 'hoangmai') };
  });

  it('uploads, lists, downloads and deletes a document', async () => {
    const content = Buffer.from('%PDF-1.4\nBáo cáo chính trị\n');
    const response = await upload(cookies.longBien, id, { name: 'Báo cáo chính trị.pdf', content });
    expect(response.statusCode, response.body).toBe(201);
    const document = response.json();
    expect(document).toMatchObject({
      kind: 'politicalReport',
      fileName: 'Báo cáo chính trị.pdf',
      contentType: 'application/pdf',
      size: content.length,
      uploadedBy: 'longbien',
    });
    const congress = await world.asLongBien('GET', `/api/congresses/${id}`);
    expect(congress.body.documents).toEqual([document]);
    const file = await world.asNhua('GET', `/api/congresses/${id}/documents/${document.id}`);
    expect(file.status).toBe(404);
    const download = await world.asLongBien('GET', `/api/congresses/${id}/documents/${document.id}`);
    expect(download.status).toBe(200);
    expect(download.response.rawPayload.equals(content)).toBe(true);
    expect(download.response.headers['content-type']).toBe('application/pdf');
    expect(download.response.headers['content-disposition']).toContain(
      `filename*=UTF-8''${encodeURIComponent('Báo cáo chính trị.pdf')}`,
    );
    expect((await world.asLongBien('DELETE', `/api/congresses/${id}/documents/${document.id}`)).status).toBe(
      204,
    );
    expect((await world.asLongBien('GET', `/api/congresses/${id}/documents/${document.id}`)).status).toBe(
      404,
    );
  });

  it('takes a file of exactly 10 MB', async () => {
    const content = Buffer.alloc(10 * 1024 * 1024, 7);
    const response = await upload(cookies.longBien, id, { name: 'nghi-quyet.pdf', content }, 'resolution');
    expect(response.statusCode, response.body).toBe(201);
    expect(response.json()).toMatchObject({ kind: 'resolution', size: content.length });
    const download = await world.asLongBien('GET', `/api/congresses/${id}/documents/${response.json().id}`);
    expect(download.response.rawPayload.equals(content)).toBe(true);
    expect(
      (await world.asLongBien('DELETE', `/api/congresses/${id}/documents/${response.json().id}`)).status,
    ).toBe(204);
  });

  it('serves a page uploaded as a document as bytes, never as a page', async () => {
    const response = await upload(cookies.longBien, id, {
      name: 'x.html',
      content: Buffer.from('<script>alert(1)</script>'),
      type: 'text/html',
    });
    const download = await world.asLongBien('GET', `/api/congresses/${id}/documents/${response.json().id}`);
    expect(download.response.headers['content-type']).toBe('application/octet-stream');
    expect(download.response.headers['content-disposition']).toMatch(/^attachment;/u);
  });

  it('refuses a file over 10 MB, an unknown kind, and a congress outside one’s scope, storing nothing', async () => {
    const big = Buffer.alloc(10 * 1024 * 1024 + 1, 1);
    const attempts: [() => ReturnType<typeof upload>, number, string][] = [
      [() => upload(cookies.longBien, id, { name: 'big.pdf', content: big }), 413, 'DOCUMENT_TOO_LARGE'],
      [
        () => upload(cookies.longBien, id, { name: 'a.pdf', content: Buffer.from('x') }, 'secret'),
        400,
        'DOCUMENT_KIND_INVALID',
      ],
      [() => upload(cookies.hoangMai, id, { name: 'a.pdf', content: Buffer.from('x') }), 404, 'NOT_FOUND'],
    ];
    for (const [attempt, status, code] of attempts) {
      const before = await congressCounts(ctx);
      const response = await attempt();
      expect([response.statusCode, response.json().error.code]).toEqual([status, code]);
      expect(await congressCounts(ctx)).toEqual(before);
    }
  });
});

describe('scope', () => {
  it('keeps Long Biên out of congresses outside Long Biên, and changes nothing when it tries', async () => {
    const truong = (await world.asAdmin('GET', `/api/congresses?unitId=${world.ids['G-TRUONG']}`)).body
      .items[0];
    const attempts: [() => ReturnType<Client>, number][] = [
      [() => world.asLongBien('GET', `/api/congresses/${truong.id}`), 404],
      [() => world.asLongBien('PATCH', `/api/congresses/${truong.id}`, { notes: 'x' }), 404],
      [() => world.asLongBien('PATCH', `/api/congresses/${truong.id}`, { heldOn: '2023-05-01' }), 404],
      [() => world.asLongBien('POST', '/api/congresses', { unitId: world.ids.HM, cycle: CYCLE }), 404],
      [() => world.asLongBien('POST', '/api/congresses', { unitId: world.ids['G-CANG'], cycle: CYCLE }), 404],
      [
        () =>
          world.asLongBien('POST', `/api/congresses/${truong.id}/recognise`, { recognisedOn: '2023-05-01' }),
        404,
      ],
      [() => world.asLongBien('PUT', `/api/congresses/${truong.id}/term`, { endsOn: '2028-05-01' }), 404],
      [() => world.asLongBien('GET', `/api/org-units/${world.ids['G-TRUONG']}/terms`), 404],
      [() => world.asLongBien('GET', `/api/congresses?unitId=${world.ids.HM}`), 404],
      [() => world.asLongBien('GET', `/api/congress-plans?unitId=${world.ids.HM}`), 404],
      [() => world.asLongBien('GET', '/api/congresses/999999'), 404],
    ];
    for (const [attempt, status] of attempts) expect((await refused(attempt))[0]).toBe(status);
    const own = await world.asLongBien('GET', `/api/congresses?cycle=${CYCLE}&pageSize=200`);
    const everything = await world.asAdmin('GET', `/api/congresses?cycle=${CYCLE}&pageSize=200`);
    const units = (body: { items: { unit: { code: string } }[] }) =>
      body.items.map((item) => item.unit.code).sort();
    expect(units(own.body)).toEqual(['G-DETMAY', 'G-NHUA', 'LB']);
    expect(units(everything.body)).toEqual(['G-DETMAY', 'G-NHUA', 'G-TRUONG', 'LB']);
  });
});

describe('the list', () => {
  it('gives a superior’s own congresses alone with subtree=false, its units’ with them by default', async () => {
    const codes = async (query: string) =>
      (
        await world.asLongBien('GET', `/api/congresses?unitId=${world.ids.LB}&cycle=${CYCLE}${query}`)
      ).body.items
        .map((item: { unit: { code: string } }) => item.unit.code)
        .sort();
    expect(await codes('&subtree=false')).toEqual(['LB']);
    expect(await codes('')).toEqual(['G-DETMAY', 'G-NHUA', 'LB']);
  });
});
