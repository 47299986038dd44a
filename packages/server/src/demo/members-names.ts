// Vietnamese personal names for demo members: family names at their real frequencies (Hoàng/Vũ in the
// north, Huỳnh/Võ in the south), middle names that depend on generation (fewer Văn and Thị among the young),
// ethnic minorities' family names, and the few foreign workers' names.
import type { Gender } from '@congdoan/domain';
import type { Random } from './random.ts';

export type Weighted<T> = readonly (readonly [T, number])[];

/** A picker over weighted entries, with the cumulative weights computed once. */
export function weightedPicker<T>(entries: Weighted<T>): (random: Random) => T {
  const cumulative: number[] = [];
  let total = 0;
  for (const [, weight] of entries) {
    total += weight;
    cumulative.push(total);
  }
  return (random) => {
    const target = random.next() * total;
    let low = 0;
    let high = cumulative.length - 1;
    while (low < high) {
      const middle = (low + high) >> 1;
      if (cumulative[middle]! > target) high = middle;
      else low = middle + 1;
    }
    return entries[low]![0];
  };
}

export type Region = 'north' | 'south';

const words = (text: string): readonly string[] => text.split(' ');

/** Shares in per cent (Nguyễn ≈ 38 %); the regional pairs Hoàng/Huỳnh and Vũ/Võ are set per region. */
const COMMON_FAMILY: Weighted<string> = [
  ['Nguyễn', 38],
  ['Trần', 11],
  ['Lê', 9.5],
  ['Phạm', 7.1],
  ['Phan', 4.5],
  ['Đặng', 2.1],
  ['Bùi', 2],
  ['Đỗ', 1.4],
  ['Hồ', 1.3],
  ['Ngô', 1.3],
  ['Dương', 1],
  ['Lý', 0.5],
  ['Đinh', 0.7],
  ['Trịnh', 0.6],
  ['Đoàn', 0.6],
  ['Trương', 0.6],
  ['Hà', 0.5],
  ['Lâm', 0.4],
  ['Mai', 0.4],
  ['Lương', 0.4],
  ['Cao', 0.3],
  ['Tạ', 0.2],
  ['Chu', 0.2],
  ['Tô', 0.2],
  ['Lưu', 0.2],
  ['Kiều', 0.1],
  ['Quách', 0.1],
  ['Triệu', 0.1],
  ['Vương', 0.1],
  ['Thái', 0.1],
];

const familyByRegion: Record<Region, (random: Random) => string> = {
  north: weightedPicker([...COMMON_FAMILY, ['Hoàng', 4.5], ['Huỳnh', 0.3], ['Vũ', 3.8], ['Võ', 0.8]]),
  south: weightedPicker([...COMMON_FAMILY, ['Hoàng', 1], ['Huỳnh', 4], ['Vũ', 0.8], ['Võ', 4.5]]),
};

/** Family names common among the ethnic groups the demo gives members of. */
const ETHNIC_FAMILY: Record<string, readonly string[]> = {
  Tày: ['Hoàng', 'Nông', 'Lương', 'Ma', 'Hà', 'Bế'],
  Nùng: ['Hoàng', 'Nông', 'Lý', 'Vi', 'Lục'],
  Thái: ['Lò', 'Lường', 'Cầm', 'Quàng', 'Vi', 'Hà'],
  Mường: ['Bùi', 'Đinh', 'Quách', 'Hà', 'Xa'],
  Hoa: ['Lâm', 'Lý', 'Trương', 'Mã', 'Quách', 'Tăng', 'Hứa'],
  Khmer: ['Thạch', 'Sơn', 'Danh', 'Kim', 'Lâm', 'Châu'],
};

const MALE_MIDDLE = words(
  'Đức Minh Hữu Quang Công Thanh Ngọc Xuân Trọng Mạnh Đình Quốc Hoàng Gia Duy Anh Thế Bá Tiến ' +
    'Huy Trung Tuấn Việt Hải',
);

const FEMALE_MIDDLE = words(
  'Thu Ngọc Thanh Minh Hồng Thúy Phương Mai Kim Bích Khánh Hải Diệu Quỳnh Bảo Hoài Thùy Lan ' +
    'Hương Tuyết Vân Thảo Mỹ',
);

const MALE_GIVEN = words(
  'An Anh Bảo Bình Chiến Công Cường Dũng Duy Dương Đạt Định Đông Đức Giang Hải Hào Hậu Hiếu ' +
    'Hiệp Hòa Hoàng Hùng Hưng Huy Khải Khánh Khoa Kiên Lâm Lộc Long Lợi Mạnh Minh Nam Nghĩa Nhân ' +
    'Phong Phúc Quân Quang Quyết Sơn Tài Tâm Thắng Thành Thịnh Tiến Toàn Trí Trung Trường Tú Tuấn ' +
    'Tùng Việt Vinh Khôi',
);

const FEMALE_GIVEN = words(
  'An Anh Ánh Bích Chi Dung Duyên Giang Hà Hạnh Hằng Hiền Hoa Hồng Huệ Hương Huyền Lan Liên ' +
    'Linh Loan Ly Mai My Nga Ngân Nhung Oanh Phương Quyên Quỳnh Tâm Thảo Thoa Thu Thủy Thư Trang ' +
    'Trinh Tuyết Uyên Vân Vy Xuân Yến Hảo Nhàn Lệ Nhi Châu',
);

/** Văn and Thị were given to most of those born before 1980 and to far fewer since. */
function traditionalShare(birthYear: number): number {
  if (birthYear < 1980) return 0.55;
  if (birthYear < 1990) return 0.4;
  return 0.2;
}

export function vietnameseName(
  random: Random,
  gender: Gender,
  birthYear: number,
  region: Region,
  ethnicity: string,
): string {
  const ethnicFamilies = ETHNIC_FAMILY[ethnicity];
  const family = ethnicFamilies ? random.pick(ethnicFamilies) : familyByRegion[region](random);
  const traditional = random.next() < traditionalShare(birthYear);
  const middles: string[] = [];
  if (gender === 'male') middles.push(traditional ? 'Văn' : random.pick(MALE_MIDDLE));
  else {
    middles.push(traditional ? 'Thị' : random.pick(FEMALE_MIDDLE));
    // "Nguyễn Thị Thu Hà": a second middle name after Thị is common
    if (traditional && random.next() < 0.2) middles.push(random.pick(FEMALE_MIDDLE));
  }
  const pool = gender === 'male' ? MALE_GIVEN : FEMALE_GIVEN;
  let given: string = random.pick(pool);
  while (middles.includes(given)) given = random.pick(pool);
  return [family, ...middles, given].join(' ');
}

interface ForeignNames {
  family: readonly string[];
  male: readonly string[];
  female: readonly string[];
}

/** Written family name first, as union lists copy them from work permits. */
const FOREIGN_NAMES: Record<string, ForeignNames> = {
  KR: {
    family: ['Kim', 'Lee', 'Park', 'Choi', 'Jung', 'Kang', 'Cho', 'Yoon'],
    male: ['Min Jun', 'Ji Hoon', 'Sung Min', 'Dong Hyun', 'Jae Won', 'Hyun Woo'],
    female: ['Seo Yeon', 'Ji Young', 'Min Ji', 'Soo Jin', 'Eun Ji'],
  },
  CN: {
    family: ['Wang', 'Li', 'Zhang', 'Liu', 'Chen', 'Yang', 'Zhao', 'Huang'],
    male: ['Wei', 'Jun', 'Lei', 'Qiang', 'Hao', 'Ming'],
    female: ['Na', 'Fang', 'Jing', 'Mei', 'Xiu Ying'],
  },
  JP: {
    family: ['Sato', 'Suzuki', 'Takahashi', 'Tanaka', 'Watanabe', 'Ito', 'Yamamoto', 'Nakamura'],
    male: ['Hiroshi', 'Takeshi', 'Kenji', 'Daisuke', 'Yuta', 'Shota'],
    female: ['Yuki', 'Akiko', 'Haruka', 'Yumi', 'Naoko'],
  },
};

export const FOREIGN_NATIONALITIES: Weighted<string> = [
  ['KR', 45],
  ['CN', 35],
  ['JP', 20],
];

export function foreignName(random: Random, gender: Gender, nationality: string): string {
  const names = FOREIGN_NAMES[nationality] ?? FOREIGN_NAMES.KR!;
  return `${random.pick(names.family)} ${random.pick(gender === 'male' ? names.male : names.female)}`;
}
