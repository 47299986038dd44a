// The member-list import use case: read the file (off the main thread when big), decide every row against
// the unit's members, and — unless it is a dry run — write all valid rows in ONE transaction with the audit
// and the job's end, so an import lands whole or not at all.
import { todayInVietnam } from '@congdoan/domain';
import { PGlite } from '@electric-sql/pglite';
import { loadConfig } from '../../config.ts';
import type { Db, Tx } from '../../db/client.ts';
import { recordAudit } from '../../platform/audit.ts';
import type { Actor } from '../../platform/context.ts';
import { AppError, Conflict } from '../../platform/errors.ts';
import { classifyRows, type RowOutcome } from './classify.ts';
import { loadExisting, loadImportUnit } from './existing.ts';
import {
  createJob,
  failJob,
  finishJob,
  forgetProgress,
  reportProgress,
  type StoredResult,
  saveResult,
} from './jobs.ts';
import type { MappingOverride } from './layout.ts';
import type { ParsedFile } from './parse-file.ts';
import { type ParseLimits, parseLimitsOf, parseUpload } from './parse-runner.ts';
import {
  applyStage,
  dropStage,
  factsAfterWrite,
  insertNewMembers,
  type Stage,
  stageOutcomes,
  type WriteContext,
} from './write.ts';

export interface ImportRequest {
  actor: Actor;
  unitId: number;
  fileName: string;
  buffer: Uint8Array;
  dryRun: boolean;
  mapping?: MappingOverride;
  headerRow?: number;
}

export interface ImportRunOptions {
  /** the row cap, the parse worker's heap and the unpacked size allowed; by default the settings' */
  limits?: ParseLimits;
}

/** The preview shows the first rows with what will happen to them. */
export const PREVIEW_ROWS = 200;

/** Creates the job, or answers 409 while another import into the unit is still running (see createJob). */
export function startImportJob(db: Db, request: ImportRequest): Promise<number> {
  return db.transaction((tx) =>
    createJob(tx, {
      unitId: request.unitId,
      userId: request.actor.id,
      fileName: request.fileName,
      dryRun: request.dryRun,
    }),
  );
}

/** Runs a job created by startImportJob to its end; the job row records the result or the failure. */
export async function runImportJob(
  db: Db,
  jobId: number,
  request: ImportRequest,
  options: ImportRunOptions = {},
): Promise<StoredResult> {
  try {
    reportProgress(jobId, { phase: 'reading' });
    const parsed = await parseUpload(
      request.buffer,
      {
        fileName: request.fileName,
        today: todayInVietnam(),
        headerRow: request.headerRow,
        mapping: request.mapping,
      },
      {
        limits: options.limits ?? parseLimitsOf(loadConfig()),
        onProgress: (read) => reportProgress(jobId, { processedRows: read }),
      },
    );
    reportProgress(jobId, { phase: 'checking', totalRows: parsed.rows.length, processedRows: 0 });
    // Rows are decided outside the write transaction: on PGlite a transaction holds the whole database,
    // so it must be as short as the writes. The writes re-check what could have changed meanwhile.
    const { result, outcomes, unit } = await decide(db, request, parsed, (decided) =>
      reportProgress(jobId, { processedRows: decided }),
    );
    await saveResult(db, jobId, result);
    if (request.dryRun) {
      await finishJob(db, jobId);
      return result;
    }
    const untouched = result.unchanged + result.rejected;
    reportProgress(jobId, { phase: 'writing', processedRows: untouched });
    const context: WriteContext = {
      actor: request.actor,
      unitId: request.unitId,
      jobId,
      today: unit.today,
      foundedOn: unit.foundedOn,
      onProgress: (written) => reportProgress(jobId, { processedRows: untouched + written }),
    };
    return await commitImport(db, request, outcomes, result, context);
  } catch (error) {
    const failure = asAppError(error);
    await failJob(db, jobId, failure.code, failure.params);
    throw failure;
  } finally {
    forgetProgress(jobId);
  }
}

/** PGlite is one connection: while a transaction is open every other request waits for it. */
const holdsEveryone = (db: Db) => (db as { $client?: unknown }).$client instanceof PGlite;

/**
 * Writes the valid rows, the audit and the job's end in one transaction: new members COPYd into their
 * tables, changed ones updated from a staged table. On PGlite the changes are staged before it, so the
 * transaction only applies them, without the foreign-key lookups; PostgreSQL stages inside it (a temporary
 * table lives in one connection, and there the transaction holds no one up).
 */
async function commitImport(
  db: Db,
  request: ImportRequest,
  outcomes: RowOutcome[],
  result: StoredResult,
  context: WriteContext,
): Promise<StoredResult> {
  const embedded = holdsEveryone(db);
  let staged: Stage | null = null;
  try {
    if (embedded) staged = await stageOutcomes(db, outcomes, context, { inTransaction: false });
    return await db.transaction(async (tx) => {
      const unit = await loadImportUnit(tx, request.unitId);
      if (result.imported > 0 && !unit.canAdmit) throw new Conflict('IMPORT_CONCURRENT_CHANGE');
      const created = await insertNewMembers(tx, outcomes, context);
      const stage = staged ?? (await stageOutcomes(tx, outcomes, context, { inTransaction: true }));
      await applyStage(tx, stage, context, { keyChecks: !embedded, written: created.length });
      await factsAfterWrite(tx, stage, created);
      await recordAudit(tx, request.actor, {
        action: 'import',
        entity: 'memberImport',
        entityId: context.jobId,
        unitId: request.unitId,
        after: {
          fileName: request.fileName,
          rows: result.rows,
          imported: result.imported,
          updated: result.updated,
          unchanged: result.unchanged,
          rejected: result.rejected,
        },
      });
      await finishJob(tx, context.jobId);
      return result;
    });
  } finally {
    if (staged) await dropStage(db, staged);
  }
}

/** A unique index refusing a row means someone wrote the same ID or card meanwhile: ask to import again. */
function asAppError(error: unknown): AppError {
  if (error instanceof AppError) return error;
  const cause = (error as { cause?: { code?: unknown } }).cause;
  const code = (error as { code?: unknown }).code ?? cause?.code;
  if (code === '23505') return new Conflict('IMPORT_CONCURRENT_CHANGE');
  // Not the error itself: a failed batch statement carries megabytes of parameters.
  const message = String(
    (cause as { message?: unknown } | undefined)?.message ?? (error as Error).message ?? error,
  );
  console.error(`member import failed: ${message.slice(0, 500)}`);
  return new AppError(500, 'INTERNAL_ERROR');
}

async function decide(
  tx: Tx,
  request: ImportRequest,
  parsed: ParsedFile,
  onProgress: (decided: number) => void,
) {
  const unit = await loadImportUnit(tx, request.unitId);
  const existing = await loadExisting(tx, request.actor, request.unitId, parsed.rows);
  const outcomes = await classifyRows(parsed.rows, existing, unit, parsed.layout.columns, onProgress);
  return { outcomes, result: summarize(parsed, outcomes), unit };
}

function summarize(parsed: ParsedFile, outcomes: RowOutcome[]): StoredResult {
  const count = (action: RowOutcome['action']) =>
    outcomes.filter((outcome) => outcome.action === action).length;
  return {
    rows: outcomes.length,
    imported: count('import'),
    updated: count('update'),
    unchanged: count('unchanged'),
    rejected: count('reject'),
    sheetName: parsed.sheetName,
    headerRow: parsed.layout.headerRow,
    columns: parsed.layout.columns.map((column) => ({
      column: column.letter,
      header: column.header,
      field: column.field,
    })),
    headerCells: parsed.layout.headerCells,
    problems: outcomes.flatMap((outcome) =>
      outcome.problems.map((problem) => ({ row: outcome.row, ...problem })),
    ),
    preview: outcomes.slice(0, PREVIEW_ROWS).map((outcome) => ({
      row: outcome.row,
      action: outcome.action,
      fullName: outcome.fullName,
      nationalId: outcome.nationalId,
    })),
    rejectedRows: outcomes.flatMap((outcome, index) =>
      outcome.action === 'reject' ? [{ row: outcome.row, cells: parsed.rows[index]!.cells }] : [],
    ),
  };
}
