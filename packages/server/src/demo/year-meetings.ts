// Demo committee sessions (issue #5 item 1): the executive committee of Công đoàn Viên chức thành phố Hà Nội,
// khóa VI, from its first session on the day it was elected to its kỳ họp thứ 6 in December 2024, which heard
// 16 opinions and adopted the 2024 report and the 2025 direction (seed 000); sessions of LĐLĐ thành phố Hà Nội
// and of LĐLĐ quận Long Biên (seed 002) with resolutions whose tasks are mostly done and one each overdue.
// Recorded through the meetings service, which numbers the sessions and checks quorum and dates.
import { addDays, type CreateMeetingBody, createMeetingBody } from '@congdoan/domain';
import { sql } from 'drizzle-orm';
import { queryRows, type Tx } from '../db/client.ts';
import { quorumNeeded } from '../modules/meetings/queries.ts';
import { createMeeting, updateTask } from '../modules/meetings/service.ts';
import type { Actor } from '../platform/context.ts';
import { HANOI } from './hanoi-data.ts';
import { LONG_BIEN } from './longbien.ts';
import { seededRandom, seedFromText } from './random.ts';
import { idOf, type UnitCodes } from './year-world.ts';

export const CIVIL_SERVANTS = 'CDVC-HN';
/** The session of seed 000 and the number it carries in the committee's term. */
export const SIXTH_SESSION = { heldOn: '2024-12-03', number: 6, opinions: 16 };

interface TaskSpec {
  description: string;
  ownerCode?: string;
  ownerName?: string;
  deadline: string;
  /** the day it was reported done; left open otherwise */
  doneOn?: string;
}

interface SessionSpec {
  unitCode: string;
  heldOn: string;
  place: string;
  agenda: string[];
  documentsAdopted: string[];
  opinionsHeard: number;
  opinionsSummary?: string;
  conclusion: string;
  resolution?: { number: string; title: string; content?: string; tasks: TaskSpec[] };
}

const CDVC_PLACE = 'Hội trường Công đoàn Viên chức thành phố Hà Nội';
const HANOI_PLACE = 'Hội trường Liên đoàn Lao động thành phố Hà Nội';
const LB_PLACE = 'Hội trường LĐLĐ quận Long Biên';

/** Sessions 1 to 5 of the civil servants' committee: elected in 2023, it met each quarter or so. */
function civilServantsEarlier(presentedOn: string): SessionSpec[] {
  const dated = (index: number, fixed: string) => {
    const earliest = addDays(presentedOn, index * 30);
    return fixed > earliest ? fixed : earliest;
  };
  return [
    {
      unitCode: CIVIL_SERVANTS,
      heldOn: presentedOn,
      place: CDVC_PLACE,
      agenda: [
        'Bầu Ban Thường vụ',
        'Bầu Chủ tịch, Phó Chủ tịch',
        'Bầu Ủy ban Kiểm tra và Chủ nhiệm Ủy ban Kiểm tra',
      ],
      documentsAdopted: ['Quy chế làm việc của Ban Chấp hành khóa VI, nhiệm kỳ 2023 - 2028'],
      opinionsHeard: 3,
      conclusion: 'Ban Chấp hành khóa VI đã bầu Ban Thường vụ, Chủ tịch, Phó Chủ tịch và Ủy ban Kiểm tra.',
    },
    {
      unitCode: CIVIL_SERVANTS,
      heldOn: dated(1, '2023-12-14'),
      place: CDVC_PLACE,
      agenda: ['Báo cáo kết quả công tác Công đoàn năm 2023', 'Phương hướng nhiệm vụ năm 2024'],
      documentsAdopted: ['Báo cáo kết quả công tác Công đoàn năm 2023, phương hướng nhiệm vụ năm 2024'],
      opinionsHeard: 11,
      conclusion: 'Thông qua báo cáo năm 2023; tập trung chăm lo Tết Nguyên đán Giáp Thìn cho đoàn viên.',
      resolution: {
        number: '02/NQ-BCH',
        title: 'Nghị quyết về chương trình công tác năm 2024',
        tasks: [
          {
            description: 'Tổ chức chăm lo Tết Nguyên đán Giáp Thìn cho đoàn viên, CBCCVCLĐ',
            ownerName: 'Ban Chính sách pháp luật và Quan hệ lao động',
            deadline: '2024-02-05',
            doneOn: '2024-02-02',
          },
        ],
      },
    },
    {
      unitCode: CIVIL_SERVANTS,
      heldOn: dated(2, '2024-04-11'),
      place: CDVC_PLACE,
      agenda: ['Kết quả công tác quý I năm 2024', 'Triển khai Tháng Công nhân năm 2024'],
      documentsAdopted: ['Kế hoạch tổ chức Tháng Công nhân năm 2024'],
      opinionsHeard: 8,
      conclusion: 'Thống nhất kế hoạch Tháng Công nhân; các CĐCS tổ chức Hội nghị CBCCVC đúng quy định.',
    },
    {
      unitCode: CIVIL_SERVANTS,
      heldOn: dated(3, '2024-07-11'),
      place: CDVC_PLACE,
      agenda: ['Sơ kết công tác 6 tháng đầu năm 2024', 'Nhiệm vụ trọng tâm 6 tháng cuối năm 2024'],
      documentsAdopted: ['Báo cáo sơ kết 6 tháng đầu năm 2024'],
      opinionsHeard: 12,
      conclusion: 'Thông qua báo cáo sơ kết; đẩy mạnh phát triển đoàn viên 6 tháng cuối năm.',
      resolution: {
        number: '05/NQ-BCH',
        title: 'Nghị quyết về nhiệm vụ 6 tháng cuối năm 2024',
        tasks: [
          {
            description: 'Rà soát CBCCVCLĐ đủ điều kiện chưa gia nhập Công đoàn tại các CĐCS',
            ownerName: 'Ban Tổ chức',
            deadline: '2024-09-30',
            doneOn: '2024-09-26',
          },
        ],
      },
    },
    {
      unitCode: CIVIL_SERVANTS,
      heldOn: dated(4, '2024-10-10'),
      place: CDVC_PLACE,
      agenda: ['Hướng dẫn tổng kết năm 2024', 'Hướng dẫn đánh giá, xếp loại CĐCS năm 2024'],
      documentsAdopted: ['Hướng dẫn đánh giá, xếp loại Công đoàn cơ sở năm 2024'],
      opinionsHeard: 9,
      conclusion: 'Các CĐCS tự đánh giá, chấm điểm và gửi về Công đoàn Viên chức Thành phố trước 15/01/2025.',
    },
  ];
}

/** Seed 000: Hội nghị BCH Công đoàn Viên chức thành phố Hà Nội khóa VI, kỳ họp thứ 6. */
const SIXTH: Omit<SessionSpec, 'heldOn'> = {
  unitCode: CIVIL_SERVANTS,
  place: CDVC_PLACE,
  agenda: [
    'Báo cáo kết quả công tác Công đoàn năm 2024, phương hướng nhiệm vụ năm 2025',
    'Báo cáo thi đua khen thưởng Công đoàn cơ sở năm 2024',
  ],
  documentsAdopted: [
    'Báo cáo kết quả công tác Công đoàn năm 2024, phương hướng nhiệm vụ năm 2025',
    'Báo cáo thi đua khen thưởng Công đoàn cơ sở năm 2024',
  ],
  opinionsHeard: SIXTH_SESSION.opinions,
  opinionsSummary:
    'Các Ủy viên Ban Chấp hành đại diện cho Công đoàn cơ sở phát biểu làm rõ thêm kết quả đạt được, những điểm ' +
    'mạnh nổi bật và những tồn tại, hạn chế; những thuận lợi và khó khăn trong hoạt động Công đoàn Viên chức ' +
    'Thành phố nói chung và hoạt động Công đoàn cơ sở nói riêng năm 2024.',
  conclusion:
    'Biểu dương, đánh giá cao kết quả đạt được trong phong trào CBCCVCLĐ và hoạt động Công đoàn Viên chức năm ' +
    '2024. Các cấp Công đoàn Viên chức Thành phố tiếp tục phát huy kết quả đạt được, nâng cao chất lượng tham ' +
    'gia quản lý, đại diện bảo vệ quyền, lợi ích hợp pháp, chính đáng của CBCCVCLĐ; tăng cường chăm lo đời ' +
    'sống đoàn viên; trước mắt tập trung chăm lo Tết Nguyên đán Ất Tỵ cho đoàn viên, CBCCVCLĐ.',
  resolution: {
    number: '06/NQ-BCH',
    title: 'Nghị quyết Hội nghị Ban Chấp hành lần thứ 6 về phương hướng nhiệm vụ năm 2025',
    content:
      'Thông qua Báo cáo kết quả công tác Công đoàn năm 2024, phương hướng nhiệm vụ năm 2025 và Báo cáo thi ' +
      'đua khen thưởng Công đoàn cơ sở năm 2024.',
    tasks: [
      {
        description: 'Chăm lo Tết Nguyên đán Ất Tỵ cho đoàn viên, CBCCVCLĐ',
        ownerName: 'Ban Chính sách pháp luật và Quan hệ lao động',
        deadline: '2025-01-25',
        doneOn: '2025-01-22',
      },
      {
        description: 'Trình LĐLĐ Thành phố khen thưởng các CĐCS tiêu biểu năm 2024',
        ownerName: 'Văn phòng Công đoàn Viên chức Thành phố',
        deadline: '2024-12-31',
        doneOn: '2024-12-27',
      },
      {
        description: 'Bàn giao hồ sơ, tài liệu của Công đoàn Viên chức Thành phố khi sắp xếp tổ chức',
        ownerName: 'Văn phòng Công đoàn Viên chức Thành phố',
        deadline: '2025-06-30',
      },
    ],
  },
};

const HANOI_SESSIONS: SessionSpec[] = [
  {
    unitCode: HANOI.code,
    heldOn: '2024-12-20',
    place: HANOI_PLACE,
    agenda: ['Báo cáo kết quả công tác Công đoàn năm 2024', 'Chương trình công tác năm 2025 và 14 chỉ tiêu'],
    documentsAdopted: ['Báo cáo kết quả công tác Công đoàn năm 2024', 'Chương trình công tác năm 2025'],
    opinionsHeard: 14,
    conclusion:
      'Thông qua báo cáo năm 2024 và chương trình công tác năm 2025 với 14 chỉ tiêu giao các đơn vị.',
    resolution: {
      number: '12/NQ-BCH',
      title: 'Nghị quyết về chương trình công tác năm 2025',
      tasks: [
        {
          description:
            'Giao chỉ tiêu phát triển đoàn viên, thành lập CĐCS năm 2025 cho các Công đoàn cấp trên',
          ownerName: 'Ban Tổ chức LĐLĐ Thành phố',
          deadline: '2025-01-15',
          doneOn: '2025-01-10',
        },
        {
          description: 'Hoàn thành chỉ tiêu phát triển đoàn viên năm 2025',
          ownerCode: LONG_BIEN.code,
          deadline: '2025-11-30',
          doneOn: '2025-11-26',
        },
      ],
    },
  },
  {
    unitCode: HANOI.code,
    heldOn: '2025-07-16',
    place: HANOI_PLACE,
    agenda: ['Sơ kết 6 tháng đầu năm 2025', 'Kiện toàn tổ chức công đoàn sau sắp xếp đơn vị hành chính'],
    documentsAdopted: ['Báo cáo sơ kết 6 tháng đầu năm 2025'],
    opinionsHeard: 15,
    conclusion: 'Kiện toàn Công đoàn phường, xã; bảo đảm hoạt động thông suốt sau sắp xếp.',
    resolution: {
      number: '15/NQ-BCH',
      title: 'Nghị quyết về nhiệm vụ 6 tháng cuối năm 2025',
      tasks: [
        {
          description: 'Kiện toàn Ban Chấp hành Công đoàn các phường, xã mới',
          ownerName: 'Ban Tổ chức LĐLĐ Thành phố',
          deadline: '2025-09-30',
          doneOn: '2025-09-24',
        },
      ],
    },
  },
  {
    unitCode: HANOI.code,
    heldOn: '2025-12-18',
    place: HANOI_PLACE,
    agenda: ['Báo cáo kết quả công tác Công đoàn năm 2025', 'Chương trình công tác năm 2026'],
    documentsAdopted: ['Báo cáo kết quả công tác Công đoàn năm 2025'],
    opinionsHeard: 16,
    conclusion: 'Thông qua báo cáo năm 2025; đôn đốc các đơn vị chưa gửi báo cáo năm 2025.',
  },
  {
    unitCode: HANOI.code,
    heldOn: '2026-07-09',
    place: HANOI_PLACE,
    agenda: ['Sơ kết 6 tháng đầu năm 2026', 'Nhiệm vụ trọng tâm 6 tháng cuối năm 2026'],
    documentsAdopted: ['Báo cáo sơ kết 6 tháng đầu năm 2026'],
    opinionsHeard: 13,
    conclusion: 'Tập trung giám sát việc đóng BHXH, kinh phí công đoàn tại doanh nghiệp.',
    resolution: {
      number: '21/NQ-BCH',
      title: 'Nghị quyết về nhiệm vụ 6 tháng cuối năm 2026',
      tasks: [
        {
          description: 'Rà soát, báo cáo tình hình nợ đóng bảo hiểm xã hội tại các doanh nghiệp',
          ownerName: 'Ban Chính sách pháp luật và Quan hệ lao động',
          deadline: '2026-10-31',
        },
        {
          description: 'Chuẩn bị tổng kết công tác Công đoàn năm 2026',
          ownerName: 'Văn phòng LĐLĐ Thành phố',
          deadline: '2026-12-31',
        },
      ],
    },
  },
];

const LONG_BIEN_SESSIONS: SessionSpec[] = [
  {
    unitCode: LONG_BIEN.code,
    heldOn: '2024-07-05',
    place: LB_PLACE,
    agenda: ['Sơ kết 6 tháng đầu năm 2024', 'Nhiệm vụ trọng tâm 6 tháng cuối năm 2024'],
    documentsAdopted: ['Báo cáo kết quả hoạt động công đoàn 6 tháng đầu năm 2024'],
    opinionsHeard: 16,
    conclusion: 'Phấn đấu hoàn thành và hoàn thành vượt mức các chỉ tiêu LĐLĐ Thành phố giao năm 2024.',
  },
  {
    unitCode: LONG_BIEN.code,
    heldOn: '2024-12-26',
    place: LB_PLACE,
    agenda: ['Báo cáo kết quả hoạt động công đoàn năm 2024', 'Chương trình công tác năm 2025'],
    documentsAdopted: ['Báo cáo kết quả hoạt động công đoàn năm 2024'],
    opinionsHeard: 12,
    conclusion: 'Thông qua báo cáo năm 2024; tiếp tục chỉ đạo ký kết thỏa ước lao động tập thể.',
    resolution: {
      number: '09/NQ-BCH',
      title: 'Nghị quyết về chương trình công tác năm 2025',
      tasks: [
        {
          description: 'Ký kết thỏa ước lao động tập thể tại Công ty TNHH May mặc Sài Đồng',
          ownerCode: 'CDCS-HN-LB-05',
          deadline: '2025-06-30',
          doneOn: '2025-06-18',
        },
        {
          description: 'Tổ chức Hội nghị cán bộ, công chức, viên chức năm 2025 tại các trường học',
          ownerCode: 'CD-GD-LB',
          deadline: '2025-03-31',
          doneOn: '2025-03-20',
        },
      ],
    },
  },
  {
    unitCode: LONG_BIEN.code,
    heldOn: '2026-01-08',
    place: LB_PLACE,
    agenda: ['Báo cáo kết quả hoạt động công đoàn năm 2025', 'Chương trình công tác năm 2026'],
    documentsAdopted: ['Báo cáo kết quả hoạt động công đoàn năm 2025'],
    opinionsHeard: 14,
    conclusion: 'Thông qua báo cáo năm 2025; đôn đốc thu kinh phí công đoàn còn nợ.',
    resolution: {
      number: '12/NQ-BCH',
      title: 'Nghị quyết về chương trình công tác năm 2026',
      tasks: [
        {
          description: 'Đối thoại định kỳ với người sử dụng lao động về tiền lương năm 2026',
          ownerCode: 'CDCS-HN-LB-06',
          deadline: '2026-06-30',
        },
        {
          description: 'Thu kinh phí công đoàn còn nợ năm 2025',
          ownerCode: 'CDCS-HN-LB-07',
          deadline: '2026-03-31',
          doneOn: '2026-03-25',
        },
      ],
    },
  },
];

interface CommitteeRow {
  id: number;
  presentedOn: string;
  seats: number;
}

/** The executive committee of the unit sitting on the day. */
async function sittingCommittee(tx: Tx, unitId: number, day: string): Promise<CommitteeRow | null> {
  const [row] = await queryRows<CommitteeRow>(
    tx,
    sql`select c.id, c.presented_on::text as "presentedOn",
          (select count(*)::int from committee_members s where s.committee_id = c.id) as seats
        from committees c
        where c.unit_id = ${unitId} and c.body = 'executiveCommittee' and c.presented_on <= ${day}::date
          and (c.ended_on is null or c.ended_on > ${day}::date)
        order by c.presented_on desc limit 1`,
  );
  return row ?? null;
}

async function seatedNames(tx: Tx, committeeId: number) {
  return queryRows<{ fullName: string; position: string }>(
    tx,
    sql`select m.full_name as "fullName", s.position from committee_members s join members m on m.id = s.member_id
        where s.committee_id = ${committeeId} order by s.id`,
  );
}

export interface DemoMeetingsSummary {
  meetings: number;
  tasks: number;
  openTasks: number;
}

async function recordSession(
  tx: Tx,
  actor: Actor,
  codes: UnitCodes,
  spec: SessionSpec,
  today: string,
  summary: DemoMeetingsSummary,
): Promise<void> {
  if (spec.heldOn > today) return;
  const unitId = idOf(codes, spec.unitCode);
  const committee = await sittingCommittee(tx, unitId, spec.heldOn);
  if (!committee || committee.seats === 0) return;
  const random = seededRandom(seedFromText(`session ${spec.unitCode} ${spec.heldOn}`));
  const seated = await seatedNames(tx, committee.id);
  const chair = seated.find((seat) => seat.position === 'chair') ?? seated[0]!;
  const convened = committee.seats;
  const needed = await quorumNeeded(tx, convened, spec.heldOn);
  const present = Math.max(needed, convened - random.int(0, Math.min(3, convened - 1)));
  const absentees = seated
    .filter((seat) => seat !== chair)
    .slice(0, convened - present)
    .map((seat) => `${seat.fullName} (có lý do)`);
  const body: CreateMeetingBody = createMeetingBody.parse({
    committeeId: committee.id,
    heldOn: spec.heldOn,
    place: spec.place,
    chairedBy: chair.fullName,
    convened,
    present,
    absentees,
    agenda: spec.agenda,
    documentsAdopted: spec.documentsAdopted,
    opinionsHeard: spec.opinionsHeard,
    opinionsSummary: spec.opinionsSummary,
    conclusion: spec.conclusion,
    resolutions: spec.resolution
      ? [
          {
            number: spec.resolution.number,
            title: spec.resolution.title,
            content: spec.resolution.content,
            tasks: spec.resolution.tasks.map((task) => ({
              description: task.description,
              ownerUnitId: task.ownerCode ? idOf(codes, task.ownerCode) : undefined,
              ownerName: task.ownerName,
              deadline: task.deadline,
            })),
          },
        ]
      : [],
  });
  const meetingId = await createMeeting(tx, actor, body);
  summary.meetings += 1;
  const tasks = await queryRows<{ id: number }>(
    tx,
    sql`select t.id from resolution_tasks t join meeting_resolutions r on r.id = t.resolution_id
        where r.meeting_id = ${meetingId} order by t.id`,
  );
  for (const [index, task] of (spec.resolution?.tasks ?? []).entries()) {
    summary.tasks += 1;
    const row = tasks[index];
    if (row && task.doneOn && task.doneOn <= today) {
      await updateTask(tx, actor, row.id, { status: 'done', doneOn: task.doneOn });
    } else {
      summary.openTasks += 1;
    }
  }
}

/** Records the sessions, each committee's in the order they were held. */
export async function seedDemoMeetings(
  tx: Tx,
  actors: { hanoi: Actor; longBien: Actor },
  codes: UnitCodes,
  today: string,
): Promise<DemoMeetingsSummary> {
  const summary: DemoMeetingsSummary = { meetings: 0, tasks: 0, openTasks: 0 };
  const civilServants = await sittingCommittee(tx, idOf(codes, CIVIL_SERVANTS), SIXTH_SESSION.heldOn);
  if (civilServants) {
    for (const spec of [
      ...civilServantsEarlier(civilServants.presentedOn),
      { ...SIXTH, heldOn: SIXTH_SESSION.heldOn },
    ]) {
      await recordSession(tx, actors.hanoi, codes, spec, today, summary);
    }
  }
  for (const spec of HANOI_SESSIONS) await recordSession(tx, actors.hanoi, codes, spec, today, summary);
  for (const spec of LONG_BIEN_SESSIONS)
    await recordSession(tx, actors.longBien, codes, spec, today, summary);
  return summary;
}
