// Full names as they arrive from forms, Excel sheets and CCCD cards, put into the one stored form.

/** Zero-width characters that Word and web pages leave inside names; invisible, but they break matching. */
const INVISIBLE = /[\u200B-\u200D\u2060\uFEFF\u00AD]/gu;

/**
 * The stored form of a person's full name: Unicode NFC (decomposed input from some Excel exports composes),
 * trimmed, inner white space (including non-breaking spaces) folded to one space, each word title-cased
 * ("NGUYỄN văn AN" → "Nguyễn Văn An"). Letters after an apostrophe or hyphen start a word too, as in the
 * Ê Đê name "H'Hen". Returns null when there is no name: empty, not text, no letter, or any digit
 * (a digit means the cell holds something else, such as a row number or an ID).
 */
export function parseFullName(raw: unknown): string | null {
  if (typeof raw !== 'string') return null;
  const text = raw.normalize('NFC').replace(INVISIBLE, '').replace(/\s+/gu, ' ').trim();
  if (text === '' || /\d/u.test(text) || !/\p{L}/u.test(text)) return null;
  return text
    .toLocaleLowerCase('vi')
    .replace(
      /(^|[\s'’-])(\p{L})/gu,
      (_, before: string, letter: string) => before + letter.toLocaleUpperCase('vi'),
    );
}
