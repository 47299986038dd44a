// The route of the home dashboard: a unit (the caller's by default) as of a day.
import { c, meta } from '../common/contract.ts';
import { dashboard, dashboardQuery } from './schemas.ts';

export const dashboardContract = c.router({
  // Signed in; the service checks the unit asked for and counts everything within the caller's scope.
  get: {
    method: 'GET',
    path: '/dashboard',
    query: dashboardQuery,
    responses: { 200: dashboard },
    metadata: meta('dashboard', { kind: 'signedIn' }),
  },
});
