// The route tree (code-based): sign-in and card verification (public), then the signed-in shell with
// organisation, members, audit, users and rules.
import { isValidIsoDate, ROLE_POWERS } from '@congdoan/domain';
import { Center, Loader } from '@mantine/core';
import type { QueryClient } from '@tanstack/react-query';
import {
  createRootRouteWithContext,
  createRoute,
  createRouter,
  Outlet,
  redirect,
} from '@tanstack/react-router';
import { ApiError } from '../api/client.ts';
import { AuditPage } from '../routes/audit/AuditPage.tsx';
import { LoginPage } from '../routes/auth/LoginPage.tsx';
import { CardSheetPage } from '../routes/members/CardSheetPage.tsx';
import { ImportPage } from '../routes/members/import/ImportPage.tsx';
import { MemberCardPage } from '../routes/members/MemberCardPage.tsx';
import { MemberPage } from '../routes/members/MemberPage.tsx';
import { MembersPage } from '../routes/members/MembersPage.tsx';
import { validateMembersSearch } from '../routes/members/search.ts';
import { VerifyCardPage } from '../routes/members/VerifyCardPage.tsx';
import { NotFoundPage } from '../routes/NotFoundPage.tsx';
import { OrgIndexPage } from '../routes/org/OrgIndexPage.tsx';
import { OrgLayout } from '../routes/org/OrgLayout.tsx';
import { UnitPage } from '../routes/org/UnitPage.tsx';
import { RulesPage } from '../routes/rules/RulesPage.tsx';
import { UsersPage } from '../routes/users/UsersPage.tsx';
import { AppLayout } from './AppLayout.tsx';
import { meQuery } from './auth.ts';
import { queryClient, setSignedOutHandler } from './queryClient.ts';

type Search = Record<string, unknown>;
const text = (value: unknown) => (typeof value === 'string' && value.trim() ? value.trim() : undefined);
const positive = (value: unknown) => {
  const number = Number(value);
  return Number.isInteger(number) && number > 0 ? number : undefined;
};
/** The router reads "5" in a query string as a number; ids and tokens are kept as text. */
const textOrNumber = (value: unknown) => (typeof value === 'number' ? String(value) : text(value));
const isoDate = (value: unknown) => (typeof value === 'string' && isValidIsoDate(value) ? value : undefined);

export const UNIT_TABS = ['overview', 'history', 'clusters'] as const;
export type UnitTab = (typeof UNIT_TABS)[number];

const rootRoute = createRootRouteWithContext<{ queryClient: QueryClient }>()({
  component: Outlet,
  notFoundComponent: NotFoundPage,
});

const loginRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/login',
  validateSearch: (search: Search): { redirect?: string } => ({ redirect: text(search.redirect) }),
  component: LoginPage,
});

/** Where a member card's QR code leads: public, outside the signed-in shell (two addresses, one page). */
const verifySearch = (search: Search): { token?: string } => ({ token: textOrNumber(search.token) });
const verifyRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/verify',
  validateSearch: verifySearch,
  component: VerifyCardPage,
});
const cardsVerifyRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/cards/verify',
  validateSearch: verifySearch,
  component: VerifyCardPage,
});

const appRoute = createRoute({
  getParentRoute: () => rootRoute,
  id: '_app',
  beforeLoad: async ({ context, location }) => {
    try {
      return { user: await context.queryClient.ensureQueryData(meQuery) };
    } catch (error) {
      if (error instanceof ApiError && error.status === 401) {
        throw redirect({ to: '/login', search: { redirect: location.href } });
      }
      throw error;
    }
  },
  component: AppLayout,
});

const indexRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/',
  beforeLoad: () => {
    throw redirect({ to: '/org' });
  },
});

const orgRoute = createRoute({
  getParentRoute: () => appRoute,
  path: 'org',
  validateSearch: (search: Search): { asOf?: string } => ({ asOf: isoDate(search.asOf) }),
  component: OrgLayout,
});

const orgIndexRoute = createRoute({ getParentRoute: () => orgRoute, path: '/', component: OrgIndexPage });

const unitRoute = createRoute({
  getParentRoute: () => orgRoute,
  path: '$unitId',
  validateSearch: (search: Search): { tab?: UnitTab } => ({
    tab: UNIT_TABS.find((tab) => tab === search.tab),
  }),
  component: UnitPage,
});

/** A printable sheet of member cards of a unit (the members chosen in the list, or the unit's). */
const unitCardsRoute = createRoute({
  getParentRoute: () => appRoute,
  path: 'org/$unitId/cards',
  validateSearch: (search: Search): { ids?: string } => ({ ids: textOrNumber(search.ids) }),
  component: CardSheetPage,
});

const membersRoute = createRoute({ getParentRoute: () => appRoute, path: 'members', component: Outlet });

const membersIndexRoute = createRoute({
  getParentRoute: () => membersRoute,
  path: '/',
  validateSearch: validateMembersSearch,
  component: MembersPage,
});

const memberImportRoute = createRoute({
  getParentRoute: () => membersRoute,
  path: 'import',
  validateSearch: (search: Search): { unitId?: number } => ({ unitId: positive(search.unitId) }),
  beforeLoad: ({ context }) => {
    if (!ROLE_POWERS[context.user.role].writeRecords) throw redirect({ to: '/members' });
  },
  component: ImportPage,
});

const memberRoute = createRoute({
  getParentRoute: () => membersRoute,
  path: '$memberId',
  component: MemberPage,
});

const memberCardRoute = createRoute({
  getParentRoute: () => membersRoute,
  path: '$memberId/card',
  component: MemberCardPage,
});

const auditRoute = createRoute({
  getParentRoute: () => appRoute,
  path: 'audit',
  validateSearch: (
    search: Search,
  ): { unitId?: number; entity?: string; page?: number; subtree?: boolean } => ({
    unitId: positive(search.unitId),
    entity: text(search.entity),
    page: positive(search.page),
    subtree: search.subtree === true || search.subtree === 'true' ? true : undefined,
  }),
  component: AuditPage,
});

const usersRoute = createRoute({
  getParentRoute: () => appRoute,
  path: 'users',
  beforeLoad: ({ context }) => {
    if (!ROLE_POWERS[context.user.role].manageUsers) throw redirect({ to: '/org' });
  },
  component: UsersPage,
});

const rulesRoute = createRoute({ getParentRoute: () => appRoute, path: 'rules', component: RulesPage });

const routeTree = rootRoute.addChildren([
  loginRoute,
  verifyRoute,
  cardsVerifyRoute,
  appRoute.addChildren([
    indexRoute,
    orgRoute.addChildren([orgIndexRoute, unitRoute]),
    unitCardsRoute,
    membersRoute.addChildren([membersIndexRoute, memberImportRoute, memberRoute, memberCardRoute]),
    auditRoute,
    usersRoute,
    rulesRoute,
  ]),
]);

export const router = createRouter({
  routeTree,
  context: { queryClient },
  defaultPreload: 'intent',
  defaultPendingComponent: () => (
    <Center h="60vh">
      <Loader />
    </Center>
  ),
  scrollRestoration: true,
});

setSignedOutHandler(() => {
  queryClient.removeQueries();
  const { pathname, href } = router.state.location;
  if (pathname !== '/login') void router.navigate({ to: '/login', search: { redirect: href } });
});

declare module '@tanstack/react-router' {
  interface Register {
    router: typeof router;
  }
}
