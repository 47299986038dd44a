// The production command line (`npm run cli -- <command>`): the first system administrator, password resets,
// backup and restore. On the embedded database only one process may hold the data folder: beside a running
// server, commands say so (and what to do instead); a backup goes through the server.
import { resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import {
  isoDate,
  type Locale,
  password as passwordSchema,
  todayInVietnam,
  username as usernameSchema,
} from '@congdoan/domain';
import { eq } from 'drizzle-orm';
import { z } from 'zod';
import { loadConfig } from './config.ts';
import { type Database, type Db, openDatabase } from './db/client.ts';
import { DataDirLocked, identifyProcess } from './db/data-lock.ts';
import { users } from './db/schema/index.ts';
import { type BackupTarget, backupCommand, restoreCommand } from './modules/backup/commands.ts';
import { moveToPostgres } from './modules/backup/move.ts';
import { defaultVerifyDates, verifyMemberFacts } from './modules/facts/index.ts';
import { rootUnit } from './modules/org/index.ts';
import { insertAccount, resetPassword } from './modules/users/service.ts';
import { hashPassword } from './platform/auth.ts';
import { ensureBaseData } from './platform/bootstrap.ts';
import { AppError, NotFound } from './platform/errors.ts';
import { translate, zodErrorMap } from './platform/i18n.ts';
import { isMessageCode, type MessageCode } from './platform/messages.ts';
import { describeDataDirError, operatorLocale } from './platform/storage-errors.ts';

/** What a command needs from the terminal; tests pass their own. */
export interface CliIo {
  locale: Locale;
  out(line: string): void;
  err(line: string): void;
  /** Asks for a password: hidden typing on a terminal, one line when stdin is piped. */
  readPassword(prompt: string, confirmPrompt?: string): Promise<string>;
}

/** A refusal the CLI reports in words, with exit code 1. */
class CliError extends Error {
  constructor(
    readonly code: MessageCode,
    readonly params: Record<string, string | number> = {},
  ) {
    super(code);
  }
}

const fullNameSchema = z.string().trim().min(1).max(200);

/** Parses with the domain schema; its first issue, in the operator's language, becomes the error. */
function valid<T>(schema: z.ZodType<T>, value: unknown, locale: Locale, field: string): T {
  const result = schema.safeParse(value, { error: zodErrorMap(locale) });
  if (result.success) return result.data;
  const message = result.error.issues[0]?.message ?? '';
  throw new Error(`--${field}: ${isMessageCode(message) ? translate(locale, message) : message}`);
}

async function rootOf(db: Db) {
  const root = await rootUnit(db);
  if (!root) throw new Error('the database has no root unit');
  return root;
}

/** Creates a system administrator bound to the root unit (audited with no actor: the operator of the server). */
export async function createAdminCommand(
  db: Db,
  input: { username: string; fullName: string; password: string },
) {
  const root = await rootOf(db);
  const user = await db.transaction((tx) =>
    insertAccount(tx, null, {
      username: input.username,
      fullName: input.fullName,
      password: input.password,
      role: 'system_admin',
      unitId: root.id,
      locale: 'vi',
    }),
  );
  return { user, unitName: root.name };
}

/** Sets a new password and ends the account's sessions. */
export async function resetPasswordCommand(db: Db, input: { username: string; password: string }) {
  const [user] = await db
    .select({ id: users.id, unitId: users.unitId })
    .from(users)
    .where(eq(users.username, input.username));
  if (!user) throw new NotFound('USER_NOT_FOUND');
  const passwordHash = await hashPassword(input.password);
  await db.transaction((tx) => resetPassword(tx, null, user, passwordHash));
}

/**
 * Recounts every unit's member figures from the records on the given dates (by default today and each past
 * year's last day) and reports each unit and measure whose facts differ; 1 when any does.
 */
export async function verifyFiguresCommand(db: Db, io: CliIo, on: string[]): Promise<number> {
  for (const date of on) valid(isoDate, date, io.locale, 'on');
  const dates = on.length > 0 ? on : await defaultVerifyDates(db, todayInVietnam());
  const drift = await verifyMemberFacts(db, dates);
  for (const row of drift) io.err(translate(io.locale, 'CLI_FIGURES_DRIFT', { ...row }));
  const summary = { dates: dates.length, drift: drift.length };
  if (drift.length > 0) {
    io.err(translate(io.locale, 'CLI_FIGURES_DRIFTED', summary));
    return 1;
  }
  io.out(translate(io.locale, 'CLI_FIGURES_VERIFIED', summary));
  return 0;
}

function required(value: string | undefined, option: string): string {
  if (value === undefined || value.trim() === '') throw new CliError('CLI_MISSING_OPTION', { option });
  return value;
}

async function passwordFrom(io: CliIo, given: string | undefined): Promise<string> {
  const value =
    given ??
    (await io.readPassword(
      translate(io.locale, 'CLI_PASSWORD_PROMPT'),
      translate(io.locale, 'CLI_PASSWORD_REPEAT'),
    ));
  const { minLength, maxLength } = passwordSchema;
  if (!passwordSchema.safeParse(value).success) {
    throw new CliError('CLI_PASSWORD_LENGTH', { min: minLength ?? 0, max: maxLength ?? 0 });
  }
  return value;
}

/** Where backup and restore work, and the folder relative paths are read from (npm runs us elsewhere). */
export interface CliTarget extends BackupTarget {
  cwd: string;
  minFreeMb: number;
}

function defaultTarget(): CliTarget {
  const config = loadConfig();
  return { ...config, cwd: process.env.INIT_CWD ?? process.cwd() };
}

/** Backup and restore: they choose how to reach the database themselves (modules/backup/commands.ts). */
async function runDataCommand(command: string, target: CliTarget, io: CliIo, file: string | undefined) {
  const say = (code: MessageCode, params: Record<string, string | number>) =>
    io.out(translate(io.locale, code, params));
  if (command === 'backup') {
    const { file: written, bytes } = await backupCommand(target, file, target.cwd, say);
    say('BACKUP_DONE', { file: written, size: (bytes / 1024 / 1024).toFixed(1) });
  } else {
    await restoreCommand(target, required(file, 'file'), target.cwd, say);
  }
}

/** Runs one command line; returns the process exit code. The database is opened only when a command needs it. */
export async function runCli(
  argv: string[],
  io: CliIo,
  open: () => Promise<Database>,
  target: CliTarget = defaultTarget(),
): Promise<number> {
  let command = 'help';
  try {
    const { positionals, values } = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        username: { type: 'string' },
        'full-name': { type: 'string' },
        password: { type: 'string' },
        out: { type: 'string' },
        on: { type: 'string', multiple: true },
        url: { type: 'string' },
      },
    });
    command = positionals[0] ?? 'help';
    if (command === 'help' || command === '--help') {
      io.out(translate(io.locale, 'CLI_HELP'));
      return 0;
    }
    if (command === 'backup' || command === 'restore') {
      await runDataCommand(command, target, io, command === 'backup' ? values.out : positionals[1]);
      return 0;
    }
    if (command === 'figures:verify') {
      identifyProcess(command);
      const database = await open();
      try {
        return await verifyFiguresCommand(database.db, io, values.on ?? []);
      } finally {
        await database.close();
      }
    }
    if (command === 'db:move-to') {
      const url = required(values.url, 'url');
      identifyProcess(command);
      const database = await open();
      try {
        const say = (code: MessageCode, params: Record<string, string | number>) =>
          io.out(translate(io.locale, code, params));
        const moved = await moveToPostgres(database, url, say);
        // the address to set as DATABASE_URL, its password (if it has one) not repeated on the screen
        const shown = new URL(url);
        if (shown.password) shown.password = '…';
        say('MOVE_DONE', { ...moved, target: shown.toString() });
        return 0;
      } finally {
        await database.close();
      }
    }
    if (command !== 'user:create-admin' && command !== 'user:reset-password') {
      throw new CliError('CLI_UNKNOWN_COMMAND', { command });
    }
    const username = valid(usernameSchema, required(values.username, 'username'), io.locale, 'username');
    const fullName =
      command === 'user:create-admin'
        ? valid(fullNameSchema, required(values['full-name'], 'full-name'), io.locale, 'full-name')
        : '';
    const password = await passwordFrom(io, values.password);
    identifyProcess(command);
    const database = await open();
    try {
      if (command === 'user:create-admin') {
        const { unitName } = await createAdminCommand(database.db, { username, fullName, password });
        io.out(translate(io.locale, 'CLI_ADMIN_CREATED', { username, unit: unitName }));
      } else {
        await resetPasswordCommand(database.db, { username, password });
        io.out(translate(io.locale, 'CLI_PASSWORD_RESET', { username }));
      }
    } finally {
      await database.close();
    }
    return 0;
  } catch (error) {
    const folder = describeDataDirError(io.locale, error, target.dataDir, target.minFreeMb);
    if (folder) {
      io.err(folder);
      // The one command the running server can do too, without stopping it.
      const owner = error instanceof DataDirLocked ? error.holder?.command : undefined;
      if (owner === 'server' && command === 'user:reset-password') {
        io.err(translate(io.locale, 'CLI_RESET_PASSWORD_IN_APP'));
      }
    } else if (error instanceof AppError || error instanceof CliError) {
      io.err(translate(io.locale, error.code, error.params));
    } else {
      io.err(error instanceof Error ? error.message : String(error));
    }
    return 1;
  }
}

/** Reads typed characters without echoing them; Ctrl-C gives up. */
function readHidden(prompt: string): Promise<string> {
  const { stdin, stdout } = process;
  stdout.write(prompt);
  stdin.setRawMode(true);
  stdin.setEncoding('utf8');
  stdin.resume();
  return new Promise((resolvePassword, reject) => {
    let typed = '';
    const finish = () => {
      stdin.off('data', onData);
      stdin.setRawMode(false);
      stdin.pause();
      stdout.write('\n');
    };
    const onData = (chunk: string) => {
      for (const char of chunk) {
        if (char === '\r' || char === '\n') {
          finish();
          resolvePassword(typed);
          return;
        }
        if (char === '\u0003') {
          finish();
          reject(new Error('^C'));
          return;
        }
        typed = char === '\u007f' || char === '\b' ? [...typed].slice(0, -1).join('') : typed + char;
      }
    };
    stdin.on('data', onData);
  });
}

async function readLine(): Promise<string> {
  const lines = createInterface({ input: process.stdin });
  for await (const line of lines) {
    lines.close();
    return line;
  }
  return '';
}

function terminalIo(): CliIo {
  return {
    locale: operatorLocale(),
    out: (line) => process.stdout.write(`${line}\n`),
    err: (line) => process.stderr.write(`${line}\n`),
    readPassword: async (prompt, confirmPrompt) => {
      if (!process.stdin.isTTY) return readLine();
      const first = await readHidden(prompt);
      if (confirmPrompt && (await readHidden(confirmPrompt)) !== first) {
        throw new CliError('CLI_PASSWORD_MISMATCH');
      }
      return first;
    },
  };
}

const runAsMain =
  process.argv[1] !== undefined && resolve(process.argv[1]) === fileURLToPath(import.meta.url);
if (runAsMain) {
  const code = await runCli(process.argv.slice(2), terminalIo(), async () => {
    const config = loadConfig();
    const database = await openDatabase({ url: config.databaseUrl, dataDir: config.dataDir });
    await ensureBaseData(database.db);
    return database;
  });
  process.exit(code);
}
