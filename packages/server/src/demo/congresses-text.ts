// The words of the demo congresses: the plans' titles and notes (seed article 001), where a congress meets,
// who is invited, the subcommittees of a large congress, the notes of a congress and the superior's decisions.
import type { CongressLevel, UnitTypeCode } from '@congdoan/domain';
import type { UnitVersion } from './congresses-world.ts';
import type { Random } from './random.ts';

export const CYCLE_2023 = '2023-2028';
export const CYCLE_2025 = '2025-2030';

/** The motto of the 2023–2028 congresses (seed articles 001 and 003). */
export const MOTTO = 'Đổi mới - Dân chủ - Đoàn kết - Phát triển';

export const HANOI_PLAN_2023 = {
  title:
    'Kế hoạch tổ chức Đại hội Công đoàn các cấp tiến tới Đại hội Công đoàn Thành phố lần thứ XVII, nhiệm kỳ 2023 - 2028',
  documentNumber: 'Số 27/KH-LĐLĐ',
  issuedOn: '2022-03-18',
  deadlines: { grassroots: '2023-05-31', superior: '2023-07-31', provincial: '2023-10-31' },
  notes:
    `Phương châm "${MOTTO}". Công đoàn cơ sở hoàn thành Đại hội, Hội nghị trước 31/5/2023; công đoàn cấp ` +
    'trên trực tiếp cơ sở trước 31/7/2023; Đại hội Công đoàn Thành phố lần thứ XVII dự kiến tháng 10/2023. ' +
    'Đại hội điểm cấp trên cơ sở: Công đoàn ngành Giao thông Vận tải Hà Nội và LĐLĐ quận Hoàng Mai. ' +
    'Thành lập 5 Tổ công tác chỉ đạo Đại hội.',
};

export const HANOI_PLAN_2025 = {
  title:
    'Kế hoạch tổ chức Đại hội Công đoàn cơ sở, Công đoàn xã, phường và Đại hội Công đoàn Thành phố Hà Nội, nhiệm kỳ 2025 - 2030',
  documentNumber: 'Số 112/KH-LĐLĐ',
  issuedOn: '2025-08-15',
  deadlines: { grassroots: '2026-12-31', superior: '2027-03-31', provincial: '2027-06-30' },
  notes:
    'Theo mô hình tổ chức công đoàn sau sắp xếp từ 01/7/2025: công đoàn cơ sở trực thuộc công đoàn xã, ' +
    'phường, công đoàn ngành và Công đoàn các Khu công nghiệp - Khu chế xuất. Công đoàn cơ sở hoàn thành ' +
    'Đại hội trước 31/12/2026; công đoàn xã, phường và công đoàn cấp trên trực tiếp cơ sở trước 31/3/2027.',
};

/** A commune union that sets its grassroots unions an earlier deadline than the city's. */
export function communePlan(name: string, number: number) {
  return {
    title: `Kế hoạch tổ chức Đại hội Công đoàn cơ sở trực thuộc ${name}, nhiệm kỳ 2025 - 2030`,
    documentNumber: `Số ${number}/KH-CĐ`,
    issuedOn: '2025-09-10',
    deadlines: { grassroots: '2026-09-30', superior: '2026-12-31' },
    notes: `${name} đề nghị các công đoàn cơ sở hoàn thành Đại hội trước 30/9/2026.`,
  };
}

/** The workplace a grassroots union is named after ("Công đoàn cơ sở Trường THCS Láng" → "Trường THCS Láng"). */
export function workplaceOf(name: string): string {
  return name.replace(/^Công đoàn cơ sở\s+/u, '').replace(/^Công đoàn\s+/u, '');
}

/** Where a unit's congress meets. */
export function placeOf(unit: UnitVersion, level: CongressLevel): string {
  if (level === 'provincial') return 'Cung Văn hóa Lao động Hữu nghị Việt Xô, 91 Trần Hưng Đạo, Hà Nội';
  if (unit.type === 'district') {
    return `Hội trường Trung tâm Chính trị ${unit.name.replace(/^Liên đoàn Lao động\s+/u, '')}`;
  }
  if (unit.type === 'commune') return `Hội trường Ủy ban nhân dân ${workplaceOf(unit.name)}`;
  if (level === 'superior') return `Hội trường ${unit.name}`;
  return `Hội trường ${workplaceOf(unit.name)}`;
}

export function guestsOf(level: CongressLevel, unit: UnitVersion, parentName: string | null): string[] {
  if (level === 'provincial') {
    return [
      'Lãnh đạo Tổng Liên đoàn Lao động Việt Nam',
      'Lãnh đạo Thành ủy, Hội đồng nhân dân, Ủy ban nhân dân thành phố Hà Nội',
      'Ủy ban Mặt trận Tổ quốc Việt Nam thành phố Hà Nội',
    ];
  }
  const superior = parentName ? [`Đại diện ${parentName}`] : [];
  if (level === 'superior') {
    const area = unit.name.replace(/^(Liên đoàn Lao động|Công đoàn)\s+/u, '');
    return [...superior, `Lãnh đạo Đảng ủy, Ủy ban nhân dân ${area}`];
  }
  return [...superior, `Lãnh đạo Đảng ủy, chuyên môn ${workplaceOf(unit.name)}`];
}

/** Subcommittee names as the page shows them after "Tiểu ban". */
const SUBCOMMITTEES = ['Văn kiện', 'Nhân sự', 'Tuyên truyền - Khánh tiết', 'Hậu cần'];

/** Subcommittees prepare a delegate congress: documents and personnel, and for the larger ones more. */
export function subcommitteeNames(level: CongressLevel): string[] {
  return level === 'grassroots' ? SUBCOMMITTEES.slice(0, 2) : SUBCOMMITTEES;
}

export function congressNotes(options: {
  cycle: string;
  conference: boolean;
  foundedOn: string;
  pilot: boolean;
  elected: number | null;
}): string {
  if (options.conference) {
    return (
      `Hội nghị công đoàn cơ sở (công đoàn thành lập ngày ${dayMonthYear(options.foundedOn)}): chưa có đoàn viên ` +
      'đủ thời gian tham gia công đoàn để ứng cử theo Điều lệ; Ban Chấp hành lâm thời do công đoàn cấp trên chỉ ' +
      'định điều hành đến Đại hội tiếp theo.'
    );
  }
  const parts = [
    options.cycle === CYCLE_2023
      ? `Phương châm "${MOTTO}".`
      : 'Đại hội theo mô hình tổ chức công đoàn sau sắp xếp.',
  ];
  if (options.pilot) parts.push('Đại hội điểm để rút kinh nghiệm chỉ đạo đại hội các đơn vị.');
  if (options.elected !== null && options.elected > 1) {
    parts.push(`Ban Chấp hành khóa mới gồm ${options.elected} đồng chí, ra mắt tại Đại hội.`);
  }
  return parts.join(' ');
}

export function dayMonthYear(date: string): string {
  return `${date.slice(8, 10)}/${date.slice(5, 7)}/${date.slice(0, 4)}`;
}

/** "ngày 31 tháng 3 năm 2023", as a dated administrative document reads. */
export function dateInWords(date: string): string {
  return `ngày ${Number(date.slice(8, 10))} tháng ${Number(date.slice(5, 7))} năm ${date.slice(0, 4)}`;
}

const ISSUER_MARK: Partial<Record<UnitTypeCode, string>> = {
  national: 'TLĐ',
  provincial: 'LĐLĐ',
  district: 'LĐLĐ',
  local_sector: 'CĐN',
  civil_servants: 'CĐVC',
  industrial_zone: 'CĐKCN',
  commune: 'CĐ',
};

/** Decision numbers of the superiors that recognise congresses, counted per issuer and year. */
export class RecognitionNumbers {
  private readonly issued = new Map<string, number>();

  constructor(private readonly random: Random) {}

  next(issuer: UnitVersion, date: string): string {
    const key = `${issuer.unitId}|${date.slice(0, 4)}`;
    const number = (this.issued.get(key) ?? this.random.int(40, 160)) + this.random.int(1, 4);
    this.issued.set(key, number);
    return `Quyết định số ${number}/QĐ-${ISSUER_MARK[issuer.type] ?? 'CĐ'}`;
  }
}

/** Ballot lists are in the order of given names, then the whole name (as Vietnamese lists are read). */
export function byGivenName(a: string, b: string): number {
  const given = (name: string) => name.split(' ').pop() ?? name;
  return given(a).localeCompare(given(b), 'vi') || a.localeCompare(b, 'vi');
}
