// Worker thread entry: parses the uploaded file off the main thread and streams the rows back in batches,
// so a 100,000-row workbook never holds up other users' requests.
import { parentPort, workerData } from 'node:worker_threads';
import { AppError } from '../../platform/errors.ts';
import { type ParseOptions, parseFileInto } from './parse-file.ts';
import type { WorkerMessage } from './parse-runner.ts';

const { buffer, options } = workerData as { buffer: Uint8Array; options: ParseOptions };
const post = (message: WorkerMessage) => parentPort?.postMessage(message);

try {
  await parseFileInto(buffer, options, {
    layout: (layout) => post({ type: 'layout', layout }),
    rows: (rows) => post({ type: 'rows', rows }),
  });
  post({ type: 'done' });
} catch (error) {
  if (error instanceof AppError)
    post({ type: 'error', status: error.status, code: error.code, params: error.params });
  else
    post({ type: 'crash', message: error instanceof Error ? (error.stack ?? error.message) : String(error) });
}
