// One query client; a request refused for want of a session (expired) sends the user back to sign in.
import { MutationCache, QueryCache, QueryClient } from '@tanstack/react-query';
import { ApiError } from '../api/client.ts';

let onSignedOut: () => void = () => {};

export function setSignedOutHandler(handler: () => void): void {
  onSignedOut = handler;
}

function handle(error: unknown): void {
  // Only NOT_SIGNED_IN: a wrong password at sign-in or on password change is a 401 too, but not a lost session.
  if (error instanceof ApiError && error.code === 'NOT_SIGNED_IN') onSignedOut();
}

export const queryClient = new QueryClient({
  queryCache: new QueryCache({ onError: handle }),
  mutationCache: new MutationCache({ onError: handle }),
  defaultOptions: {
    queries: {
      staleTime: 30_000,
      refetchOnWindowFocus: false,
      retry: (count, error) =>
        !(error instanceof ApiError && error.status > 0 && error.status < 500) && count < 2,
    },
  },
});
