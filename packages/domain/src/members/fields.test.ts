import { describe, expect, it } from 'vitest';
import { label } from '../i18n/catalogue.ts';
import {
  MEMBER_EXPORT_COLUMNS,
  MEMBER_FIELD_HEADERS,
  MEMBER_RECORD_FIELDS,
  memberFieldWords,
  SENSITIVE_MEMBER_FIELDS,
} from './fields.ts';
import { headerKey, MEMBER_IMPORT_FIELDS, matchImportHeader } from './import-headers.ts';
import { memberFields } from './schemas.ts';

describe('the member fields', () => {
  it('are the fields a member record is entered with, and its status', () => {
    const entered = Object.keys(memberFields.shape).filter((field) => field !== 'dateOfBirthPrecision');
    expect([...MEMBER_RECORD_FIELDS].sort()).toEqual([...entered, 'status'].sort());
  });

  it('are each named in both languages, and the printed columns headed', () => {
    for (const field of MEMBER_RECORD_FIELDS) {
      expect(label('vi', 'memberField', field), field).not.toBe(field);
      expect(label('en', 'memberField', field), field).not.toBe(field);
    }
    const exported = new Set<string>(MEMBER_EXPORT_COLUMNS.map((column) => column.field));
    for (const field of Object.keys(memberFieldWords.vi.memberColumn)) expect(exported).toContain(field);
    expect(label('vi', 'memberColumn', 'nationalId')).toBe('Số CCCD');
  });

  it('are offered to an import with every header wording, each wording naming one field', () => {
    expect(MEMBER_IMPORT_FIELDS).toEqual(expect.arrayContaining(Object.keys(MEMBER_FIELD_HEADERS)));
    const wordings = Object.values(MEMBER_FIELD_HEADERS).flat();
    expect(wordings.length).toBe(new Set(wordings).size);
    for (const [field, headers] of Object.entries(MEMBER_FIELD_HEADERS)) {
      for (const wording of headers) {
        expect(headerKey(wording), wording).toBe(wording);
        // "Năm" alone is the year of birth (accents decide it); every other wording reads as its field.
        if (wording !== 'nam sinh') expect(matchImportHeader(wording), wording).toBe(field);
      }
    }
    expect(matchImportHeader('Thời hạn hợp đồng lao động')).toBe('foreignContractMonths');
  });

  it('keep ethnicity, religion and salary as the sensitive ones', () => {
    expect([...SENSITIVE_MEMBER_FIELDS]).toEqual(['ethnicity', 'religion', 'salaryBasis']);
  });
});
