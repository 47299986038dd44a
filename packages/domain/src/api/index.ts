// Every route of the API, one contract per route, grouped by feature. Server and web both build on this.
import { c } from '../common/contract.ts';
import { rulesContract } from '../rules/contract.ts';

export const apiContract = c.router(
  {
    rules: rulesContract,
  },
  { pathPrefix: '/api', strictStatusCodes: true },
);

export type ApiContract = typeof apiContract;
