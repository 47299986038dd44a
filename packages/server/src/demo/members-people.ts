// Who a demo member is: name, gender, birth, ethnicity and religion by province, a CCCD number that
// encodes them the way real ones do, phone, e-mail and address. The lifecycle is in members-plan.ts.
import { addYears, type Gender, normalizeForSearch } from '@congdoan/domain';
import { HANOI_DISTRICTS } from './hanoi-data.ts';
import { shiftDays } from './members-dates.ts';
import { FOREIGN_NATIONALITIES, foreignName, vietnameseName, weightedPicker } from './members-names.ts';
import {
  ALL_ABBREVIATIONS,
  CCCD_PROVINCE_CODES,
  ethnicityIn,
  regionOf,
  religionOf,
} from './members-regions.ts';
import { COMMON_PLACE_NAMES } from './names.ts';
import { PROVINCES_2025, type Province, provinceTitle } from './provinces-data.ts';
import type { Random } from './random.ts';

const pickNationality = weightedPicker(FOREIGN_NATIONALITIES);

/** Union sheets still give only the year of birth for some members (stored as 1 January). */
const YEAR_ONLY_SHARE = 0.05;

export interface Person {
  fullName: string;
  gender: Gender;
  dateOfBirth: string;
  dateOfBirthPrecision: 'day' | 'year';
  nationalId: string | null;
  ethnicity: string | null;
  religion: string | null;
  nationality: string;
  foreignContractMonths: number | null;
  phone: string | null;
  email: string | null;
  address: string;
}

export interface PersonSpec {
  /** Abbreviation of the province the workplace was in when the person was admitted. */
  province: string;
  womenShare: number;
  admittedOn: string;
  /** A foreign worker (KR, CN, JP), in the industrial zones only. */
  foreign: boolean;
}

/** Retirement ages (men 61, women 57) as the 2019 Labour Code reaches them around 2025. */
export function retirementAge(gender: Gender): number {
  return gender === 'male' ? 61 : 57;
}

/** A birth date giving an age of 20–55 on admission (more of them young), within 1965–2005. */
function birthDate(random: Random, admittedOn: string, gender: Gender): string {
  const latest = addYears(admittedOn, -18) < '2005-12-31' ? addYears(admittedOn, -18) : '2005-12-31';
  const earliestByAge = addYears(admittedOn, -(retirementAge(gender) - 2));
  const earliest = earliestByAge > '1965-01-01' ? earliestByAge : '1965-01-01';
  const age = 20 + Math.floor(random.next() ** 1.5 * 35);
  const drawn = shiftDays(addYears(admittedOn, -age), -random.int(0, 364));
  return drawn < earliest ? earliest : drawn > latest ? latest : drawn;
}

const MOBILE_PREFIXES = '90 91 93 94 96 97 98 32 33 34 35 36 37 38 39'.split(' ');

/** Makes people, keeping national IDs unique across the whole demo. */
export class PersonFactory {
  private readonly nationalIds = new Set<string>();
  private cards = 0;
  /** The province of today each province of before 1/7/2025 became part of. */
  private readonly survivorOf = new Map<string, Province>();

  constructor() {
    for (const merged of PROVINCES_2025) {
      for (const province of [merged.survivor, ...merged.absorbed])
        this.survivorOf.set(province.abbreviation, merged.survivor);
    }
  }

  make(random: Random, spec: PersonSpec): Person {
    if (spec.foreign) return this.foreigner(random, spec);
    const region = regionOf(spec.province);
    const gender: Gender = random.next() < spec.womenShare ? 'female' : 'male';
    const dateOfBirth = birthDate(random, spec.admittedOn, gender);
    const yearOnly = random.next() < YEAR_ONLY_SHARE;
    const ethnicity = ethnicityIn(random, spec.province);
    const fullName = vietnameseName(random, gender, Number(dateOfBirth.slice(0, 4)), region, ethnicity);
    // most were born where they work; big cities draw from everywhere
    const migrantShare = ['HN', 'HCM', 'BD', 'DNA'].includes(spec.province) ? 0.45 : 0.2;
    const birthProvince = random.next() < migrantShare ? random.pick(ALL_ABBREVIATIONS) : spec.province;
    return {
      fullName,
      gender,
      dateOfBirth: yearOnly ? `${dateOfBirth.slice(0, 4)}-01-01` : dateOfBirth,
      dateOfBirthPrecision: yearOnly ? 'year' : 'day',
      nationalId: this.nationalId(random, birthProvince, gender, dateOfBirth),
      ethnicity,
      religion: religionOf(random, ethnicity, region),
      nationality: 'VN',
      foreignContractMonths: null,
      phone: random.next() < 0.95 ? this.phone(random) : null,
      email: random.next() < 0.3 ? this.email(random, fullName) : null,
      address: this.address(random, spec.province),
    };
  }

  /** A foreign worker: no CCCD, a contract of 12–36 months, mostly men of working age. */
  private foreigner(random: Random, spec: PersonSpec): Person {
    const gender: Gender = random.next() < 0.25 ? 'female' : 'male';
    const nationality = pickNationality(random);
    const fullName = foreignName(random, gender, nationality);
    return {
      fullName,
      gender,
      dateOfBirth: birthDate(random, spec.admittedOn, gender),
      dateOfBirthPrecision: 'day',
      nationalId: null,
      ethnicity: null,
      religion: null,
      nationality,
      foreignContractMonths: random.pick([12, 24, 24, 36, 36]),
      phone: this.phone(random),
      email: this.email(random, fullName),
      address: this.address(random, spec.province),
    };
  }

  /** Province code, gender-and-century digit, two-digit birth year, six random digits; never twice. */
  nationalId(random: Random, province: string, gender: Gender, dateOfBirth: string): string {
    const year = Number(dateOfBirth.slice(0, 4));
    const centuryDigit = (year >= 2000 ? 2 : 0) + (gender === 'female' ? 1 : 0);
    const prefix = `${CCCD_PROVINCE_CODES[province] ?? '001'}${centuryDigit}${String(year % 100).padStart(2, '0')}`;
    for (;;) {
      const id = `${prefix}${String(random.int(0, 999_999)).padStart(6, '0')}`;
      if (!this.nationalIds.has(id)) {
        this.nationalIds.add(id);
        return id;
      }
    }
  }

  /** Card numbers run on in one sequence, after the code of the province that issued the card. */
  cardNumber(province: string): string {
    this.cards += 1;
    return `${CCCD_PROVINCE_CODES[province] ?? '001'}${String(this.cards).padStart(7, '0')}`;
  }

  private phone(random: Random): string {
    return `0${random.pick(MOBILE_PREFIXES)}${String(random.int(0, 9_999_999)).padStart(7, '0')}`;
  }

  private email(random: Random, fullName: string): string {
    const parts = normalizeForSearch(fullName).split(' ');
    const local = `${parts[parts.length - 1]}${parts[0]}${random.int(1, 99)}`.replace(/[^a-z0-9]/gu, '');
    return `${local}@${random.pick(['gmail.com', 'gmail.com', 'yahoo.com', 'outlook.com'])}`;
  }

  /** Addresses name the ward and province of today (two-level local government since 1/7/2025). */
  private address(random: Random, abbreviation: string): string {
    const survivor = this.survivorOf.get(abbreviation) ?? PROVINCES_2025[0]!.survivor;
    const ward =
      survivor.abbreviation === 'HN'
        ? random.pick(random.pick(HANOI_DISTRICTS).wards)
        : `${random.next() < 0.6 ? 'phường' : 'xã'} ${random.pick(COMMON_PLACE_NAMES)}`;
    return `Tổ dân phố ${random.int(1, 30)}, ${ward}, ${provinceTitle(survivor.name, survivor.kind)}`;
  }
}
