// The signed-in user and what they may do (the server's `can` from /api/auth/me), read once and kept in the
// query cache.
import type { CurrentUser, GlobalCan } from '@congdoan/domain';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../api/client.ts';
import { keys } from '../api/keys.ts';

export const meQuery = queryOptions({
  queryKey: keys.me,
  queryFn: () => api.auth.me(),
  staleTime: 5 * 60_000,
  retry: false,
});

function useMe() {
  const { data } = useQuery(meQuery);
  if (!data) throw new Error('useCurrentUser outside the signed-in layout');
  return data;
}

/** The current user; only used under the signed-in layout, where the router has loaded it. */
export function useCurrentUser(): CurrentUser {
  return useMe().user;
}

/** What the current user may do beyond a single object: the menu and the pages' global buttons. */
export function useCan(): GlobalCan {
  return useMe().can;
}
