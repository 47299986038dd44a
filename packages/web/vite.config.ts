import { writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';

/** Files worth compressing (fonts and images are compressed already). */
const COMPRESSIBLE = /\.(?:js|css|html|svg|json|txt)$/u;

/**
 * Writes each built file's brotli (.br, quality 11) and gzip (.gz, level 9) forms beside it, once, at build
 * time: the server sends the one the browser accepts as it is (@fastify/static's preCompressed), so a phone on
 * a slow network gets a third of the bytes without the server compressing anything per request. A form no
 * smaller than the file is not written.
 */
function precompress(): Plugin {
  let outDir = 'dist';
  return {
    name: 'congdoan-precompress',
    apply: 'build',
    configResolved(config) {
      outDir = join(config.root, config.build.outDir);
    },
    // On the thread pool, side by side: brotli at its best quality is slow (about 1 MB/s a core).
    async writeBundle(_options, bundle) {
      const brotli = promisify(brotliCompress);
      const deflate = promisify(gzip);
      const jobs = Object.values(bundle)
        .filter((output) => COMPRESSIBLE.test(output.fileName) && !output.fileName.startsWith('.vite/'))
        .map(async (output) => {
          const bytes = Buffer.from(output.type === 'chunk' ? output.code : output.source);
          const path = join(outDir, output.fileName);
          const [br, gz] = await Promise.all([
            brotli(bytes, {
              params: {
                [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
                [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length,
                [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
              },
            }),
            deflate(bytes, { level: 9 }),
          ]);
          if (br.length < bytes.length) await writeFile(`${path}.br`, br);
          if (gz.length < bytes.length) await writeFile(`${path}.gz`, gz);
        });
      await Promise.all(jobs);
    },
  };
}

/** What main.tsx fetches at once on every visit, besides its own imports: the languages' code, the app, the words. */
const FIRST_LOAD = ['src/i18n/index.ts', 'src/app/App.tsx', 'src/i18n/vi.json'];

/**
 * Names in index.html, as modulepreload links, the chunks main.tsx fetches at once on every visit (FIRST_LOAD
 * with the chunks they import): the browser fetches them beside the entry instead of after it has arrived and
 * run — one round trip sooner, half a second on a phone's network. A page's own code (the dashboard's, the
 * signed-in shell's) is not named here: main.tsx asks for it on that page's address only.
 */
function preloadFirstLoad(): Plugin {
  let base = '/';
  return {
    name: 'congdoan-preload-first-load',
    apply: 'build',
    configResolved(config) {
      base = config.base;
    },
    transformIndexHtml: {
      order: 'post',
      handler(_html, { bundle, chunk: entry }) {
        if (!bundle || !entry) return;
        const named = new Set<string>([entry.fileName]);
        const skip = (file: string) => {
          if (named.has(file)) return;
          named.add(file);
          const chunk = bundle[file];
          if (chunk?.type === 'chunk') for (const imported of chunk.imports) skip(imported);
        };
        // The entry's own imports index.html names already.
        for (const imported of entry.imports) skip(imported);
        const preload: string[] = [];
        const add = (file: string) => {
          if (named.has(file)) return;
          named.add(file);
          const chunk = bundle[file];
          if (chunk?.type !== 'chunk') return;
          preload.push(file);
          for (const imported of chunk.imports) add(imported);
        };
        for (const file of entry.dynamicImports) {
          const chunk = bundle[file];
          const id = chunk?.type === 'chunk' ? chunk.facadeModuleId : null;
          if (id && FIRST_LOAD.some((module) => id.endsWith(module))) add(file);
        }
        return preload.map((file) => ({
          tag: 'link',
          attrs: { rel: 'modulepreload', crossorigin: true, href: `${base}${file}` },
          injectTo: 'head' as const,
        }));
      },
    },
  };
}

/** The page code main.tsx fetches at once on the home address: the signed-in shell and the dashboard. */
const HOME_PAGE = ['src/app/AppLayout.tsx', 'src/routes/dashboard/DashboardPage.tsx'];

/** `import { a, b as c } from "x"` and `export { default as d } from "x"`: the names and where from. */
const NAMED_FROM = /(?:import|export)\s*\{([^}]*)\}\s*from\s*["']([^"']+)["']/gu;
const namesIn = (list: string) =>
  list
    .split(',')
    .map((name) =>
      name
        .trim()
        .split(/\s+as\s+/u)
        .at(-1)!
        .replace(/^type\s+/u, ''),
    )
    .filter(Boolean);
/** The package a module of node_modules belongs to ("@mantine/core"). */
const packageOf = (id: string) =>
  /.*[\\/]node_modules[\\/]((?:@[^\\/]+[\\/])?[^\\/]+)/u.exec(id)?.[1]?.replace('\\', '/');

/**
 * The code the shell and the dashboard import beyond the first load, in one chunk ('home') instead of the
 * sixty-odd small ones the bundler would make of the Mantine components, hooks and icons they share with other
 * pages in ever different sets: a phone's browser fetches six files at a time over HTTP/1.1, each after half a
 * second of latency, so sixty files cost five seconds where one costs its bytes. Other pages use most of it
 * (they all sit in the shell) and get it from the cache. Worked out from the module graph once it is built:
 * through a library's index (@mantine/core's names every component) only to the modules of the names a
 * module imports from it, as tree-shaking will.
 */
function homeChunk(): { plugin: Plugin; test: (id: string) => boolean } {
  const home = new Set<string>();
  const plugin: Plugin = {
    name: 'congdoan-home-chunk',
    apply: 'build',
    buildEnd() {
      const info = (id: string) => this.getModuleInfo(id);
      const barrelNames = new Map<string, Map<string, string>>();
      /** An index module's exported names → the modules they come from; null when it is not an index. */
      const barrel = (id: string): Map<string, string> | null => {
        const module = info(id);
        if (!module || module.importedIds.length < 40 || !packageOf(id)) return null;
        let names = barrelNames.get(id);
        if (!names) {
          names = new Map();
          const byPath = new Map(module.importedIds.map((imported) => [imported.split('?')[0]!, imported]));
          for (const [, list, from] of (module.code ?? '').matchAll(NAMED_FROM)) {
            const target = byPath.get(resolve(dirname(id), from!));
            if (target) for (const name of namesIn(list!)) names.set(name, target);
          }
          barrelNames.set(id, names);
        }
        return names;
      };
      const closure = (ids: string[], into: Set<string>) => {
        const stack = [...ids];
        while (stack.length) {
          const id = stack.pop()!;
          if (into.has(id)) continue;
          into.add(id);
          const module = info(id);
          if (!module) continue;
          for (const imported of module.importedIds) {
            const names = barrel(imported);
            const from = packageOf(imported);
            if (!names || !from) {
              stack.push(imported);
              continue;
            }
            // Only the modules of the names taken from the index; all of them when that cannot be read.
            into.add(imported);
            const taken = [...(module.code ?? '').matchAll(NAMED_FROM)]
              .filter(([, , specifier]) => specifier === from)
              .flatMap(([, list]) => namesIn(list!));
            const targets = taken.map((name) => names.get(name));
            if (taken.length === 0 || targets.some((target) => !target))
              stack.push(...info(imported)!.importedIds);
            else stack.push(...(targets as string[]));
          }
        }
      };
      const ids = [...this.getModuleIds()];
      const find = (module: string) => ids.filter((id) => id.endsWith(module));
      const first = new Set<string>();
      closure([...find('src/main.tsx'), ...FIRST_LOAD.flatMap(find)], first);
      const pages = HOME_PAGE.flatMap(find);
      const wanted = new Set<string>();
      closure(pages, wanted);
      home.clear();
      for (const id of wanted)
        if (!first.has(id) && !pages.includes(id) && !barrelNames.has(id)) home.add(id);
    },
  };
  return { plugin, test: (id) => home.has(id) };
}

const home = homeChunk();

export default defineConfig({
  plugins: [react(), preloadFirstLoad(), home.plugin, precompress()],
  server: { proxy: { '/api': 'http://127.0.0.1:3000' } },
  // The manifest lets bench/web-entry-size.ts add up what the first load fetches.
  build: {
    chunkSizeWarningLimit: 2000,
    manifest: true,
    rolldownOptions: {
      output: {
        codeSplitting: {
          // The group holds what the home page needs and the first load has not; their own dependencies are
          // in the first load already, and stay there.
          groups: [{ name: 'home', test: home.test, includeDependenciesRecursively: false }],
        },
      },
    },
  },
});
