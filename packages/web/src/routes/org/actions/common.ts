// What the restructuring forms share: their props and where to go once the change is recorded.
import type { OrgUnitDetail } from '@congdoan/domain';
import { useNavigate } from '@tanstack/react-router';
import { useAsOf } from '../../../components/useAsOf.ts';

export interface ActionProps {
  unit: OrgUnitDetail;
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
