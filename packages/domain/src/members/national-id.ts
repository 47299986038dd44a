// National ID numbers (CCCD, 12 digits; the old CMND, 9 digits) as typed by people and mangled by Excel.

export type NationalIdResult = { ok: true; value: string } | { ok: false; reason: 'format' | 'empty' };

/**
 * Excel stores an ID typed into a number cell as a number and drops its leading zeros. Every CCCD starts
 * with a 0 (province codes 001–096) and those of Hà Nội and eight other provinces with 00, so 10 or 11
 * digits can only be a CCCD that lost them; a CMND (province codes 01–38…) loses at most one: 8 → 9.
 */
const RESTORED_LENGTH: Record<number, number> = { 8: 9, 10: 12, 11: 12 };

function normalizedDigits(raw: unknown): string | null | 'empty' {
  if (raw === null || raw === undefined) return 'empty';
  if (typeof raw === 'number' || typeof raw === 'bigint') {
    // Decimals and scientific notation mean Excel already rounded the number: the digits are lost.
    if (typeof raw === 'number' && (!Number.isSafeInteger(raw) || raw < 0)) return null;
    return String(raw);
  }
  if (typeof raw !== 'string') return null;
  const text = raw.normalize('NFC').trim().replace(/^'/u, '');
  if (text === '') return 'empty';
  // "1085012345.0" is a number printed as text; stripping the dot would add a digit.
  if (/\.\d{1,2}$/u.test(text)) return null;
  return text.replace(/[\s.-]/gu, '');
}

/**
 * The ID as stored: digits only, 12 (CCCD) or 9 (CMND), leading zeros that Excel dropped put back.
 * Spaces, dots and hyphens between digit groups are accepted; anything else is reason 'format',
 * a blank cell is reason 'empty'.
 */
export function parseNationalId(raw: unknown): NationalIdResult {
  const digits = normalizedDigits(raw);
  if (digits === 'empty') return { ok: false, reason: 'empty' };
  if (digits === null || !/^\d+$/u.test(digits)) return { ok: false, reason: 'format' };
  if (digits.length === 12 || digits.length === 9) return { ok: true, value: digits };
  // Only a number that starts with its first non-zero digit can have lost zeros: "0912345678" lost none.
  const restored = digits.startsWith('0') ? undefined : RESTORED_LENGTH[digits.length];
  if (restored) return { ok: true, value: digits.padStart(restored, '0') };
  return { ok: false, reason: 'format' };
}
