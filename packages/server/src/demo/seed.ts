// Demo data (`npm run demo`): the tree of the seeds — Hà Nội in detail, 63 provinces becoming 34 — with its
// dated history, Hà Nội's emulation clusters and the demo accounts. Runs once per database (meta 'demo').
import { todayInVietnam } from '@congdoan/domain';
import { eq } from 'drizzle-orm';
import type { Db } from '../db/client.ts';
import { meta } from '../db/schema/index.ts';
import { hashPassword } from '../platform/auth.ts';
import { createDemoAccounts, DEMO_PASSWORD } from './accounts.ts';
import { buildDemoContent } from './content.ts';
import { createClusters, executePlan } from './execute.ts';

export interface DemoOptions {
  grassrootsPerProvince: number;
  log: (message: string) => void;
}

export const DEMO_MARKER = 'demo';

export async function seedDemo(db: Db, options: DemoOptions): Promise<void> {
  const started = performance.now();
  const [marker] = await db.select().from(meta).where(eq(meta.key, DEMO_MARKER));
  if (marker) {
    options.log(`demo data already present (${JSON.stringify(marker.value)}); nothing to do`);
    return;
  }
  const content = buildDemoContent(options.grassrootsPerProvince);
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  // One transaction: a run that fails leaves nothing behind, and the next start seeds afresh.
  const unitCount = await db.transaction(async (tx) => {
    const ids = await executePlan(tx, content.steps);
    await createClusters(tx, content.clusters, ids);
    await createDemoAccounts(tx, ids, passwordHash);
    await tx.insert(meta).values({
      key: DEMO_MARKER,
      value: {
        grassrootsPerProvince: options.grassrootsPerProvince,
        units: ids.size,
        seededOn: todayInVietnam(),
      },
    });
    return ids.size;
  });
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  options.log(`demo data: ${unitCount} units, ${content.steps.length} events, seeded in ${seconds} s`);
}
