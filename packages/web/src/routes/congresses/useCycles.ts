// The cycles a unit has something for (a plan that applies to it, congresses in its subtree), newest first:
// the progress page and the unit's congress tab start from the latest.
import { useQuery } from '@tanstack/react-query';
import { congressesApi } from '../../api/congresses.ts';
import { keys } from '../../api/keys.ts';

/** Congresses read to find their cycles; a subtree's newest cycles show among its first congresses. */
const SAMPLE = 200;

export function useKnownCycles(unitId: number | undefined) {
  const plans = useQuery({
    queryKey: keys.congressPlans(unitId ?? 0),
    queryFn: () => congressesApi.plans({ unitId: unitId! }),
    enabled: Boolean(unitId),
  });
  const congresses = useQuery({
    queryKey: keys.congressList({ unitId, pageSize: SAMPLE }),
    queryFn: () => congressesApi.list({ unitId, pageSize: SAMPLE }),
    enabled: Boolean(unitId),
  });
  const cycles = new Set<string>();
  for (const plan of plans.data ?? []) cycles.add(plan.cycle);
  for (const congress of congresses.data?.items ?? []) cycles.add(congress.cycle);
  return {
    cycles: [...cycles].sort().reverse(),
    pending: plans.isPending || congresses.isPending,
    error: plans.error ?? congresses.error,
  };
}
