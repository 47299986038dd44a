// The messages: each code declared once, in both languages with the same placeholders, the labels it names
// in the shared catalogue; translate fills them in, labelling codes and reading the catalogue's own texts.
import { isCatalogueNamespace } from '@congdoan/domain';
import { describe, expect, it } from 'vitest';
import { translate } from './i18n.ts';
import { isMessageCode, MESSAGE_SETS, MESSAGES } from './messages.ts';

const placeholders = (text: string) => [...text.matchAll(/\{(\w+(?::\w+)?)\}/gu)].map((m) => m[1]).sort();

/** Placeholders the English does without: it writes the fraction in figures only ("2/3"). */
const ENGLISH_SPARES: Record<string, string[]> = { MINUTES_FRACTION: ['numeratorWords', 'denominatorWords'] };

describe('messages', () => {
  it('declares each code in one place only', () => {
    const codes = MESSAGE_SETS.flatMap((set) => Object.keys(set.vi));
    const twice = codes.filter((code, index) => codes.indexOf(code) !== index);
    expect(twice).toEqual([]);
  });

  it('says every code in Vietnamese and English, with the same placeholders', () => {
    const english: Record<string, string> = MESSAGES.en;
    for (const [code, vietnamese] of Object.entries(MESSAGES.vi)) {
      expect(vietnamese.trim(), code).not.toBe('');
      expect(english[code]?.trim(), code).not.toBe('');
      const spared = ENGLISH_SPARES[code] ?? [];
      const vietnamesePlaceholders = placeholders(vietnamese).filter((name) => !spared.includes(name ?? ''));
      expect(placeholders(english[code] ?? ''), code).toEqual(vietnamesePlaceholders);
    }
    expect(Object.keys(english).sort()).toEqual(Object.keys(MESSAGES.vi).sort());
  });

  it('names only namespaces of the shared catalogue in its labelled placeholders', () => {
    const namespaces = Object.values(MESSAGES.vi).flatMap((text) =>
      [...text.matchAll(/\{\w+:(\w+)\}/gu)].map((m) => m[1] ?? ''),
    );
    expect(namespaces.length).toBeGreaterThan(0);
    expect(namespaces.filter((namespace) => !isCatalogueNamespace(namespace))).toEqual([]);
  });

  it('fills in params, printing a labelled one in the language', () => {
    expect(translate('vi', 'UNIT_TYPE_CLOSED', { type: 'district', date: '2025-07-01' })).toBe(
      'Loại đơn vị LĐLĐ quận/huyện không còn được thành lập từ ngày 2025-07-01',
    );
    expect(translate('en', 'ROLE_TOO_HIGH', { role: 'system_admin' })).toBe(
      'You cannot grant the role System administrator',
    );
    expect(translate('en', 'ROLE_TOO_HIGH', { role: 'chancellor' })).toBe(
      'You cannot grant the role chancellor',
    );
    expect(translate('vi', 'TOO_MANY_ATTEMPTS')).toContain('{minutes}');
  });

  it("reads the catalogue's texts, the schemas' messages among them", () => {
    expect(isMessageCode('error.invalidDate')).toBe(true);
    expect(isMessageCode('gender.female')).toBe(true);
    expect(isMessageCode('NOT_A_CODE')).toBe(false);
    expect(translate('en', 'error.numberTooLarge', { max: 2147483647 })).toBe(
      'The number is too large (at most 2147483647)',
    );
    expect(translate('vi', 'gender.female')).toBe('Nữ');
    expect(translate('vi', 'NOT_A_CODE')).toBe('NOT_A_CODE');
  });
});
