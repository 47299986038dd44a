// Hà Nội in detail: the city federation's districts, sector and civil servants' unions and industrial-zone
// union with named grassroots unions founded 2005–2024, then the restructuring of 1/7/2025.

import { addDays } from '@congdoan/domain';
import {
  HANOI,
  HANOI_DISTRICTS,
  HANOI_INDUSTRIAL_ZONES,
  HANOI_SECTOR_UNIONS,
  type HanoiDistrict,
  NATIONAL_ASSEMBLY_OFFICE,
} from './hanoi-data.ts';
import { codeSlug, GRASSROOTS_PREFIX, grassrootsName, type NameBook } from './names.ts';
import { type DecisionNumbers, type DemoPlan, RESTRUCTURING_DATE, RESTRUCTURING_REASON } from './plan.ts';
import { placeOf } from './provinces-data.ts';
import { laterDate, type Random, seededRandom } from './random.ts';

/** Grassroots unions of Hà Nội are founded between these days, and never sooner than a month after their parent. */
const GRASSROOTS_FROM = '2005-01-01';
const GRASSROOTS_TO = '2024-12-31';

function foundingDate(random: Random, parentFoundedOn: string): string {
  return random.date(laterDate(GRASSROOTS_FROM, addDays(parentFoundedOn, 30)), GRASSROOTS_TO);
}

export function districtCode(district: Pick<HanoiDistrict, 'slug'>): string {
  return `LDLD-HN-${district.slug}`;
}

export function communeCode(ward: string): string {
  return `CD-HN-${codeSlug(placeOf(ward))}`;
}

/** Founds Hà Nội's units and records their history; the city federation itself comes with the provinces. */
export function planHanoi(plan: DemoPlan, names: NameBook, decisions: DecisionNumbers): void {
  const random = seededRandom(2025_07_01);
  for (const sector of HANOI_SECTOR_UNIONS) {
    plan.found(
      {
        date: sector.foundedOn,
        reason: 'Thành lập công đoàn cấp trên trực tiếp cơ sở',
        documentNumber: decisions.decision(),
      },
      { code: sector.code, name: sector.name, type: sector.type, parent: HANOI.code },
    );
    const grassroots = sector.grassroots.map((body, index) =>
      plan.found(
        {
          date: foundingDate(random, sector.foundedOn),
          reason: 'Thành lập công đoàn cơ sở',
          documentNumber: decisions.decision(),
        },
        {
          code: `CDCS-HN-${sector.slug}-${String(index + 1).padStart(2, '0')}`,
          name: claim(names, `${GRASSROOTS_PREFIX} ${body}`),
          type: 'grassroots',
          parent: sector.code,
        },
      ),
    );
    if (sector.type === 'civil_servants')
      grassroots.push(...planNationalAssemblyOffice(plan, names, decisions));
    // wound up on 1/7/2025: the grassroots unions go straight to the city federation
    const documentNumber = decisions.decision();
    const event = { date: RESTRUCTURING_DATE, reason: RESTRUCTURING_REASON, documentNumber };
    for (const code of grassroots) plan.move(event, code, HANOI.code);
    plan.dissolve(event, sector.code);
  }
  planIndustrialZones(plan, random, names, decisions);
  // the names the seeds give are taken before any name is generated, so none is drawn twice
  for (const district of HANOI_DISTRICTS) {
    for (const body of district.grassroots) claim(names, `${GRASSROOTS_PREFIX} ${body}`);
  }
  for (const district of HANOI_DISTRICTS) planHanoiDistrict(plan, random, names, decisions, district);
}

function claim(names: NameBook, name: string): string {
  if (!names.claim(name)) throw new Error(`demo name used twice: ${name}`);
  return name;
}

/** A district federation, its grassroots unions, and on 1/7/2025 its wards' unions taking them over. */
function planHanoiDistrict(
  plan: DemoPlan,
  random: Random,
  names: NameBook,
  decisions: DecisionNumbers,
  district: HanoiDistrict,
): void {
  const code = districtCode(district);
  plan.found(
    {
      date: district.foundedOn,
      reason: 'Thành lập Liên đoàn Lao động cấp huyện',
      documentNumber: decisions.decision(),
    },
    { code, name: `Liên đoàn Lao động ${district.name}`, type: 'district', parent: HANOI.code },
  );
  const places = district.wards.map(placeOf);
  const bodies = [...district.grassroots];
  const grassroots: { code: string; name: string }[] = [];
  const total = Math.max(district.wards.length + 1, 4);
  for (let index = 0; index < total; index++) {
    const body = bodies[index];
    const name = body
      ? `${GRASSROOTS_PREFIX} ${body}`
      : names.unique(() => grassrootsName(random, { district: district.name, places }));
    const grassrootsCode = `CDCS-HN-${district.slug}-${String(index + 1).padStart(2, '0')}`;
    plan.found(
      {
        date: foundingDate(random, district.foundedOn),
        reason: 'Thành lập công đoàn cơ sở',
        documentNumber: decisions.decision(),
      },
      { code: grassrootsCode, name, type: 'grassroots', parent: code },
    );
    grassroots.push({ code: grassrootsCode, name });
  }

  const event = { date: RESTRUCTURING_DATE, reason: RESTRUCTURING_REASON };
  for (const ward of district.wards) {
    plan.found(
      { ...event, documentNumber: decisions.decision() },
      { code: communeCode(ward), name: `Công đoàn ${ward}`, type: 'commune', parent: HANOI.code },
    );
  }
  const documentNumber = decisions.decision();
  grassroots.forEach((unit, index) => {
    // a union named after a ward goes to that ward's union; the others are shared out in turn
    const named = district.wards.find((ward) => unit.name.includes(placeOf(ward)));
    const ward = named ?? district.wards[index % district.wards.length]!;
    plan.move({ ...event, documentNumber }, unit.code, communeCode(ward));
  });
  plan.dissolve({ ...event, documentNumber }, code);
}

/** Two agency unions consolidated on 1/1/2021 into the union of the merged office (seed article 003). */
function planNationalAssemblyOffice(plan: DemoPlan, names: NameBook, decisions: DecisionNumbers): string[] {
  const office = NATIONAL_ASSEMBLY_OFFICE;
  for (const unit of office.before) {
    plan.found(
      { date: office.foundedOn, reason: 'Thành lập công đoàn cơ sở', documentNumber: decisions.decision() },
      { code: unit.code, name: claim(names, unit.name), type: 'grassroots', parent: 'CDVC-HN' },
    );
  }
  plan.add({
    kind: 'merge',
    date: office.consolidatedOn,
    sources: office.before.map((unit) => unit.code),
    newTarget: { code: office.code, name: claim(names, office.name), type: 'grassroots', parent: 'CDVC-HN' },
    reason: 'Hợp nhất Văn phòng Đoàn ĐBQH và Văn phòng HĐND thành phố Hà Nội',
    documentNumber: decisions.decision('CĐVC'),
  });
  return [office.code];
}

function planIndustrialZones(
  plan: DemoPlan,
  random: Random,
  names: NameBook,
  decisions: DecisionNumbers,
): void {
  const zones = HANOI_INDUSTRIAL_ZONES;
  plan.found(
    {
      date: zones.foundedOn,
      reason: 'Thành lập công đoàn cấp trên trực tiếp cơ sở',
      documentNumber: decisions.decision(),
    },
    { code: zones.code, name: zones.name, type: 'industrial_zone', parent: HANOI.code },
  );
  const plastics = zones.plastics;
  plan.found(
    { date: plastics.foundedOn, reason: 'Thành lập công đoàn cơ sở', documentNumber: decisions.decision() },
    { code: plastics.code, name: claim(names, plastics.before), type: 'grassroots', parent: zones.code },
  );
  plan.add({
    kind: 'update',
    code: plastics.code,
    date: plastics.renamedOn,
    name: claim(names, plastics.after),
    reason: 'Đổi tên theo tên doanh nghiệp sau cổ phần hóa',
    documentNumber: decisions.decision(),
  });
  zones.grassroots.forEach((body, index) => {
    plan.found(
      {
        date: foundingDate(random, zones.foundedOn),
        reason: 'Thành lập công đoàn cơ sở',
        documentNumber: decisions.decision(),
      },
      {
        code: `CDCS-HN-KCN-${String(index + 1).padStart(2, '0')}`,
        name: claim(names, `${GRASSROOTS_PREFIX} ${body}`),
        type: 'grassroots',
        parent: zones.code,
      },
    );
  });
}
