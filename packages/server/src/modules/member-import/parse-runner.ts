// Runs the parsing of an upload: inline for small files, in a worker thread for big ones (ExcelJS reading
// 100,000 rows is seconds of CPU that would otherwise stop every other request).
import { Worker } from 'node:worker_threads';
import type { Params } from '../../platform/errors.ts';
import { AppError } from '../../platform/errors.ts';
import type { MessageCode } from '../../platform/messages.ts';
import { type ParsedFile, type ParsedLayout, type ParseOptions, parseFile } from './parse-file.ts';
import type { ParsedRow } from './row-parser.ts';

export type WorkerMessage =
  | { type: 'layout'; layout: ParsedLayout }
  | { type: 'rows'; rows: ParsedRow[] }
  | { type: 'done' }
  | { type: 'error'; status: number; code: MessageCode; params: Params }
  | { type: 'crash'; message: string };

/** Files up to this size parse inline: starting a worker costs more than reading them. */
export const INLINE_PARSE_BYTES = 256 * 1024;

export interface RunOptions {
  /** force the worker (or inline) whatever the size */
  worker?: boolean;
  /** called with the number of rows read so far */
  onProgress?: (rowsRead: number) => void;
}

export function parseUpload(
  buffer: Uint8Array,
  options: ParseOptions,
  run: RunOptions = {},
): Promise<ParsedFile> {
  const inWorker = run.worker ?? buffer.length > INLINE_PARSE_BYTES;
  return inWorker ? parseInWorker(buffer, options, run.onProgress) : parseFile(buffer, options);
}

/**
 * The worker runs the TypeScript sources like the server does: through tsx, registered inside the worker
 * (a worker does not inherit the parent's loader hooks).
 */
function startWorker(buffer: Uint8Array, options: ParseOptions): Worker {
  const entry = new URL('./parse-worker.ts', import.meta.url).href;
  const workerData = { buffer, options };
  if (!import.meta.url.endsWith('.ts')) return new Worker(new URL(entry), { workerData });
  let tsxApi = 'tsx/esm/api';
  try {
    tsxApi = import.meta.resolve('tsx/esm/api');
  } catch {
    // resolved by the worker from the working folder instead
  }
  const boot = `import(${JSON.stringify(tsxApi)}).then((api) => { api.register(); return import(${JSON.stringify(entry)}); })`;
  return new Worker(boot, { eval: true, workerData });
}

function parseInWorker(
  buffer: Uint8Array,
  options: ParseOptions,
  onProgress?: (rowsRead: number) => void,
): Promise<ParsedFile> {
  return new Promise((resolve, reject) => {
    const worker = startWorker(buffer, options);
    let layout: ParsedLayout | undefined;
    const rows: ParsedRow[] = [];
    let settled = false;
    const finish = (outcome: () => void) => {
      if (settled) return;
      settled = true;
      void worker.terminate();
      outcome();
    };
    worker.on('message', (message: WorkerMessage) => {
      switch (message.type) {
        case 'layout':
          layout = message.layout;
          break;
        case 'rows':
          for (const row of message.rows) rows.push(row);
          onProgress?.(rows.length);
          break;
        case 'done':
          finish(() =>
            layout ? resolve({ ...layout, rows }) : reject(new AppError(422, 'IMPORT_NO_HEADER')),
          );
          break;
        case 'error':
          finish(() => reject(new AppError(message.status, message.code, message.params)));
          break;
        case 'crash':
          finish(() => reject(new Error(`import parse worker failed: ${message.message}`)));
          break;
      }
    });
    worker.on('error', (error) => finish(() => reject(error)));
    worker.on('exit', (code) => finish(() => reject(new Error(`import parse worker exited with ${code}`))));
  });
}
