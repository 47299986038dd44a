// Vitest global setup for the server tests: the database every test file starts from (migrations applied,
// base data loaded) is made once per run instead of once per file (test/templates.ts). Starting a PGlite
// from its dump takes about 0.8 s of one core, where an empty one (initdb), the migrations and the base data
// took about 5 s. On a PostgreSQL server (TEST_DATABASE_URL) it is a template database.
import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import type { TestProject } from 'vitest/node';
import { ensureBaseData } from '../platform/bootstrap.ts';
import {
  createEmbeddedDatabase,
  createServerDatabase,
  type DatabaseTemplate,
  dumpEmbedded,
} from './templates.ts';

/** Drops the run's template databases: the base one and those derived from it (named after it). */
async function dropServerTemplates(serverUrl: string, base: string): Promise<void> {
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    const { rows } = await client.query<{ name: string }>(
      'select datname as name from pg_database where datname like $1',
      [`${base}%`],
    );
    for (const { name } of rows) await client.query(`drop database if exists ${name} with (force)`);
  } finally {
    await client.end();
  }
}

async function baseTemplate(folder: string, serverUrl: string | undefined): Promise<DatabaseTemplate> {
  if (serverUrl) {
    const name = `congdoan_tpl_${randomBytes(6).toString('hex')}`;
    const { database, drop } = await createServerDatabase(serverUrl, name, undefined, 1);
    try {
      await ensureBaseData(database.db);
    } catch (error) {
      await database.close();
      await drop();
      throw error;
    }
    // A database can serve as a template only while nobody is connected to it.
    await database.close();
    return { kind: 'postgres', name };
  }
  const database = await createEmbeddedDatabase(undefined);
  try {
    await ensureBaseData(database.db);
    const dumpFile = join(folder, 'base.tar');
    await dumpEmbedded(database, dumpFile);
    return { kind: 'pglite', dumpFile };
  } finally {
    await database.close();
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const serverUrl = process.env.TEST_DATABASE_URL;
  const folder = await mkdtemp(join(tmpdir(), 'congdoan-test-templates-'));
  const base = await baseTemplate(folder, serverUrl);
  project.provide('testTemplates', { base, folder });
  return async () => {
    if (serverUrl && base.kind === 'postgres') await dropServerTemplates(serverUrl, base.name);
    await rm(folder, { recursive: true, force: true });
  };
}
