// The one catalogue of the words the server and the web share: each feature's labels (unit types, roles, a
// member's gender and status, congress levels, elected bodies, assessment grades …) and the schemas' messages,
// in Vietnamese and English. The web merges it into its i18n resources, so its pages say t('gender.female');
// the server's messages, Excel and Word files read the same texts through `label` and `catalogueText`.
import { assessmentWords } from '../assessment/labels.ts';
import { authWords } from '../auth/labels.ts';
import type { Locale } from '../auth/schemas.ts';
import { congressWords } from '../congresses/labels.ts';
import { electionWords } from '../elections/labels.ts';
import { memberWords } from '../members/labels.ts';
import { orgWords } from '../org/labels.ts';
import { privacyWords } from '../privacy/labels.ts';
import { reportWords } from '../reports/labels.ts';
import { validationWords } from './validation.ts';
import type { Translation, Words } from './words.ts';

/** Each feature's words; no two features may declare the same namespace (a test holds to it). */
export const FEATURE_WORDS = [
  orgWords,
  authWords,
  memberWords,
  congressWords,
  electionWords,
  assessmentWords,
  privacyWords,
  reportWords,
  validationWords,
] as const;

const vi = {
  ...orgWords.vi,
  ...authWords.vi,
  ...memberWords.vi,
  ...congressWords.vi,
  ...electionWords.vi,
  ...assessmentWords.vi,
  ...privacyWords.vi,
  ...reportWords.vi,
  ...validationWords.vi,
};
const en: Translation<typeof vi> = {
  ...orgWords.en,
  ...authWords.en,
  ...memberWords.en,
  ...congressWords.en,
  ...electionWords.en,
  ...assessmentWords.en,
  ...privacyWords.en,
  ...reportWords.en,
  ...validationWords.en,
};

export const CATALOGUE = { vi, en };
export type Catalogue = typeof vi;
export type CatalogueNamespace = keyof Catalogue;
/** 'namespace.key', the way i18n keys are written: 'unitType.grassroots', 'error.invalidDate'. */
export type CatalogueKey = {
  [N in CatalogueNamespace]: `${N}.${keyof Catalogue[N] & string}`;
}[CatalogueNamespace];

export const isCatalogueNamespace = (value: string): value is CatalogueNamespace => Object.hasOwn(vi, value);

/** The text of 'namespace.key' in the language, or undefined when the catalogue has no such key. */
export function catalogueText(locale: Locale, key: string): string | undefined {
  const dot = key.indexOf('.');
  const words: Words = CATALOGUE[locale];
  const namespace = dot > 0 ? words[key.slice(0, dot)] : undefined;
  const name = key.slice(dot + 1);
  return namespace && Object.hasOwn(namespace, name) ? namespace[name] : undefined;
}

/** A code's label in the language: label('en', 'gender', 'female') is 'Female'. */
export function label<N extends CatalogueNamespace>(
  locale: Locale,
  namespace: N,
  key: keyof Catalogue[N] & string,
): string {
  return catalogueText(locale, `${namespace}.${key}`) ?? key;
}
