// The reader must give back every Vietnamese character as written: a streaming parse once split multi-byte
// characters at chunk boundaries and stored "Vi�t" without an error.
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

describe('readSheets', () => {
  it('reads 20,000 Vietnamese names back exactly', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Danh sách');
    const names: string[] = [];
    for (let i = 0; i < 20_000; i++) {
      const name = `${FAMILY[i % FAMILY.length]} Thị ${GIVEN[(i * 7) % GIVEN.length]} ${i} – Việt Nam, Hưng Yên`;
      names.push(name);
      sheet.addRow([i + 1, name, 'Xưởng lắp ráp điện tử số 3 – Khu công nghiệp Thăng Long']);
    }
    const buffer = new Uint8Array(await workbook.xlsx.writeBuffer());
    const read: string[] = [];
    for await (const source of readSheets(buffer, 'danh-sach.xlsx')) {
      for await (const row of source.rows) read.push(String(row.cells[1]));
    }
    expect(read.filter((name) => name.includes('\uFFFD'))).toEqual([]);
    expect(read).toEqual(names);
  }, 60_000);
});
