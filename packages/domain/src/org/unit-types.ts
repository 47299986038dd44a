// The unit types of the union organisation (GLOSSARY.md) with their default powers and allowed parents.
// These are seed values: the server keeps them in the `unit_types` table, where they are configured.

export const UNIT_TYPE_CODES = [
  'national',
  'provincial',
  'central_sector',
  'corporation',
  'district',
  'local_sector',
  'civil_servants',
  'industrial_zone',
  'commune',
  'grassroots',
  'guild',
  'member_grassroots',
  'division',
  'group',
] as const;
export type UnitTypeCode = (typeof UNIT_TYPE_CODES)[number];

export interface UnitTypeConfig {
  code: UnitTypeCode;
  /** 0 national, 1 provincial level, 2 superior (directly above grassroots), 3 grassroots, 4 inside a grassroots union, 5 group */
  tier: number;
  canAdmitMembers: boolean;
  canFoundGrassroots: boolean;
  canCollectLevy: boolean;
  allowedParentTypes: UnitTypeCode[];
  /** Closed by the 2025 restructuring: kept for history, no new units of the type. */
  closedFrom: string | null;
}

const PROVINCIAL_LEVEL: UnitTypeCode[] = ['provincial', 'central_sector', 'corporation'];
const SUPERIOR_LEVEL: UnitTypeCode[] = [
  'district',
  'local_sector',
  'civil_servants',
  'industrial_zone',
  'commune',
];
const GRASSROOTS_LEVEL: UnitTypeCode[] = ['grassroots', 'guild'];

export const DEFAULT_UNIT_TYPES: UnitTypeConfig[] = [
  {
    code: 'national',
    tier: 0,
    canAdmitMembers: false,
    canFoundGrassroots: true,
    canCollectLevy: true,
    allowedParentTypes: [],
    closedFrom: null,
  },
  ...PROVINCIAL_LEVEL.map((code) => ({
    code,
    tier: 1,
    canAdmitMembers: true,
    canFoundGrassroots: true,
    canCollectLevy: true,
    allowedParentTypes: ['national'] as UnitTypeCode[],
    closedFrom: null,
  })),
  ...SUPERIOR_LEVEL.map((code) => ({
    code,
    tier: 2,
    // Commune unions manage the grassroots unions of their area but the provincial federation keeps
    // the powers to found, admit and collect (RULES.md §1).
    canAdmitMembers: code !== 'commune',
    canFoundGrassroots: code !== 'commune',
    canCollectLevy: code !== 'commune',
    // A district federation may have a local sector union of its own (e.g. Công đoàn Giáo dục quận).
    allowedParentTypes: (code === 'local_sector'
      ? [...PROVINCIAL_LEVEL, 'district']
      : PROVINCIAL_LEVEL) as UnitTypeCode[],
    closedFrom: code === 'district' || code === 'civil_servants' ? '2025-07-01' : null,
  })),
  ...GRASSROOTS_LEVEL.map((code) => ({
    code,
    tier: 3,
    canAdmitMembers: true,
    canFoundGrassroots: false,
    canCollectLevy: true,
    allowedParentTypes: ['national', ...PROVINCIAL_LEVEL, ...SUPERIOR_LEVEL] as UnitTypeCode[],
    closedFrom: null,
  })),
  {
    code: 'member_grassroots',
    tier: 4,
    canAdmitMembers: true,
    canFoundGrassroots: false,
    canCollectLevy: false,
    allowedParentTypes: GRASSROOTS_LEVEL,
    closedFrom: null,
  },
  {
    code: 'division',
    tier: 4,
    canAdmitMembers: false,
    canFoundGrassroots: false,
    canCollectLevy: false,
    allowedParentTypes: [...GRASSROOTS_LEVEL, 'member_grassroots'],
    closedFrom: null,
  },
  {
    code: 'group',
    tier: 5,
    canAdmitMembers: false,
    canFoundGrassroots: false,
    canCollectLevy: false,
    allowedParentTypes: [...GRASSROOTS_LEVEL, 'member_grassroots', 'division'],
    closedFrom: null,
  },
];

export const GRASSROOTS_TYPES: readonly UnitTypeCode[] = GRASSROOTS_LEVEL;
