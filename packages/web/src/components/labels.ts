// Labels for the domain's codes (unit types, event kinds, roles) and the colour of each level of the tree.
import { DEFAULT_UNIT_TYPES, type OrgEventKind, type Role, type UnitTypeCode } from '@congdoan/domain';
import type { TFunction } from 'i18next';

export const unitTypeLabel = (t: TFunction, type: UnitTypeCode) => t(`unitType.${type}`);
export const unitTypeShortLabel = (t: TFunction, type: UnitTypeCode) => t(`unitTypeShort.${type}`);
export const eventKindLabel = (t: TFunction, kind: OrgEventKind) => t(`eventKind.${kind}`);
export const roleLabel = (t: TFunction, role: Role) => t(`role.${role}`);

const TIER_COLORS = ['red', 'union', 'cyan', 'teal', 'grape', 'gray'] as const;

/** Badge colour by level: national, provincial, superior, grassroots, inside a grassroots union, group. */
export function unitTypeColor(type: UnitTypeCode): string {
  const tier = DEFAULT_UNIT_TYPES.find((config) => config.code === type)?.tier ?? 5;
  return TIER_COLORS[tier] ?? 'gray';
}
