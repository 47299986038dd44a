// Accounts, sign-in and roles. A role is bound to a unit and covers that unit's subtree.
import { z } from 'zod';
import { canFlags } from '../common/contract.ts';
import { idParam, pageParam, pageSizeParam, recordId } from '../common/input.ts';
import { unitTypeCode } from '../org/schemas.ts';

export const ROLES = ['system_admin', 'unit_admin', 'unit_officer', 'viewer'] as const;
export const role = z.enum(ROLES);
export type Role = z.infer<typeof role>;

export const LOCALES = ['vi', 'en'] as const;
export const locale = z.enum(LOCALES);
export type Locale = z.infer<typeof locale>;

export const username = z
  .string()
  .trim()
  .toLowerCase()
  .min(3)
  .max(60)
  .regex(/^[a-z0-9._-]+$/u, { message: 'error.usernameFormat' });
export const password = z.string().min(8, { message: 'error.passwordTooShort' }).max(200);

export const loginBody = z.object({
  username: z.string().trim().min(1).max(60),
  password: z.string().min(1).max(200),
});
export const changePasswordBody = z.object({
  currentPassword: z.string().min(1).max(200),
  newPassword: password,
});

export const userUnit = z.object({
  id: z.number().int(),
  code: z.string(),
  name: z.string(),
  type: unitTypeCode,
});

export const currentUser = z.object({
  id: z.number().int(),
  username: z.string(),
  fullName: z.string(),
  role,
  locale,
  unit: userUnit,
});
export type CurrentUser = z.infer<typeof currentUser>;

/**
 * What the signed-in user may do beyond a single object, for the menu and the pages' global buttons: each
 * flag is the guard of a route that does it, evaluated for the user's own unit.
 */
export const globalCan = canFlags(
  'manageUsers',
  'grantSystemAdmin',
  'restructure',
  'writeRecords',
  'editRules',
  'managePrivacy',
);
export type GlobalCan = z.infer<typeof globalCan>;

/** GET /auth/me: who is signed in and what they may do. */
export const meAnswer = z.object({ user: currentUser, can: globalCan });
export type MeAnswer = z.infer<typeof meAnswer>;

export const userRow = currentUser.extend({
  active: z.boolean(),
  createdAt: z.string(),
  lastLoginAt: z.string().nullable(),
});
export type UserRow = z.infer<typeof userRow>;

/**
 * An account in the list, with what the caller may do to it: change it (name, role, unit), set a new password,
 * turn it off (not the last active system administrator).
 */
export const userListRow = userRow.extend({ can: canFlags('edit', 'resetPassword', 'deactivate') });
export type UserListRow = z.infer<typeof userListRow>;

export const createUserBody = z.object({
  username,
  fullName: z.string().trim().min(1).max(200),
  password,
  role,
  unitId: recordId,
  locale: locale.default('vi'),
});
export const updateUserBody = z.object({
  fullName: z.string().trim().min(1).max(200).optional(),
  role: role.optional(),
  unitId: recordId.optional(),
  active: z.boolean().optional(),
  password: password.optional(),
  locale: locale.optional(),
});
export const listUsersQuery = z.object({
  unitId: idParam.optional(),
  q: z.string().trim().max(100).optional(),
  page: pageParam.default(1),
  pageSize: pageSizeParam(200).default(50),
});
/** The accounts' filter as a caller gives it (page and size optional). */
export type ListUsersQuery = z.input<typeof listUsersQuery>;

/** One page of the accounts, by username. */
export const userPage = z.object({
  items: z.array(userListRow),
  total: z.number().int(),
  page: z.number().int(),
  pageSize: z.number().int(),
});
export type UserPage = z.infer<typeof userPage>;

/** What each role may do; checked together with the unit scope. */
export const ROLE_POWERS: Record<
  Role,
  {
    readAll: boolean;
    writeRecords: boolean;
    restructure: boolean;
    manageUsers: boolean;
    editRules: boolean;
    /** recording personal-data breaches and their notification (the national controller's duty) */
    managePrivacy: boolean;
  }
> = {
  system_admin: {
    readAll: true,
    writeRecords: true,
    restructure: true,
    manageUsers: true,
    editRules: true,
    managePrivacy: true,
  },
  unit_admin: {
    readAll: false,
    writeRecords: true,
    restructure: true,
    manageUsers: true,
    editRules: false,
    managePrivacy: false,
  },
  unit_officer: {
    readAll: false,
    writeRecords: true,
    restructure: false,
    manageUsers: false,
    editRules: false,
    managePrivacy: false,
  },
  viewer: {
    readAll: false,
    writeRecords: false,
    restructure: false,
    manageUsers: false,
    editRules: false,
    managePrivacy: false,
  },
};
