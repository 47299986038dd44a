// Runs the parsing of every upload in a worker thread with a heap limit (parse-pool.ts), never on the main
// thread: ExcelJS reading a big or hostile workbook is seconds of CPU and gigabytes of memory that would
// otherwise stop (or kill) the server. Before that, an .xlsx's zip directory is checked against the size
// limits (413); the worker refuses lists over the row cap (413).
import type { Config } from '../../config.ts';
import type { ParsedFile, ParseOptions } from './parse-file.ts';
import { parseInWorker } from './parse-pool.ts';
import { fileKindOf } from './sheet-reader.ts';
import { checkZipDirectory } from './zip-limits.ts';

export interface ParseLimits {
  /** data rows one import may hold */
  maxRows: number;
  /** the parse worker's heap */
  workerMemoryMb: number;
  /** what an .xlsx may unpack to, all its parts together */
  maxUnpackedBytes: number;
}

export function parseLimitsOf(
  config: Pick<Config, 'importMaxRows' | 'importWorkerMemoryMb' | 'importMaxUnpackedMb'>,
): ParseLimits {
  return {
    maxRows: config.importMaxRows,
    workerMemoryMb: config.importWorkerMemoryMb,
    maxUnpackedBytes: config.importMaxUnpackedMb * 1024 * 1024,
  };
}

export interface RunOptions {
  limits: ParseLimits;
  /** called with the number of rows read so far */
  onProgress?: (rowsRead: number) => void;
}

export async function parseUpload(
  buffer: Uint8Array,
  options: ParseOptions,
  run: RunOptions,
): Promise<ParsedFile> {
  if (fileKindOf(buffer, options.fileName) === 'xlsx') {
    await checkZipDirectory(buffer, { maxUnpackedBytes: run.limits.maxUnpackedBytes });
  }
  const parseOptions = { ...options, maxRows: run.limits.maxRows };
  return parseInWorker(buffer, parseOptions, run.limits.workerMemoryMb, run.onProgress);
}
