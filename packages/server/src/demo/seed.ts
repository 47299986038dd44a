// Demo data (`npm run demo`): the tree of the seeds — Hà Nội in detail, 63 provinces becoming 34 — with its
// dated history, Hà Nội's emulation clusters, the demo accounts, members with their history, and the
// congresses of 2023–2028 and 2025–2030 with the committees (and so the union offices) they elected, and the
// year's work of Hà Nội (committee sessions, 2025 plans, 2024 assessments, 2024–2025 reports). Runs once per
// database (meta 'demo'); a demo seeded before members, congresses or the year's work existed gets them on its
// next start (meta 'demo.members', 'demo.congresses', 'demo.year').
import { todayInVietnam } from '@congdoan/domain';
import { eq, inArray, sql } from 'drizzle-orm';
import { type Db, queryRows } from '../db/client.ts';
import { meta } from '../db/schema/index.ts';
import { rebuildAllMemberFacts } from '../modules/facts/index.ts';
import { hashPassword } from '../platform/auth.ts';
import { createDemoAccounts, DEMO_PASSWORD } from './accounts.ts';
import { DEMO_CONGRESSES_MARKER, type DemoCongressesSummary, seedDemoCongresses } from './congresses.ts';
import { buildDemoContent } from './content.ts';
import { createClusters, executePlan, type UnitIds } from './execute.ts';
import { DEMO_MEMBERS_MARKER, type DemoMembersSummary, seedDemoMembers } from './members.ts';
import { DEMO_YEAR_MARKER, describeYear, seedDemoYear } from './year.ts';

export interface DemoOptions {
  grassrootsPerProvince: number;
  /** Members in all (CONGDOAN_DEMO_MEMBERS); by default about 64 per grassroots union, 50,000 at size 20. */
  members?: number;
  log: (message: string) => void;
}

export const DEMO_MARKER = 'demo';

const describeMembers = (summary: DemoMembersSummary) =>
  `${summary.members} members (${summary.periods} membership periods, ${summary.activeToday} active today)`;
const describeCongresses = (summary: DemoCongressesSummary) =>
  `${summary.congresses} congresses (${summary.held} held, ${summary.elections} ballots counted), ` +
  `${summary.committees} committees giving ${summary.offices} union offices`;

export async function seedDemo(db: Db, options: DemoOptions): Promise<void> {
  const started = performance.now();
  const [marker] = await db.select().from(meta).where(eq(meta.key, DEMO_MARKER));
  if (marker) {
    await completeEarlierDemo(db, marker.value as { grassrootsPerProvince?: number }, options);
    return;
  }
  const today = todayInVietnam();
  const content = buildDemoContent(options.grassrootsPerProvince);
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  let membersStarted = 0;
  let congressesStarted = 0;
  let yearStarted = 0;
  // One transaction: a run that fails leaves nothing behind, and the next start seeds afresh.
  const { units, members, congresses, year } = await db.transaction(async (tx) => {
    const ids = await executePlan(tx, content.steps);
    await createClusters(tx, content.clusters, ids);
    await createDemoAccounts(tx, ids, passwordHash);
    membersStarted = performance.now();
    const members = await seedDemoMembers(tx, content, ids, { total: options.members, today });
    congressesStarted = performance.now();
    const congresses = await seedDemoCongresses(tx, { today });
    yearStarted = performance.now();
    const year = await seedDemoYear(tx, { today });
    // The demo writes its members in bulk, past the services: their facts are computed once, at the end.
    await rebuildAllMemberFacts(tx);
    await tx.insert(meta).values({
      key: DEMO_MARKER,
      value: {
        grassrootsPerProvince: options.grassrootsPerProvince,
        units: ids.size,
        members: members.members,
        seededOn: today,
      },
    });
    return { units: ids.size, members, congresses, year };
  });
  const seconds = (from: number) => ((performance.now() - from) / 1000).toFixed(1);
  options.log(
    `demo data: ${units} units, ${content.steps.length} events, ${describeMembers(members)}, ` +
      `${describeCongresses(congresses)}, ${describeYear(year)}, seeded in ${seconds(started)} s ` +
      `(members ${seconds(membersStarted)} s, congresses ${seconds(congressesStarted)} s, ` +
      `year ${seconds(yearStarted)} s)`,
  );
}

/**
 * A demo database from before issue #3 has units but no members, and one from before issue #4 has members but
 * no congresses (its offices, if any, stood alone), and one from before issue #5 no year's work: plan what is
 * missing for its tree and add it.
 */
async function completeEarlierDemo(
  db: Db,
  seeded: { grassrootsPerProvince?: number },
  options: DemoOptions,
): Promise<void> {
  const done = await db
    .select()
    .from(meta)
    .where(inArray(meta.key, [DEMO_MEMBERS_MARKER, DEMO_CONGRESSES_MARKER, DEMO_YEAR_MARKER]));
  const has = (key: string) => done.some((row) => row.key === key);
  if (has(DEMO_MEMBERS_MARKER) && has(DEMO_CONGRESSES_MARKER) && has(DEMO_YEAR_MARKER)) {
    const present = Object.fromEntries(done.map((row) => [row.key, row.value]));
    options.log(`demo data already present (${JSON.stringify(present)}); nothing to do`);
    return;
  }
  const started = performance.now();
  const today = todayInVietnam();
  const added = await db.transaction(async (tx) => {
    const parts: string[] = [];
    if (!has(DEMO_MEMBERS_MARKER)) {
      const content = buildDemoContent(seeded.grassrootsPerProvince ?? options.grassrootsPerProvince);
      const rows = await queryRows<{ code: string; id: number }>(tx, sql`select code, id from org_units`);
      const ids: UnitIds = new Map(rows.map((row) => [row.code, row.id]));
      parts.push(describeMembers(await seedDemoMembers(tx, content, ids, { total: options.members, today })));
    }
    if (!has(DEMO_CONGRESSES_MARKER)) parts.push(describeCongresses(await seedDemoCongresses(tx, { today })));
    if (!has(DEMO_YEAR_MARKER)) parts.push(describeYear(await seedDemoYear(tx, { today })));
    await rebuildAllMemberFacts(tx);
    return parts.join(', ');
  });
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  options.log(`demo data: added ${added} in ${seconds} s`);
}
