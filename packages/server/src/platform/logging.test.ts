// Personal data never reaches the server log: failing requests carrying a national ID in their body,
// query or a failed query's parameters leave no trace of it in the captured log output.
import { Writable } from 'node:stream';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type App, buildApp } from '../app.ts';
import { type Database, openDatabase } from '../db/client.ts';
import { ensureBaseData } from './bootstrap.ts';
import { maskUrl, serializeError } from './logging.ts';

const NATIONAL_ID = '001199012345';
const PHONE = '0912 345 678';
let database: Database;
let app: App;
const lines: string[] = [];

beforeAll(async () => {
  database = await openDatabase({ dataDir: 'memory://' });
  await ensureBaseData(database.db);
  const logStream = new Writable({
    write(chunk, _encoding, done) {
      lines.push(String(chunk));
      done();
    },
  });
  app = await buildApp({ database, logStream, config: { webDist: '/nonexistent' } });
  // A route whose query fails with the national ID among its parameters: the 500 path of every module.
  app.get('/api/test/failing-query', { config: { access: 'public' } }, async () =>
    database.db.execute(sql`select ${NATIONAL_ID}::int / 0 as boom, ${PHONE} as phone`),
  );
  await app.ready();
});
afterAll(async () => {
  await app.close();
  await database.close();
});

describe('the server log', () => {
  it('holds no national ID or phone after failing requests that carried them', async () => {
    const responses = await Promise.all([
      app.inject({ method: 'GET', url: '/api/test/failing-query' }),
      app.inject({
        method: 'POST',
        url: '/api/auth/login',
        payload: { username: NATIONAL_ID, password: `x\u0000${PHONE}` },
      }),
      app.inject({
        method: 'POST',
        url: '/api/members',
        payload: { fullName: 'A\u0000', nationalId: NATIONAL_ID, phone: PHONE, gender: 'x' },
      }),
      app.inject({ method: 'GET', url: `/api/members?q=${NATIONAL_ID}&phone=${encodeURIComponent(PHONE)}` }),
    ]);
    expect(responses[0]?.statusCode).toBe(500);
    for (const response of responses.slice(1)) expect(response.statusCode).toBeLessThan(500);
    const log = lines.join('');
    // The failure was logged (so the check below is not vacuous) …
    expect(log).toContain('unhandled error');
    expect(log).toContain('/api/members?q=…');
    // … and no form of the identifiers is in it.
    expect(log).not.toContain(NATIONAL_ID);
    expect(log).not.toContain(PHONE);
    expect(log).not.toContain(PHONE.replace(/ /gu, ''));
  });
});

describe('the log serializers', () => {
  it('cut a failed query’s parameters and mask long numbers in messages and causes', () => {
    const cause = Object.assign(new Error(`Key (national_id)=(${NATIONAL_ID}) already exists`), {
      code: '23505',
      detail: `Key (national_id)=(${NATIONAL_ID}) already exists`,
    });
    const error = new Error(
      `Failed query: insert into members values ($1)\nparams: ${NATIONAL_ID},Nguyễn Văn An`,
      {
        cause,
      },
    );
    const logged = serializeError(error);
    expect(JSON.stringify(logged)).not.toContain(NATIONAL_ID);
    expect(JSON.stringify(logged)).not.toContain('Nguyễn Văn An');
    expect(logged.message).toBe('Failed query: insert into members values ($1)');
    expect(logged.cause).toMatchObject({
      code: '23505',
      message: 'Key (national_id)=([number]) already exists',
    });
  });

  it('keep query names but not their values', () => {
    expect(maskUrl('/api/members?q=Nguy%E1%BB%85n&page=2')).toBe('/api/members?q=…&page=…');
    expect(maskUrl('/api/members/12')).toBe('/api/members/12');
  });
});
