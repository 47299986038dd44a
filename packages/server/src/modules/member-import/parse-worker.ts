// Worker thread entry (see parse-pool.ts): parses each upload it is sent off the main thread and streams the
// rows back in batches, so a 100,000-row workbook never holds up other users' requests. Refusals (AppError)
// go back as they are; anything else only by its name, since a parser's message may quote people's data.
import { parentPort } from 'node:worker_threads';
import { AppError } from '../../platform/errors.ts';
import { type ParseOptions, parseFileInto } from './parse-file.ts';
import type { WorkerMessage } from './parse-pool.ts';

const post = (message: WorkerMessage) => parentPort?.postMessage(message);

parentPort?.on('message', async ({ buffer, options }: { buffer: Uint8Array; options: ParseOptions }) => {
  try {
    await parseFileInto(buffer, options, {
      layout: (layout) => post({ type: 'layout', layout }),
      rows: (rows) => post({ type: 'rows', rows }),
    });
    post({ type: 'done' });
  } catch (error) {
    if (error instanceof AppError)
      post({ type: 'error', status: error.status, code: error.code, params: error.params });
    else post({ type: 'crash', name: error instanceof Error ? error.name : typeof error });
  }
});
