// The text of the QR code printed on the chip-based CCCD card, read into the admission form's fields.
import { parseFlexibleDate } from './dates.ts';
import { parseGender } from './gender.ts';
import { parseFullName } from './names.ts';
import type { Gender } from './schemas.ts';

export interface CccdQrData {
  nationalId: string;
  oldNationalId: string | null;
  fullName: string;
  /** 'YYYY-MM-DD' */
  dateOfBirth: string;
  gender: Gender;
  address: string;
  /** the card's issue date, 'YYYY-MM-DD'; null when the card's QR text leaves it out */
  issuedOn: string | null;
}

/** The card writes dates as ddmmyyyy without separators. */
function compactDate(text: string): string | null {
  const match = /^(\d{2})(\d{2})(\d{4})$/u.exec(text);
  if (!match) return null;
  const parsed = parseFlexibleDate(`${match[1]}/${match[2]}/${match[3]}`);
  return parsed?.date ?? null;
}

/**
 * Reads `ID|old ID|full name|DOB ddmmyyyy|gender|address|issue date ddmmyyyy`. The old ID (CMND) may be
 * empty and some cards stop after the address; fields beyond the seventh are ignored. Null when the text
 * is not such a card's: fewer than six fields, an ID that is not 12 digits, a bad date, name or gender.
 */
export function parseCccdQr(text: string): CccdQrData | null {
  if (typeof text !== 'string') return null;
  const fields = text
    .normalize('NFC')
    .replace(/[\r\n]+/gu, ' ')
    .trim()
    .split('|')
    .map((field) => field.trim());
  if (fields.length < 6) return null;
  const [nationalId = '', oldId = '', name, birth = '', genderText, address = '', issued = ''] = fields;
  if (!/^\d{12}$/u.test(nationalId)) return null;
  if (oldId !== '' && !/^(\d{9}|\d{12})$/u.test(oldId)) return null;
  const fullName = parseFullName(name);
  const dateOfBirth = compactDate(birth);
  const gender = parseGender(genderText);
  const issuedOn = issued === '' ? null : compactDate(issued);
  if (!fullName || !dateOfBirth || !gender || (issued !== '' && !issuedOn)) return null;
  return {
    nationalId,
    oldNationalId: oldId === '' ? null : oldId,
    fullName,
    dateOfBirth,
    gender,
    address: address.replace(/\s+/gu, ' '),
    issuedOn,
  };
}
