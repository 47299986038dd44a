// Renders a component as the app would: Mantine with the app's theme (transitions and portals off, so a
// dropdown's options are in the page at once), dates in the UI language, a fresh query cache, and — for a
// page that reads its params, search or the signed-in user — a memory router with the page at its path.
import { MantineProvider } from '@mantine/core';
import { DatesProvider } from '@mantine/dates';
import { Notifications } from '@mantine/notifications';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import {
  createMemoryHistory,
  createRootRouteWithContext,
  createRoute,
  createRouter,
  Outlet,
  RouterProvider,
} from '@tanstack/react-router';
import { render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ReactElement, ReactNode } from 'react';
import { meQuery } from '../app/auth.ts';
import { theme } from '../app/theme.ts';
import { currentLanguage } from '../i18n/index.ts';

export interface RouteOptions {
  /**
   * The page's path as the app's router declares it under the signed-in shell, e.g.
   * 'reports/$periodId/units/$unitId', so its route id ('/_app/reports/$periodId/units/$unitId') is the
   * one the page names with getRouteApi.
   */
  path: string;
  /** The address opened, e.g. '/reports/3/units/42?tab=own'. */
  url: string;
}

function Providers({ queryClient, children }: { queryClient: QueryClient; children: ReactNode }) {
  return (
    <MantineProvider theme={theme} env="test">
      <DatesProvider settings={{ locale: currentLanguage(), firstDayOfWeek: 1 }}>
        <Notifications />
        <QueryClientProvider client={queryClient}>{children}</QueryClientProvider>
      </DatesProvider>
    </MantineProvider>
  );
}

/** A memory router holding one page under a signed-in shell that loads the user first, as the app's does. */
function pageRouter(ui: ReactElement, queryClient: QueryClient, { path, url }: RouteOptions) {
  const rootRoute = createRootRouteWithContext<{ queryClient: QueryClient }>()({ component: Outlet });
  const appRoute = createRoute({
    getParentRoute: () => rootRoute,
    id: '_app',
    beforeLoad: async ({ context }) => ({ user: await context.queryClient.ensureQueryData(meQuery) }),
    component: Outlet,
  });
  const pageRoute = createRoute({ getParentRoute: () => appRoute, path, component: () => ui });
  return createRouter({
    routeTree: rootRoute.addChildren([appRoute.addChildren([pageRoute])]),
    history: createMemoryHistory({ initialEntries: [url] }),
    context: { queryClient },
  });
}

/**
 * Renders `ui` within the app's providers; with `route`, as the page at that route. Answer the network
 * with mockApi (network.ts) first: the router asks for the signed-in user before the page shows.
 */
export function renderWithProviders(ui: ReactElement, options: { route?: RouteOptions } = {}) {
  const queryClient = new QueryClient({
    defaultOptions: { queries: { retry: false, refetchOnWindowFocus: false }, mutations: { retry: false } },
  });
  const router = options.route ? pageRouter(ui, queryClient, options.route) : null;
  const user = userEvent.setup({ delay: null });
  const view = render(
    <Providers queryClient={queryClient}>{router ? <RouterProvider router={router} /> : ui}</Providers>,
  );
  return { ...view, user, queryClient, router };
}
