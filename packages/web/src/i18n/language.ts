// Which language the visitor reads (kept in localStorage) and where each language's words are fetched from.
// Apart from index.ts so that main.tsx can start fetching the words at once, beside the app's code, without
// loading i18next or the domain before Zod is configured.
import type { Locale } from '@congdoan/domain';
import type en from './en.json';
import type vi from './vi.json';

export const STORAGE_KEY = 'congdoan.language';

export function storedLanguage(): Locale {
  const value = typeof localStorage === 'undefined' ? null : localStorage.getItem(STORAGE_KEY);
  return value === 'en' ? 'en' : 'vi';
}

// Both catalogs must have the same keys: each is checked against the other's shape (the shared catalogue is
// checked in domain).
export type Words = typeof vi;
export const loadWords: Record<Locale, () => Promise<Words>> = {
  vi: () => import('./vi.json').then((module): typeof en => module.default),
  en: () => import('./en.json').then((module): typeof vi => module.default),
};
