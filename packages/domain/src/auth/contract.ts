// The routes of signing in and of accounts: sign in, sign out, who am I, change one's password; the
// administrators' list of accounts in their subtree, creating and changing them.
import { z } from 'zod';
import { c, meta, noContent } from '../common/contract.ts';
import { idParam } from '../common/input.ts';
import {
  changePasswordBody,
  createUserBody,
  currentUser,
  listUsersQuery,
  loginBody,
  meAnswer,
  updateUserBody,
  userPage,
  userRow,
} from './schemas.ts';

export const authContract = c.router({
  login: {
    method: 'POST',
    path: '/auth/login',
    body: loginBody,
    responses: { 200: z.object({ user: currentUser }) },
    metadata: meta('auth', { kind: 'public' }),
  },
  // Public, so that a session already gone still signs out cleanly (the cookie is cleared).
  logout: {
    method: 'POST',
    path: '/auth/logout',
    body: c.noBody(),
    responses: { 204: noContent },
    metadata: meta('auth', { kind: 'public' }),
  },
  me: {
    method: 'GET',
    path: '/auth/me',
    responses: { 200: meAnswer },
    metadata: meta('auth', { kind: 'signedIn' }),
  },
  changePassword: {
    method: 'POST',
    path: '/auth/password',
    body: changePasswordBody,
    responses: { 204: noContent },
    metadata: meta('auth', { kind: 'signedIn' }),
  },
});

export const usersContract = c.router({
  // Filtered to the caller's subtree; a unit named in the query must be readable.
  list: {
    method: 'GET',
    path: '/users',
    query: listUsersQuery,
    responses: { 200: userPage },
    metadata: meta('users', { kind: 'read', power: 'manageUsers' }),
  },
  create: {
    method: 'POST',
    path: '/users',
    body: createUserBody,
    responses: { 201: userRow },
    metadata: meta('users', { kind: 'write', power: 'manageUsers' }),
  },
  update: {
    method: 'PATCH',
    path: '/users/:id',
    pathParams: z.object({ id: idParam }),
    body: updateUserBody,
    responses: { 200: userRow },
    metadata: meta('users', { kind: 'write', power: 'manageUsers' }),
  },
});
