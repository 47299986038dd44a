// Demo data (`npm run demo`): filled in by the demo module.
import type { Db } from '../db/client.ts';

export interface DemoOptions {
  grassrootsPerProvince: number;
  log: (message: string) => void;
}

export async function seedDemo(_db: Db, options: DemoOptions): Promise<void> {
  options.log('demo data: nothing to seed yet');
}
