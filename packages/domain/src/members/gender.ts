// Gender as written in forms, sheets and the CCCD card ("Nam", "Nữ", "M", "F") mapped to the stored value.
import { normalizeForSearch } from '../text/normalize.ts';
import type { Gender } from './schemas.ts';

const WORDS: Record<string, Gender> = {
  nam: 'male',
  'nam gioi': 'male',
  m: 'male',
  male: 'male',
  nu: 'female',
  'nu gioi': 'female',
  f: 'female',
  female: 'female',
};

/** 'male' or 'female' from the usual spellings, in any case or Unicode form; null for anything else. */
export function parseGender(raw: unknown): Gender | null {
  if (typeof raw !== 'string') return null;
  const key = normalizeForSearch(raw).replace(/[.:]+$/u, '');
  // Accent-free matching would read "Năm" (year) as "Nam"; a wrong accent on "Nam" is not a slip of the pen.
  if (key.startsWith('nam') && /[ăâ]/iu.test(raw.normalize('NFC'))) return null;
  return WORDS[key] ?? null;
}
