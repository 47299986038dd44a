// Query keys in one place, so a write can invalidate exactly what it changed.
import type { AuditParams } from './audit.ts';
import type { MemberListParams } from './members.ts';
import type { ListUnitsParams } from './org.ts';

export const keys = {
  me: ['me'] as const,
  org: ['org'] as const,
  units: (params: ListUnitsParams) => ['org', 'list', params] as const,
  unit: (id: number, asOf: string) => ['org', 'unit', id, asOf] as const,
  children: (id: number, asOf: string) => ['org', 'children', id, asOf] as const,
  history: (id: number) => ['org', 'history', id] as const,
  stats: (id: number, asOf: string) => ['org', 'stats', id, asOf] as const,
  unitTypes: ['unit-types'] as const,
  clusters: (parentId: number, year: number) => ['clusters', parentId, year] as const,
  audit: (params: AuditParams) => ['audit', params] as const,
  users: (params: { unitId?: number; q?: string }) => ['users', params] as const,
  rules: ['rules'] as const,
  members: ['members'] as const,
  memberList: (params: MemberListParams) => ['members', 'list', params] as const,
  member: (id: number) => ['members', 'detail', id] as const,
  memberCard: (id: number) => ['members', 'card', id] as const,
  memberCards: (unitId: number, ids: number[]) => ['members', 'cards', unitId, ids] as const,
  memberStats: (unitId: number, params: { asOf?: string; from?: string; to?: string }) =>
    ['members', 'stats', unitId, params] as const,
  importJob: (id: number) => ['import-job', id] as const,
  cardVerification: (token: string) => ['card-verification', token] as const,
};
