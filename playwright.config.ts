// Browser tests: Debian's Chromium against the demo server on a fresh embedded database.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { defineConfig } from '@playwright/test';

const port = Number(process.env.E2E_PORT ?? 3199);
const dataDir = process.env.E2E_DATA_DIR ?? mkdtempSync(join(tmpdir(), 'congdoan-e2e-'));

export default defineConfig({
  testDir: 'e2e',
  timeout: 90_000,
  expect: { timeout: 15_000 },
  fullyParallel: false,
  workers: 1,
  reporter: [['list']],
  // Signs the demo accounts in once through the login page; the tests reuse those sessions (e2e/helpers.ts).
  globalSetup: './e2e/global-setup.ts',
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    locale: 'vi-VN',
    timezoneId: 'Asia/Ho_Chi_Minh',
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-dev-shm-usage',
      ],
    },
  },
  webServer: {
    command: 'node --import tsx packages/server/src/main.ts --demo --demo-size=3',
    url: `http://127.0.0.1:${port}/api/health`,
    // Seeding the demo is about 30 s of CPU; `npm test` runs it beside the other stages on a shared machine.
    timeout: 300_000,
    reuseExistingServer: false,
    env: {
      PORT: String(port),
      HOST: '127.0.0.1',
      CONGDOAN_DATA_DIR: dataDir,
      LOG_LEVEL: 'warn',
      DATABASE_URL: '',
      // Accounts sign in more than once a run (global setup, the tests about signing in); the sign-in limit
      // is tested in the server's own tests.
      CONGDOAN_LOGIN_MAX_ATTEMPTS: '1000',
    },
  },
});
