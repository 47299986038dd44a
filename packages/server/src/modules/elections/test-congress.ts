// Test fixture for the elections module: the org test tree with members whose histories make each
// eligibility case (foreign, too new, left, readmitted, transferred in, outside the unit), congresses put
// straight into `congresses` (held on CONGRESS_DATE, with a counting board), and the congresses and ballots
// the route walk (platform/scope.test.ts) reaches for.
import { admitMemberBody, leaveMemberBody, readmitMemberBody, transferMemberBody } from '@congdoan/domain';
import type { Tx } from '../../db/client.ts';
import { congresses, electionCandidates, elections } from '../../db/schema/index.ts';
import type { TestContext } from '../../test/context.ts';
import { leaveMember, transferMember } from '../members/lifecycle.ts';
import { readmitMember } from '../members/readmit.ts';
import { admitMember } from '../members/service.ts';
import { admission, buildMemberTree, memberAccounts } from '../members/test-members.ts';

export const CONGRESS_DATE = '2025-03-20';
export const COUNTING_BOARD = ['Nguyễn Thị Kiểm', 'Trần Văn Phiếu', 'Lê Thị Đếm'];
/** The members every unit of the fixture has: enough for an executive committee, not for a large one. */
const REGULARS = [
  'Nguyễn Văn An',
  'Trần Thị Bình',
  'Lê Văn Cường',
  'Phạm Thị Dung',
  'Hoàng Văn Em',
  'Vũ Thị Gấm',
  'Đặng Văn Hùng',
  'Bùi Thị Hoa',
  'Đỗ Văn Khánh',
  'Hồ Thị Lan',
  'Ngô Văn Minh',
  'Dương Thị Nga',
];

export interface CongressSpec {
  unitId: number;
  cycle?: string;
  heldOn?: string | null;
  place?: string | null;
  countingBoard?: string[];
}

/** A congress row as the congresses module would have left it once held. */
export async function insertCongress(tx: Tx, spec: CongressSpec): Promise<number> {
  const heldOn = spec.heldOn === undefined ? CONGRESS_DATE : spec.heldOn;
  const [row] = await tx
    .insert(congresses)
    .values({
      unitId: spec.unitId,
      cycle: spec.cycle ?? '2025-2030',
      status: heldOn ? 'held' : 'scheduled',
      kind: 'allMember',
      scheduledOn: CONGRESS_DATE,
      heldOn,
      place: spec.place === undefined ? 'Hà Nội' : spec.place,
      delegatesConvened: 20,
      delegatesPresent: 18,
      bodies: { countingBoard: spec.countingBoard ?? COUNTING_BOARD },
    })
    .returning({ id: congresses.id });
  if (!row) throw new Error('congress not created');
  return row.id;
}

const admit = (tx: Tx, unitId: number, fullName: string, overrides: Record<string, unknown> = {}) =>
  admitMember(
    tx,
    null,
    admitMemberBody.parse(admission(unitId, { fullName, admittedOn: '2015-03-01', ...overrides })),
  );

/**
 * The org test tree, accounts (admin, longbien, xem) and members: twelve long-standing members of the
 * plastics union (G-NHUA, Long Biên) and one of each eligibility case; its congress held on CONGRESS_DATE.
 */
export async function buildElectionWorld(ctx: TestContext) {
  const ids = await buildMemberTree(ctx);
  const requests = await memberAccounts(ctx, ids);
  const unit = ids['G-NHUA']!;
  const world = await ctx.database.db.transaction(async (tx) => {
    const regulars: number[] = [];
    for (const name of REGULARS) regulars.push(await admit(tx, unit, name, { joinedUnionOn: '2010-05-01' }));
    const reason = 'Dữ liệu thử nghiệm';
    const leaver = await admit(tx, unit, 'Lý Văn Rời');
    await leaveMember(
      tx,
      null,
      leaver,
      leaveMemberBody.parse({ kind: 'leave', effectiveDate: '2024-12-01', reason }),
    );
    const returned = await admit(tx, unit, 'Mai Thị Trở', { admittedOn: '2012-01-10' });
    await leaveMember(
      tx,
      null,
      returned,
      leaveMemberBody.parse({ kind: 'leave', effectiveDate: '2024-06-01', reason }),
    );
    await readmitMember(
      tx,
      null,
      returned,
      readmitMemberBody.parse({ unitId: unit, effectiveDate: '2024-10-01' }),
    );
    const transferred = await admit(tx, ids['G-DETMAY']!, 'Tạ Văn Chuyển', { admittedOn: '2016-04-01' });
    await transferMember(
      tx,
      null,
      transferred,
      transferMemberBody.parse({ toUnitId: unit, effectiveDate: '2024-11-01', reason }),
    );
    const people = {
      regulars,
      leaver,
      returned,
      transferred,
      foreign: await admit(tx, unit, 'Kim Min Jun', {
        nationality: 'KR',
        foreignContractMonths: 24,
        admittedOn: '2019-01-01',
      }),
      newcomer: await admit(tx, unit, 'Châu Văn Mới', { admittedOn: '2024-09-01' }),
      youngChair: await admit(tx, unit, 'Quách Thị Trẻ', { admittedOn: '2023-01-01' }),
      lateJoiner: await admit(tx, unit, 'Lâm Văn Muộn', { admittedOn: '2025-05-01' }),
      outsider: await admit(tx, ids['G-TRUONG']!, 'Phan Văn Ngoài'),
      /** a member of the small textiles union (G-DETMAY), which elects a chair only */
      textiles: await admit(tx, ids['G-DETMAY']!, 'Triệu Thị Dệt', { joinedUnionOn: '2010-05-01' }),
    };
    return {
      people,
      congress: await insertCongress(tx, { unitId: unit }),
      smallCongress: await insertCongress(tx, { unitId: ids['G-DETMAY']! }),
      hoangMaiCongress: await insertCongress(tx, { unitId: ids['G-TRUONG']! }),
    };
  });
  return { ids, ...requests, ...world };
}
export type ElectionWorld = Awaited<ReturnType<typeof buildElectionWorld>>;

/** A ballot put straight into the tables, counted when `votes` are given (outcomes as listed). */
async function insertElection(
  tx: Tx,
  congressId: number,
  body: string,
  seats: number,
  candidates: { memberId: number; votes?: number; outcome?: 'elected' | 'tied' | 'notElected' }[],
  count?: { collected: number; threshold: number; unfilled: number },
) {
  const [election] = await tx
    .insert(elections)
    .values({
      congressId,
      body,
      seats,
      status: count ? 'counted' : 'nominating',
      ...(count
        ? {
            ballotsIssued: count.collected,
            ballotsCollected: count.collected,
            invalidBallots: 0,
            threshold: count.threshold,
            unfilled: count.unfilled,
            countedAt: new Date().toISOString(),
          }
        : {}),
    })
    .returning({ id: elections.id });
  if (!election) throw new Error('election not created');
  const candidateIds: number[] = [];
  for (const [index, candidate] of candidates.entries()) {
    const [row] = await tx
      .insert(electionCandidates)
      .values({
        electionId: election.id,
        memberId: candidate.memberId,
        listOrder: index + 1,
        votes: candidate.votes ?? null,
        outcome: candidate.outcome ?? null,
      })
      .returning({ id: electionCandidates.id });
    candidateIds.push(row!.id);
  }
  return { id: election.id, candidateIds };
}

/**
 * For the route walk: a congress of Long Biên's grassroots union A with a ballot to count and a counted
 * executive-committee ballot that left a seat unfilled, and the same counted ballot in Hoàng Mai's B. The
 * cycle is one no other fixture uses, so the congresses' own probes can still create theirs.
 */
export async function insertScopeElections(
  ctx: TestContext,
  units: { grassrootsA: number; grassrootsB: number },
  members: { longBien: number; longBienOfficer: number; hoangMai: number },
) {
  return ctx.database.db.transaction(async (tx) => {
    const cycle = '2020-2025';
    const longBien = await insertCongress(tx, { unitId: units.grassrootsA, cycle });
    const hoangMai = await insertCongress(tx, { unitId: units.grassrootsB, cycle });
    const toCount = await insertElection(tx, longBien, 'inspectionCommittee', 1, [
      { memberId: members.longBien },
    ]);
    const counted = { collected: 4, threshold: 3, unfilled: 1 };
    const longBienCounted = await insertElection(
      tx,
      longBien,
      'executiveCommittee',
      2,
      [
        { memberId: members.longBien, votes: 4, outcome: 'elected' },
        { memberId: members.longBienOfficer, votes: 1, outcome: 'notElected' },
      ],
      counted,
    );
    const hoangMaiCounted = await insertElection(
      tx,
      hoangMai,
      'executiveCommittee',
      2,
      [{ memberId: members.hoangMai, votes: 4, outcome: 'elected' }],
      counted,
    );
    return {
      congresses: { longBien, hoangMai },
      longBienToCount: toCount,
      longBienCounted: longBienCounted.id,
      hoangMaiCounted: hoangMaiCounted.id,
      hoangMaiCandidate: hoangMaiCounted.candidateIds[0]!,
    };
  });
}
