// The register of personal data names every field it lists: a member's own field by the member field's name
// (memberField), any other by the register's (personalDataField), in both languages.
import { describe, expect, it } from 'vitest';
import { catalogueText } from '../i18n/catalogue.ts';
import { PERSONAL_DATA_REGISTER } from './register.ts';

describe('the register of personal data', () => {
  it('has a name for every field it lists, in Vietnamese and English', () => {
    const fields = [...new Set(PERSONAL_DATA_REGISTER.flatMap((entry) => entry.fields.map((f) => f.field)))];
    expect(fields).toContain('fullName');
    for (const locale of ['vi', 'en'] as const) {
      const unnamed = fields.filter(
        (field) =>
          catalogueText(locale, `memberField.${field}`) === undefined &&
          catalogueText(locale, `personalDataField.${field}`) === undefined,
      );
      expect({ locale, unnamed }).toEqual({ locale, unnamed: [] });
    }
  });
});
