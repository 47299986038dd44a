import { describe, expect, it } from 'vitest';
import { CATALOGUE, catalogueText, FEATURE_WORDS, label } from './catalogue.ts';

const placeholders = (text: string) => [...text.matchAll(/\{\{(\w+)\}\}/gu)].map((match) => match[1]).sort();

describe('the shared catalogue', () => {
  it('has each namespace from one feature only', () => {
    const namespaces = FEATURE_WORDS.flatMap((words) => Object.keys(words.vi));
    expect(namespaces.length).toBe(new Set(namespaces).size);
    expect(Object.keys(CATALOGUE.vi).sort()).toEqual([...namespaces].sort());
  });

  it('says every key in both languages, with the same placeholders and never an empty text', () => {
    for (const [namespace, words] of Object.entries(CATALOGUE.vi)) {
      const english: Record<string, string> = CATALOGUE.en[namespace as keyof typeof CATALOGUE.en];
      expect(Object.keys(english).sort(), namespace).toEqual(Object.keys(words).sort());
      for (const [key, text] of Object.entries(words)) {
        expect(text.trim(), `${namespace}.${key}`).not.toBe('');
        expect(english[key]?.trim(), `${namespace}.${key}`).not.toBe('');
        expect(placeholders(english[key] ?? ''), `${namespace}.${key}`).toEqual(placeholders(text));
      }
    }
  });

  it('looks texts up by their i18n key and labels codes', () => {
    expect(catalogueText('vi', 'gender.female')).toBe('Nữ');
    expect(catalogueText('en', 'unitType.grassroots')).toBe('Grassroots union');
    expect(catalogueText('en', 'error.numberTooLarge')).toBe('The number is too large (at most {{max}})');
    expect(catalogueText('vi', 'gender.unknown')).toBeUndefined();
    expect(catalogueText('vi', 'gender')).toBeUndefined();
    expect(catalogueText('vi', 'toString.constructor')).toBeUndefined();
    expect(label('en', 'memberStatus', 'transferredOut')).toBe('Transferred out');
    expect(label('vi', 'assessmentGrade', 'excellent')).toBe('Hoàn thành xuất sắc nhiệm vụ');
  });
});
