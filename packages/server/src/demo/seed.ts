// Demo data (`npm run demo`): the tree of the seeds — Hà Nội in detail, 63 provinces becoming 34 — with its
// dated history, Hà Nội's emulation clusters, the demo accounts and members with their history.
// Runs once per database (meta 'demo'); a demo seeded before members existed gets them on its next start.
import { todayInVietnam } from '@congdoan/domain';
import { eq, sql } from 'drizzle-orm';
import { type Db, queryRows } from '../db/client.ts';
import { meta } from '../db/schema/index.ts';
import { hashPassword } from '../platform/auth.ts';
import { createDemoAccounts, DEMO_PASSWORD } from './accounts.ts';
import { buildDemoContent } from './content.ts';
import { createClusters, executePlan, type UnitIds } from './execute.ts';
import { DEMO_MEMBERS_MARKER, type DemoMembersSummary, seedDemoMembers } from './members.ts';

export interface DemoOptions {
  grassrootsPerProvince: number;
  /** Members in all (CONGDOAN_DEMO_MEMBERS); by default about 64 per grassroots union, 50,000 at size 20. */
  members?: number;
  log: (message: string) => void;
}

export const DEMO_MARKER = 'demo';

const describeMembers = (summary: DemoMembersSummary) =>
  `${summary.members} members (${summary.periods} membership periods, ${summary.activeToday} active today)`;

export async function seedDemo(db: Db, options: DemoOptions): Promise<void> {
  const started = performance.now();
  const [marker] = await db.select().from(meta).where(eq(meta.key, DEMO_MARKER));
  if (marker) {
    await addMembersToEarlierDemo(db, marker.value as { grassrootsPerProvince?: number }, options);
    return;
  }
  const today = todayInVietnam();
  const content = buildDemoContent(options.grassrootsPerProvince);
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  let membersStarted = 0;
  // One transaction: a run that fails leaves nothing behind, and the next start seeds afresh.
  const { units, members } = await db.transaction(async (tx) => {
    const ids = await executePlan(tx, content.steps);
    await createClusters(tx, content.clusters, ids);
    await createDemoAccounts(tx, ids, passwordHash);
    membersStarted = performance.now();
    const members = await seedDemoMembers(tx, content, ids, { total: options.members, today });
    await tx.insert(meta).values({
      key: DEMO_MARKER,
      value: {
        grassrootsPerProvince: options.grassrootsPerProvince,
        units: ids.size,
        members: members.members,
        seededOn: today,
      },
    });
    return { units: ids.size, members };
  });
  const seconds = (from: number) => ((performance.now() - from) / 1000).toFixed(1);
  options.log(
    `demo data: ${units} units, ${content.steps.length} events, ${describeMembers(members)}, ` +
      `seeded in ${seconds(started)} s (members ${seconds(membersStarted)} s)`,
  );
}

/** A demo database from before issue #3 has units but no members: plan them for its tree and add them. */
async function addMembersToEarlierDemo(
  db: Db,
  seeded: { grassrootsPerProvince?: number },
  options: DemoOptions,
): Promise<void> {
  const [done] = await db.select().from(meta).where(eq(meta.key, DEMO_MEMBERS_MARKER));
  if (done) {
    options.log(`demo data already present (${JSON.stringify(done.value)}); nothing to do`);
    return;
  }
  const started = performance.now();
  const content = buildDemoContent(seeded.grassrootsPerProvince ?? options.grassrootsPerProvince);
  const summary = await db.transaction(async (tx) => {
    const rows = await queryRows<{ code: string; id: number }>(tx, sql`select code, id from org_units`);
    const ids: UnitIds = new Map(rows.map((row) => [row.code, row.id]));
    return seedDemoMembers(tx, content, ids, { total: options.members, today: todayInVietnam() });
  });
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  options.log(`demo data: added ${describeMembers(summary)} in ${seconds} s`);
}
