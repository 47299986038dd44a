// Demo year plans (issue #5 item 2): the 2025 work programme of LĐLĐ thành phố Hà Nội with its theme, key
// tasks and the 14 targets it sets its children (seed 004: "14 chỉ tiêu", "hơn 95% CĐCS hoàn thành tốt
// nhiệm vụ"), sized per child from the members each had at the 2024 cut-off, and Long Biên's 2025 plan for
// its own children. Issued through the plans service.
import { type PlanTargetBody, type YearPlanBody, yearPlanBody } from '@congdoan/domain';
import type { Tx } from '../db/client.ts';
import { createPlan } from '../modules/plans/service.ts';
import type { Actor } from '../platform/context.ts';
import { HANOI } from './hanoi-data.ts';
import { LONG_BIEN } from './longbien.ts';
import { idOf, type LiveUnit, liveSubtree, type UnitCodes } from './year-world.ts';

export const PLAN_YEAR = 2025;
export const HANOI_PLAN_ISSUED_ON = '2024-12-25';
const LONG_BIEN_PLAN_ISSUED_ON = '2025-01-06';
/** the figures the per-child targets grow from */
const BASE_DAY = '2024-11-30';

const THEME = 'Tập trung phát triển đoàn viên; tham gia xây dựng Đảng trong sạch, vững mạnh';

const KEY_TASKS = [
  'Nâng cao chất lượng tham gia quản lý, đại diện bảo vệ quyền, lợi ích hợp pháp, chính đáng của đoàn viên, ' +
    'người lao động',
  'Tập trung phát triển đoàn viên, thành lập công đoàn cơ sở; kết nạp 100% người lao động đủ điều kiện',
  'Tăng cường chăm lo đời sống vật chất, tinh thần cho đoàn viên; chăm lo Tết Nguyên đán Ất Tỵ',
  'Đẩy mạnh ký kết thỏa ước lao động tập thể và đối thoại định kỳ tại nơi làm việc',
  'Tuyên truyền Luật Công đoàn (sửa đổi) đến đoàn viên, người lao động',
  'Tham gia xây dựng Đảng: giới thiệu đoàn viên ưu tú cho Đảng xem xét kết nạp',
  'Xây dựng công đoàn cơ sở vững mạnh: hơn 95% CĐCS hoàn thành tốt nhiệm vụ trở lên',
];

const perChild = (children: LiveUnit[], value: (child: LiveUnit) => number) =>
  children.map((child) => ({ unitId: child.unitId, value: Math.max(0, Math.round(value(child))) }));

/** The fourteen targets of the city's programme: figures per child from its size, shares the same for all. */
function hanoiTargets(children: LiveUnit[]): PlanTargetBody[] {
  const targets: PlanTargetBody[] = [
    {
      indicatorCode: 'NEW_MEMBERS',
      perChild: perChild(children, (c) => Math.max(5, c.members * 0.06)),
      note: 'Kết nạp đoàn viên mới',
    },
    { indicatorCode: 'MEMBERS', perChild: perChild(children, (c) => c.members * 1.03) },
    {
      indicatorCode: 'NEW_GRASSROOTS_UNIONS',
      perChild: perChild(children, (c) => (c.type === 'district' ? Math.max(1, c.grassroots * 0.08) : 0)),
    },
    {
      indicatorCode: 'GRASSROOTS_GOOD_SHARE',
      valueForAll: 0.95,
      note: 'Hơn 95% CĐCS hoàn thành tốt nhiệm vụ trở lên',
    },
    { indicatorCode: 'MEMBERSHIP_RATE', valueForAll: 0.9 },
    {
      indicatorCode: 'NEW_COLLECTIVE_AGREEMENTS',
      perChild: perChild(children, (c) => Math.ceil(c.grassroots * 0.1)),
    },
    { indicatorCode: 'AGREEMENT_COVERAGE', valueForAll: 0.75 },
    { indicatorCode: 'PERIODIC_DIALOGUES', perChild: perChild(children, (c) => c.grassroots * 2) },
    { indicatorCode: 'WORKERS_CONFERENCES', perChild: perChild(children, (c) => c.grassroots) },
    { indicatorCode: 'SOCIAL_INSURANCE_COVERAGE', valueForAll: 0.95 },
    {
      indicatorCode: 'CARE_SPENDING',
      perChild: perChild(children, (c) => Math.round((c.members * 500_000) / 1_000_000) * 1_000_000),
      note: 'Chăm lo cho đoàn viên, người lao động (đồng)',
    },
    { indicatorCode: 'LEGAL_OUTREACH_SESSIONS', perChild: perChild(children, (c) => c.grassroots * 2) },
    { indicatorCode: 'INITIATIVES', perChild: perChild(children, (c) => c.grassroots) },
    {
      indicatorCode: 'MEMBERS_RECOMMENDED_TO_PARTY',
      perChild: perChild(children, (c) => Math.ceil(c.members * 0.01)),
    },
  ];
  return targets;
}

function longBienTargets(children: LiveUnit[]): PlanTargetBody[] {
  return [
    { indicatorCode: 'NEW_MEMBERS', perChild: perChild(children, (c) => Math.max(3, c.members * 0.05)) },
    { indicatorCode: 'MEMBERS', perChild: perChild(children, (c) => c.members * 1.02) },
    { indicatorCode: 'GRASSROOTS_GOOD_SHARE', valueForAll: 0.95 },
    { indicatorCode: 'MEMBERSHIP_RATE', valueForAll: 0.9 },
    { indicatorCode: 'PERIODIC_DIALOGUES', valueForAll: 2 },
    { indicatorCode: 'WORKERS_CONFERENCES', valueForAll: 1 },
    { indicatorCode: 'SOCIAL_INSURANCE_COVERAGE', valueForAll: 0.95 },
    { indicatorCode: 'LEGAL_OUTREACH_SESSIONS', valueForAll: 2 },
  ];
}

export interface DemoPlansSummary {
  plans: number;
  targets: number;
}

export async function seedDemoPlans(
  tx: Tx,
  actors: { hanoi: Actor; longBien: Actor },
  codes: UnitCodes,
): Promise<DemoPlansSummary> {
  const summary: DemoPlansSummary = { plans: 0, targets: 0 };
  const issue = async (actor: Actor, body: YearPlanBody) => {
    await createPlan(tx, actor, yearPlanBody.parse(body));
    summary.plans += 1;
    summary.targets += body.targets.length;
  };
  const childrenOf = async (code: string, issuedOn: string) => {
    const unitId = idOf(codes, code);
    // children live on the day of issue, sized by their members at the 2024 cut-off
    const onIssue = new Set(
      (await liveSubtree(tx, unitId, issuedOn)).filter((u) => u.parentId === unitId).map((u) => u.unitId),
    );
    return (await liveSubtree(tx, unitId, BASE_DAY)).filter((unit) => onIssue.has(unit.unitId));
  };
  const hanoiChildren = await childrenOf(HANOI.code, HANOI_PLAN_ISSUED_ON);
  await issue(actors.hanoi, {
    unitId: idOf(codes, HANOI.code),
    year: PLAN_YEAR,
    theme: THEME,
    keyTasks: KEY_TASKS,
    documentNumber: '125/CTr-LĐLĐ',
    issuedOn: HANOI_PLAN_ISSUED_ON,
    targets: hanoiTargets(hanoiChildren),
  });
  const longBienChildren = await childrenOf(LONG_BIEN.code, LONG_BIEN_PLAN_ISSUED_ON);
  await issue(actors.longBien, {
    unitId: idOf(codes, LONG_BIEN.code),
    year: PLAN_YEAR,
    theme: THEME,
    keyTasks: KEY_TASKS.slice(0, 5),
    documentNumber: '03/CTr-LĐLĐ',
    issuedOn: LONG_BIEN_PLAN_ISSUED_ON,
    targets: longBienTargets(longBienChildren),
  });
  return summary;
}
