// What the restructuring forms share: their props and where to go once the change is recorded.
import type { OrgUnitDetail, OrgUnitView } from '@congdoan/domain';
import { useQueries } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import { api } from '../../../api/client.ts';
import { keys } from '../../../api/keys.ts';
import { useAsOf } from '../../../components/useAsOf.ts';

export interface ActionProps {
  unit: OrgUnitView;
  onClose: () => void;
}

/**
 * Opens the unit's history after a change. When the change takes effect after the date being looked at,
 * the page moves to that date, so the user sees the tree with the change made.
 */
export function useShowEvent() {
  const navigate = useNavigate();
  const { asOf, today } = useAsOf();
  return (unitId: number, effectiveDate: string) => {
    const date = effectiveDate > asOf ? effectiveDate : asOf;
    void navigate({
      to: '/org/$unitId',
      params: { unitId: String(unitId) },
      search: { asOf: date === today ? undefined : date, tab: 'history' },
    });
  };
}

/** The unit directly above, from the ancestor path. */
export function parentOf(unit: OrgUnitDetail) {
  const ancestors = unit.ancestors.filter((ancestor) => ancestor.id !== unit.id);
  return ancestors[ancestors.length - 1];
}

/**
 * How many members the units hold themselves (not their subtrees) on a date: the members a merge, split or
 * dissolution must take somewhere. Zero until the figures arrive or while no date is chosen.
 */
export function useOwnMemberCount(unitIds: number[], date: string | null): number {
  const results = useQueries({
    queries: unitIds.map((unitId) => {
      const params = { unitId, subtree: 'false', asOf: date ?? undefined, pageSize: 1 };
      return {
        queryKey: keys.memberList(params),
        queryFn: () => api.members.list({ query: params }),
        enabled: Boolean(date),
      };
    }),
  });
  return results.reduce((sum, result) => sum + (result.data?.total ?? 0), 0);
}
