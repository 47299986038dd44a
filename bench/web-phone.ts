// The dashboard on a mid-range phone (issue 11): how long a signed-in user, arriving with a cold cache,
// waits until the dashboard is usable — its main figures on screen (the members card's count, the congress
// and reporting cards) — under Chromium's 4× CPU slowdown and Lighthouse's mobile network profile
// (`mobileSlow4G` in Lighthouse's constants, the one its docs long called "fast 3G": 150 ms RTT × 3.75 =
// 562.5 ms request latency, 1.6 Mbps × 0.9 = 1474.56 kbps down, 750 kbps × 0.9 = 675 kbps up, as Lighthouse
// hands them to DevTools). Also prints the entry JavaScript's gzip size and exits 1 when it is over 250 kB.
//
//   npm run bench:web                        builds nothing: run `npm run build` first
//   E2E_PORT=3199 npm run bench:web          reuses a demo server already listening there (started after the
//                                            build: the server lists the web's files when it starts)
//   BENCH_RUNS=5 BENCH_USER=hanoi npm run bench:web
//   BENCH_WATERFALL=1 npm run bench:web      also lists each request's start, end and size
//   BENCH_SCREENSHOT=/tmp/d.png              saves the last run's page once all is loaded
//
// Without E2E_PORT it starts the demo server the way playwright.config.ts does (a fresh embedded database,
// seeding takes about 30 s). Each run is a new browser context (empty cache); the session cookie is fetched
// through the API first, so the page load is the dashboard's alone. Each figure is taken twice: from the app's
// own server, which sends the brotli files the build wrote (gzip to a browser without brotli); through a
// proxy that gzips each answer itself, the way a reverse proxy in front of an older build did; and through
// one that sends everything uncompressed (BENCH_MODES=app,gzip,plain picks). Figures are printed, never
// asserted on time (bench/ holds measurements); the size check is the budget.
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { createServer as createHttpServer } from 'node:http';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { type Browser, chromium } from '@playwright/test';
import { ENTRY_BUDGET_KB, entrySize } from './web-entry-size.ts';

/** Lighthouse's mobileSlow4G, in the units CDP takes (bytes per second), as Lighthouse converts them. */
const NETWORK = {
  offline: false,
  latency: 150 * 3.75,
  downloadThroughput: Math.floor((1.6 * 1024 * 0.9 * 1024) / 8),
  uploadThroughput: Math.floor((750 * 0.9 * 1024) / 8),
};
const CPU_SLOWDOWN = 4;
const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const USER = process.env.BENCH_USER ?? 'longbien';
const PASSWORD = 'demo1234';
/** What makes the dashboard usable: the figures a user opens it for. */
const FIGURES = ['dashboard-members-count', 'dashboard-congress', 'dashboard-reporting'];

/** A port nothing listens on (another run's or another session's demo server may hold the usual ones). */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() =>
        typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port')),
      );
    });
  });
}

async function startServer(): Promise<{ port: number; server: ChildProcess | null }> {
  if (process.env.E2E_PORT) return { port: Number(process.env.E2E_PORT), server: null };
  const port = await freePort();
  const server = spawn(
    process.execPath,
    ['--import', 'tsx', 'packages/server/src/main.ts', '--demo', '--demo-size=3'],
    {
      stdio: ['ignore', 'inherit', 'inherit'],
      env: {
        ...process.env,
        PORT: String(port),
        HOST: '127.0.0.1',
        CONGDOAN_DATA_DIR: mkdtempSync(join(tmpdir(), 'congdoan-bench-web-')),
        LOG_LEVEL: 'warn',
        DATABASE_URL: '',
        CONGDOAN_LOGIN_MAX_ATTEMPTS: '1000',
      },
    },
  );
  const deadline = Date.now() + 300_000;
  while (Date.now() < deadline) {
    if (server.exitCode !== null) throw new Error(`demo server exited with ${server.exitCode}`);
    try {
      if ((await fetch(`http://127.0.0.1:${port}/api/health`)).ok) return { port, server };
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  server.kill();
  throw new Error('demo server did not answer /api/health within 5 minutes');
}

interface Run {
  usableMs: number;
  firstContentfulPaintMs: number;
  scriptKb: number;
  scripts: number;
  styleKb: number;
  fontKb: number;
  encoding: string;
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

/**
 * A proxy in front of the server that asks it for everything uncompressed and then gzips what it sends (the
 * way a reverse proxy compresses per request) or sends it as it is, so the figure can be read each way.
 */
async function startProxy(target: string, gzip: boolean): Promise<{ url: string; close: () => void }> {
  const port = await freePort();
  const proxy = createHttpServer(async (request, response) => {
    const headers = Object.fromEntries(
      Object.entries(request.headers).filter(([name, value]) => typeof value === 'string' && name !== 'host'),
    ) as Record<string, string>;
    const chunks: Buffer[] = [];
    for await (const chunk of request) chunks.push(chunk as Buffer);
    const answer = await fetch(`${target}${request.url}`, {
      method: request.method,
      // The server checks that a sign-in comes from its own pages: the proxy's address stands for its own.
      headers: { ...headers, ...(headers.origin ? { origin: target } : {}), 'accept-encoding': 'identity' },
      body: chunks.length ? Buffer.concat(chunks) : undefined,
      redirect: 'manual',
    });
    const body = Buffer.from(await answer.arrayBuffer());
    const type = answer.headers.get('content-type') ?? '';
    const out: Record<string, string | string[]> = {};
    answer.headers.forEach((value, name) => {
      if (
        !['content-length', 'content-encoding', 'transfer-encoding', 'connection', 'set-cookie'].includes(
          name,
        )
      )
        out[name] = value;
    });
    const cookies = answer.headers.getSetCookie();
    if (cookies.length) out['set-cookie'] = cookies;
    const squeeze =
      gzip &&
      /javascript|css|json|html|svg/.test(type) &&
      /gzip/.test(request.headers['accept-encoding'] ?? '');
    const sent = squeeze ? gzipSync(body, { level: 6 }) : body;
    if (squeeze) out['content-encoding'] = 'gzip';
    out['content-length'] = String(sent.length);
    response.writeHead(answer.status, out);
    response.end(sent);
  });
  await new Promise<void>((resolve) => proxy.listen(port, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${port}`, close: () => proxy.close() };
}

async function measure(browser: Browser, baseURL: string): Promise<Run[]> {
  const runs: Run[] = [];
  for (let run = 0; run < RUNS; run++) {
    const context = await browser.newContext({
      baseURL,
      locale: 'vi-VN',
      timezoneId: 'Asia/Ho_Chi_Minh',
      viewport: { width: 412, height: 915 },
      deviceScaleFactor: 2.625,
      isMobile: true,
      hasTouch: true,
    });
    const signIn = await context.request.post('/api/auth/login', {
      data: { username: USER, password: PASSWORD },
      headers: { origin: baseURL },
    });
    if (!signIn.ok()) throw new Error(`sign-in as ${USER} failed: ${signIn.status()} ${await signIn.text()}`);
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
    await cdp.send('Network.emulateNetworkConditions', NETWORK);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });
    let encoding = 'uncompressed';
    page.on('response', (response) => {
      const used = response.headers()['content-encoding'];
      if (response.url().endsWith('.js') && used) encoding = used;
    });

    await page.goto('/', { waitUntil: 'commit' });
    // Polled on every frame in the page, so the time is the frame the last figure appeared in.
    const usableMs = await page
      .waitForFunction(
        (ids) => {
          const shown = ids.every((id) => {
            const element = document.querySelector<HTMLElement>(`[data-testid="${id}"]`);
            return element !== null && element.offsetParent !== null;
          });
          return shown ? performance.now() : false;
        },
        FIGURES,
        { polling: 'raf', timeout: 120_000 },
      )
      .then((handle) => handle.jsonValue() as Promise<number>);
    const timings = await page.evaluate(() => ({
      fcp: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? Number.NaN,
      scripts: performance
        .getEntriesByType('resource')
        .filter(
          (entry) =>
            (entry as PerformanceResourceTiming).initiatorType === 'script' || entry.name.endsWith('.js'),
        )
        .map((entry) => (entry as PerformanceResourceTiming).encodedBodySize),
      styles: performance
        .getEntriesByType('resource')
        .filter((entry) => entry.name.endsWith('.css'))
        .reduce((sum, entry) => sum + (entry as PerformanceResourceTiming).encodedBodySize, 0),
      fonts: performance
        .getEntriesByType('resource')
        .filter((entry) => entry.name.endsWith('.woff2'))
        .reduce((sum, entry) => sum + (entry as PerformanceResourceTiming).encodedBodySize, 0),
    }));
    if (process.env.BENCH_WATERFALL === '1') {
      const entries = await page.evaluate(() =>
        performance.getEntriesByType('resource').map((entry) => {
          const timing = entry as PerformanceResourceTiming;
          return {
            name: timing.name,
            start: timing.startTime,
            end: timing.responseEnd,
            bytes: timing.encodedBodySize,
          };
        }),
      );
      for (const entry of entries)
        console.log(
          `  ${Math.round(entry.start).toString().padStart(6)} → ${Math.round(entry.end).toString().padStart(6)} ms ` +
            `${(entry.bytes / 1000).toFixed(1).padStart(7)} kB  ${entry.name.replace(baseURL, '')}`,
        );
    }
    if (process.env.BENCH_SCREENSHOT && run === RUNS - 1) {
      // The page as the phone shows it once everything (fonts, the chart) is in.
      await page.waitForLoadState('networkidle');
      await page.screenshot({ path: process.env.BENCH_SCREENSHOT, fullPage: true });
    }
    runs.push({
      usableMs,
      firstContentfulPaintMs: timings.fcp,
      scriptKb: timings.scripts.reduce((sum, bytes) => sum + bytes, 0) / 1000,
      scripts: timings.scripts.length,
      styleKb: timings.styles / 1000,
      fontKb: timings.fonts / 1000,
      encoding,
    });
    const last = runs.at(-1)!;
    console.log(
      `run ${run + 1}: usable ${Math.round(last.usableMs)} ms, first paint ${Math.round(last.firstContentfulPaintMs)} ms, ` +
        `${last.scripts} scripts, ${last.scriptKb.toFixed(1)} kB of JavaScript, ${last.styleKb.toFixed(1)} kB of CSS, ` +
        `${last.fontKb.toFixed(1)} kB of fonts on the wire`,
    );
    await context.close();
  }
  return runs;
}

function report(label: string, runs: Run[]): void {
  console.log(
    `${label} (${runs[0]!.encoding}: ${runs[0]!.scriptKb.toFixed(0)} kB of JavaScript in ${runs[0]!.scripts} scripts, ` +
      `${runs[0]!.styleKb.toFixed(0)} kB CSS, ${runs[0]!.fontKb.toFixed(0)} kB fonts on the wire): ` +
      `dashboard usable ${Math.round(median(runs.map((run) => run.usableMs)))} ms, ` +
      `first contentful paint ${Math.round(median(runs.map((run) => run.firstContentfulPaintMs)))} ms (medians of ${runs.length})`,
  );
}

async function main(): Promise<void> {
  const size = entrySize();
  const { port, server } = await startServer();
  const direct = `http://127.0.0.1:${port}`;
  const modes = (process.env.BENCH_MODES ?? 'app,gzip,plain').split(',');
  const gzipProxy = await startProxy(direct, true);
  const plainProxy = await startProxy(direct, false);
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
  });
  const results: [string, Run[]][] = [];
  try {
    if (modes.includes('app')) {
      console.log("— served by the app's own server (the build's brotli files)");
      results.push(['app server', await measure(browser, direct)]);
    }
    if (modes.includes('gzip')) {
      console.log('— behind a proxy that gzips each answer');
      results.push(['gzip proxy', await measure(browser, gzipProxy.url)]);
    }
    if (modes.includes('plain')) {
      console.log('— behind a proxy that sends everything uncompressed');
      results.push(['no compression', await measure(browser, plainProxy.url)]);
    }
    console.log(
      `profile: CPU ${CPU_SLOWDOWN}× slower; network Lighthouse mobileSlow4G ("fast 3G"): ${NETWORK.latency} ms latency, ` +
        `${((NETWORK.downloadThroughput * 8) / 1024).toFixed(0)} kbps down, ${((NETWORK.uploadThroughput * 8) / 1024).toFixed(0)} kbps up; ` +
        `cold cache; a 412×915 phone screen; user ${USER}`,
    );
    for (const [label, runs] of results) report(label, runs);
  } finally {
    await browser.close();
    gzipProxy.close();
    plainProxy.close();
    server?.kill();
  }
  console.log(`entry JS: ${size.gzipKb} kB gzip (${size.rawKb} kB raw), budget ${ENTRY_BUDGET_KB} kB`);
  const home = entrySize(undefined, true);
  console.log(`dashboard's first-load JS: ${home.gzipKb} kB gzip (${home.rawKb} kB raw)`);
  if (size.gzipKb > ENTRY_BUDGET_KB) {
    console.error(`entry JS over budget by ${(size.gzipKb - ENTRY_BUDGET_KB).toFixed(1)} kB`);
    process.exitCode = 1;
  }
}

await main();
