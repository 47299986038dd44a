// Database templates for the tests: a state of the database made once (migrated with its base data, or the
// demo seeded on top) that each test file then gets its own copy of. On PGlite a template is a dump of the
// data folder in a file, which a new in-memory database loads; on a PostgreSQL server it is a database that
// `create database … template …` copies. test/global-setup.ts makes the base one, test/context.ts the copies.
import { randomBytes } from 'node:crypto';
import { readFile, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import pg from 'pg';
import { type Database, openDatabase } from '../db/client.ts';
import { embeddedClient } from '../db/embedded.ts';

/** Where a test file finds its starting database. */
export type DatabaseTemplate = { kind: 'pglite'; dumpFile: string } | { kind: 'postgres'; name: string };

/** What Vitest's global setup hands each test file (test/global-setup.ts). */
export interface TestTemplates {
  base: DatabaseTemplate;
  /** A folder of this run, shared by the test files, where templates made during the run are kept. */
  folder: string;
}

declare module 'vitest' {
  export interface ProvidedContext {
    /** Undefined when a file runs without the global setup: it then migrates an empty database itself. */
    testTemplates: TestTemplates | undefined;
  }
}

/** Runs one statement on the server's maintenance connection (creating and dropping databases). */
export async function onServer(serverUrl: string, statement: string): Promise<void> {
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    await client.query(statement);
  } finally {
    await client.end();
  }
}

function databaseUrl(serverUrl: string, name: string): string {
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

/** A new database on the server, empty or a copy of `template`; `drop` removes it again. */
export async function createServerDatabase(
  serverUrl: string,
  name: string,
  template: DatabaseTemplate | undefined,
  poolSize = 4,
): Promise<{ database: Database; drop(): Promise<void> }> {
  const from = template?.kind === 'postgres' ? ` template ${template.name}` : '';
  await onServer(serverUrl, `create database ${name}${from}`);
  const database = await openDatabase({ url: databaseUrl(serverUrl, name), poolSize });
  return { database, drop: () => onServer(serverUrl, `drop database if exists ${name} with (force)`) };
}

/** A new in-memory PGlite, empty or loaded from the template's dump. */
export async function createEmbeddedDatabase(template: DatabaseTemplate | undefined): Promise<Database> {
  const loadDataDir = template?.kind === 'pglite' ? new Blob([await readFile(template.dumpFile)]) : undefined;
  return openDatabase({ dataDir: 'memory://', loadDataDir });
}

/** Writes an embedded database's data folder to `file` (closing it is the caller's). */
export async function dumpEmbedded(database: Database, file: string): Promise<void> {
  const client = embeddedClient(database);
  if (!client) throw new Error('only an embedded database can be dumped to a file');
  // A checkpoint first, so the dump carries a short WAL and each copy replays none of it.
  await client.exec('CHECKPOINT');
  const dump = await client.dumpDataDir('none');
  await writeFile(file, Buffer.from(await dump.arrayBuffer()));
}

/**
 * A template derived from the base one by `fill` (e.g. seeding the demo), made once per run and `key` by
 * whichever test file asks first, in whichever worker; files asking meanwhile wait for it. A file lock in
 * the run's folder decides who makes it, and a marker file holds the finished template.
 */
export async function derivedTemplate(
  templates: TestTemplates,
  key: string,
  fill: (database: Database) => Promise<void>,
): Promise<DatabaseTemplate> {
  const marker = join(templates.folder, `${key}.json`);
  const lock = join(templates.folder, `${key}.lock`);
  for (;;) {
    const made = await readFile(marker, 'utf8').catch(() => null);
    if (made) return JSON.parse(made) as DatabaseTemplate;
    const mine = await writeFile(lock, String(process.pid), { flag: 'wx' }).then(
      () => true,
      () => false,
    );
    if (!mine) {
      await sleep(200);
      continue;
    }
    try {
      const template = await makeDerived(templates, key, fill);
      await writeFile(`${marker}.tmp`, JSON.stringify(template));
      await rename(`${marker}.tmp`, marker);
      return template;
    } catch (error) {
      // Free the lock, so the next file to ask tries again (and shows its own error).
      await rm(lock, { force: true });
      throw error;
    }
  }
}

async function makeDerived(
  templates: TestTemplates,
  key: string,
  fill: (database: Database) => Promise<void>,
): Promise<DatabaseTemplate> {
  const serverUrl = process.env.TEST_DATABASE_URL;
  const { base } = templates;
  if (base.kind === 'postgres' && serverUrl) {
    // Named after the base template, so that the global teardown finds and drops it with the base.
    const name = `${base.name}_${key}`;
    const { database } = await createServerDatabase(serverUrl, name, base, 1);
    try {
      await fill(database);
    } finally {
      await database.close();
    }
    return { kind: 'postgres', name };
  }
  const database = await createEmbeddedDatabase(base);
  try {
    await fill(database);
    const dumpFile = join(templates.folder, `${key}-${randomBytes(4).toString('hex')}.tar`);
    await dumpEmbedded(database, dumpFile);
    return { kind: 'pglite', dumpFile };
  } finally {
    await database.close();
  }
}
