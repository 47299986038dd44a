// Vietnamese text helpers: NFC storage form and the accent-free form used for search.

/** The canonical stored form: Unicode NFC, trimmed, inner runs of white space folded to one space. */
export function toNfc(text: string): string {
  return text.normalize('NFC').replace(/\s+/gu, ' ').trim();
}

/**
 * The accent- and case-free form kept in `*_normalized` columns and used for queries, so that
 * "nguyen van an" finds "Nguyễn Văn An". đ/Đ have no decomposition in Unicode and are mapped by hand.
 */
export function normalizeForSearch(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .replace(/[đĐ]/gu, 'd')
    .toLowerCase()
    .replace(/\s+/gu, ' ')
    .trim();
}
