// Sign-in, sign-out, the current user and password change.
import type { CurrentUser, changePasswordBody, loginBody } from '@congdoan/domain';
import type { z } from 'zod';
import { get, post } from './client.ts';

export const authApi = {
  login: (body: z.input<typeof loginBody>) => post<{ user: CurrentUser }>('/auth/login', body),
  logout: () => post<null>('/auth/logout'),
  me: () => get<{ user: CurrentUser }>('/auth/me'),
  changePassword: (body: z.input<typeof changePasswordBody>) => post<null>('/auth/password', body),
};
