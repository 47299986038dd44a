// The configured unit types (powers, allowed parents), from the server; the domain's defaults meanwhile.
import {
  DEFAULT_UNIT_TYPES,
  normalizeForSearch,
  type UnitTypeCode,
  type UnitTypeConfig,
} from '@congdoan/domain';
import { useQuery } from '@tanstack/react-query';
import type { TFunction } from 'i18next';
import { api } from '../../../api/client.ts';
import { keys } from '../../../api/keys.ts';
import { unitTypeLabel, unitTypeShortLabel } from '../../../components/labels.ts';
import { currentLanguage } from '../../../i18n/index.ts';

export function useUnitTypes(): UnitTypeConfig[] {
  const query = useQuery({
    queryKey: keys.unitTypes,
    queryFn: () => api.unitTypes.list(),
    staleTime: 10 * 60_000,
  });
  return query.data && query.data.length > 0 ? query.data : DEFAULT_UNIT_TYPES;
}

/** Types a unit may have under a parent of `parentType` on `date` (closed types are no longer founded). */
export function typesAllowedUnder(
  types: UnitTypeConfig[],
  parentType: UnitTypeCode | undefined,
  date: string | null,
): UnitTypeCode[] {
  return types
    .filter((type) => (parentType ? type.allowedParentTypes.includes(parentType) : true))
    .filter((type) => !type.closedFrom || !date || date < type.closedFrom)
    .map((type) => type.code);
}

export function typeOptions(t: TFunction, codes: UnitTypeCode[]) {
  return codes.map((code) => ({ value: code, label: unitTypeLabel(t, code) }));
}

/** "CĐCS Công ty X", unless the name already says what it is ("Công đoàn cơ sở …", "LĐLĐ quận …"). */
export function namedWithType(t: TFunction, name: string, type: UnitTypeCode): string {
  if (currentLanguage() !== 'vi') return name;
  const plain = normalizeForSearch(name);
  const short = unitTypeShortLabel(t, type);
  const starts = [short, unitTypeLabel(t, type), 'công đoàn', 'liên đoàn', 'lđlđ', 'cđ', 'nghiệp đoàn', 'tổ'];
  return starts.some((prefix) => plain.startsWith(normalizeForSearch(prefix))) ? name : `${short} ${name}`;
}
