// The worker threads that parse uploads, each with a heap limit, kept warm between uploads: starting one
// (tsx, ExcelJS) costs about a second of CPU, more than reading a small list. At most MAX_PARSE_WORKERS
// exist, which with the heap limit bounds the memory uploads can take together; an idle one ends after
// IDLE_MS. A worker that runs out of memory or crashes answers its upload with a 4xx and is replaced.
import { Worker } from 'node:worker_threads';
import type { Params } from '../../platform/errors.ts';
import { AppError } from '../../platform/errors.ts';
import type { MessageCode } from '../../platform/messages.ts';
import type { ParsedFile, ParsedLayout, ParseOptions } from './parse-file.ts';
import type { ParsedRow } from './row-parser.ts';

/** What a worker says about the upload it is given, in order: a layout, rows in batches, then an end. */
export type WorkerMessage =
  | { type: 'layout'; layout: ParsedLayout }
  | { type: 'rows'; rows: ParsedRow[] }
  | { type: 'done' }
  | { type: 'error'; status: number; code: MessageCode; params: Params }
  | { type: 'crash'; name: string };

export const MAX_PARSE_WORKERS = 2;
const IDLE_MS = 60_000;

interface Pooled {
  worker: Worker;
  memoryMb: number;
  busy: boolean;
  /** the upload it is reading: messages and the worker's death go to it */
  job: { message(message: WorkerMessage): void; fail(error: AppError): void } | null;
  idle?: NodeJS.Timeout;
}

const pool = new Set<Pooled>();
const waiting: (() => void)[] = [];

/**
 * The worker runs the TypeScript sources like the server does: through tsx, registered inside the worker
 * (a worker does not inherit the parent's loader hooks).
 */
function startWorker(memoryMb: number): Worker {
  const entry = new URL('./parse-worker.ts', import.meta.url).href;
  // The heap limit is what stops a file that needs gigabytes; the young generation stays V8's default.
  const resourceLimits = { maxOldGenerationSizeMb: memoryMb };
  if (!import.meta.url.endsWith('.ts')) return new Worker(new URL(entry), { resourceLimits });
  let tsxApi = 'tsx/esm/api';
  try {
    tsxApi = import.meta.resolve('tsx/esm/api');
  } catch {
    // resolved by the worker from the working folder instead
  }
  const boot = `import(${JSON.stringify(tsxApi)}).then((api) => { api.register(); return import(${JSON.stringify(entry)}); })`;
  return new Worker(boot, { eval: true, resourceLimits });
}

/** Why a worker stopped without an answer, as the error the client gets (never a 500). */
function failure(error: unknown, memoryMb: number): AppError {
  if ((error as { code?: unknown }).code === 'ERR_WORKER_OUT_OF_MEMORY') {
    return new AppError(413, 'IMPORT_OUT_OF_MEMORY', { max: `${memoryMb} MB` });
  }
  // The name only: a parser's message may quote the file's cells, people's data that logs must not hold.
  console.error(`member import parse worker failed: ${(error as Error | undefined)?.name ?? String(error)}`);
  return new AppError(422, 'IMPORT_FILE_UNREADABLE');
}

function spawn(memoryMb: number): Pooled {
  const pooled: Pooled = { worker: startWorker(memoryMb), memoryMb, busy: true, job: null };
  const died = (error: unknown) => {
    if (!pool.delete(pooled)) return;
    clearTimeout(pooled.idle);
    pooled.job?.fail(failure(error, memoryMb));
    pooled.job = null;
    waiting.shift()?.();
  };
  pooled.worker.on('message', (message: WorkerMessage) => pooled.job?.message(message));
  pooled.worker.on('error', died);
  pooled.worker.on('exit', (code) => died({ name: `exit ${code}` }));
  pool.add(pooled);
  return pooled;
}

function retire(pooled: Pooled): void {
  pool.delete(pooled);
  clearTimeout(pooled.idle);
  void pooled.worker.terminate();
  waiting.shift()?.();
}

/** An idle worker with this heap limit, a new one while there is room, or the first to come free. */
async function acquire(memoryMb: number): Promise<Pooled> {
  for (;;) {
    const idle = [...pool].find((pooled) => !pooled.busy && pooled.memoryMb === memoryMb);
    if (idle) {
      idle.busy = true;
      clearTimeout(idle.idle);
      idle.worker.ref();
      return idle;
    }
    if (pool.size >= MAX_PARSE_WORKERS) {
      // Only idle workers of another heap limit (a changed setting, tests): make room for this one.
      const other = [...pool].find((pooled) => !pooled.busy);
      if (other) retire(other);
    }
    if (pool.size < MAX_PARSE_WORKERS) return spawn(memoryMb);
    await new Promise<void>((resolve) => waiting.push(resolve));
  }
}

function release(pooled: Pooled): void {
  pooled.job = null;
  pooled.busy = false;
  if (!pool.has(pooled)) return;
  // An idle worker neither keeps the process alive nor lingers.
  pooled.worker.unref();
  pooled.idle = setTimeout(() => retire(pooled), IDLE_MS);
  pooled.idle.unref();
  waiting.shift()?.();
}

/**
 * Parses the upload in a pooled worker with `memoryMb` of heap, passing on its progress. A worker that
 * threw something other than a refusal is retired, whatever state it is in.
 */
export async function parseInWorker(
  buffer: Uint8Array,
  options: ParseOptions,
  memoryMb: number,
  onProgress?: (rowsRead: number) => void,
): Promise<ParsedFile> {
  const pooled = await acquire(memoryMb);
  let crashed = false;
  try {
    return await new Promise<ParsedFile>((resolve, reject) => {
      let layout: ParsedLayout | undefined;
      const rows: ParsedRow[] = [];
      pooled.job = {
        fail: reject,
        message: (message) => {
          switch (message.type) {
            case 'layout':
              layout = message.layout;
              break;
            case 'rows':
              for (const row of message.rows) rows.push(row);
              onProgress?.(rows.length);
              break;
            case 'done':
              if (layout) resolve({ ...layout, rows });
              else reject(new AppError(422, 'IMPORT_NO_HEADER'));
              break;
            case 'error':
              reject(new AppError(message.status, message.code, message.params));
              break;
            case 'crash':
              crashed = true;
              reject(failure({ name: message.name }, memoryMb));
              break;
          }
        },
      };
      pooled.worker.postMessage({ buffer, options });
    });
  } finally {
    if (crashed) retire(pooled);
    release(pooled);
  }
}
