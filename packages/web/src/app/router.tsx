// The route tree (code-based): sign-in and card verification (public), then the signed-in shell with
// organisation, members, congresses, audit, users and rules. Each page is its own chunk, fetched when its route
// is first entered (or on hover, by preload), so the first load carries the shell and not every page.
import { isValidIsoDate } from '@congdoan/domain';
import type { QueryClient } from '@tanstack/react-query';
import {
  createRootRouteWithContext,
  createRoute,
  createRouter,
  lazyRouteComponent,
  Outlet,
  redirect,
} from '@tanstack/react-router';
import { ApiError } from '../api/client.ts';
import { PageSkeleton } from '../components/PageSkeleton.tsx';
import { validateAssessmentSearch } from '../routes/assessments/search.ts';
import { validateProgressSearch } from '../routes/congresses/search.ts';
import { validateDashboardSearch } from '../routes/dashboard/search.ts';
import { validateMembersSearch } from '../routes/members/search.ts';
import { validatePlansSearch } from '../routes/plans/search.ts';
import { PRIVACY_TABS, type PrivacyTab } from '../routes/privacy/search.ts';
import { validatePeriodSearch, validateReportsSearch } from '../routes/reports/search.ts';
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

export const UNIT_TABS = ['overview', 'history', 'clusters', 'congress'] as const;
export type UnitTab = (typeof UNIT_TABS)[number];

const rootRoute = createRootRouteWithContext<{ queryClient: QueryClient }>()({
  component: Outlet,
  notFoundComponent: lazyRouteComponent(() => import('../routes/NotFoundPage.tsx'), 'NotFoundPage'),
});

const loginRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/login',
  validateSearch: (search: Search): { redirect?: string } => ({ redirect: text(search.redirect) }),
  component: lazyRouteComponent(() => import('../routes/auth/LoginPage.tsx'), 'LoginPage'),
});

/** Where a member card's QR code leads (the address card.ts prints): public, outside the signed-in shell. */
const cardsVerifyRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/cards/verify',
  validateSearch: (search: Search): { token?: string } => ({ token: textOrNumber(search.token) }),
  component: lazyRouteComponent(() => import('../routes/members/VerifyCardPage.tsx'), 'VerifyCardPage'),
});

/** The page's earlier address, still on cards printed before: it forwards with the query and hash intact. */
const legacyVerifyRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/verify',
  beforeLoad: ({ location }) => {
    throw redirect({ to: '/cards/verify', search: location.search, hash: location.hash, replace: true });
  },
});

// The signed-in shell (header, menu, the as-of picker) is a chunk of its own too: the sign-in page and a
// card's check never fetch it.
const AppShell = lazyRouteComponent(() => import('./AppLayout.tsx'), 'AppLayout');

const appRoute = createRoute({
  getParentRoute: () => rootRoute,
  id: '_app',
  beforeLoad: async ({ context, location }) => {
    // The shell's code (and the library pieces the pages share with it) is fetched while the session is checked,
    // not after: on a phone's network each round trip is half a second.
    void AppShell.preload?.();
    try {
      const { user, can } = await context.queryClient.ensureQueryData(meQuery);
      return { user, can };
    } catch (error) {
      if (error instanceof ApiError && error.status === 401) {
        throw redirect({ to: '/login', search: { redirect: location.href } });
      }
      throw error;
    }
  },
  component: AppShell,
});

/** The home page: the dashboard of the user's unit, or of a unit of their subtree (?unitId=&asOf=). */
const indexRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/',
  validateSearch: validateDashboardSearch,
  component: lazyRouteComponent(() => import('../routes/dashboard/DashboardPage.tsx'), 'DashboardPage'),
});

const orgRoute = createRoute({
  getParentRoute: () => appRoute,
  path: 'org',
  validateSearch: (search: Search): { asOf?: string } => ({ asOf: isoDate(search.asOf) }),
  component: lazyRouteComponent(() => import('../routes/org/OrgLayout.tsx'), 'OrgLayout'),
});

const orgIndexRoute = createRoute({
  getParentRoute: () => orgRoute,
  path: '/',
  component: lazyRouteComponent(() => import('../routes/org/OrgIndexPage.tsx'), 'OrgIndexPage'),
});

const unitRoute = createRoute({
  getParentRoute: () => orgRoute,
  path: '$unitId',
  validateSearch: (search: Search): { tab?: UnitTab } => ({
    tab: UNIT_TABS.find((tab) => tab === search.tab),
  }),
  component: lazyRouteComponent(() => import('../routes/org/UnitPage.tsx'), 'UnitPage'),
});

/** A printable sheet of member cards of a unit (the members chosen in the list, or the unit's). */
const unitCardsRoute = createRoute({
  getParentRoute: () => appRoute,
  path: 'org/$unitId/cards',
  validateSearch: (search: Search): { ids?: string } => ({ ids: textOrNumber(search.ids) }),
  component: lazyRouteComponent(() => import('../routes/members/CardSheetPage.tsx'), 'CardSheetPage'),
});

const membersRoute = createRoute({ getParentRoute: () => appRoute, path: 'members', component: Outlet });

const membersIndexRoute = createRoute({
  getParentRoute: () => membersRoute,
  path: '/',
  validateSearch: validateMembersSearch,
  component: lazyRouteComponent(() => import('../routes/members/MembersPage.tsx'), 'MembersPage'),
});

const memberImportRoute = createRoute({
  getParentRoute: () => membersRoute,
  path: 'import',
  validateSearch: (search: Search): { unitId?: number } => ({ unitId: positive(search.unitId) }),
  beforeLoad: ({ context }) => {
    if (!context.can.writeRecords) throw redirect({ to: '/members' });
  },
  component: lazyRouteComponent(() => import('../routes/members/import/ImportPage.tsx'), 'ImportPage'),
});

const memberRequestsRoute = createRoute({
  getParentRoute: () => membersRoute,
  path: 'requests',
  component: lazyRouteComponent(
    () => import('../routes/members/MemberRequestsPage.tsx'),
    'MemberRequestsPage',
  ),
});

const memberRoute = createRoute({
  getParentRoute: () => membersRoute,
  path: '$memberId',
  component: lazyRouteComponent(() => import('../routes/members/MemberPage.tsx'), 'MemberPage'),
});

const memberCardRoute = createRoute({
  getParentRoute: () => membersRoute,
  path: '$memberId/card',
  component: lazyRouteComponent(() => import('../routes/members/MemberCardPage.tsx'), 'MemberCardPage'),
});

const auditRoute = createRoute({
  getParentRoute: () => appRoute,
  path: 'audit',
  validateSearch: (
    search: Search,
  ): { unitId?: number; entity?: string; entityId?: string; page?: number; subtree?: boolean } => ({
    unitId: positive(search.unitId),
    entity: text(search.entity),
    entityId: textOrNumber(search.entityId),
    page: positive(search.page),
    subtree: search.subtree === true || search.subtree === 'true' ? true : undefined,
  }),
  component: lazyRouteComponent(() => import('../routes/audit/AuditPage.tsx'), 'AuditPage'),
});

const usersRoute = createRoute({
  getParentRoute: () => appRoute,
  path: 'users',
  beforeLoad: ({ context }) => {
    if (!context.can.manageUsers) throw redirect({ to: '/org' });
  },
  component: lazyRouteComponent(() => import('../routes/users/UsersPage.tsx'), 'UsersPage'),
});

const rulesRoute = createRoute({
  getParentRoute: () => appRoute,
  path: 'rules',
  component: lazyRouteComponent(() => import('../routes/rules/RulesPage.tsx'), 'RulesPage'),
});

/** Personal data (?tab=register|reads|corrections|breaches): the administrators' page. */
const privacyRoute = createRoute({
  getParentRoute: () => appRoute,
  path: 'privacy',
  validateSearch: (search: Search): { tab?: PrivacyTab } => ({
    tab: PRIVACY_TABS.find((tab) => tab === search.tab),
  }),
  beforeLoad: ({ context }) => {
    if (!context.can.manageUsers) throw redirect({ to: '/org' });
  },
  component: lazyRouteComponent(() => import('../routes/privacy/PrivacyPage.tsx'), 'PrivacyPage'),
});

const congressesRoute = createRoute({
  getParentRoute: () => appRoute,
  path: 'congresses',
  component: Outlet,
});

/** Progress of a congress cycle across a subtree (?unitId=&cycle=&asOf=). */
const congressProgressRoute = createRoute({
  getParentRoute: () => congressesRoute,
  path: '/',
  validateSearch: validateProgressSearch,
  component: lazyRouteComponent(() => import('../routes/congresses/ProgressPage.tsx'), 'ProgressPage'),
});

const congressRoute = createRoute({
  getParentRoute: () => congressesRoute,
  path: '$congressId',
  component: lazyRouteComponent(() => import('../routes/congresses/CongressPage.tsx'), 'CongressPage'),
});

/** A committee session: what was recorded, its resolutions and their tasks, the downloads. */
const meetingRoute = createRoute({
  getParentRoute: () => appRoute,
  path: 'meetings/$meetingId',
  component: lazyRouteComponent(() => import('../routes/meetings/MeetingPage.tsx'), 'MeetingPage'),
});

/** The year plans that apply to a unit (?unitId=&year=), and one plan's progress on its targets (?asOf=). */
const plansRoute = createRoute({ getParentRoute: () => appRoute, path: 'plans', component: Outlet });

const plansIndexRoute = createRoute({
  getParentRoute: () => plansRoute,
  path: '/',
  validateSearch: validatePlansSearch,
  component: lazyRouteComponent(() => import('../routes/plans/PlansPage.tsx'), 'PlansPage'),
});

const planRoute = createRoute({
  getParentRoute: () => plansRoute,
  path: '$planId',
  validateSearch: (search: Search): { asOf?: string } => ({ asOf: isoDate(search.asOf) }),
  component: lazyRouteComponent(() => import('../routes/plans/PlanProgressPage.tsx'), 'PlanProgressPage'),
});

/** Periodic reports: the periods (?year=), one period's tabs (?tab=&unitId=&status=), and a unit's report. */
const reportsRoute = createRoute({ getParentRoute: () => appRoute, path: 'reports', component: Outlet });

const reportsIndexRoute = createRoute({
  getParentRoute: () => reportsRoute,
  path: '/',
  validateSearch: validateReportsSearch,
  component: lazyRouteComponent(() => import('../routes/reports/ReportsPage.tsx'), 'ReportsPage'),
});

const reportPeriodRoute = createRoute({
  getParentRoute: () => reportsRoute,
  path: '$periodId',
  validateSearch: validatePeriodSearch,
  component: lazyRouteComponent(() => import('../routes/reports/PeriodPage.tsx'), 'PeriodPage'),
});

const unitReportRoute = createRoute({
  getParentRoute: () => reportsRoute,
  path: '$periodId/units/$unitId',
  component: lazyRouteComponent(() => import('../routes/reports/UnitReportPage.tsx'), 'UnitReportPage'),
});

/** The annual assessment of grassroots unions: the overview of a subtree (?unitId=&year=), and one sheet. */
const assessmentsRoute = createRoute({
  getParentRoute: () => appRoute,
  path: 'assessments',
  component: Outlet,
});

const assessmentsIndexRoute = createRoute({
  getParentRoute: () => assessmentsRoute,
  path: '/',
  validateSearch: validateAssessmentSearch,
  component: lazyRouteComponent(() => import('../routes/assessments/OverviewPage.tsx'), 'OverviewPage'),
});

const assessmentSheetRoute = createRoute({
  getParentRoute: () => assessmentsRoute,
  path: '$unitId/$year',
  component: lazyRouteComponent(() => import('../routes/assessments/SheetPage.tsx'), 'SheetPage'),
});

const routeTree = rootRoute.addChildren([
  loginRoute,
  cardsVerifyRoute,
  legacyVerifyRoute,
  appRoute.addChildren([
    indexRoute,
    orgRoute.addChildren([orgIndexRoute, unitRoute]),
    unitCardsRoute,
    membersRoute.addChildren([
      membersIndexRoute,
      memberImportRoute,
      memberRequestsRoute,
      memberRoute,
      memberCardRoute,
    ]),
    auditRoute,
    usersRoute,
    rulesRoute,
    privacyRoute,
    congressesRoute.addChildren([congressProgressRoute, congressRoute]),
    meetingRoute,
    assessmentsRoute.addChildren([assessmentsIndexRoute, assessmentSheetRoute]),
    plansRoute.addChildren([plansIndexRoute, planRoute]),
    reportsRoute.addChildren([reportsIndexRoute, reportPeriodRoute, unitReportRoute]),
  ]),
]);

export const router = createRouter({
  routeTree,
  context: { queryClient },
  defaultPreload: 'intent',
  // While a page's code (or its loader) is on its way: the frame a record's page shows while it loads.
  defaultPendingComponent: PageSkeleton,
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
