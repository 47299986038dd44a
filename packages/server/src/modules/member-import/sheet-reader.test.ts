// The reader must give back every Vietnamese character as written: ExcelJS's streaming parse splits multi-byte
// characters at chunk boundaries (exceljs#2084) and would store "Vi�t" without an error.
import { PassThrough } from 'node:stream';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { readSheets } from './sheet-reader.ts';

const FAMILY = ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Huỳnh', 'Phan', 'Vũ', 'Võ', 'Đặng', 'Bùi', 'Đỗ'];
const GIVEN = [
  'Ánh',
  'Bảo',
  'Cường',
  'Dũng',
  'Đức',
  'Giang',
  'Hằng',
  'Hương',
  'Khải',
  'Lưỡng',
  'Mỹ',
  'Nguyệt',
];

/** Only two- and three-byte characters: wherever a chunk of the inflated XML ends inside it, a character splits. */
const WIDE = 'ĐặngỄỆỮỨờởẫ';

function rowsOf(count: number): string[][] {
  return Array.from({ length: count }, (_, i) => [
    `${FAMILY[i % FAMILY.length]} Thị ${GIVEN[(i * 7) % GIVEN.length]} ${i}`,
    // a run of wide characters whose length varies, so row after row its bytes fall differently on chunks
    WIDE.repeat(1 + (i % 5)).slice(0, 7 + (i % 23)),
  ]);
}

async function readBack(buffer: Uint8Array): Promise<string[][]> {
  const read: string[][] = [];
  for await (const source of readSheets(buffer, 'danh-sach.xlsx')) {
    for await (const row of source.rows) read.push([String(row.cells[1]), String(row.cells[2])]);
  }
  return read;
}

describe('readSheets', () => {
  it('reads 100,000 Vietnamese names back exactly from shared strings', async () => {
    const rows = rowsOf(100_000);
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Danh sách');
    for (const [i, row] of rows.entries()) sheet.addRow([i + 1, ...row]);
    const read = await readBack(new Uint8Array(await workbook.xlsx.writeBuffer()));
    expect(read.filter(([name, wide]) => `${name}${wide}`.includes('\uFFFD'))).toEqual([]);
    expect(read).toEqual(rows);
  }, 120_000);

  it('reads 100,000 names back exactly from cells that hold their own text, the sheet before any shared strings', async () => {
    const rows = rowsOf(100_000);
    const chunks: Buffer[] = [];
    const stream = new PassThrough();
    stream.on('data', (chunk: Buffer) => chunks.push(chunk));
    const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream, useSharedStrings: false });
    const sheet = workbook.addWorksheet('Danh sách');
    for (const [i, row] of rows.entries()) sheet.addRow([i + 1, ...row]).commit();
    await workbook.commit();
    const read = await readBack(new Uint8Array(Buffer.concat(chunks)));
    expect(read).toEqual(rows);
  }, 120_000);

  it('skips hidden sheets and names the visible one', async () => {
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet('Ẩn', { state: 'hidden' }).addRow(['x', 'Ẩn đi']);
    workbook.addWorksheet('Đoàn viên').addRow([1, 'Nguyễn Văn Ánh']);
    const names: string[] = [];
    for await (const source of readSheets(new Uint8Array(await workbook.xlsx.writeBuffer()), 'a.xlsx')) {
      names.push(source.name);
      for await (const _ of source.rows);
    }
    expect(names).toEqual(['Đoàn viên']);
  });
});
