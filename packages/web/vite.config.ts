import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
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

export default defineConfig({
  plugins: [react(), preloadFirstLoad(), precompress()],
  server: { proxy: { '/api': 'http://127.0.0.1:3000' } },
  // The manifest lets bench/web-entry-size.ts add up what the first load fetches.
  build: { chunkSizeWarningLimit: 2000, manifest: true },
});
