// Vitest global setup for the server tests: the database every test file starts from (migrations applied,
// base data loaded) is built once per run instead of once per file. On PGlite it is a dump of the data
// folder that each file loads (test/context.ts); on a PostgreSQL server (TEST_DATABASE_URL) it is a template
// database that each file's database is created from. Starting a PGlite from a dump takes about 0.6 s of one
// core where an empty one (initdb) and its migrations took 3 to 5 s.
import { randomBytes } from 'node:crypto';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import type { TestProject } from 'vitest/node';
import { openDatabase } from '../db/client.ts';
import { embeddedClient } from '../db/embedded.ts';
import { ensureBaseData } from '../platform/bootstrap.ts';

/** Where a test file finds its starting database. */
export type DatabaseTemplate = { kind: 'pglite'; dumpFile: string } | { kind: 'postgres'; name: string };

declare module 'vitest' {
  export interface ProvidedContext {
    /** Undefined when a file runs without this setup: it then migrates an empty database itself. */
    databaseTemplate: DatabaseTemplate | undefined;
  }
}

async function onServer(serverUrl: string, statement: string): Promise<void> {
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    await client.query(statement);
  } finally {
    await client.end();
  }
}

async function postgresTemplate(serverUrl: string): Promise<{ name: string; drop(): Promise<void> }> {
  const name = `congdoan_tpl_${randomBytes(6).toString('hex')}`;
  await onServer(serverUrl, `create database ${name}`);
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  const database = await openDatabase({ url: url.toString(), poolSize: 1 });
  try {
    await ensureBaseData(database.db);
  } finally {
    // A database can serve as a template only while nobody is connected to it.
    await database.close();
  }
  return { name, drop: () => onServer(serverUrl, `drop database if exists ${name} with (force)`) };
}

async function pgliteTemplate(): Promise<{ dumpFile: string; drop(): Promise<void> }> {
  const folder = await mkdtemp(join(tmpdir(), 'congdoan-test-template-'));
  const database = await openDatabase({ dataDir: 'memory://' });
  try {
    await ensureBaseData(database.db);
    const client = embeddedClient(database);
    if (!client) throw new Error('the template was to be an embedded database');
    // A checkpoint first, so the dump carries a short WAL and each file replays none of it.
    await client.exec('CHECKPOINT');
    const dump = await client.dumpDataDir('none');
    const dumpFile = join(folder, 'template.tar');
    await writeFile(dumpFile, Buffer.from(await dump.arrayBuffer()));
    return { dumpFile, drop: () => rm(folder, { recursive: true, force: true }) };
  } finally {
    await database.close();
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const serverUrl = process.env.TEST_DATABASE_URL;
  if (serverUrl) {
    const template = await postgresTemplate(serverUrl);
    project.provide('databaseTemplate', { kind: 'postgres', name: template.name });
    return template.drop;
  }
  const template = await pgliteTemplate();
  project.provide('databaseTemplate', { kind: 'pglite', dumpFile: template.dumpFile });
  return template.drop;
}
