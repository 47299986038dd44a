// The signed-in user, read once and kept in the query cache; what their role may do.
import { type CurrentUser, ROLE_POWERS } from '@congdoan/domain';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { authApi } from '../api/auth.ts';
import { keys } from '../api/keys.ts';

export const meQuery = queryOptions({
  queryKey: keys.me,
  queryFn: async () => (await authApi.me()).user,
  staleTime: 5 * 60_000,
  retry: false,
});

/** The current user; only used under the signed-in layout, where the router has loaded it. */
export function useCurrentUser(): CurrentUser {
  const { data } = useQuery(meQuery);
  if (!data) throw new Error('useCurrentUser outside the signed-in layout');
  return data;
}

export function usePowers() {
  return ROLE_POWERS[useCurrentUser().role];
}
