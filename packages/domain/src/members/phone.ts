// The one stored form of a phone number, so "0912 345 678", "0912.345.678" and "+84 912 345 678" are
// the same number to search and to the duplicate checks.

/** Digits only (a leading + kept for foreign numbers); +84 becomes the domestic leading 0. */
export function phoneForStorage(raw: string): string {
  const trimmed = raw.trim();
  const digits = trimmed.replace(/\D/gu, '');
  if (trimmed.startsWith('+')) return digits.startsWith('84') ? `0${digits.slice(2)}` : `+${digits}`;
  return digits;
}
