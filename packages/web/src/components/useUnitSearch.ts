// Searching units by name or code on the server, accent-free ("long bien" finds "Long Biên").
import type { OrgUnitSummary } from '@congdoan/domain';
import { useDebouncedValue } from '@mantine/hooks';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api } from '../api/client.ts';
import { keys } from '../api/keys.ts';

export const MIN_SEARCH = 2;

export function useUnitSearch(search: string, asOf: string | undefined, pageSize = 20) {
  const [debounced] = useDebouncedValue(search.trim(), 250);
  const params = { q: debounced, asOf, pageSize };
  const query = useQuery({
    queryKey: keys.units(params),
    queryFn: () => api.org.list({ query: params }),
    enabled: debounced.length >= MIN_SEARCH,
    placeholderData: keepPreviousData,
  });
  const units: OrgUnitSummary[] = debounced.length >= MIN_SEARCH ? (query.data?.items ?? []) : [];
  return { units, total: query.data?.total ?? 0, query, ready: debounced.length >= MIN_SEARCH };
}
