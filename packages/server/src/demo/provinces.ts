// Every province outside Hà Nội: its federation (founded long ago), generated district federations and
// grassroots unions, and on 1/7/2025 the commune unions that replaced the districts and the provincial merger.

import { addDays } from '@congdoan/domain';
import { ROOT_UNIT } from '../modules/org/index.ts';
import { COMMON_PLACE_NAMES, codeSlug, grassrootsName, type NameBook } from './names.ts';
import {
  type DecisionNumbers,
  type DemoPlan,
  PROVINCE_MERGER_DOCUMENT,
  RESTRUCTURING_DATE,
  RESTRUCTURING_REASON,
} from './plan.ts';
import {
  federationCode,
  federationName,
  type MergedProvince,
  PROVINCES_2025,
  type Province,
  placeOf,
  provinceTitle,
} from './provinces-data.ts';
import { laterDate, type Random, seededRandom, seedFromText } from './random.ts';

/** Founds the 63 provincial federations (Hà Nội's included) and renames those whose province changed status. */
export function planProvincialFederations(plan: DemoPlan, decisions: DecisionNumbers): void {
  for (const merged of PROVINCES_2025) {
    for (const province of [merged.survivor, ...merged.absorbed]) {
      const first = province.formerly ?? province;
      plan.found(
        {
          date: province.federationFoundedOn,
          reason: 'Thành lập Liên đoàn Lao động cấp tỉnh',
          documentNumber: decisions.decision('TLĐ'),
        },
        {
          code: federationCode(province),
          name: federationName(first.name, first.kind),
          type: 'provincial',
          parent: ROOT_UNIT.code,
        },
      );
      if (province.formerly) {
        plan.add({
          kind: 'update',
          code: federationCode(province),
          date: province.formerly.until,
          name: federationName(province.name, province.kind),
          reason: `Đổi tên theo đơn vị hành chính ${province.name}`,
          documentNumber: decisions.decision('TLĐ'),
        });
      }
    }
  }
}

interface GeneratedDistrict {
  code: string;
  name: string;
  /** "huyện Đức Trọng": what the federation is of. */
  area: string;
  province: Province;
  foundedOn: string;
  grassroots: string[];
}

/** Generated content of one province of 2025 (and the provinces merged into it), then its restructuring. */
export function planGeneratedProvince(
  plan: DemoPlan,
  merged: MergedProvince,
  grassrootsPerProvince: number,
  names: NameBook,
  decisions: DecisionNumbers,
): void {
  const random = seededRandom(seedFromText(merged.survivor.name));
  const components = [merged.survivor, ...merged.absorbed];
  const districts = planDistricts(plan, random, components, decisions);
  const counters = new Map<string, number>();
  for (let index = 0; index < grassrootsPerProvince; index++) {
    const district = districts[index % districts.length]!;
    // the first ones of each absorbed province sit right under its federation, so the merger moves something
    const directUnder =
      merged.absorbed[index] ?? (random.next() < 0.12 ? components[index % components.length] : undefined);
    const province = directUnder ?? district.province;
    const number = (counters.get(province.abbreviation) ?? 0) + 1;
    counters.set(province.abbreviation, number);
    const code = `CDCS-${province.abbreviation}-${String(number).padStart(4, '0')}`;
    const parentFounded = directUnder ? province.federationFoundedOn : district.foundedOn;
    plan.found(
      {
        date: random.date(laterDate('2005-01-01', addDays(parentFounded, 30)), '2024-12-31'),
        reason: 'Thành lập công đoàn cơ sở',
        documentNumber: decisions.decision(),
      },
      {
        code,
        type: 'grassroots',
        parent: directUnder ? federationCode(province) : district.code,
        name: names.unique(() =>
          grassrootsName(random, {
            district: directUnder ? provinceTitle(province.name, province.kind) : district.area,
            places: [placeOf(district.area), random.pick(COMMON_PLACE_NAMES)],
          }),
        ),
      },
    );
    if (!directUnder) district.grassroots.push(code);
  }
  planCommuneRestructuring(plan, random, merged, districts, decisions);
  if (merged.absorbed.length > 0) {
    plan.add({
      kind: 'merge',
      date: RESTRUCTURING_DATE,
      sources: merged.absorbed.map(federationCode),
      target: federationCode(merged.survivor),
      reason: `Hợp nhất đơn vị hành chính cấp tỉnh: ${components.map((c) => c.name).join(', ')} thành ${provinceTitle(merged.survivor.name, merged.survivor.kind)}`,
      documentNumber: PROVINCE_MERGER_DOCUMENT,
    });
  }
}

/** Two or three district federations per province of 2025, at least one in each merged province. */
function planDistricts(
  plan: DemoPlan,
  random: Random,
  components: Province[],
  decisions: DecisionNumbers,
): GeneratedDistrict[] {
  const count = Math.max(random.int(2, 3), components.length);
  const districts: GeneratedDistrict[] = [];
  for (let index = 0; index < count; index++) {
    const province = components[index % components.length]!;
    const districtName = province.districts[Math.floor(index / components.length)];
    if (!districtName) continue;
    const code = `LDLD-${province.abbreviation}-${codeSlug(placeOf(districtName), 12)}`;
    const name = `Liên đoàn Lao động ${districtName}`;
    const earliest = laterDate('1976-06-01', addDays(province.federationFoundedOn, 60));
    const foundedOn = random.date(earliest, laterDate('2000-12-31', addDays(earliest, 365)));
    plan.found(
      {
        date: foundedOn,
        reason: 'Thành lập công đoàn cấp trên trực tiếp cơ sở',
        documentNumber: decisions.decision(),
      },
      { code, name, type: 'district', parent: federationCode(province) },
    );
    districts.push({ code, name, area: districtName, province, foundedOn, grassroots: [] });
  }
  return districts;
}

/** On 1/7/2025 each district federation gives way to one or two commune unions under the province of 2025. */
function planCommuneRestructuring(
  plan: DemoPlan,
  random: Random,
  merged: MergedProvince,
  districts: GeneratedDistrict[],
  decisions: DecisionNumbers,
): void {
  const event = { date: RESTRUCTURING_DATE, reason: RESTRUCTURING_REASON };
  const usedPlaces = new Set<string>();
  const parent = federationCode(merged.survivor);
  for (const district of districts) {
    const rural = district.area.startsWith('huyện ');
    const places = [placeOf(district.area)];
    if (district.grassroots.length >= 4) places.push(random.pick(COMMON_PLACE_NAMES));
    const communes: string[] = [];
    for (const place of places) {
      if (usedPlaces.has(place)) continue;
      usedPlaces.add(place);
      const code = `CD-${merged.survivor.abbreviation}-${codeSlug(place)}`;
      plan.found(
        { ...event, documentNumber: decisions.decision() },
        { code, name: `Công đoàn ${rural ? 'xã' : 'phường'} ${place}`, type: 'commune', parent },
      );
      communes.push(code);
    }
    // the first commune's share goes with the dissolution itself; the others are moved one by one first
    const documentNumber = decisions.decision();
    district.grassroots.forEach((code, index) => {
      const commune = communes[index % communes.length];
      if (commune && index % communes.length > 0) plan.move({ ...event, documentNumber }, code, commune);
    });
    plan.dissolve({ ...event, documentNumber }, district.code, communes[0] ?? parent);
  }
}
