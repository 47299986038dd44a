// The world the route walk (platform/scope.test.ts) runs in: the Hà Nội tree with spare units inside Long Biên
// for the restructuring requests that must succeed, accounts on both sides, clusters and audit rows.
import { queryRows, sql } from '../db/client.ts';
import { emulationClusters, emulationClusterUnits } from '../db/schema/index.ts';
import { insertScopeAssessments } from '../modules/assessments/test-assessments.ts';
import { insertScopeCongresses } from '../modules/congresses/test-congresses.ts';
import { insertScopeElections } from '../modules/elections/test-congress.ts';
import { insertScopeMeetings } from '../modules/meetings/test-meetings.ts';
import { insertScopeImportJobs } from '../modules/member-import/test-jobs.ts';
import { insertScopeMemberRequests } from '../modules/member-requests/test-requests.ts';
import { insertScopeMembers } from '../modules/members/test-members.ts';
import { latestTree, pathWithin } from '../modules/org/index.ts';
import { insertScopePlans } from '../modules/plans/test-plans.ts';
import { insertScopePrivacy } from '../modules/privacy/test-privacy.ts';
import { insertScopeReports } from '../modules/reports/test-reports.ts';
import { createUser, signIn, type TestContext } from './context.ts';
import { insertEndedUnitAccount, insertMovedOutWorld } from './moved-out.ts';
import { insertHanoiTree, insertUnit } from './units.ts';

export type Session = { cookie: string };

async function insertCluster(
  ctx: TestContext,
  parentUnitId: number,
  year: number,
  name: string,
  members: number[],
) {
  const [cluster] = await ctx.database.db
    .insert(emulationClusters)
    .values({ parentUnitId, year, name })
    .returning({ id: emulationClusters.id });
  if (!cluster) throw new Error('cluster not created');
  for (const unitId of members) {
    await ctx.database.db.insert(emulationClusterUnits).values({ clusterId: cluster.id, unitId, year });
  }
  return cluster.id;
}

export async function buildScopeFixture(ctx: TestContext) {
  const tree = await insertHanoiTree(ctx);
  const spare = async (code: string) =>
    insertUnit(ctx, { code, name: `CĐCS Long Biên ${code}`, type: 'grassroots', parentId: tree.longBien });
  const units = {
    ...tree,
    /** merged into mergeTarget */
    mergeSource: await spare('LB-MS'),
    mergeTarget: await spare('LB-MT'),
    splitSource: await spare('LB-SP'),
    dissolved: await spare('LB-DS'),
    moved: await spare('LB-MV'),
    /** A second superior inside Long Biên, where `moved` goes. */
    localSector: await insertUnit(ctx, {
      code: 'LB-GD',
      name: 'Công đoàn Giáo dục quận Long Biên',
      type: 'local_sector',
      parentId: tree.longBien,
    }),
  };

  await createUser(ctx, 'admin', 'system_admin', tree.root);
  await createUser(ctx, 'longbien', 'unit_admin', tree.longBien);
  await createUser(ctx, 'longbien.viewer', 'viewer', tree.longBien);
  await createUser(ctx, 'longbien.officer', 'unit_officer', tree.longBien);
  const admin = await signIn(ctx, 'admin');
  // Accounts made over the API, so the audit log has rows on both sides.
  const makeUser = async (username: string, unitId: number) => {
    const response = await ctx.app.inject({
      method: 'POST',
      url: '/api/users',
      headers: admin,
      payload: { username, fullName: username, password: 'password-123', role: 'unit_officer', unitId },
    });
    if (response.statusCode !== 201) throw new Error(`user ${username}: ${response.body}`);
    return response.json().id as number;
  };
  const accounts = {
    longBienMember: await makeUser('member.a', tree.grassrootsA),
    hoangMaiMember: await makeUser('member.b', tree.grassrootsB),
    hoangMaiStaff: await makeUser('staff.hm', tree.hoangMai),
  };

  const clusters = {
    foreign: await insertCluster(ctx, tree.hoangMai, 2024, 'Cụm thi đua Hoàng Mai', [tree.grassrootsB]),
    ownToRename: await insertCluster(ctx, tree.longBien, 2023, 'Cụm thi đua Long Biên 2023', [
      tree.grassrootsA,
    ]),
    ownToDelete: await insertCluster(ctx, tree.longBien, 2022, 'Cụm thi đua Long Biên 2022', []),
  };

  const members = await insertScopeMembers(ctx, tree);

  /** a union moved from Long Biên to Hoàng Mai on 1/3/2025, with a member and records of after the move */
  const movedOut = await insertMovedOutWorld(ctx, tree);
  /** an account of a Long Biên union dissolved on 1/1/2025, with a session opened before */
  const endedUnit = await insertEndedUnitAccount(ctx, tree);

  // Inside is where a unit stands now (or stood last): the moved union is outside Long Biên today.
  const inside = await queryRows<{ id: number }>(
    ctx.database.db,
    sql`select v.unit_id as id from ${latestTree()} v where ${pathWithin(sql`v.path`, tree.longBien)}`,
  );
  const insideIds = new Set(inside.map((row) => row.id));
  const all = await queryRows<{ id: number }>(ctx.database.db, sql`select id from org_units`);
  /** Every unit outside Long Biên (its ancestors included), and "no unit" for audit rows of no unit. */
  const outside = new Set<number | null>([
    null,
    ...all.map((row) => row.id).filter((id) => !insideIds.has(id)),
  ]);

  return {
    units,
    accounts,
    clusters,
    members,
    importJobs: await insertScopeImportJobs(ctx, tree),
    /** transfer requests between Long Biên and Hoàng Mai (after the members: accounts exist by then) */
    memberRequests: await insertScopeMemberRequests(ctx, tree),
    /** congresses (held, with terms and documents) and plans in Long Biên and Hoàng Mai */
    congresses: await insertScopeCongresses(ctx, tree),
    /** congresses of another cycle in Long Biên's A and Hoàng Mai's B, with ballots to count and counted */
    elections: await insertScopeElections(ctx, tree, members),
    /** committees of LĐLĐ Long Biên and Hoàng Mai with a session, a resolution and a task each */
    meetings: await insertScopeMeetings(ctx, tree, members),
    /** assessment sheets of A and B: a complete draft (2023), submitted ones (2022, 2021) */
    assessments: await insertScopeAssessments(ctx, tree),
    /** 2024 year plans of Hà Nội, Long Biên and Hoàng Mai, each with an entered target */
    yearPlans: await insertScopePlans(ctx, tree),
    /** report periods of Hà Nội (one per write probe), of Long Biên and of Hoàng Mai; A's and B's reports */
    reports: await insertScopeReports(ctx, tree),
    /** a pending correction request and a read-log row of A's and of B's member */
    privacy: await insertScopePrivacy(ctx, tree, members),
    movedOut,
    endedUnit,
    outside,
    sessions: {
      admin,
      longBien: await signIn(ctx, 'longbien'),
      viewer: await signIn(ctx, 'longbien.viewer'),
      officer: await signIn(ctx, 'longbien.officer'),
    },
  };
}
export type ScopeFixture = Awaited<ReturnType<typeof buildScopeFixture>>;

/**
 * The fixture seen through the union that moved out of Long Biên: the foreign unit and member of every probe
 * become the moved union and the member admitted there after the move, so each route's refusals are walked
 * again against data that Long Biên once held the unit of.
 */
export function movedOutView(f: ScopeFixture): ScopeFixture {
  const { unit, afterMove, committee, periodId, assessmentYear } = f.movedOut;
  return {
    ...f,
    units: { ...f.units, hoangMai: unit, grassrootsB: unit },
    members: { ...f.members, hoangMai: afterMove },
    meetings: { ...f.meetings, committees: { ...f.meetings.committees, hoangMai: committee } },
    // Its sheet and report submitted after the move stand for the ones to review, approve or return.
    assessments: {
      toSubmit: assessmentYear,
      toReview: assessmentYear,
      toReturn: assessmentYear,
      toSave: 2026,
    },
    reports: { ...f.reports, toApprove: periodId, toReturn: periodId },
  };
}
