// A Vitest reporter that writes where each test file's time went (start to end as seen by the main process,
// and Vitest's own split: environment, harness, import, setup file, tests with their hooks) to the JSON file
// named by VITEST_TIMINGS (default .vitest-timings.json), for a person asking which files are slow and when
// each ran: `npx vitest run --reporter=default --reporter=./scripts/vitest-timings.ts`.
import { writeFileSync } from 'node:fs';
import { relative } from 'node:path';
import type { Reporter, TestModule } from 'vitest/node';

export interface FileTiming {
  file: string;
  project: string;
  /** When Vitest sent the file to a worker, ms from the start of the run. */
  start: number;
  /** From the moment Vitest sent the file to a worker to the moment its result came back, ms. */
  wall: number;
  environment: number;
  prepare: number;
  /** Importing the test file and everything it imports, and running its describe() callbacks. */
  collect: number;
  setup: number;
  /** Tests and hooks (beforeAll's database and data included). */
  tests: number;
  testCount: number;
}

export default class TimingsReporter implements Reporter {
  private readonly started = new Map<string, number>();
  private readonly rows: FileTiming[] = [];
  private runStart = 0;

  onTestRunStart(): void {
    this.runStart = Date.now();
  }

  onTestModuleQueued(module: TestModule): void {
    this.started.set(module.moduleId, Date.now());
  }

  onTestModuleEnd(module: TestModule): void {
    const diagnostic = module.diagnostic();
    const start = this.started.get(module.moduleId) ?? this.runStart;
    this.rows.push({
      file: relative(process.cwd(), module.moduleId),
      project: module.project.name,
      start: start - this.runStart,
      wall: Date.now() - start,
      environment: Math.round(diagnostic.environmentSetupDuration),
      prepare: Math.round(diagnostic.prepareDuration),
      collect: Math.round(diagnostic.collectDuration),
      setup: Math.round(diagnostic.setupDuration),
      tests: Math.round(diagnostic.duration),
      testCount: [...module.children.allTests()].length,
    });
  }

  onTestRunEnd(): void {
    const out = process.env.VITEST_TIMINGS ?? '.vitest-timings.json';
    const wall = Date.now() - this.runStart;
    writeFileSync(out, `${JSON.stringify({ wall, files: this.rows }, null, 2)}\n`);
  }
}
