// Import jobs for the route walk (platform/scope.test.ts): a finished dry run in each of Long Biên's and
// Hoàng Mai's grassroots unions, each with one rejected row to download.
import { importJobs } from '../../db/schema/index.ts';
import type { TestContext } from '../../test/context.ts';
import type { StoredResult } from './jobs.ts';

const RESULT: StoredResult = {
  rows: 1,
  imported: 0,
  updated: 0,
  unchanged: 0,
  rejected: 1,
  sheetName: 'Sheet1',
  headerRow: 1,
  columns: [{ column: 'A', header: 'Họ và tên', field: 'fullName' }],
  headerCells: [['Họ và tên']],
  problems: [{ row: 2, column: 'A', code: 'IMPORT_ROW_MISSING_GENDER' }],
  preview: [{ row: 2, action: 'reject', fullName: 'Nguyễn Văn An', nationalId: null }],
  rejectedRows: [{ row: 2, cells: ['Nguyễn Văn An'] }],
};

export async function insertScopeImportJobs(
  ctx: TestContext,
  units: { grassrootsA: number; grassrootsB: number },
) {
  const insert = async (unitId: number) => {
    const [job] = await ctx.database.db
      .insert(importJobs)
      .values({
        unitId,
        fileName: 'ds.xlsx',
        dryRun: 1,
        status: 'done',
        totalRows: 1,
        processedRows: 1,
        result: RESULT,
      })
      .returning({ id: importJobs.id });
    return job!.id;
  };
  return { longBien: await insert(units.grassrootsA), hoangMai: await insert(units.grassrootsB) };
}
