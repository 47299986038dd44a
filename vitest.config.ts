import { configDefaults, defineConfig } from 'vitest/config';

// One runner, four projects: pure domain tests, server tests (which build the app on a database; two
// projects, see below) and the web's component tests (in a simulated DOM, the network mocked at fetch).

/**
 * Server test files that change what the whole process is, or rely on it: the CLI names the process after
 * its command and a data folder's lock records that name. Each runs in a process of its own; every other
 * server file shares its worker's loaded modules with the files before it (loading the app's modules anew
 * took about 2 of a file's 5 s of CPU). A new file that sets process-wide state (the process's name,
 * environment variables, timers it leaves running) belongs here.
 */
const OWN_PROCESS = [
  'packages/server/src/cli.test.ts',
  'packages/server/src/db/data-lock.test.ts',
  'packages/server/src/modules/backup/backup.test.ts',
  'packages/server/src/modules/health/degraded.test.ts',
];

const server = {
  // The migrated database with its base data, made once per run and copied per file (see the file).
  globalSetup: ['packages/server/src/test/global-setup.ts'],
  testTimeout: 60_000,
  hookTimeout: 120_000,
  pool: 'forks',
} as const;

export default defineConfig({
  test: {
    // Both cores (Vitest's default leaves one idle on a 2-core machine): a server test file spends most
    // of its time on one core, in its database and app.
    maxWorkers: 2,
    projects: [
      { test: { name: 'domain', include: ['packages/domain/src/**/*.test.ts'] } },
      {
        test: {
          ...server,
          name: 'server',
          include: ['packages/server/src/**/*.test.ts'],
          exclude: [...configDefaults.exclude, ...OWN_PROCESS],
          isolate: false,
        },
      },
      { test: { ...server, name: 'server-own-process', include: OWN_PROCESS } },
      {
        test: {
          name: 'web',
          include: ['packages/web/src/**/*.test.{ts,tsx}'],
          // happy-dom: a fraction of jsdom's start-up and install, and it has the matchMedia and
          // ResizeObserver Mantine needs.
          environment: 'happy-dom',
          setupFiles: ['packages/web/src/test/setup.ts'],
          // A test types and clicks through Mantine's components; on a busy 2-core machine that can pass 5 s.
          testTimeout: 30_000,
          // Files share one loaded React, Mantine and router per worker (about half the CPU time): each test
          // renders afresh with its own query cache and router, and setup.ts resets the language and fetch.
          isolate: false,
        },
      },
    ],
  },
});
