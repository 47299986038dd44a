// Every route of the API, one contract per route, grouped by feature. Server and web both build on this.
import { assessmentsContract } from '../assessment/contract.ts';
import { auditContract } from '../audit/contract.ts';
import { authContract, usersContract } from '../auth/contract.ts';
import { c } from '../common/contract.ts';
import { congressesContract } from '../congresses/contract.ts';
import { dashboardContract } from '../dashboard/contract.ts';
import { electionsContract } from '../elections/contract.ts';
import { meetingsContract } from '../meetings/contract.ts';
import { membersContract } from '../members/contract.ts';
import { memberImportContract } from '../members/import-contract.ts';
import { memberRequestsContract } from '../members/requests-contract.ts';
import { clustersContract, orgContract, unitTypesContract } from '../org/contract.ts';
import { yearPlansContract } from '../plans/contract.ts';
import { platformContract } from '../platform/contract.ts';
import { privacyContract } from '../privacy/contract.ts';
import { reportFormsContract, reportsContract } from '../reports/contract.ts';
import { rulesContract } from '../rules/contract.ts';

export const apiContract = c.router(
  {
    rules: rulesContract,
    org: orgContract,
    unitTypes: unitTypesContract,
    clusters: clustersContract,
    auth: authContract,
    users: usersContract,
    audit: auditContract,
    dashboard: dashboardContract,
    platform: platformContract,
    members: membersContract,
    memberImport: memberImportContract,
    memberRequests: memberRequestsContract,
    privacy: privacyContract,
    congresses: congressesContract,
    elections: electionsContract,
    meetings: meetingsContract,
    reportForms: reportFormsContract,
    reports: reportsContract,
    yearPlans: yearPlansContract,
    assessments: assessmentsContract,
  },
  { pathPrefix: '/api', strictStatusCodes: true },
);

export type ApiContract = typeof apiContract;
