// What demo members do: the kind of workplace behind a grassroots union (read from its name), and for each
// kind the occupations, positions, education, dues group and salary basis a union sheet would show.
import type { DUES_GROUPS } from '@congdoan/domain';
import { weightedPicker } from './members-names.ts';
import type { Random } from './random.ts';

export type WorkplaceKind = 'school' | 'health' | 'company' | 'agency';

export function workplaceKind(unitName: string): WorkplaceKind {
  // by the first words only: "Công ty … Trường Phát" is a firm, not a school
  const employer = employerOf(unitName);
  if (employer.startsWith('Trường ')) return 'school';
  if (/^(Bệnh viện|Trung tâm Y tế)/u.test(employer)) return 'health';
  if (/^(Tổng )?Công ty/u.test(employer)) return 'company';
  return 'agency';
}

/** The employer as written on a member's row: the union's name without "Công đoàn (cơ sở)". */
export function employerOf(unitName: string): string {
  return unitName.replace(/^Công đoàn (cơ sở )?/u, '');
}

/** How many people a workplace of this name employs, roughly: the weight its members are drawn by. */
export function workforceWeight(random: Random, unitName: string): number {
  const name = employerOf(unitName);
  if (name.startsWith('Tổng Công ty')) return random.int(700, 1_200);
  if (name.startsWith('Bệnh viện')) return random.int(250, 600);
  if (name.startsWith('Trung tâm Y tế')) return random.int(80, 200);
  if (/Mầm non/u.test(name)) return random.int(25, 50);
  if (/Tiểu học|THCS/u.test(name)) return random.int(35, 80);
  if (/THPT/u.test(name)) return random.int(60, 120);
  if (name.startsWith('Công ty')) {
    // a few large factories, many small firms
    const roll = random.next();
    return roll < 0.15 ? random.int(300, 900) : roll < 0.5 ? random.int(60, 300) : random.int(15, 60);
  }
  return random.int(15, 80);
}

/** Leaders first: the unit's first admitted members hold these positions. */
function leaderTitles(kind: WorkplaceKind, employer: string): [string, string] {
  if (kind === 'school') return ['Hiệu trưởng', 'Phó Hiệu trưởng'];
  if (kind === 'company') return ['Giám đốc', 'Phó Giám đốc'];
  if (employer.startsWith('Chi cục')) return ['Chi cục trưởng', 'Phó Chi cục trưởng'];
  if (employer.startsWith('Phòng')) return ['Trưởng phòng', 'Phó Trưởng phòng'];
  if (employer.startsWith('Văn phòng')) return ['Chánh Văn phòng', 'Phó Chánh Văn phòng'];
  if (employer.startsWith('Thanh tra')) return ['Chánh Thanh tra', 'Phó Chánh Thanh tra'];
  return ['Giám đốc', 'Phó Giám đốc'];
}

const schoolJobs = weightedPicker<[string, string]>([
  [['Giáo viên', 'Giáo viên'], 70],
  [['Giáo viên', 'Tổ trưởng chuyên môn'], 8],
  [['Giáo viên', 'Tổ phó chuyên môn'], 5],
  [['Kế toán', 'Nhân viên'], 3],
  [['Văn thư', 'Nhân viên'], 3],
  [['Nhân viên thư viện', 'Nhân viên'], 3],
  [['Nhân viên y tế trường học', 'Nhân viên'], 3],
  [['Bảo vệ', 'Nhân viên'], 2],
  [['Nhân viên phục vụ', 'Nhân viên'], 3],
]);

const healthJobs = weightedPicker<[string, string]>([
  [['Bác sĩ', 'Bác sĩ điều trị'], 20],
  [['Bác sĩ', 'Trưởng khoa'], 3],
  [['Bác sĩ', 'Phó Trưởng khoa'], 3],
  [['Điều dưỡng', 'Điều dưỡng viên'], 33],
  [['Điều dưỡng', 'Điều dưỡng trưởng khoa'], 3],
  [['Kỹ thuật viên xét nghiệm', 'Kỹ thuật viên'], 7],
  [['Dược sĩ', 'Nhân viên'], 6],
  [['Hộ lý', 'Nhân viên'], 8],
  [['Nhân viên hành chính', 'Nhân viên'], 8],
  [['Kế toán', 'Nhân viên'], 4],
  [['Lái xe', 'Nhân viên'], 2],
]);

const agencyJobs = weightedPicker<[string, string]>([
  [['Chuyên viên', 'Chuyên viên'], 55],
  [['Chuyên viên', 'Trưởng phòng'], 6],
  [['Chuyên viên', 'Phó Trưởng phòng'], 7],
  [['Chuyên viên chính', 'Chuyên viên chính'], 12],
  [['Cán sự', 'Nhân viên'], 8],
  [['Kế toán', 'Nhân viên'], 5],
  [['Văn thư', 'Nhân viên'], 4],
  [['Lái xe', 'Nhân viên'], 3],
]);

/** The shop-floor trade of a firm, from the business in its name. */
function tradeOf(employer: string): string {
  if (/May/u.test(employer)) return 'Công nhân may';
  if (/Giày/u.test(employer)) return 'Công nhân giày da';
  if (/Điện tử|Linh kiện/u.test(employer)) return 'Công nhân lắp ráp điện tử';
  if (/Xây dựng|Vật liệu/u.test(employer)) return 'Công nhân xây dựng';
  if (/Vận tải|Xe khách|Đường sắt/u.test(employer)) return 'Lái xe';
  if (/Thương mại|Dịch vụ|Bách hóa|Sách/u.test(employer)) return 'Nhân viên bán hàng';
  if (/Công nghệ/u.test(employer)) return 'Lập trình viên';
  if (/Thực phẩm|Thủy sản|Nông sản/u.test(employer)) return 'Công nhân chế biến';
  return 'Công nhân';
}

const companyJobs = weightedPicker<[string | null, string]>([
  // null: the firm's own trade
  [[null, 'Công nhân'], 52],
  [[null, 'Tổ trưởng sản xuất'], 6],
  [['Kỹ thuật viên', 'Nhân viên'], 9],
  [['Kỹ sư', 'Nhân viên'], 6],
  [['Kỹ sư', 'Quản đốc'], 2],
  [['Nhân viên kho', 'Nhân viên'], 5],
  [['Kế toán', 'Nhân viên'], 4],
  [['Kế toán', 'Kế toán trưởng'], 1],
  [['Nhân viên hành chính - nhân sự', 'Nhân viên'], 5],
  [['Nhân viên kinh doanh', 'Nhân viên'], 6],
  [['Nhân viên kinh doanh', 'Trưởng phòng'], 2],
  [['Bảo vệ', 'Nhân viên'], 2],
]);

export interface Job {
  occupation: string;
  position: string;
  education: string;
  duesGroup: (typeof DUES_GROUPS)[number];
  salaryBasis: number;
}

/** Base salary of the public sector from 1/7/2024, đồng; public pay is a coefficient times it. */
const BASE_SALARY = 2_340_000;

const educationBy: Record<WorkplaceKind, (random: Random) => string> = {
  school: weightedPicker([
    ['Đại học', 70],
    ['Thạc sĩ', 10],
    ['Cao đẳng', 14],
    ['Trung cấp', 6],
  ]),
  health: weightedPicker([
    ['Đại học', 40],
    ['Thạc sĩ', 8],
    ['Tiến sĩ', 2],
    ['Cao đẳng', 25],
    ['Trung cấp', 25],
  ]),
  agency: weightedPicker([
    ['Đại học', 62],
    ['Thạc sĩ', 25],
    ['Cao đẳng', 8],
    ['Trung cấp', 5],
  ]),
  company: weightedPicker([
    ['12/12', 50],
    ['9/12', 4],
    ['Trung cấp', 14],
    ['Cao đẳng', 12],
    ['Đại học', 19],
    ['Thạc sĩ', 1],
  ]),
};

/**
 * A member's job at the workplace. `rank` 0 is the head of the workplace and 1 a deputy, so each unit has
 * one director or head teacher; everyone else draws from the kind's mix.
 */
export function jobAt(random: Random, kind: WorkplaceKind, employer: string, rank: number): Job {
  const [head, deputy] = leaderTitles(kind, employer);
  let occupation: string;
  let position: string;
  if (kind === 'school') [occupation, position] = schoolJobs(random);
  else if (kind === 'health') [occupation, position] = healthJobs(random);
  else if (kind === 'agency') [occupation, position] = agencyJobs(random);
  else {
    const [picked, title] = companyJobs(random);
    occupation = picked ?? tradeOf(employer);
    position = title;
  }
  if (rank === 0 || rank === 1) {
    position = rank === 0 ? head : deputy;
    occupation = kind === 'school' ? 'Giáo viên' : kind === 'health' ? 'Bác sĩ' : 'Quản lý';
  }
  const leader = rank < 2 || /trưởng|Quản đốc/iu.test(position);
  let salaryBasis: number;
  if (kind === 'company') {
    const base = leader ? random.int(15_000, 25_000) : random.int(5_000, 14_000);
    salaryBasis = base * 1_000;
  } else {
    // coefficients 2.34–4.98 for staff, up to 6.56 for heads, in steps of 0.01
    const coefficient = leader ? random.int(440, 656) : random.int(234, 498);
    salaryBasis = Math.round((coefficient * BASE_SALARY) / 100);
  }
  const stateFirm = /TNHH MTV|Tổng Công ty/u.test(employer);
  return {
    occupation,
    position,
    education: leader && kind !== 'company' ? 'Thạc sĩ' : educationBy[kind](random),
    duesGroup: kind === 'company' ? (stateFirm ? 'stateEnterprise' : 'otherEnterprise') : 'publicUnit',
    salaryBasis,
  };
}
