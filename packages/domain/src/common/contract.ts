// How a route's contract is declared: ts-rest's contract builder, and the access kind each route states.
// A contract names the method, the path with its typed params, the query, the body and the responses; the
// server registers its handler against it (server/src/platform/routes.ts) and the web calls it through a
// client typed by it (web/src/api/client.ts), so neither can drift from the other.
import { type ContractNoBodyType, initContract } from '@ts-rest/core';
import { z } from 'zod';

export const c = initContract();

/**
 * Who may call a route, as the contract states it: anyone ('public'), any signed-in user ('signedIn'),
 * a user whose scope covers what the route reads ('read') or writes ('write'), and the role power a write
 * needs. The server's access rule must match the kind (platform/routes.ts refuses to register otherwise);
 * its checks say which unit and date.
 */
export type AccessKind =
  | { kind: 'public' }
  | { kind: 'signedIn'; power?: RolePower }
  | { kind: 'read'; power?: RolePower }
  | { kind: 'write'; power?: RolePower };

export type RolePower = 'writeRecords' | 'restructure' | 'manageUsers' | 'editRules' | 'managePrivacy';

export interface RouteMetadata {
  access: AccessKind;
  /** OpenAPI tag: the feature the route belongs to. */
  tag: string;
}

/** The route's metadata, typed (ts-rest keeps it as `unknown`). */
export const meta = (tag: string, access: AccessKind): RouteMetadata => ({ tag, access });

/** A response with no body (204). Typed by hand: inferred, TypeScript widens the unique symbol to `symbol`. */
export const noContent: ContractNoBodyType = c.noBody();

/** A file the route sends (xlsx, docx, pdf, csv): the web links to it or downloads it. */
export const fileResponse = (contentType: string) => c.otherResponse({ contentType, body: c.type<Blob>() });

export const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
export const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/** The `lang` query parameter of every file route: the file comes out in the requester's language. */
export const fileLanguageQuery = z.object({ lang: z.enum(['vi', 'en']).optional() });

/** An object's `can`: one flag per action the caller may take on it, decided by the server (platform/policy.ts). */
export function canFlags<const K extends string>(...actions: K[]) {
  return z.object(
    Object.fromEntries(actions.map((action) => [action, z.boolean()])) as Record<K, z.ZodBoolean>,
  );
}
