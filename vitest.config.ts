import { defineConfig } from 'vitest/config';

// One runner, three projects: pure domain tests, server tests (which build the app on a database) and the
// web's component tests (in a simulated DOM, the network mocked at fetch).
export default defineConfig({
  test: {
    projects: [
      { test: { name: 'domain', include: ['packages/domain/src/**/*.test.ts'] } },
      {
        test: {
          name: 'server',
          include: ['packages/server/src/**/*.test.ts'],
          // The migrated database with its base data, made once per run (see the file).
          globalSetup: ['packages/server/src/test/global-setup.ts'],
          testTimeout: 60_000,
          hookTimeout: 120_000,
          pool: 'forks',
        },
      },
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
