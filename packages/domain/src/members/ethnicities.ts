// The 54 ethnic groups recognised in Vietnam, and the spellings people write them in.
import { normalizeForSearch } from '../text/normalize.ts';

/** Canonical names, in the order of the national list (largest groups first). */
export const ETHNICITIES = [
  'Kinh',
  'Tày',
  'Thái',
  'Mường',
  'Khmer',
  'Hoa',
  'Nùng',
  'Mông',
  'Dao',
  'Gia Rai',
  'Ê Đê',
  'Ba Na',
  'Sán Chay',
  'Chăm',
  'Cơ Ho',
  'Xơ Đăng',
  'Sán Dìu',
  'Hrê',
  'Ra Glai',
  'Mnông',
  'Thổ',
  'Stiêng',
  'Khơ Mú',
  'Bru-Vân Kiều',
  'Cơ Tu',
  'Giáy',
  'Tà Ôi',
  'Mạ',
  'Giẻ-Triêng',
  'Co',
  'Chơ Ro',
  'Xinh Mun',
  'Hà Nhì',
  'Chu Ru',
  'Lào',
  'Kháng',
  'La Chí',
  'Phù Lá',
  'La Hủ',
  'La Ha',
  'Pà Thẻn',
  'Chứt',
  'Lự',
  'Lô Lô',
  'Mảng',
  'Cờ Lao',
  'Bố Y',
  'Cống',
  'Ngái',
  'Si La',
  'Pu Péo',
  'Rơ Măm',
  'Brâu',
  'Ơ Đu',
] as const;
export type Ethnicity = (typeof ETHNICITIES)[number];

/** Other names in use (older official names, census spellings, names in the group's own language). */
const VARIANTS: Record<string, Ethnicity> = {
  viet: 'Kinh',
  'kinh viet': 'Kinh',
  'viet kinh': 'Kinh',
  khome: 'Khmer',
  'kho me': 'Khmer',
  'khmer krom': 'Khmer',
  han: 'Hoa',
  'hoa han': 'Hoa',
  'h mong': 'Mông',
  hmong: 'Mông',
  jrai: 'Gia Rai',
  jarai: 'Gia Rai',
  rhade: 'Ê Đê',
  bahnar: 'Ba Na',
  sedang: 'Xơ Đăng',
  'k ho': 'Cơ Ho',
  koho: 'Cơ Ho',
  'h re': 'Hrê',
  raglai: 'Ra Glai',
  'm nong': 'Mnông',
  xtieng: 'Stiêng',
  khmu: 'Khơ Mú',
  'van kieu': 'Bru-Vân Kiều',
  bru: 'Bru-Vân Kiều',
  katu: 'Cơ Tu',
  'ka tu': 'Cơ Tu',
  'pa co': 'Tà Ôi',
  'chau ro': 'Chơ Ro',
};

/** Accent-, case-, space-, hyphen- and apostrophe-free: "Ê-đê", "Ê Đê" and "ede" meet. */
function keyOf(text: string): string {
  return normalizeForSearch(text).replace(/[^a-z0-9]+/gu, '');
}

const BY_KEY = new Map<string, Ethnicity>();
for (const name of ETHNICITIES) BY_KEY.set(keyOf(name), name);
for (const [variant, name] of Object.entries(VARIANTS)) BY_KEY.set(keyOf(variant), name);

/** Forms write "Dân tộc Kinh", "người Mông" or "Kinh (Việt)"; the group name is what matters. */
const PREFIX = /^(?:dan toc|nguoi|dt)\s+/u;

/**
 * The canonical name of an ethnic group written in any usual way ('kinh', 'Ê-đê', 'H Mông', 'Hmong',
 * 'Bru Vân Kiều', 'Dân tộc Tày'); null when it is not one of the 54.
 */
export function parseEthnicity(raw: unknown): Ethnicity | null {
  if (typeof raw !== 'string') return null;
  const text = normalizeForSearch(raw).replace(PREFIX, '');
  if (text === '') return null;
  const whole = BY_KEY.get(keyOf(text));
  if (whole) return whole;
  const beforeParenthesis = text.split('(')[0] ?? '';
  return BY_KEY.get(keyOf(beforeParenthesis)) ?? null;
}
