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

export default defineConfig({
  plugins: [react(), precompress()],
  server: { proxy: { '/api': 'http://127.0.0.1:3000' } },
  // The manifest lets bench/web-entry-size.ts add up what the first load fetches.
  build: { chunkSizeWarningLimit: 2000, manifest: true },
});
