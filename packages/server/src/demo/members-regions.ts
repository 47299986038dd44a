// Where demo members come from: the CCCD code of each province, north and south (family names differ), the
// ethnic minorities of each province's workforce and the religions people declare.
import { type Region, type Weighted, weightedPicker } from './members-names.ts';
import type { Random } from './random.ts';

/** The first three digits of a CCCD: the province where the birth was registered (Circular 59/2021/TT-BCA). */
export const CCCD_PROVINCE_CODES: Record<string, string> = Object.fromEntries(
  (
    'HN 001 HGI 002 CB 004 BK 006 TQ 008 LCA 010 DB 011 LCH 012 SL 014 YB 015 HB 017 TN 019 ' +
    'LS 020 QNI 022 BG 024 PT 025 VP 026 BN 027 HD 030 HP 031 HY 033 TB 034 HNA 035 ND 036 NB 037 ' +
    'TH 038 NA 040 HT 042 QB 044 QT 045 HUE 046 DN 048 QNA 049 QNG 051 BDI 052 PY 054 KH 056 ' +
    'NT 058 BTH 060 KT 062 GL 064 DLK 066 DNO 067 LD 068 BP 070 TNI 072 BD 074 DNA 075 BRVT 077 ' +
    'HCM 079 LA 080 TG 082 BTR 083 TV 084 VL 086 DT 087 AG 089 KG 091 CT 092 HG 093 ST 094 BL 095 ' +
    'CM 096'
  )
    .split(' ')
    .flatMap((item, index, all) => (index % 2 === 0 ? [[item, all[index + 1]!]] : [])),
);
export const ALL_ABBREVIATIONS = Object.keys(CCCD_PROVINCE_CODES);

/** Provinces from Quảng Nam southwards, where Huỳnh and Võ are more common than Hoàng and Vũ. */
const SOUTH = new Set(
  'DN QNA QNG KT GL BDI KH NT LD DNO BTH DLK PY DNA BP TNI LA VL BTR TV DT TG CM BL AG KG HCM BD BRVT CT ST HG'.split(
    ' ',
  ),
);

/** Ethnic minorities' shares of a province's workers, in per cent; Kinh make up the rest. */
const MINORITIES: Record<string, Weighted<string>> = {
  CB: [
    ['Tày', 30],
    ['Nùng', 25],
  ],
  LS: [
    ['Nùng', 30],
    ['Tày', 25],
  ],
  BK: [['Tày', 45]],
  HGI: [['Tày', 20]],
  TQ: [['Tày', 25]],
  LCA: [
    ['Tày', 12],
    ['Thái', 3],
  ],
  YB: [
    ['Tày', 15],
    ['Thái', 5],
  ],
  TN: [
    ['Tày', 8],
    ['Nùng', 4],
  ],
  BG: [
    ['Nùng', 2],
    ['Tày', 2],
  ],
  SL: [
    ['Thái', 40],
    ['Mường', 5],
  ],
  DB: [['Thái', 30]],
  LCH: [['Thái', 25]],
  HB: [
    ['Mường', 40],
    ['Thái', 3],
  ],
  PT: [['Mường', 10]],
  TH: [
    ['Mường', 6],
    ['Thái', 4],
  ],
  NA: [['Thái', 7]],
  HCM: [['Hoa', 5]],
  DNA: [['Hoa', 3]],
  BD: [['Hoa', 1]],
  ST: [
    ['Khmer', 25],
    ['Hoa', 3],
  ],
  TV: [['Khmer', 25]],
  KG: [
    ['Khmer', 10],
    ['Hoa', 2],
  ],
  AG: [['Khmer', 5]],
  BL: [
    ['Khmer', 6],
    ['Hoa', 2],
  ],
  CT: [
    ['Khmer', 2],
    ['Hoa', 1],
  ],
  CM: [['Khmer', 2]],
};
const ELSEWHERE: Weighted<string> = [
  ['Tày', 1],
  ['Mường', 1],
  ['Thái', 0.5],
  ['Nùng', 0.5],
  ['Hoa', 0.5],
];

const ethnicityPickers = new Map<string, (random: Random) => string>();
export function ethnicityIn(random: Random, abbreviation: string): string {
  let picker = ethnicityPickers.get(abbreviation);
  if (!picker) {
    const minorities = MINORITIES[abbreviation] ?? ELSEWHERE;
    const share = minorities.reduce((sum, [, weight]) => sum + weight, 0);
    picker = weightedPicker([['Kinh', 100 - share], ...minorities]);
    ethnicityPickers.set(abbreviation, picker);
  }
  return picker(random);
}

const religionNorth = weightedPicker([
  ['Không', 88],
  ['Công giáo', 7],
  ['Phật giáo', 5],
]);
const religionSouth = weightedPicker([
  ['Không', 70],
  ['Phật giáo', 15],
  ['Công giáo', 9],
  ['Cao Đài', 3],
  ['Phật giáo Hòa Hảo', 2],
  ['Tin Lành', 1],
]);

export function religionOf(random: Random, ethnicity: string, region: Region): string {
  if (ethnicity === 'Khmer') return random.next() < 0.9 ? 'Phật giáo' : 'Không';
  if (ethnicity === 'Hoa') return random.next() < 0.4 ? 'Phật giáo' : 'Không';
  return region === 'south' ? religionSouth(random) : religionNorth(random);
}

export function regionOf(abbreviation: string): Region {
  return SOUTH.has(abbreviation) ? 'south' : 'north';
}
