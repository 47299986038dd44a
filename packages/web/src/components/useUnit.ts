// A unit as the tree stands today (its name, type and ancestors), for the headings, trails and forms of pages
// that name a unit they were given only the id of.
import { useQuery } from '@tanstack/react-query';
import { api } from '../api/client.ts';
import { keys } from '../api/keys.ts';

export function useUnit(unitId: number | undefined) {
  return useQuery({
    queryKey: keys.unit(unitId ?? 0, 'current'),
    queryFn: () => api.org.get({ params: { id: unitId ?? 0 }, query: {} }),
    enabled: unitId !== undefined,
    staleTime: 5 * 60_000,
  });
}
