// Demo report periods (issue #5 item 3): LĐLĐ thành phố Hà Nội opens the half-year and year reports of 2024
// (every report approved, a few submitted late or returned once first) and of 2025 (the half year mostly
// approved with some submitted, returned with a comment and missing; the year about half in), so completeness,
// lateness and last-year comparisons have something to show. Each reporting unit's entered figures are
// plausible for its members on the cut-off (workers ≈ members / 0.8–0.95, wages in đồng, agreements,
// dialogues …) and only on its form's entered lines; the history is in unit_report_events. Written in bulk
// straight into the tables of db/schema/reports.ts with the invariants of the reports workflow. The cdcs
// account's union has its 2025 reports approved, and no period of 2026 is opened (the browser test opens one).
import {
  addDays,
  daysBetween,
  findIndicator,
  type ReportPeriodKind,
  type UnitReportStatus,
} from '@congdoan/domain';
import { sql } from 'drizzle-orm';
import { queryRows, type Tx } from '../db/client.ts';
import { reportPeriods, reportReminders, unitReportEvents, unitReports } from '../db/schema/index.ts';
import { seedReportForms } from '../modules/reports/forms.ts';
import { recordAudit } from '../platform/audit.ts';
import { rule, ruleNumber } from '../platform/rules.ts';
import { HANOI } from './hanoi-data.ts';
import { LONG_BIEN, LONG_BIEN_ACCOUNT_GRASSROOTS } from './longbien.ts';
import { type Random, seededRandom, seedFromText } from './random.ts';
import { idOf, type LiveUnit, liveSubtree, type UnitCodes, vietnamTime } from './year-world.ts';

type Profile = 'allApproved' | 'mostlyApproved' | 'aboutHalf';
type Outcome = UnitReportStatus | 'missing';

export const DEMO_PERIODS: { kind: ReportPeriodKind; year: number; profile: Profile }[] = [
  { kind: 'halfYear', year: 2024, profile: 'allApproved' },
  { kind: 'year', year: 2024, profile: 'allApproved' },
  { kind: 'halfYear', year: 2025, profile: 'mostlyApproved' },
  { kind: 'year', year: 2025, profile: 'aboutHalf' },
];

/** The outcome of a unit's report by profile, cumulative shares. */
const OUTCOMES: Record<Profile, [Outcome, number][]> = {
  allApproved: [['approved', 1]],
  mostlyApproved: [
    ['approved', 0.72],
    ['submitted', 0.82],
    ['returned', 0.88],
    ['draft', 0.92],
    ['missing', 1],
  ],
  aboutHalf: [
    ['approved', 0.3],
    ['submitted', 0.48],
    ['returned', 0.53],
    ['draft', 0.62],
    ['missing', 1],
  ],
};

const RETURN_COMMENTS = [
  'Số liệu quỹ tiền lương chưa khớp với số lao động, đề nghị kiểm tra lại.',
  'Thiếu số liệu thỏa ước lao động tập thể, đề nghị bổ sung.',
  'Đề nghị bổ sung phần tồn tại, hạn chế và số liệu đối thoại định kỳ.',
  'Số người tham gia BHXH lớn hơn số lao động, đề nghị rà soát.',
];

interface PeriodDates {
  startsOn: string;
  cutOff: string;
  dueOn: string;
}

/** The dates of brief-reports.md: cut-off by rule, start the day after last year's year cut-off, due + days. */
async function periodDates(tx: Tx, kind: ReportPeriodKind, year: number): Promise<PeriodDates> {
  const monthDay = async (key: string, day: string) => String(await rule(tx, key, day));
  const cutOff = `${year}-${await monthDay(`report.cutoff.${kind}`, `${year}-01-01`)}`;
  const lastYear = `${year - 1}-${await monthDay('report.cutoff.year', `${year - 1}-01-01`)}`;
  const dueDays = await ruleNumber(tx, 'report.dueDays', cutOff);
  return { startsOn: addDays(lastYear, 1), cutOff, dueOn: addDays(cutOff, dueDays) };
}

const periodName = (kind: ReportPeriodKind, year: number) =>
  kind === 'halfYear' ? `Báo cáo 6 tháng đầu năm ${year}` : `Báo cáo năm ${year}`;

function pickOutcome(profile: Profile, random: Random): Outcome {
  const draw = random.next();
  for (const [outcome, upTo] of OUTCOMES[profile]) if (draw < upTo) return outcome;
  return 'missing';
}

const round = (value: number, step = 1) => Math.round(value / step) * step;

/** What stays the same about a unit from one period to the next: the kind of employer, wages, agreement. */
function unitProfile(unit: LiveUnit) {
  const random = seededRandom(seedFromText(`report profile ${unit.code}`));
  const publicSector = /Trường|Bệnh viện|Trung tâm|Chi cục|Sở |Văn phòng|Ủy ban|Viện|Ban /u.test(unit.name);
  return {
    publicSector,
    membershipRate: publicSector ? 0.88 + random.next() * 0.07 : 0.8 + random.next() * 0.12,
    wage: round(
      publicSector ? 8_000_000 + random.next() * 4_000_000 : 7_000_000 + random.next() * 7_000_000,
      10_000,
    ),
    agreement: random.next() < (publicSector ? 0.6 : 0.75),
    insured: publicSector ? 1 : 0.85 + random.next() * 0.15,
  };
}

/** Entered figures of a unit that reports on its own lines (a grassroots union, or a superior with no reporters). */
function workplaceFigures(unit: LiveUnit, kind: ReportPeriodKind, year: number, random: Random) {
  const profile = unitProfile(unit);
  const full = kind === 'year';
  const workers =
    unit.members === 0 ? 0 : Math.max(unit.members, Math.round(unit.members / profile.membershipRate));
  const women = Math.min(workers, Math.max(unit.women, Math.round(unit.women / profile.membershipRate)));
  const wage = round(profile.wage * (1 + 0.06 * (year - 2024)), 10_000);
  const owing = !profile.publicSector && random.next() < 0.05;
  const owed = owing ? Math.ceil(workers * (0.1 + random.next() * 0.3)) : 0;
  const insuranceArrears = !profile.publicSector && random.next() < 0.08;
  const disputes = !profile.publicSector && random.next() < 0.03 ? 1 : 0;
  const stoppage = disputes && random.next() < 0.5 ? 1 : 0;
  const sessions = full ? random.int(2, 6) : random.int(1, 3);
  const recommended = random.int(0, full ? 3 : 2);
  return {
    WORKERS: workers,
    WOMEN_WORKERS: women,
    MONTHLY_WAGE_BILL: workers * wage,
    WAGE_ARREARS: owed * wage * random.int(1, 2),
    WORKERS_OWED_WAGES: owed,
    WORKERS_WITH_SOCIAL_INSURANCE: Math.round(workers * profile.insured),
    SOCIAL_INSURANCE_ARREARS: insuranceArrears ? round(workers * wage * 0.32 * random.int(1, 3), 1000) : 0,
    COLLECTIVE_AGREEMENTS: profile.agreement ? 1 : 0,
    NEW_COLLECTIVE_AGREEMENTS: profile.agreement && random.next() < (full ? 0.15 : 0.08) ? 1 : 0,
    WORKERS_COVERED_BY_AGREEMENTS: profile.agreement ? workers : 0,
    PERIODIC_DIALOGUES: profile.publicSector ? (full ? 1 : random.int(0, 1)) : full ? 2 : 1,
    AD_HOC_DIALOGUES: !profile.publicSector && random.next() < 0.15 ? 1 : 0,
    WORKERS_CONFERENCES: random.next() < 0.93 ? 1 : 0,
    PETITIONS: random.int(0, full ? 5 : 3),
    COLLECTIVE_DISPUTES: disputes,
    WORK_STOPPAGES: stoppage,
    WORKERS_IN_STOPPAGES: stoppage ? Math.ceil(workers * (0.3 + random.next() * 0.5)) : 0,
    CARE_SPENDING: round(unit.members * (300_000 + random.next() * 600_000) * (full ? 1 : 0.6), 1000),
    PEOPLE_SUPPORTED: Math.round(unit.members * (0.05 + random.next() * 0.25)),
    LEGAL_OUTREACH_SESSIONS: sessions,
    LEGAL_OUTREACH_PARTICIPANTS: sessions * Math.round(workers * (0.6 + random.next() * 0.35)),
    INITIATIVES: random.int(0, full ? 6 : 3),
    MEMBERS_RECOMMENDED_TO_PARTY: recommended,
    MEMBERS_ADMITTED_TO_PARTY: random.int(0, recommended),
  } as Record<string, number>;
}

/** The lines only a superior union enters: employers in its area. */
function superiorFigures(unit: LiveUnit, random: Random): Record<string, number> {
  const area = unit.type === 'district' || unit.type === 'commune' || unit.type === 'industrial_zone';
  return {
    EMPLOYERS_WITHOUT_UNION: area
      ? random.int(15, 40) + unit.grassroots * random.int(1, 3)
      : random.int(0, 4),
    EMPLOYERS_OWING_WAGES: area ? random.int(0, 3) : 0,
    EMPLOYERS_OWING_SOCIAL_INSURANCE: area ? random.int(0, 12) : random.int(0, 1),
  };
}

const money = (value: number) => new Intl.NumberFormat('vi-VN').format(value);

function narrativeOf(unit: LiveUnit, kind: ReportPeriodKind, year: number, values: Record<string, number>) {
  const span = kind === 'halfYear' ? `6 tháng đầu năm ${year}` : `năm ${year}`;
  const parts = [
    `${span[0]!.toUpperCase()}${span.slice(1)}, ${unit.name} bám sát chương trình công tác của công đoàn cấp trên`,
  ];
  if (values.WORKERS_CONFERENCES !== undefined) {
    parts.push(
      `phối hợp tổ chức ${values.WORKERS_CONFERENCES} Hội nghị người lao động, ${values.PERIODIC_DIALOGUES} cuộc đối thoại định kỳ`,
      `chăm lo cho ${values.PEOPLE_SUPPORTED} lượt đoàn viên với tổng số tiền ${money(values.CARE_SPENDING ?? 0)} đồng`,
    );
  } else {
    parts.push(`chỉ đạo các công đoàn cơ sở trực thuộc hoàn thành các chỉ tiêu được giao`);
  }
  return {
    results: `${parts.join('; ')}.`,
    shortcomings:
      'Công tác phát triển đoàn viên tại doanh nghiệp ngoài nhà nước còn khó khăn; một số đơn vị gửi báo cáo chậm.',
    direction:
      kind === 'halfYear'
        ? `Tập trung hoàn thành các chỉ tiêu năm ${year}; chuẩn bị tổng kết năm.`
        : `Triển khai chương trình công tác năm ${year + 1}; chăm lo Tết Nguyên đán cho đoàn viên, người lao động.`,
  };
}

export interface DemoReportsSummary {
  periods: number;
  reports: number;
  events: number;
  reminders: number;
  byStatus: Record<string, Record<Outcome, number>>;
}

interface ReportPlan {
  unit: LiveUnit;
  formId: number;
  outcome: UnitReportStatus;
  entered: Record<string, number>;
  narrative: ReturnType<typeof narrativeOf>;
  events: {
    at: string;
    action: 'saved' | 'submitted' | 'approved' | 'returned';
    userId: number | null;
    comment: string | null;
  }[];
  firstSubmittedAt: string | null;
  submittedAt: string | null;
  submittedBy: number | null;
  reviewedAt: string | null;
  reviewedBy: number | null;
  returnComment: string | null;
}

export async function seedDemoReports(
  tx: Tx,
  users: { hanoi: number; longBien: number; cdcs: number },
  codes: UnitCodes,
): Promise<DemoReportsSummary> {
  // the built-in forms: ensureBaseData seeds them at every start, so this only guards an older base
  await seedReportForms(tx);
  const forms = await queryRows<{ id: number; code: string; indicatorCodes: string[] }>(
    tx,
    sql`select id, code, indicator_codes as "indicatorCodes" from report_forms where code in ('01-HDCD', '02-HDCD')`,
  );
  const form = (code: string) => {
    const found = forms.find((row) => row.code === code);
    if (!found) throw new Error(`demo reports: no form ${code}`);
    const entered = found.indicatorCodes.filter((c) => {
      const indicator = findIndicator(c);
      return indicator?.aggregation === 'sum' && indicator.source.kind === 'entered';
    });
    return { id: found.id, codes: new Set(found.indicatorCodes), entered };
  };
  const grassrootsForm = form('01-HDCD');
  const superiorForm = form('02-HDCD');
  const hanoiId = idOf(codes, HANOI.code);
  const longBienId = idOf(codes, LONG_BIEN.code);
  const accountUnitId = idOf(codes, LONG_BIEN_ACCOUNT_GRASSROOTS);
  const summary: DemoReportsSummary = { periods: 0, reports: 0, events: 0, reminders: 0, byStatus: {} };

  for (const { kind, year, profile } of DEMO_PERIODS) {
    const dates = await periodDates(tx, kind, year);
    const [period] = await tx
      .insert(reportPeriods)
      .values({
        unitId: hanoiId,
        kind,
        year,
        name: periodName(kind, year),
        ...dates,
        grassrootsFormId: grassrootsForm.id,
        superiorFormId: superiorForm.id,
        recordedAt: vietnamTime(addDays(dates.cutOff, -25), 8, 30),
        recordedBy: users.hanoi,
      })
      .returning({ id: reportPeriods.id });
    if (!period) throw new Error('demo reports: period not created');
    summary.periods += 1;
    await recordAudit(tx, null, {
      action: 'create',
      entity: 'reportPeriod',
      entityId: period.id,
      unitId: hanoiId,
      after: { kind, year, name: periodName(kind, year), ...dates },
    });

    const live = await liveSubtree(tx, hanoiId, dates.cutOff);
    const reporters = live.filter((unit) => unit.unitId !== hanoiId && unit.tier >= 1 && unit.tier <= 3);
    // the codes a unit's reporting children carry are rolled up from them, so the unit enters only the rest
    const carried = new Map<number, Set<string>>();
    for (const unit of reporters) {
      if (unit.parentId === null) continue;
      const codesOfChild = unit.tier === 3 ? grassrootsForm.codes : superiorForm.codes;
      const set = carried.get(unit.parentId) ?? new Set<string>();
      for (const code of codesOfChild) set.add(code);
      carried.set(unit.parentId, set);
    }
    const counts: Record<Outcome, number> = { draft: 0, submitted: 0, approved: 0, returned: 0, missing: 0 };
    const plans: ReportPlan[] = [];
    const reminded: number[] = [];
    for (const unit of reporters) {
      const random = seededRandom(seedFromText(`report ${kind} ${year} ${unit.code}`));
      let outcome = pickOutcome(profile, random);
      if (unit.unitId === accountUnitId) outcome = 'approved';
      counts[outcome] += 1;
      if (outcome === 'missing' || outcome === 'draft') reminded.push(unit.unitId);
      if (outcome === 'missing') continue;
      const grassroots = unit.tier === 3;
      const unitForm = grassroots ? grassrootsForm : superiorForm;
      const figures = {
        ...(grassroots || !carried.has(unit.unitId) ? workplaceFigures(unit, kind, year, random) : {}),
        ...(grassroots ? {} : superiorFigures(unit, random)),
      };
      const entered: Record<string, number> = {};
      for (const code of unitForm.entered) {
        if (carried.get(unit.unitId)?.has(code)) continue;
        const value = figures[code];
        // a draft holds what the officer has typed so far
        if (value !== undefined && (outcome !== 'draft' || random.next() < 0.6)) entered[code] = value;
      }
      const own =
        unit.unitId === accountUnitId ? users.cdcs : unit.unitId === longBienId ? users.longBien : null;
      // the reviewer is at the parent or above, never bound to the unit itself
      const reviewer =
        unit.unitId !== longBienId && unit.path.includes(longBienId) ? users.longBien : users.hanoi;
      // late: a share of the first submissions come after the due day
      const late = random.next() < (profile === 'allApproved' ? 0.08 : 0.15);
      const firstDay = late
        ? addDays(dates.dueOn, random.int(1, 12))
        : addDays(dates.cutOff, random.int(1, Math.max(1, daysBetween(dates.cutOff, dates.dueOn))));
      const events: ReportPlan['events'] = [];
      const savedAt = vietnamTime(addDays(firstDay, -random.int(0, 3)), 10, random.int(0, 59));
      events.push({ at: savedAt, action: 'saved', userId: own, comment: null });
      let firstSubmittedAt: string | null = null;
      let submittedAt: string | null = null;
      let reviewedAt: string | null = null;
      let returnComment: string | null = null;
      if (outcome !== 'draft') {
        firstSubmittedAt = vietnamTime(firstDay, 15, random.int(0, 59));
        submittedAt = firstSubmittedAt;
        events.push({ at: firstSubmittedAt, action: 'submitted', userId: own, comment: null });
        const returnedOnce = outcome === 'approved' && random.next() < 0.06;
        if (outcome === 'returned' || returnedOnce) {
          const comment = random.pick(RETURN_COMMENTS);
          const returnedOn = addDays(firstDay, random.int(1, 4));
          reviewedAt = vietnamTime(returnedOn, 9, random.int(0, 59));
          events.push({ at: reviewedAt, action: 'returned', userId: reviewer, comment });
          returnComment = comment;
          if (returnedOnce) {
            const again = addDays(returnedOn, random.int(1, 3));
            events.push({ at: vietnamTime(again, 10), action: 'saved', userId: own, comment: null });
            submittedAt = vietnamTime(again, 10, 30);
            events.push({ at: submittedAt, action: 'submitted', userId: own, comment: null });
            returnComment = null;
          }
        }
        if (outcome === 'approved') {
          const lastSubmitDay = submittedAt.slice(0, 10);
          reviewedAt = vietnamTime(addDays(lastSubmitDay, random.int(1, 6)), 16, random.int(0, 59));
          events.push({ at: reviewedAt, action: 'approved', userId: reviewer, comment: null });
        }
      }
      plans.push({
        unit,
        formId: unitForm.id,
        outcome,
        entered,
        narrative: narrativeOf(unit, kind, year, figures),
        events,
        firstSubmittedAt,
        submittedAt,
        submittedBy: submittedAt ? own : null,
        reviewedAt,
        reviewedBy: reviewedAt ? reviewer : null,
        returnComment,
      });
    }
    summary.byStatus[`${kind} ${year}`] = counts;
    // two days past the due day the city reminds those who have not submitted (đôn đốc)
    if (reminded.length > 0) {
      await tx.insert(reportReminders).values(
        reminded.map((unitId) => ({
          periodId: period.id,
          unitId,
          fromUnitId: hanoiId,
          sentAt: vietnamTime(addDays(dates.dueOn, 2), 8),
          sentBy: users.hanoi,
        })),
      );
      summary.reminders += reminded.length;
    }

    for (let start = 0; start < plans.length; start += 300) {
      const chunk = plans.slice(start, start + 300);
      const ids = await tx
        .insert(unitReports)
        .values(
          chunk.map((plan) => ({
            periodId: period.id,
            unitId: plan.unit.unitId,
            formId: plan.formId,
            status: plan.outcome,
            entered: plan.entered,
            narrative: plan.narrative,
            firstSubmittedAt: plan.firstSubmittedAt,
            submittedAt: plan.submittedAt,
            submittedBy: plan.submittedBy,
            reviewedAt: plan.reviewedAt,
            reviewedBy: plan.reviewedBy,
            returnComment: plan.returnComment,
            updatedAt: plan.events.at(-1)!.at,
            updatedBy: plan.events.at(-1)!.userId,
          })),
        )
        .returning({ id: unitReports.id, unitId: unitReports.unitId });
      const idOfUnit = new Map(ids.map((row) => [row.unitId, row.id]));
      const events = chunk.flatMap((plan) =>
        plan.events.map((event) => ({ reportId: idOfUnit.get(plan.unit.unitId)!, ...event })),
      );
      for (let from = 0; from < events.length; from += 1000) {
        await tx.insert(unitReportEvents).values(events.slice(from, from + 1000));
      }
      summary.reports += chunk.length;
      summary.events += events.length;
    }
    await recordAudit(tx, null, {
      action: 'seed',
      entity: 'unitReport',
      entityId: `period ${period.id}`,
      unitId: hanoiId,
      after: { kind, year, ...counts },
    });
  }
  return summary;
}
