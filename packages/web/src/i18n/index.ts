// The UI languages: Vietnamese first, English second; the choice is kept in localStorage. The web's own words
// (vi.json, en.json) and the catalogue it shares with the server (domain's unit types, roles, statuses,
// grades, the schemas' messages …) make one set of keys, so pages say t('gender.female') either way.
import { CATALOGUE, type Locale } from '@congdoan/domain';
import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import { z } from 'zod';
import en from './en.json';
import vi from './vi.json';

// Both catalogs must have the same keys: each is checked against the other's shape (the shared catalogue is
// checked in domain).
const enChecked: typeof vi = en;
const viChecked: typeof en = vi;

const STORAGE_KEY = 'congdoan.language';

export function storedLanguage(): Locale {
  const value = typeof localStorage === 'undefined' ? null : localStorage.getItem(STORAGE_KEY);
  return value === 'en' ? 'en' : 'vi';
}

export function currentLanguage(): Locale {
  return i18n.language === 'en' ? 'en' : 'vi';
}

/** Zod's own messages (a form's "too short", "invalid date") in the UI language. */
function setZodLanguage(language: Locale): void {
  z.config(language === 'en' ? z.locales.en() : z.locales.vi());
}

export async function setLanguage(language: Locale): Promise<void> {
  localStorage.setItem(STORAGE_KEY, language);
  setZodLanguage(language);
  document.documentElement.lang = language;
  await i18n.changeLanguage(language);
}

void i18n.use(initReactI18next).init({
  resources: {
    vi: { translation: { ...viChecked, ...CATALOGUE.vi } },
    en: { translation: { ...enChecked, ...CATALOGUE.en } },
  },
  lng: storedLanguage(),
  fallbackLng: 'vi',
  interpolation: { escapeValue: false },
  returnNull: false,
});
document.documentElement.lang = storedLanguage();
setZodLanguage(storedLanguage());

export default i18n;
