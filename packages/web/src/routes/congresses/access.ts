// What the signed-in user may do to a unit's congress: write to the unit itself (hold, elect), or to its
// parent (the superior recognises the congress and shifts the term). The server decides; this hides buttons.
import type { OrgUnitDetail } from '@congdoan/domain';
import { useQuery } from '@tanstack/react-query';
import { keys } from '../../api/keys.ts';
import { orgApi } from '../../api/org.ts';
import { useCurrentUser, usePowers } from '../../app/auth.ts';

export interface UnitAccess {
  unit: OrgUnitDetail | undefined;
  canWrite: boolean;
  canWriteParent: boolean;
}

export function useUnitAccess(unitId: number | undefined): UnitAccess {
  const user = useCurrentUser();
  const powers = usePowers();
  const unit = useQuery({
    queryKey: keys.unit(unitId ?? 0, 'current'),
    queryFn: () => orgApi.get(unitId!),
    enabled: Boolean(unitId),
    staleTime: 5 * 60_000,
  });
  const ancestors = unit.data?.ancestors.map((ancestor) => ancestor.id) ?? [];
  const aboveIsMine = ancestors.includes(user.unit.id);
  return {
    unit: unit.data,
    canWrite: powers.writeRecords && Boolean(unit.data) && (unitId === user.unit.id || aboveIsMine),
    canWriteParent: powers.writeRecords && aboveIsMine,
  };
}
