import { describe, expect, it } from 'vitest';
import { parseCccdQr } from './cccd-qr.ts';

const example =
  '001085012345|012345678|Nguyễn Văn An|15081985|Nam|Số 5 ngõ 10 Ngọc Thụy, Long Biên, Hà Nội|20042021';

describe('parseCccdQr', () => {
  it('reads every field of a chip card QR text', () => {
    expect(parseCccdQr(example)).toEqual({
      nationalId: '001085012345',
      oldNationalId: '012345678',
      fullName: 'Nguyễn Văn An',
      dateOfBirth: '1985-08-15',
      gender: 'male',
      address: 'Số 5 ngõ 10 Ngọc Thụy, Long Biên, Hà Nội',
      issuedOn: '2021-04-20',
    });
  });

  it.each([
    ['surrounding white space and CR/LF', `  ${example}\r\n`, {}],
    ['a line break inside (a scanner splitting the text)', example.replace('Long Biên', 'Long\r\nBiên'), {}],
    ['decomposed Unicode', example.normalize('NFD'), {}],
    ['no old ID', example.replace('|012345678|', '||'), { oldNationalId: null }],
    [
      'an old 12-digit ID',
      example.replace('|012345678|', '|001085099999|'),
      { oldNationalId: '001085099999' },
    ],
    ['no issue date field', example.slice(0, example.lastIndexOf('|')), { issuedOn: null }],
    ['an empty issue date', example.slice(0, example.lastIndexOf('|') + 1), { issuedOn: null }],
    ['extra fields of newer cards', `${example}|Nguyễn Văn B|Trần Thị C`, {}],
    [
      'a woman, name in upper case',
      '079190001234||TRẦN THỊ BÍCH NGỌC|01011990|Nữ|12 Lê Lợi, Phường Bến Nghé, Quận 1, TP Hồ Chí Minh|10072022',
      {
        nationalId: '079190001234',
        oldNationalId: null,
        fullName: 'Trần Thị Bích Ngọc',
        dateOfBirth: '1990-01-01',
        gender: 'female',
        address: '12 Lê Lợi, Phường Bến Nghé, Quận 1, TP Hồ Chí Minh',
        issuedOn: '2022-07-10',
      },
    ],
    ['a leap-day birth', example.replace('15081985', '29021988'), { dateOfBirth: '1988-02-29' }],
    ['spaces around fields', example.replaceAll('|', ' | '), {}],
  ])('tolerates %s', (_, text, changes) => {
    const expected = {
      nationalId: '001085012345',
      oldNationalId: '012345678',
      fullName: 'Nguyễn Văn An',
      dateOfBirth: '1985-08-15',
      gender: 'male',
      address: 'Số 5 ngõ 10 Ngọc Thụy, Long Biên, Hà Nội',
      issuedOn: '2021-04-20',
      ...changes,
    };
    expect(parseCccdQr(text)).toEqual(expected);
  });

  it.each([
    ['empty text', ''],
    ['a URL from another QR code', 'https://example.vn/verify?id=001085012345'],
    ['a bare ID', '001085012345'],
    ['five fields', '001085012345|012345678|Nguyễn Văn An|15081985|Nam'],
    ['an 11-digit ID', example.replace('001085012345', '01085012345')],
    ['an ID with a letter', example.replace('001085012345', '00108501234X')],
    ['a 9-digit ID in the first field', example.replace('001085012345|012345678', '012345678|')],
    ['a bad old ID', example.replace('|012345678|', '|12345|')],
    ['an impossible birth date', example.replace('15081985', '31021985')],
    ['a birth date with slashes', example.replace('15081985', '15/08/1985')],
    ['a birth date written yyyymmdd', example.replace('15081985', '19850815')],
    ['a bad issue date', example.replace('20042021', '2004202')],
    ['a name with digits', example.replace('Nguyễn Văn An', 'Nguyễn Văn 4n')],
    ['no name', example.replace('Nguyễn Văn An', '')],
    ['an unknown gender', example.replace('|Nam|', '|X|')],
    ['comma-separated fields', example.replaceAll('|', ',')],
  ])('rejects %s', (_, text) => {
    expect(parseCccdQr(text)).toBeNull();
  });
});
