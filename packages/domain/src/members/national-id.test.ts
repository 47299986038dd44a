import { describe, expect, it } from 'vitest';
import { parseNationalId } from './national-id.ts';

describe('parseNationalId', () => {
  it.each([
    ['001085012345', '001085012345'],
    ['079190001234', '079190001234'],
    ['012345678', '012345678'],
    ['187654321', '187654321'],
    [' 001085012345 ', '001085012345'],
    ['001 085 012 345', '001085012345'],
    ['0010 8501 2345', '001085012345'],
    ['001.085.012.345', '001085012345'],
    ['001-085-012-345', '001085012345'],
    ['001\u00A0085\u00A0012\u00A0345', '001085012345'],
    ["'001085012345", '001085012345'],
    ['012.345.678', '012345678'],
    // Excel number cells and CSV exports of them lose the leading zeros.
    [79190001234, '079190001234'],
    ['79190001234', '079190001234'],
    [1085012345, '001085012345'],
    ['1085012345', '001085012345'],
    [12345678, '012345678'],
    ['12345678', '012345678'],
    [187654321, '187654321'],
  ])('%j → %s', (input, expected) => {
    expect(parseNationalId(input)).toEqual({ ok: true, value: expected });
  });

  it('reads a bigint cell value like a number', () => {
    expect(parseNationalId(1_085_012_345n)).toEqual({ ok: true, value: '001085012345' });
  });

  it.each([[null], [undefined], [''], ['   '], ['\u00A0'], ["'"]])('%j → empty', (input) => {
    expect(parseNationalId(input)).toEqual({ ok: false, reason: 'empty' });
  });

  it.each([
    ['1.08501E+11', 'scientific notation as text'],
    ['1,08501E+11', 'scientific notation, comma decimal'],
    [1085012345.5, 'decimals'],
    ['1085012345.0', 'a number printed as text with a decimal'],
    [-1085012345, 'negative'],
    [1e21, 'too large'],
    ['00108501234A', 'a letter'],
    ['CMND 012345678', 'words'],
    ['0010850123456', '13 digits'],
    ['01085012345', '11 digits that kept their leading zero are one short'],
    ['01234567', '8 digits that kept their leading zero are one short'],
    ['1234567', '7 digits'],
    ['0123456789012345', '16 digits'],
    ['001085012345/012345678', 'two IDs in one cell'],
    ['0912345678', 'ten digits starting with 0 is a phone number, not a CCCD'],
    [Number.NaN, 'NaN'],
    [true, 'boolean'],
    [{ value: '001085012345' }, 'object'],
  ])('%j (%s) → format', (input: unknown, _reason: string) => {
    expect(parseNationalId(input)).toEqual({ ok: false, reason: 'format' });
  });
});
