// Makes sure Debian's Chromium is there for the browser tests; installs it when we can (root + apt).
// The tests prefer Debian's chromium-headless-shell (the same Chromium without the full browser's window,
// about a sixth less CPU per run, see playwright.config.ts); it is installed beside chromium when we can,
// and its absence is not an error.
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const HEADLESS_SHELL = '/usr/bin/chromium-headless-shell';
const wanted = [
  ...(existsSync(CHROMIUM) ? [] : ['chromium']),
  ...(process.env.CHROMIUM_PATH || existsSync(HEADLESS_SHELL) ? [] : ['chromium-headless-shell']),
];
if (wanted.length === 0) process.exit(0);

const isRoot = process.getuid?.() === 0;
const hasApt = existsSync('/usr/bin/apt-get');
if (isRoot && hasApt) {
  console.log(`Installing Debian package(s) ${wanted.join(', ')} with apt-get …`);
  try {
    execSync(
      `apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq ${wanted.join(' ')}`,
      { stdio: 'inherit' },
    );
  } catch (error) {
    if (existsSync(CHROMIUM)) {
      console.warn('Could not install chromium-headless-shell; the browser tests will use chromium.');
      process.exit(0);
    }
    throw error;
  }
}
if (existsSync(CHROMIUM)) process.exit(0);
console.error(
  `The browser tests need Chromium at ${CHROMIUM}. Install it with:\n  sudo apt-get install -y chromium\n` +
    'or point CHROMIUM_PATH at a Chromium or Chrome binary.',
);
process.exit(1);
