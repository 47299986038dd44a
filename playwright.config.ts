// Browser tests: Debian's Chromium against the demo server on a fresh embedded database.
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { defineConfig } from '@playwright/test';

const port = Number(process.env.E2E_PORT ?? 3199);
const dataDir = process.env.E2E_DATA_DIR ?? mkdtempSync(join(tmpdir(), 'congdoan-e2e-'));
// A folder made here goes when the run ends (the demo's database is about 180 MB); one named by E2E_DATA_DIR stays.
if (!process.env.E2E_DATA_DIR) {
  process.on('exit', () => rmSync(dataDir, { recursive: true, force: true }));
}
// Debian's headless shell (package chromium-headless-shell: the same Chromium, without the full browser's
// windows, tab strip and address bar, which headless Chromium still builds for every test's context) when it
// is installed: the same pages for about a sixth less CPU. Debian's chromium otherwise.
const headlessShell = '/usr/bin/chromium-headless-shell';
const chromium =
  process.env.CHROMIUM_PATH ?? (existsSync(headlessShell) ? headlessShell : '/usr/bin/chromium');

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
      executablePath: chromium,
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
