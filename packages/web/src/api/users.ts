// Accounts within the caller's scope, for roles that manage users.
import type { createUserBody, UserRow, updateUserBody } from '@congdoan/domain';
import type { z } from 'zod';
import { get, patch, post } from './client.ts';

export const usersApi = {
  list: async (params: { unitId?: number; q?: string }): Promise<UserRow[]> => {
    // Accept a bare list or a page, so the screen does not depend on the server's paging choice.
    const data = await get<UserRow[] | { items: UserRow[] }>('/users', params);
    return Array.isArray(data) ? data : data.items;
  },
  create: (body: z.input<typeof createUserBody>) => post<UserRow | { user: UserRow }>('/users', body),
  update: (id: number, body: z.input<typeof updateUserBody>) =>
    patch<UserRow | { user: UserRow }>(`/users/${id}`, body),
};
