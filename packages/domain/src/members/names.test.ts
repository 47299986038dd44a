import { describe, expect, it } from 'vitest';
import { parseFullName } from './names.ts';

describe('parseFullName', () => {
  it.each([
    ['Nguyễn Văn An', 'Nguyễn Văn An'],
    ['NGUYỄN văn an', 'Nguyễn Văn An'],
    ['nguyễn văn AN', 'Nguyễn Văn An'],
    ['  trần   thị   hương  ', 'Trần Thị Hương'],
    ['ĐỖ THỊ THU HÀ', 'Đỗ Thị Thu Hà'],
    ['đặng đình đức', 'Đặng Đình Đức'],
    ['LÊ THỊ ÁNH NGUYỆT', 'Lê Thị Ánh Nguyệt'],
    ['Phạm\u00A0Minh\u00A0Tuấn', 'Phạm Minh Tuấn'],
    ['Vũ\tQuang\nHuy', 'Vũ Quang Huy'],
    ['Hoàng\u200B Văn Nam', 'Hoàng Văn Nam'],
    ['\uFEFFBùi Thị Lan', 'Bùi Thị Lan'],
    ['ÔNG ÍCH KHIÊM', 'Ông Ích Khiêm'],
    ["h'hen niê", "H'Hen Niê"],
    ['y moan ênuôl', 'Y Moan Ênuôl'],
    ['ksor phước', 'Ksor Phước'],
    ['Lò Văn Pó', 'Lò Văn Pó'],
    ['Nguyễn Thị Mai-anh', 'Nguyễn Thị Mai-Anh'],
    ['ưng hoàng phúc', 'Ưng Hoàng Phúc'],
  ])('%j → %s', (input, expected) => {
    expect(parseFullName(input)).toBe(expected);
  });

  it('composes decomposed Unicode (as some Excel exports hold it)', () => {
    const decomposed = 'Nguye\u0302\u0303n Va\u0306n An';
    const parsed = parseFullName(decomposed);
    expect(parsed).toBe('Nguyễn Văn An');
    expect(parsed).toBe(parsed?.normalize('NFC'));
    expect(parseFullName('NGUYỄN THỊ HỒNG'.normalize('NFD'))).toBe('Nguyễn Thị Hồng');
  });

  it.each([
    ['', 'empty'],
    ['   ', 'blank'],
    ['\u00A0\u00A0', 'non-breaking spaces only'],
    ['Nguyễn Văn An 2', 'a digit'],
    ['001085012345', 'an ID'],
    ['1', 'a row number'],
    ['---', 'no letter'],
    [null, 'null'],
    [undefined, 'undefined'],
    [42, 'a number'],
    [new Date(0), 'a date'],
  ])('%j (%s) → null', (input: unknown, _reason: string) => {
    expect(parseFullName(input)).toBeNull();
  });
});
