// Emulation clusters: named groups of peer units under a parent, per year.
import type { createClusterBody, EmulationCluster, updateClusterBody } from '@congdoan/domain';
import type { z } from 'zod';
import { del, get, patch, post } from './client.ts';

export const clustersApi = {
  list: (parentId: number, year: number) =>
    get<EmulationCluster[]>('/emulation-clusters', { parentId, year }),
  create: (body: z.input<typeof createClusterBody>) => post<EmulationCluster>('/emulation-clusters', body),
  update: (id: number, body: z.input<typeof updateClusterBody>) =>
    patch<EmulationCluster>(`/emulation-clusters/${id}`, body),
  remove: (id: number) => del<null>(`/emulation-clusters/${id}`),
};
