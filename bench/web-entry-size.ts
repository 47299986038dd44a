// The web's entry JavaScript: what every first visit fetches, whichever page it opens — the script index.html
// loads and the chunks it imports, the two main.tsx fetches at once (the languages' code; the app: providers
// and the route tree) with theirs, and the default language's words (Vietnamese). Each page — the signed-in
// shell too — its charts and the other language come later, in chunks of their own (main.tsx starts fetching
// the shell and the dashboard at once on the home page's address only: those are counted apart, as the
// dashboard's first load). Sizes are gzip (level 9, as the build writes them beside each file; the brotli files
// are smaller still), from the Vite manifest of `npm run build`.
//
//   node --import tsx bench/web-entry-size.ts     prints the sizes; exits 1 when the entry is over the budget
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

/** Issue 11: the entry JavaScript at most 250 kB gzip. */
export const ENTRY_BUDGET_KB = 250;

type ManifestChunk = { file: string; isEntry?: boolean; imports?: string[]; dynamicImports?: string[] };
type Manifest = Record<string, ManifestChunk>;

const DIST = fileURLToPath(new URL('../packages/web/dist/', import.meta.url));

export interface EntrySize {
  files: { file: string; gzipKb: number }[];
  gzipKb: number;
  rawKb: number;
}

/** The page code main.tsx fetches at once only on the home page's address (not on every visit). */
export const HOME_PAGE_MODULES = ['src/app/AppLayout.tsx', 'src/routes/dashboard/DashboardPage.tsx'];

/** The entry (every first visit); with `homePage`, what a first visit to the dashboard fetches at once. */
export function entrySize(dist = DIST, homePage = false): EntrySize {
  const manifest = JSON.parse(readFileSync(join(dist, '.vite/manifest.json'), 'utf8')) as Manifest;
  const entry = Object.entries(manifest).find(([, chunk]) => chunk.isEntry);
  if (!entry) throw new Error('no entry in the Vite manifest: run `npm run build` first');
  const [entryKey, entryChunk] = entry;
  const seen = new Set<string>();
  const add = (key: string) => {
    if (seen.has(key)) return;
    seen.add(key);
    for (const imported of manifest[key]?.imports ?? []) add(imported);
  };
  add(entryKey);
  // main.tsx fetches its dynamic imports (i18n, App) straight away, and one language's words (below).
  for (const key of entryChunk.dynamicImports ?? [])
    if (!key.endsWith('.json') && (homePage || !HOME_PAGE_MODULES.includes(key))) add(key);
  add('src/i18n/vi.json');
  const files = [...seen]
    .map((key) => manifest[key]!.file)
    .filter((file) => file.endsWith('.js'))
    .map((file) => {
      const bytes = readFileSync(join(dist, file));
      return { file, raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length };
    })
    .sort((a, b) => b.gzip - a.gzip);
  const kb = (bytes: number) => Math.round(bytes / 100) / 10;
  return {
    files: files.map(({ file, gzip }) => ({ file, gzipKb: kb(gzip) })),
    gzipKb: kb(files.reduce((sum, file) => sum + file.gzip, 0)),
    rawKb: kb(files.reduce((sum, file) => sum + file.raw, 0)),
  };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const size = entrySize();
  for (const { file, gzipKb } of size.files.slice(0, 12))
    console.log(`  ${gzipKb.toFixed(1).padStart(6)} kB  ${file}`);
  if (size.files.length > 12) console.log(`  … and ${size.files.length - 12} smaller chunks`);
  console.log(
    `entry JS: ${size.gzipKb} kB gzip (${size.rawKb} kB raw) in ${size.files.length} files; budget ${ENTRY_BUDGET_KB} kB`,
  );
  const home = entrySize(DIST, true);
  console.log(
    `dashboard's first load (entry, signed-in shell, dashboard): ${home.gzipKb} kB gzip (${home.rawKb} kB raw) in ${home.files.length} files`,
  );
  if (size.gzipKb > ENTRY_BUDGET_KB) {
    console.error(`entry JS over budget by ${(size.gzipKb - ENTRY_BUDGET_KB).toFixed(1)} kB`);
    process.exitCode = 1;
  }
}
