// Import jobs: the import_jobs row every import gets (so its result and rejected rows can be fetched later),
// and the live progress of running jobs, kept in memory because on PGlite the import's one transaction
// holds the database and a poll could not read a progress row until it ends.
import { type ImportJob, type ImportResult, type Locale, todayInVietnam } from '@congdoan/domain';
import { eq, inArray } from 'drizzle-orm';
import { isoTimestamp, queryRows, sql, type Tx } from '../../db/client.ts';
import { importJobs } from '../../db/schema/index.ts';
import type { Params } from '../../platform/errors.ts';
import { AppError, Conflict, NotFound } from '../../platform/errors.ts';
import { translate } from '../../platform/i18n.ts';
import { isMessageCode, type MessageCode } from '../../platform/messages.ts';
import { registerEntityResolver } from '../../platform/scope.ts';
import type { KeptCell } from './cells.ts';
import type { RowAction } from './classify.ts';
import type { RowProblem } from './row-parser.ts';

// A job belongs to the unit imported into: reading it or its rejected rows needs that unit in read scope on
// the day of the import.
registerEntityResolver('importJob', async (tx, id) => {
  const jobId = Number(id);
  if (!Number.isSafeInteger(jobId)) return null;
  const [row] = await queryRows<{ unit_id: number; date: string }>(
    tx,
    sql`select unit_id, (created_at at time zone 'Asia/Ho_Chi_Minh')::date::text as date
          from import_jobs where id = ${jobId}`,
  );
  return row ? { unitId: row.unit_id, date: row.date } : null;
});

/** What import_jobs.result holds: the outcome with reasons as codes (translated when read), and the rejected rows' cells. */
export interface StoredResult {
  rows: number;
  imported: number;
  updated: number;
  unchanged: number;
  rejected: number;
  sheetName: string;
  headerRow: number;
  columns: { column: string; header: string; field: string | null }[];
  headerCells: KeptCell[][];
  problems: (RowProblem & { row: number })[];
  preview: { row: number; action: RowAction; fullName: string | null; nationalId: string | null }[];
  rejectedRows: { row: number; cells: KeptCell[] }[];
  /** set when the rows read (header and rejected cells, preview) were dropped after the retention days */
  rowsPurgedOn?: string;
}

interface FailedResult {
  error: { code: MessageCode; params: Params };
}

type Phase = 'reading' | 'checking' | 'writing';
interface Progress {
  status: 'queued' | 'running';
  phase: Phase | null;
  totalRows: number;
  processedRows: number;
}
const live = new Map<number, Progress>();

/** Any constant shared by no other advisory lock: with the unit's id it names "imports into this unit". */
const IMPORT_LOCK = 910_501;

/**
 * The job's row, unless another import into the unit is still queued or running (409): one import per unit
 * at a time. Called in a transaction, which the lock on the unit lasts for, so two requests at the same
 * moment cannot both find the unit free.
 */
export async function createJob(
  tx: Tx,
  job: { unitId: number; userId: number; fileName: string; dryRun: boolean },
): Promise<number> {
  await tx.execute(sql`select pg_advisory_xact_lock(${IMPORT_LOCK}::int, ${job.unitId}::int)`);
  const [running] = await queryRows<{ id: number }>(
    tx,
    sql`select id from import_jobs where unit_id = ${job.unitId} and status in ('queued', 'running') limit 1`,
  );
  if (running) throw new Conflict('IMPORT_ALREADY_RUNNING');
  const [row] = await tx
    .insert(importJobs)
    .values({ ...job, dryRun: job.dryRun ? 1 : 0, status: 'queued' })
    .returning({ id: importJobs.id });
  if (!row) throw new Error('import job not created');
  live.set(row.id, { status: 'queued', phase: null, totalRows: 0, processedRows: 0 });
  return row.id;
}

export function reportProgress(jobId: number, progress: Partial<Progress>): void {
  const current = live.get(jobId);
  if (current) live.set(jobId, { ...current, status: 'running', ...progress });
}

/**
 * Stores the job's result while it still runs: a commit writes it before its transaction (on PGlite the
 * transaction holds everyone up, and a result with many rejected rows is megabytes), then finishJob.
 */
export async function saveResult(tx: Tx, jobId: number, result: StoredResult): Promise<void> {
  await tx
    .update(importJobs)
    .set({ totalRows: result.rows, processedRows: result.rows, result })
    .where(eq(importJobs.id, jobId));
}

/** The job is done with the result saved: in the commit's transaction, so it lands with the import. */
export async function finishJob(tx: Tx, jobId: number): Promise<void> {
  await tx.update(importJobs).set({ status: 'done', finishedAt: sql`now()` }).where(eq(importJobs.id, jobId));
}

export async function failJob(tx: Tx, jobId: number, code: MessageCode, params: Params = {}): Promise<void> {
  const failed: FailedResult = { error: { code, params } };
  await tx
    .update(importJobs)
    .set({ status: 'failed', result: failed, finishedAt: sql`now()` })
    .where(eq(importJobs.id, jobId));
}

/** The job's row is final once this is called: polls read it from the database again. */
export function forgetProgress(jobId: number): void {
  live.delete(jobId);
}

const columnLabel = (result: StoredResult, letter: string) => {
  const header = result.columns.find((column) => column.column === letter)?.header;
  return header ? `${letter} (${header})` : letter;
};

/** The API's answer in the caller's language. */
export function renderResult(result: StoredResult, locale: Locale, jobId: number): ImportResult {
  const mapping: NonNullable<ImportResult['mapping']> = {};
  for (const column of result.columns) {
    if (column.field) mapping[column.field] = { column: column.column, header: column.header };
  }
  return {
    rows: result.rows,
    imported: result.imported,
    updated: result.updated,
    unchanged: result.unchanged,
    rejected: result.rejected,
    errors: result.problems.map((problem) => ({
      row: problem.row,
      column: columnLabel(result, problem.column),
      message: translate(locale, problem.code, problem.params),
    })),
    mapping,
    headerRow: result.headerRow,
    sheetName: result.sheetName,
    columns: result.columns,
    preview: result.preview,
    jobId,
  };
}

export async function loadStoredResult(tx: Tx, jobId: number): Promise<StoredResult | null> {
  const [row] = await tx
    .select({ status: importJobs.status, result: importJobs.result })
    .from(importJobs)
    .where(eq(importJobs.id, jobId));
  if (!row) throw new NotFound('IMPORT_JOB_NOT_FOUND');
  return row.status === 'done' ? (row.result as StoredResult) : null;
}

/** The stored result with the rows it read, for the rejected-rows download: 410 once they were purged. */
export async function loadRejectedRows(tx: Tx, jobId: number, keptDays: number): Promise<StoredResult> {
  const result = await loadStoredResult(tx, jobId);
  if (!result) throw new AppError(409, 'IMPORT_JOB_NOT_DONE');
  if (result.rowsPurgedOn) throw new AppError(410, 'IMPORT_ROWS_PURGED', { days: keptDays });
  return result;
}

/**
 * Jobs a stopped server left unfinished: their transaction never committed and their progress lived in
 * that server's memory, so they would wait forever. Run at start, before this server takes any import
 * (one server process per database, as the in-memory progress already assumes).
 */
export async function failInterruptedJobs(tx: Tx): Promise<number> {
  const failed: FailedResult = { error: { code: 'IMPORT_INTERRUPTED', params: {} } };
  const rows = await tx
    .update(importJobs)
    .set({ status: 'failed', result: failed, finishedAt: sql`now()` })
    .where(inArray(importJobs.status, ['queued', 'running']))
    .returning({ id: importJobs.id });
  return rows.length;
}

/**
 * Drops the rows finished jobs read (their people's names, IDs and cells) once `keptDays` have passed;
 * the counts, mapping and errors stay. Answers how many jobs it purged.
 */
export async function purgeImportRows(tx: Tx, keptDays: number): Promise<number> {
  if (!Number.isFinite(keptDays) || keptDays < 0) return 0;
  const rows = await queryRows<{ id: number }>(
    tx,
    sql`update import_jobs
        set result = result || jsonb_build_object('headerCells', '[]'::jsonb, 'preview', '[]'::jsonb,
          'rejectedRows', '[]'::jsonb, 'rowsPurgedOn', ${todayInVietnam()}::text)
        where status = 'done' and result->>'rowsPurgedOn' is null
          and finished_at < now() - ${keptDays}::float8 * interval '1 day'
        returning id`,
  );
  return rows.length;
}

/**
 * The job in the caller's language. `present` adapts the stored result to the caller first (a role without
 * the need for sensitive data gets the values its problems quote withheld).
 */
export async function getJob(
  tx: Tx,
  jobId: number,
  locale: Locale,
  present: (result: StoredResult) => StoredResult = (result) => result,
): Promise<ImportJob> {
  const [row] = await tx.select().from(importJobs).where(eq(importJobs.id, jobId));
  if (!row) throw new NotFound('IMPORT_JOB_NOT_FOUND');
  const final = row.status === 'done' || row.status === 'failed';
  const progress = final ? undefined : live.get(jobId);
  const failed = row.status === 'failed' ? (row.result as FailedResult | null)?.error : undefined;
  const failure =
    failed && isMessageCode(failed.code) ? failed : { code: 'INTERNAL_ERROR' as const, params: {} };
  return {
    id: row.id,
    unitId: row.unitId,
    fileName: row.fileName,
    dryRun: row.dryRun === 1,
    status: progress?.status ?? (row.status as ImportJob['status']),
    phase: progress?.phase ?? null,
    totalRows: progress?.totalRows ?? row.totalRows,
    processedRows: progress?.processedRows ?? row.processedRows,
    result:
      row.status === 'done' && row.result
        ? renderResult(present(row.result as StoredResult), locale, row.id)
        : null,
    error:
      row.status === 'failed'
        ? { code: failure.code, message: translate(locale, failure.code, failure.params) }
        : null,
    createdAt: isoTimestamp(row.createdAt),
    finishedAt: row.finishedAt ? isoTimestamp(row.finishedAt) : null,
  };
}
