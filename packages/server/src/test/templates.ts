// Database templates for the tests: a state of the database made once (migrated with its base data, or the
// demo seeded on top) that each test file then gets its own copy of. On PGlite a template is a dump of the
// data folder in a file, which a new in-memory database loads; on a PostgreSQL server it is a database that
// `create database … template …` copies. test/global-setup.ts makes the base one, test/context.ts the copies.
import { randomBytes } from 'node:crypto';
import { readFile, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { drizzle } from 'drizzle-orm/pglite';
import pg from 'pg';
import { type Database, openDatabase } from '../db/client.ts';
import { embeddedClient } from '../db/embedded.ts';
import * as schema from '../db/schema/index.ts';

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

/**
 * Opens a new embedded data folder as a first start leaves it (migrated, base data loaded), from the run's
 * base template when there is an embedded one: about 1 s of CPU, where an empty folder (initdb) and every
 * migration took 5–8 s. For tests about something else than migrating a new folder.
 */
export async function openNewDataFolder(
  dataDir: string,
  templates: TestTemplates | undefined,
): Promise<Database> {
  const base = templates?.base;
  const loadDataDir = base?.kind === 'pglite' ? new Blob([await readFile(base.dumpFile)]) : undefined;
  return openDatabase({ dataDir, loadDataDir });
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

/**
 * An embedded copy, as its template left it: each table's rows (COPY to a blob), each sequence's position,
 * and a fingerprint of the schema, taken before the first test file used it.
 */
interface Pristine {
  tables: string[];
  rows: { table: string; blob: Blob }[];
  sequences: { name: string; value: string; called: boolean }[];
  schema: string;
}

/** The tables, sequences and schema of the application (drizzle's own bookkeeping and the catalogue aside). */
const APP_SCHEMAS = `not in ('pg_catalog', 'information_schema', 'drizzle', 'pg_toast')`;

async function fingerprint(client: NonNullable<ReturnType<typeof embeddedClient>>): Promise<string> {
  const { rows } = await client.query<{ print: string }>(
    `select md5(coalesce(string_agg(item, ';' order by item), '')) as print from (
       select format('%s.%s.%s.%s.%s', table_schema, table_name, column_name, data_type, column_default) as item
         from information_schema.columns where table_schema ${APP_SCHEMAS}
       union all select indexdef from pg_indexes where schemaname ${APP_SCHEMAS}
       union all select format('trigger %s %s', tgrelid::regclass, tgname) from pg_trigger where not tgisinternal
       union all select format('constraint %s %s', conrelid::regclass, conname) from pg_constraint
         where connamespace::regnamespace::text ${APP_SCHEMAS}
       union all select format('function %s', p.oid::regprocedure) from pg_proc p
         where pronamespace::regnamespace::text ${APP_SCHEMAS}
     ) items`,
  );
  return rows[0]?.print ?? '';
}

async function takePristine(database: Database): Promise<Pristine> {
  const client = embeddedClient(database)!;
  const { rows: tables } = await client.query<{ name: string }>(
    `select format('%I.%I', schemaname, tablename) as name from pg_tables where schemaname ${APP_SCHEMAS} order by 1`,
  );
  const rows: Pristine['rows'] = [];
  for (const { name } of tables) {
    const copied = await client.query(`copy ${name} to '/dev/blob'`);
    if (copied.blob && copied.blob.size > 0) rows.push({ table: name, blob: copied.blob });
  }
  const { rows: sequences } = await client.query<{ name: string; value: string; called: boolean }>(
    `select format('%I.%I', schemaname, sequencename) as name,
            coalesce(last_value, start_value)::text as value, last_value is not null as called
       from pg_sequences where schemaname ${APP_SCHEMAS}`,
  );
  return { tables: tables.map((table) => table.name), rows, sequences, schema: await fingerprint(client) };
}

/** Puts an embedded copy back as `pristine` holds it; false (the copy is then not to be used) when it cannot. */
async function restorePristine(database: Database, pristine: Pristine): Promise<boolean> {
  const client = embeddedClient(database);
  if (!client || client.closed) return false;
  // A file that changed the schema (or left it so) hands over a database no other file expects: not reused.
  if ((await fingerprint(client)) !== pristine.schema) return false;
  try {
    // Foreign keys and triggers stay quiet while the tables are emptied and refilled, as in a restore.
    await client.exec('set session_replication_role = replica');
    await client.exec(`truncate ${pristine.tables.join(', ')} restart identity`);
    for (const { table, blob } of pristine.rows)
      await client.query(`copy ${table} from '/dev/blob'`, [], { blob });
    for (const { name, value, called } of pristine.sequences)
      await client.query('select setval($1::regclass, $2::bigint, $3)', [name, value, called]);
  } finally {
    await client.exec('set session_replication_role = default');
  }
  return true;
}

/**
 * Copies of the base template that this worker's test files have finished with, restored and ready for the
 * next file (test files share a worker's modules: vitest.config.ts). Starting a PGlite from the template's
 * dump is about 0.8 s of CPU; restoring a used copy is a few hundredths of that. On a PostgreSQL server a copy
 * is `create database … template …`, already cheap, and is not kept.
 */
const spare: { template: string; database: Database }[] = [];
const templateOf = new WeakMap<Database, { template: string; copy: Database }>();
/** What a copy of each template holds before any file used it, taken from this worker's first copy. */
const pristineOf = new Map<string, Promise<Pristine>>();

/**
 * A copy of the embedded `template`: a spare one of this worker's if there is, else a new one. Each file gets
 * a `Database` of its own (a new drizzle handle on the copy): what the server keeps per database (a card
 * secret, figures, a storage monitor) is kept per handle and so starts afresh with the file, as it would on a
 * new copy.
 */
export async function takeEmbeddedCopy(template: DatabaseTemplate & { kind: 'pglite' }): Promise<Database> {
  const index = spare.findIndex((item) => item.template === template.dumpFile);
  const copy = index >= 0 ? spare.splice(index, 1)[0]!.database : await createEmbeddedDatabase(template);
  if (!pristineOf.has(template.dumpFile)) pristineOf.set(template.dumpFile, takePristine(copy));
  await pristineOf.get(template.dumpFile);
  const client = embeddedClient(copy)!;
  const handle: Database = { ...copy, db: drizzle(client, { schema }) as unknown as Database['db'] };
  templateOf.set(handle, { template: template.dumpFile, copy });
  return handle;
}

/** Hands a copy back when its test file is done: restored for the next file, or closed when it cannot be. */
export async function giveBackEmbeddedCopy(handle: Database): Promise<void> {
  const taken = templateOf.get(handle);
  templateOf.delete(handle);
  if (!taken) return handle.close();
  const pristine = await pristineOf.get(taken.template);
  const restored = pristine ? await restorePristine(taken.copy, pristine).catch(() => false) : false;
  if (restored) spare.push({ template: taken.template, database: taken.copy });
  else await taken.copy.close().catch(() => {});
}
