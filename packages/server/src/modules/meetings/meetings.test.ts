// Committee meetings: sessions numbered in the committee, the quorum by the rule on the day (exactly two
// thirds passes, one fewer is refused and saves nothing), only while the committee sits, tasks given within
// the committee's subtree, followed up (overdue as of a date, reported done by the owner unit's officer),
// the minutes and the resolution as Word documents, and scope.
import type { Meeting, ResolutionTask } from '@congdoan/domain';
import { admitMemberBody } from '@congdoan/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queryRows, sql } from '../../db/client.ts';
import { createTestContext, createUser, signIn, type TestContext } from '../../test/context.ts';
import { docxLines } from '../../test/docx.ts';
import { admitMember } from '../members/service.ts';
import { admission, buildMemberTree, memberAccounts } from '../members/test-members.ts';
import { requester, type UnitIds } from '../org/test-tree.ts';
import { insertCommittee } from './test-meetings.ts';

type Request = ReturnType<typeof requester>;

describe('committee meetings', () => {
  let ctx: TestContext;
  let ids: UnitIds;
  let asLongBien: Request;
  let asViewer: Request;
  let asOfficer: Request;
  let asHoangMai: Request;
  /** LĐLĐ Long Biên's executive committee: six seats */
  let committee: number;
  let ended: number;
  let hoangMaiCommittee: number;

  const session = (overrides: Record<string, unknown> = {}) => ({
    committeeId: committee,
    heldOn: '2024-12-20',
    place: 'Hội trường LĐLĐ quận Long Biên',
    chairedBy: 'Nguyễn Văn An',
    convened: 6,
    present: 4,
    absentees: ['Lê Văn Cường', 'Phạm Thị Dung'],
    agenda: ['Tổng kết công tác công đoàn năm 2024', 'Phương hướng, nhiệm vụ năm 2025'],
    documentsAdopted: ['Báo cáo tổng kết năm 2024 và phương hướng năm 2025'],
    opinionsHeard: 16,
    opinionsSummary: 'Các ý kiến tán thành báo cáo.',
    conclusion: 'Hội nghị thống nhất thông qua báo cáo.',
    ...overrides,
  });
  const meetingCount = async () =>
    (
      await queryRows<{ meetings: number; tasks: number; audits: number }>(
        ctx.database.db,
        sql`select (select count(*)::int from committee_meetings) as meetings,
              (select count(*)::int from resolution_tasks) as tasks,
              (select count(*)::int from audit_log where entity = 'meeting') as audits`,
      )
    )[0];

  beforeAll(async () => {
    ctx = await createTestContext();
    ids = await buildMemberTree(ctx);
    const accounts = await memberAccounts(ctx, ids);
    asLongBien = accounts.asLongBien;
    asViewer = accounts.asViewer;
    await createUser(ctx, 'nhua.officer', 'unit_officer', ids['G-NHUA']!);
    asOfficer = requester(ctx, (await signIn(ctx, 'nhua.officer')).cookie);
    await createUser(ctx, 'hoangmai', 'unit_admin', ids.HM!);
    asHoangMai = requester(ctx, (await signIn(ctx, 'hoangmai')).cookie);
    await ctx.database.db.transaction(async (tx) => {
      const seat = async (unitId: number, count: number) => {
        const seated: number[] = [];
        for (let index = 0; index < count; index++) {
          seated.push(
            await admitMember(
              tx,
              null,
              admitMemberBody.parse(admission(unitId, { admittedOn: '2015-01-01' })),
            ),
          );
        }
        return seated;
      };
      const seats = await seat(ids['G-NHUA']!, 6);
      committee = await insertCommittee(tx, { unitId: ids.LB!, memberIds: seats, presentedOn: '2023-06-01' });
      ended = await insertCommittee(tx, {
        unitId: ids['G-DETMAY']!,
        memberIds: await seat(ids['G-DETMAY']!, 3),
        presentedOn: '2018-05-01',
        endedOn: '2023-05-01',
        cycle: '2018-2023',
      });
      hoangMaiCommittee = await insertCommittee(tx, {
        unitId: ids.HM!,
        memberIds: await seat(ids['G-TRUONG']!, 3),
        presentedOn: '2023-06-01',
      });
    });
  });
  afterAll(() => ctx.close());

  it('numbers sessions 1 then 2 in the committee, and accepts exactly two thirds present', async () => {
    const first = await asLongBien('POST', '/api/meetings', session({ heldOn: '2024-06-20' }));
    expect(first.status, JSON.stringify(first.body)).toBe(201);
    const meeting: Meeting = first.body;
    expect(meeting.sessionNumber).toBe(1);
    expect(meeting.quorumNeeded).toBe(4);
    expect(meeting.committee).toMatchObject({
      id: committee,
      body: 'executiveCommittee',
      cycle: '2023-2028',
    });
    expect(meeting.committee.unit.name).toBe('Liên đoàn Lao động quận Long Biên');
    expect(meeting.opinionsHeard).toBe(16);
    const second = await asLongBien('POST', '/api/meetings', session({ present: 5 }));
    expect(second.status, JSON.stringify(second.body)).toBe(201);
    expect(second.body.sessionNumber).toBe(2);
    // A session dated before the last one recorded is refused: sessions are numbered in date order.
    const earlier = await asLongBien('POST', '/api/meetings', session({ heldOn: '2024-06-19' }));
    expect([earlier.status, earlier.body.error.code]).toEqual([422, 'MEETING_BEFORE_LAST_SESSION']);
    const listed = await asLongBien('GET', `/api/meetings?committeeId=${committee}`);
    expect(listed.body.map((item: Meeting) => item.sessionNumber)).toEqual([2, 1]);
    const byUnit = await asViewer('GET', `/api/meetings?unitId=${ids.LB}`);
    expect(byUnit.body.map((item: Meeting) => item.sessionNumber)).toEqual([2, 1]);
    const audits = await queryRows<{ action: string }>(
      ctx.database.db,
      sql`select action from audit_log where entity = 'meeting' and entity_id = ${String(meeting.id)}`,
    );
    expect(audits.map((row) => row.action)).toEqual(['create']);
  });

  it('refuses a session one short of the quorum, or convening more than the seats, and saves nothing', async () => {
    const before = await meetingCount();
    const short = await asLongBien(
      'POST',
      '/api/meetings',
      session({
        present: 3,
        resolutions: [{ title: 'NQ', tasks: [{ description: 'x', ownerName: 'A', deadline: '2025-01-01' }] }],
      }),
    );
    expect([short.status, short.body.error.code]).toEqual([422, 'MEETING_QUORUM_NOT_MET']);
    expect(short.body.error.message).toContain('3/6');
    expect(short.body.error.message).toContain('4');
    const over = await asLongBien('POST', '/api/meetings', session({ convened: 7, present: 7 }));
    expect([over.status, over.body.error.code]).toEqual([422, 'MEETING_CONVENED_OVER_SEATS']);
    const present = await asLongBien('POST', '/api/meetings', session({ present: 7 }));
    expect([present.status, present.body.error.code]).toEqual([422, 'MEETING_PRESENT_OVER_CONVENED']);
    expect(await meetingCount()).toEqual(before);
  });

  it('refuses a session on a day the committee was not sitting, or in the future', async () => {
    const early = await asLongBien('POST', '/api/meetings', session({ heldOn: '2023-05-31' }));
    expect([early.status, early.body.error.code]).toEqual([422, 'MEETING_COMMITTEE_NOT_SITTING']);
    const after = await asLongBien(
      'POST',
      '/api/meetings',
      session({ committeeId: ended, heldOn: '2023-05-01', convened: 3, present: 3 }),
    );
    expect([after.status, after.body.error.code]).toEqual([422, 'MEETING_COMMITTEE_NOT_SITTING']);
    const during = await asLongBien(
      'POST',
      '/api/meetings',
      session({ committeeId: ended, heldOn: '2023-04-30', convened: 3, present: 2 }),
    );
    expect(during.status, JSON.stringify(during.body)).toBe(201);
    const future = await asLongBien('POST', '/api/meetings', session({ heldOn: '2099-01-01' }));
    expect([future.status, future.body.error.code]).toEqual([422, 'DATE_IN_FUTURE']);
  });

  it('lists tasks by deadline, overdue as of a date, and the owner unit’s officer reports one done', async () => {
    const created = await asLongBien(
      'POST',
      '/api/meetings',
      session({
        heldOn: '2024-12-21',
        resolutions: [
          {
            number: '05/NQ-BCH',
            title: 'Nghị quyết về nhiệm vụ năm 2025',
            content: 'Ban Chấp hành thống nhất các nhiệm vụ trọng tâm năm 2025.',
            tasks: [
              {
                description: 'Phát triển 500 đoàn viên mới',
                ownerUnitId: ids['G-NHUA'],
                deadline: '2025-06-30',
              },
              {
                description: 'Hoàn thành đại hội CĐCS',
                ownerUnitId: ids['G-DETMAY'],
                deadline: '2025-03-31',
              },
              {
                description: 'Tổng hợp báo cáo 6 tháng',
                ownerName: 'Văn phòng LĐLĐ',
                deadline: '2025-12-31',
              },
            ],
          },
        ],
      }),
    );
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    const [resolution] = (created.body as Meeting).resolutions;
    expect(resolution!.tasks.map((task) => task.ownerUnit?.name ?? task.ownerName)).toEqual([
      'Công đoàn cơ sở Công ty Cổ phần Nhựa Long Biên',
      'Công đoàn cơ sở Công ty Dệt may Long Biên',
      'Văn phòng LĐLĐ',
    ]);
    const all = await asLongBien('GET', `/api/tasks?unitId=${ids.LB}&asOf=2025-05-01`);
    expect(all.status).toBe(200);
    expect(all.body.map((task: ResolutionTask) => [task.deadline, task.overdue])).toEqual([
      ['2025-03-31', true],
      ['2025-06-30', false],
      ['2025-12-31', false],
    ]);
    const overdue = await asLongBien('GET', `/api/tasks?unitId=${ids.LB}&overdue=true&asOf=2025-07-01`);
    expect(overdue.body.map((task: ResolutionTask) => task.description)).toEqual([
      'Hoàn thành đại hội CĐCS',
      'Phát triển 500 đoàn viên mới',
    ]);
    // The plastics union sees the task it owns, though the committee is above it.
    const owned = await asOfficer('GET', `/api/tasks?unitId=${ids['G-NHUA']}`);
    expect(owned.body.map((task: ResolutionTask) => task.description)).toEqual([
      'Phát triển 500 đoàn viên mới',
    ]);
    const task = owned.body[0] as ResolutionTask;

    const noDate = await asOfficer('PATCH', `/api/tasks/${task.id}`, { status: 'done' });
    expect([noDate.status, noDate.body.error.code]).toEqual([422, 'TASK_DONE_ON_REQUIRED']);
    const tooEarly = await asOfficer('PATCH', `/api/tasks/${task.id}`, {
      status: 'done',
      doneOn: '2024-11-01',
    });
    expect([tooEarly.status, tooEarly.body.error.code]).toEqual([422, 'TASK_DONE_BEFORE_MEETING']);
    const done = await asOfficer('PATCH', `/api/tasks/${task.id}`, { status: 'done', doneOn: '2025-06-15' });
    expect(done.status, JSON.stringify(done.body)).toBe(200);
    expect(done.body).toMatchObject({ status: 'done', doneOn: '2025-06-15', overdue: false });
    const after = await asLongBien('GET', `/api/tasks?unitId=${ids.LB}&overdue=true&asOf=2025-07-01`);
    expect(after.body.map((task: ResolutionTask) => task.description)).toEqual(['Hoàn thành đại hội CĐCS']);
    // The plastics union's officer may not touch a task another union owns.
    const other = all.body[0] as ResolutionTask;
    const refused = await asOfficer('PATCH', `/api/tasks/${other.id}`, {
      status: 'done',
      doneOn: '2025-06-15',
    });
    expect(refused.status).toBe(404);
    const viewer = await asViewer('PATCH', `/api/tasks/${other.id}`, { note: 'x' });
    expect(viewer.status).toBe(403);
  });

  it('refuses a task owner outside the caller’s reach as an unknown unit, unnamed, saving nothing', async () => {
    const before = await meetingCount();
    const outside = await asLongBien(
      'POST',
      '/api/meetings',
      session({
        resolutions: [
          {
            title: 'NQ',
            tasks: [{ description: 'Việc', ownerUnitId: ids['G-TRUONG'], deadline: '2025-06-30' }],
          },
        ],
      }),
    );
    expect([outside.status, outside.body.error.code]).toEqual([404, 'UNIT_NOT_FOUND']);
    expect(JSON.stringify(outside.body)).not.toContain('Hoàng Mai');
    expect(await meetingCount()).toEqual(before);
  });

  it('writes the minutes and the resolution as Word documents', async () => {
    const created = await asLongBien(
      'POST',
      '/api/meetings',
      session({
        heldOn: '2024-12-27',
        resolutions: [
          {
            number: '06/NQ-BCH',
            title: 'Nghị quyết Hội nghị lần thứ sáu',
            content: 'Thông qua báo cáo tổng kết năm 2024.',
            tasks: [
              { description: 'Triển khai nghị quyết', ownerUnitId: ids['G-NHUA'], deadline: '2025-02-28' },
            ],
          },
        ],
      }),
    );
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    const meeting: Meeting = created.body;
    const minutes = await ctx.app.inject({
      method: 'GET',
      url: `/api/meetings/${meeting.id}/minutes.docx`,
      headers: { cookie: (await signIn(ctx, 'longbien')).cookie, 'accept-language': 'vi' },
    });
    expect(minutes.statusCode).toBe(200);
    expect(minutes.headers['content-type']).toContain('wordprocessingml');
    const lines = docxLines(minutes.rawPayload);
    expect(lines).toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
    expect(lines).toContain('LIÊN ĐOÀN LAO ĐỘNG THÀNH PHỐ HÀ NỘI');
    expect(lines).toContain('LIÊN ĐOÀN LAO ĐỘNG QUẬN LONG BIÊN');
    expect(lines).toContain('BIÊN BẢN');
    expect(lines).toContain(
      `Hội nghị Ban Chấp hành Liên đoàn Lao động quận Long Biên nhiệm kỳ 2023–2028, kỳ họp thứ ${meeting.sessionNumber}`,
    );
    expect(lines).toContain('Hội trường LĐLĐ quận Long Biên, ngày 27 tháng 12 năm 2024');
    expect(lines.some((line) => line.includes('có mặt 4/6 ủy viên'))).toBe(true);
    expect(lines).toContain('Vắng mặt: Lê Văn Cường, Phạm Thị Dung.');
    expect(lines).toContain('1. Tổng kết công tác công đoàn năm 2024');
    expect(lines).toContain('Hội nghị đã nghe 16 ý kiến phát biểu.');
    expect(lines).toContain('Hội nghị thống nhất thông qua báo cáo.');
    expect(lines).toContain('1. 06/NQ-BCH – Nghị quyết Hội nghị lần thứ sáu');
    expect(lines).toContain('CHỦ TRÌ HỘI NGHỊ');

    const resolutionId = meeting.resolutions[0]!.id;
    const download = async (url: string, language: string) =>
      ctx.app.inject({
        method: 'GET',
        url,
        headers: { cookie: (await signIn(ctx, 'longbien')).cookie, 'accept-language': language },
      });
    const vietnamese = await download(`/api/resolutions/${resolutionId}/document.docx`, 'vi');
    expect(vietnamese.statusCode).toBe(200);
    const viLines = docxLines(vietnamese.rawPayload);
    expect(viLines).toContain('NGHỊ QUYẾT');
    expect(viLines).toContain('Số: 06/NQ-BCH');
    expect(viLines).toContain('TM. BAN CHẤP HÀNH');
    const english = await download(`/api/resolutions/${resolutionId}/document.docx`, 'en');
    const resolutionLines = docxLines(english.rawPayload);
    expect(resolutionLines).toContain('RESOLUTION');
    expect(resolutionLines).toContain('No. 06/NQ-BCH');
    expect(resolutionLines).toContain('Nghị quyết Hội nghị lần thứ sáu');
    expect(resolutionLines).toContain('Thông qua báo cáo tổng kết năm 2024.');
    expect(resolutionLines).toContain('Triển khai nghị quyết');
    expect(resolutionLines).toContain('Công đoàn cơ sở Công ty Cổ phần Nhựa Long Biên');
    expect(resolutionLines).toContain('28/02/2025');
    expect(resolutionLines).toContain('FOR THE EXECUTIVE COMMITTEE');
  });

  it('keeps Long Biên out of Hoàng Mai’s meetings and Hoàng Mai out of Long Biên’s', async () => {
    const hoangMai = await asHoangMai('POST', '/api/meetings', {
      ...session(),
      committeeId: hoangMaiCommittee,
      convened: 3,
      present: 2,
    });
    expect(hoangMai.status, JSON.stringify(hoangMai.body)).toBe(201);
    const id = (hoangMai.body as Meeting).id;
    const before = await meetingCount();
    const write = await asLongBien('POST', '/api/meetings', {
      ...session(),
      committeeId: hoangMaiCommittee,
      convened: 3,
      present: 3,
    });
    expect(write.status).toBe(404);
    expect(await meetingCount()).toEqual(before);
    expect((await asLongBien('GET', `/api/meetings/${id}`)).status).toBe(404);
    expect((await asLongBien('GET', `/api/meetings?committeeId=${hoangMaiCommittee}`)).status).toBe(404);
    expect((await asLongBien('GET', `/api/meetings/${id}/minutes.docx`)).status).toBe(404);
    expect((await asLongBien('GET', `/api/tasks?unitId=${ids.HM}`)).status).toBe(404);
    const own = await asHoangMai('GET', `/api/meetings?committeeId=${committee}`);
    expect(own.status).toBe(404);
    // A viewer reads but does not write.
    expect((await asViewer('GET', `/api/meetings?committeeId=${committee}`)).status).toBe(200);
    expect((await asViewer('POST', '/api/meetings', session())).status).toBe(403);
  });
});
