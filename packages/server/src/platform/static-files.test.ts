// The web app's files as the server sends them: the compressed form the build wrote beside each file, chosen
// by what the browser accepts, and caching that keeps hashed files for a year but checks the page each visit.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliCompressSync, brotliDecompressSync, gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestContext } from '../test/context.ts';

const PAGE =
  '<!doctype html><div id="root"></div><script type="module" src="/assets/index-abc123.js"></script>';
const SCRIPT = `console.log(${JSON.stringify('Công Đoàn Số '.repeat(200))});`;

function writeWithCompressed(path: string, text: string): void {
  writeFileSync(path, text);
  writeFileSync(`${path}.br`, brotliCompressSync(Buffer.from(text)));
  writeFileSync(`${path}.gz`, gzipSync(Buffer.from(text)));
}

describe('the web app’s files', () => {
  let ctx: TestContext;
  beforeAll(async () => {
    const webDist = mkdtempSync(join(tmpdir(), 'congdoan-web-'));
    mkdirSync(join(webDist, 'assets'));
    writeWithCompressed(join(webDist, 'index.html'), PAGE);
    writeWithCompressed(join(webDist, 'assets/index-abc123.js'), SCRIPT);
    ctx = await createTestContext({ config: { webDist } });
  });
  afterAll(() => ctx.close());

  it('go out brotli-compressed to a browser that accepts it, gzip to one that takes only gzip, plain otherwise', async () => {
    const url = '/assets/index-abc123.js';
    const brotli = await ctx.app.inject({ method: 'GET', url, headers: { 'accept-encoding': 'gzip, br' } });
    expect(brotli.statusCode).toBe(200);
    expect(brotli.headers['content-encoding']).toBe('br');
    expect(brotli.headers['content-type']).toContain('javascript');
    expect(brotli.headers.vary).toContain('accept-encoding');
    expect(brotliDecompressSync(brotli.rawPayload).toString()).toBe(SCRIPT);
    expect(brotli.rawPayload.length).toBeLessThan(SCRIPT.length / 5);

    const gzip = await ctx.app.inject({ method: 'GET', url, headers: { 'accept-encoding': 'gzip' } });
    expect(gzip.headers['content-encoding']).toBe('gzip');

    const plain = await ctx.app.inject({ method: 'GET', url, headers: { 'accept-encoding': 'identity' } });
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body).toBe(SCRIPT);
  });

  it('are kept by the browser when hashed (/assets), while the page is checked again on every visit', async () => {
    const script = await ctx.app.inject({ method: 'GET', url: '/assets/index-abc123.js' });
    expect(script.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    for (const url of ['/', '/members/12']) {
      const page = await ctx.app.inject({ method: 'GET', url, headers: { 'accept-encoding': 'br' } });
      expect(page.statusCode, url).toBe(200);
      expect(page.headers['content-type'], url).toContain('text/html');
      expect(page.headers['cache-control'], url).toBe('no-cache');
      expect(page.headers['content-encoding'], url).toBe('br');
      expect(brotliDecompressSync(page.rawPayload).toString(), url).toBe(PAGE);
      expect(page.headers['content-security-policy'], url).toContain("script-src 'self'");
    }
  });
});
