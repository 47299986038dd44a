// Security headers on the web app's page and on API answers: the policy the browser enforces.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestContext } from '../test/context.ts';

/** The policy as a map of directive → sources. */
function policyOf(header: unknown): Record<string, string[]> {
  return Object.fromEntries(
    String(header)
      .split(';')
      .map((directive) => directive.trim().split(/\s+/u))
      .filter(([name]) => name)
      .map(([name, ...sources]) => [name!, sources]),
  );
}

describe('security headers', () => {
  let ctx: TestContext;
  beforeAll(async () => {
    const webDist = mkdtempSync(join(tmpdir(), 'congdoan-web-'));
    writeFileSync(join(webDist, 'index.html'), '<!doctype html><div id="root"></div>');
    ctx = await createTestContext({ config: { webDist } });
  });
  afterAll(() => ctx.close());

  it('give the web app a policy that allows only its own scripts and no framing', async () => {
    const page = await ctx.app.inject({ method: 'GET', url: '/members/12' });
    expect(page.statusCode).toBe(200);
    expect(page.headers['content-type']).toContain('text/html');
    expect(policyOf(page.headers['content-security-policy'])).toEqual({
      'default-src': ["'self'"],
      'script-src': ["'self'"],
      'script-src-attr': ["'none'"],
      'style-src': ["'self'", "'unsafe-inline'"],
      'img-src': ["'self'", 'data:', 'blob:'],
      'font-src': ["'self'"],
      'connect-src': ["'self'"],
      'object-src': ["'none'"],
      'base-uri': ["'self'"],
      'form-action': ["'self'"],
      'frame-ancestors': ["'none'"],
    });
    expect(page.headers).toMatchObject({
      'x-frame-options': 'DENY',
      'x-content-type-options': 'nosniff',
      'referrer-policy': 'same-origin',
      'cross-origin-opener-policy': 'same-origin',
    });
  });

  it('come with API answers and refusals too', async () => {
    for (const url of ['/api/health', '/api/auth/me', '/api/no-such-route']) {
      const response = await ctx.app.inject({ method: 'GET', url });
      expect(response.headers['x-content-type-options'], url).toBe('nosniff');
      expect(policyOf(response.headers['content-security-policy'])['frame-ancestors'], url).toEqual([
        "'none'",
      ]);
    }
  });

  it('upgrade insecure requests only when the public address is https', async () => {
    const response = await ctx.app.inject({ method: 'GET', url: '/api/health' });
    expect(policyOf(response.headers['content-security-policy'])).not.toHaveProperty(
      'upgrade-insecure-requests',
    );
    const https = await createTestContext({ config: { publicUrl: 'https://congdoan.example.vn' } });
    try {
      const secure = await https.app.inject({ method: 'GET', url: '/api/health' });
      expect(policyOf(secure.headers['content-security-policy'])).toHaveProperty('upgrade-insecure-requests');
    } finally {
      await https.close();
    }
  });
});
