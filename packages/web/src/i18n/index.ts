// The UI languages: Vietnamese first, English second; the choice is kept in localStorage. The web's own words
// (vi.json, en.json) and the catalogue it shares with the server (domain's unit types, roles, statuses,
// grades, the schemas' messages …) make one set of keys, so pages say t('gender.female') either way.
// Each language's words are their own chunk, fetched when first shown: the first load carries only the
// language the visitor reads (`i18nReady` settles once it is in).
import { CATALOGUE, type Locale } from '@congdoan/domain';
import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import { z } from 'zod';
import { loadWords, STORAGE_KEY, storedLanguage } from './language.ts';

export { storedLanguage };

export function currentLanguage(): Locale {
  return i18n.language === 'en' ? 'en' : 'vi';
}

/** Zod's own messages (a form's "too short", "invalid date") in the UI language. */
function setZodLanguage(language: Locale): void {
  z.config(language === 'en' ? z.locales.en() : z.locales.vi());
}

/** The language's words, fetched the first time it is asked for. */
async function loadLanguage(language: Locale): Promise<void> {
  if (i18n.hasResourceBundle(language, 'translation')) return;
  const words = await loadWords[language]();
  i18n.addResourceBundle(language, 'translation', { ...words, ...CATALOGUE[language] });
}

export async function setLanguage(language: Locale): Promise<void> {
  localStorage.setItem(STORAGE_KEY, language);
  await loadLanguage(language);
  setZodLanguage(language);
  document.documentElement.lang = language;
  await i18n.changeLanguage(language);
}

const initialLanguage = storedLanguage();
document.documentElement.lang = initialLanguage;
setZodLanguage(initialLanguage);

/** Settles when the first language's words are in: main.tsx renders after it, tests start after it. */
export const i18nReady: Promise<void> = loadWords[initialLanguage]().then(async (words) => {
  await i18n.use(initReactI18next).init({
    resources: { [initialLanguage]: { translation: { ...words, ...CATALOGUE[initialLanguage] } } },
    lng: initialLanguage,
    fallbackLng: 'vi',
    // Only the shown language is loaded; the other is fetched by setLanguage before the switch.
    partialBundledLanguages: true,
    interpolation: { escapeValue: false },
    returnNull: false,
  });
});

export default i18n;
