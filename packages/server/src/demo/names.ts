// Realistic Vietnamese names for generated units: grassroots unions of schools, clinics, firms and agencies,
// and the commune/ward unions that took over in 2025. Drawn from a seeded generator, so runs repeat.
import { normalizeForSearch } from '@congdoan/domain';
import type { Random } from './random.ts';

export const GRASSROOTS_PREFIX = 'Công đoàn cơ sở';

const BRAND_SYLLABLES = [
  'Minh',
  'Phát',
  'Thành',
  'Hưng',
  'Thịnh',
  'An',
  'Phú',
  'Việt',
  'Tiến',
  'Hoàng',
  'Long',
  'Đại',
  'Nam',
  'Tân',
  'Quang',
  'Bảo',
  'Kim',
  'Thái',
  'Hòa',
  'Đức',
  'Trường',
  'Sơn',
  'Vinh',
  'Lộc',
] as const;

const BUSINESSES = [
  'Thương mại và Dịch vụ',
  'May mặc',
  'Xây dựng',
  'Cơ khí',
  'Thực phẩm',
  'Vận tải',
  'Điện tử',
  'Dược phẩm',
  'Bao bì',
  'Chế biến Gỗ',
  'Thủy sản',
  'Chế biến Nông sản',
  'Vật liệu Xây dựng',
  'Giày da',
  'Đầu tư và Phát triển',
  'Môi trường Đô thị',
] as const;

const COMPANY_FORMS = ['Công ty TNHH', 'Công ty Cổ phần', 'Công ty TNHH MTV'] as const;

/** People upper-secondary schools are commonly named after. */
const SCHOOL_PATRONS = [
  'Trần Phú',
  'Nguyễn Trãi',
  'Lê Quý Đôn',
  'Chu Văn An',
  'Nguyễn Du',
  'Lê Lợi',
  'Quang Trung',
  'Phan Bội Châu',
  'Nguyễn Huệ',
  'Trần Hưng Đạo',
  'Lý Thường Kiệt',
  'Hùng Vương',
  'Nguyễn Bỉnh Khiêm',
  'Võ Thị Sáu',
  'Lương Thế Vinh',
] as const;

const AGENCIES = [
  'Phòng Giáo dục và Đào tạo',
  'Chi cục Thuế',
  'Kho bạc Nhà nước',
  'Bảo hiểm xã hội',
  'Trung tâm Văn hóa - Thể thao',
] as const;

/** Ward and commune names that recur across the country; used for generated commune unions and schools. */
export const COMMON_PLACE_NAMES = [
  'Tân Hòa',
  'An Phú',
  'Hòa Bình',
  'Phú Lợi',
  'Thạnh Mỹ',
  'Đông Hòa',
  'Tân Thành',
  'Quang Trung',
  'Bình Minh',
  'Hưng Đạo',
  'Long Phước',
  'Vĩnh Phúc',
  'Phú Mỹ',
  'An Bình',
  'Tân Lập',
  'Hòa Khánh',
  'Thống Nhất',
  'Tân An',
  'Phước Hòa',
  'Minh Khai',
  'Hợp Thành',
  'Đồng Tâm',
  'Nghĩa Trung',
  'Tân Phong',
] as const;

/** Where a generated grassroots union is: the district (e.g. "huyện Đức Trọng") and places within it. */
export interface Locality {
  district: string;
  places: readonly string[];
}

/** Names already given, so that no two units in the demo share one. */
export class NameBook {
  private readonly taken = new Set<string>();

  claim(name: string): boolean {
    const key = normalizeForSearch(name);
    if (this.taken.has(key)) return false;
    this.taken.add(key);
    return true;
  }

  /** Draws from `make` until a free name comes up; numbers the last draw if the pool runs dry. */
  unique(make: () => string): string {
    for (let attempt = 0; attempt < 30; attempt++) {
      const name = make();
      if (this.claim(name)) return name;
    }
    const base = make();
    for (let n = 2; ; n++) {
      const name = `${base} số ${n}`;
      if (this.claim(name)) return name;
    }
  }
}

export function companyName(random: Random): string {
  const brand = `${random.pick(BRAND_SYLLABLES)} ${random.pick(BRAND_SYLLABLES)}`;
  return `${random.pick(COMPANY_FORMS)} ${random.pick(BUSINESSES)} ${brand}`;
}

/** The name of a grassroots union at a locality: a school, a clinic, a firm or a public agency. */
export function grassrootsName(random: Random, where: Locality): string {
  const roll = random.next();
  const place = random.pick(where.places.length > 0 ? where.places : COMMON_PLACE_NAMES);
  let body: string;
  if (roll < 0.3) body = `Trường ${random.pick(['Mầm non', 'Tiểu học', 'THCS'])} ${place}`;
  else if (roll < 0.38) body = `Trường THPT ${random.pick(SCHOOL_PATRONS)}`;
  else if (roll < 0.46) body = `${random.pick(['Trung tâm Y tế', 'Bệnh viện Đa khoa'])} ${where.district}`;
  else if (roll < 0.55) body = `${random.pick(AGENCIES)} ${where.district}`;
  else body = companyName(random);
  return `${GRASSROOTS_PREFIX} ${body}`;
}

/** Upper-case ASCII letters and digits of a Vietnamese name, for unit codes ("Long Biên" → "LONGBIEN"). */
export function codeSlug(name: string, max = 20): string {
  return normalizeForSearch(name)
    .replace(/[^a-z0-9]/gu, '')
    .toUpperCase()
    .slice(0, max);
}
