// The probes of the route walk: for every signed-in API route, requests a Long Biên administrator makes
// into Hoàng Mai (or above Long Biên) that must be refused or filtered, and the same kind of request inside
// Long Biên that must succeed. A route added without an entry here fails platform/scope.test.ts.
import type { ScopeFixture } from './scope-fixture.ts';

export interface ProbeRequest {
  method: 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';
  url: string;
  payload?: object;
}

export interface Probe {
  /** Requests into the other subtree: each must answer 403 or 404. */
  denied?: (f: ScopeFixture) => ProbeRequest[];
  /** A list or search: 200 with no item outside Long Biên, while the same request by the admin shows some. */
  filtered?: { request: (f: ScopeFixture) => ProbeRequest; ids: (body: never) => (number | null)[] };
  /** The same kind of request inside Long Biên: must succeed, so the refusals above are not blanket ones. */
  own?: (f: ScopeFixture) => ProbeRequest;
  /** Routes over data of no unit (national rules, unit types) or of the caller only: why, and a request. */
  unscoped?: { why: string; request: (f: ScopeFixture) => ProbeRequest };
}

const EVENT = { effectiveDate: '2024-03-01', reason: 'Kiểm tra phạm vi' };
const ADMISSION = { fullName: 'Người Thử Phạm Vi', gender: 'female', admittedOn: '2024-02-01' };
const OFFICE = { office: 'committeeMember', validFrom: '2024-02-01' };
const get = (url: string): ProbeRequest => ({ method: 'GET', url });
const post = (url: string, payload: object): ProbeRequest => ({ method: 'POST', url, payload });
const patch = (url: string, payload: object): ProbeRequest => ({ method: 'PATCH', url, payload });
const unitIds = (body: { items: { id: number }[] }) => body.items.map((unit) => unit.id);

export const PROBES: Record<string, Probe> = {
  'GET /api/auth/me': {
    unscoped: { why: 'answers with the caller’s own account', request: () => get('/api/auth/me') },
  },
  'POST /api/auth/password': {
    unscoped: {
      why: 'changes the caller’s own password only; it names no other account',
      request: () =>
        post('/api/auth/password', { currentPassword: 'secret123', newPassword: 'secret123-changed' }),
    },
  },

  // Accounts
  'GET /api/users': {
    denied: (f) => [get(`/api/users?unitId=${f.units.hoangMai}`), get(`/api/users?unitId=${f.units.hanoi}`)],
    filtered: {
      request: () => get('/api/users'),
      ids: (body: { unit: { id: number } }[]) => body.map((user) => user.unit.id),
    },
  },
  'POST /api/users': {
    denied: (f) => [
      post('/api/users', {
        username: 'intruder',
        fullName: 'Intruder',
        password: 'password-123',
        role: 'viewer',
        unitId: f.units.grassrootsB,
      }),
    ],
    own: (f) =>
      post('/api/users', {
        username: 'new.longbien',
        fullName: 'Người mới',
        password: 'password-123',
        role: 'viewer',
        unitId: f.units.grassrootsA,
      }),
  },
  'PATCH /api/users/:id': {
    denied: (f) => [
      patch(`/api/users/${f.accounts.hoangMaiMember}`, { fullName: 'Renamed' }),
      patch(`/api/users/${f.accounts.hoangMaiStaff}`, { password: 'taken-over-123' }),
      // An account of one's own may not be sent into the other subtree either.
      patch(`/api/users/${f.accounts.longBienMember}`, { unitId: f.units.grassrootsB }),
    ],
    own: (f) => patch(`/api/users/${f.accounts.longBienMember}`, { fullName: 'Đổi tên' }),
  },

  // Rules table and audit log
  'GET /api/rules': {
    unscoped: { why: 'the rules are national, not data of a unit', request: () => get('/api/rules') },
  },
  'GET /api/rules/value': {
    unscoped: {
      why: 'the rules are national, not data of a unit',
      request: () => get('/api/rules/value?key=dues.rate&date=2025-07-01'),
    },
  },
  'POST /api/rules': {
    denied: () => [
      post('/api/rules', { key: 'dues.rate', value: 0.4, validFrom: '2030-01-01', source: 'intruder' }),
    ],
  },
  'GET /api/audit': {
    denied: (f) => [
      get(`/api/audit?unitId=${f.units.hoangMai}`),
      get(`/api/audit?unitId=${f.units.grassrootsB}&subtree=true`),
      get(`/api/audit?unitId=${f.units.root}&subtree=true`),
    ],
    filtered: {
      request: () => get('/api/audit?pageSize=200'),
      ids: (body: { items: { unitId: number | null }[] }) => body.items.map((entry) => entry.unitId),
    },
  },

  // Organisation tree
  'GET /api/org-units': {
    denied: (f) => [get(`/api/org-units?parentId=${f.units.hoangMai}`)],
    filtered: { request: () => get('/api/org-units?q=cdcs&pageSize=200'), ids: unitIds },
  },
  'GET /api/org-units/:id': {
    denied: (f) => [
      get(`/api/org-units/${f.units.grassrootsB}`),
      get(`/api/org-units/${f.units.hoangMai}?asOf=2024-01-01`),
      get(`/api/org-units/${f.units.hanoi}`),
    ],
    own: (f) => get(`/api/org-units/${f.units.grassrootsA}`),
  },
  'GET /api/org-units/:id/children': {
    denied: (f) => [
      get(`/api/org-units/${f.units.hoangMai}/children`),
      get(`/api/org-units/${f.units.hanoi}/children`),
    ],
    own: (f) => get(`/api/org-units/${f.units.longBien}/children`),
  },
  'GET /api/org-units/:id/history': {
    denied: (f) => [get(`/api/org-units/${f.units.grassrootsB}/history`)],
    own: (f) => get(`/api/org-units/${f.units.grassrootsA}/history`),
  },
  'GET /api/org-units/:id/stats': {
    denied: (f) => [
      get(`/api/org-units/${f.units.hoangMai}/stats`),
      get(`/api/org-units/${f.units.root}/stats`),
    ],
    own: (f) => get(`/api/org-units/${f.units.longBien}/stats`),
  },
  'POST /api/org-units': {
    denied: (f) => [
      post('/api/org-units', {
        ...EVENT,
        code: 'X-HM',
        name: 'CĐCS X',
        type: 'grassroots',
        parentId: f.units.hoangMai,
      }),
    ],
    own: (f) =>
      post('/api/org-units', {
        ...EVENT,
        code: 'X-LB',
        name: 'CĐCS X',
        type: 'grassroots',
        parentId: f.units.longBien,
      }),
  },
  'PATCH /api/org-units/:id': {
    denied: (f) => [patch(`/api/org-units/${f.units.grassrootsB}`, { ...EVENT, name: 'Đổi tên' })],
    own: (f) => patch(`/api/org-units/${f.units.grassrootsA}`, { ...EVENT, name: 'CĐCS Long Biên A (mới)' }),
  },
  'POST /api/org-units/:id/move': {
    denied: (f) => [
      post(`/api/org-units/${f.units.grassrootsB}/move`, { ...EVENT, newParentId: f.units.longBien }),
      post(`/api/org-units/${f.units.moved}/move`, { ...EVENT, newParentId: f.units.hoangMai }),
    ],
    own: (f) => post(`/api/org-units/${f.units.moved}/move`, { ...EVENT, newParentId: f.units.localSector }),
  },
  'POST /api/org-units/merge': {
    denied: (f) => [
      post('/api/org-units/merge', {
        ...EVENT,
        sourceIds: [f.units.grassrootsB],
        targetId: f.units.mergeTarget,
      }),
      post('/api/org-units/merge', {
        ...EVENT,
        sourceIds: [f.units.mergeSource],
        targetId: f.units.grassrootsB,
      }),
      post('/api/org-units/merge', {
        ...EVENT,
        sourceIds: [f.units.mergeSource],
        newTarget: {
          code: 'X-MERGED',
          name: 'CĐCS hợp nhất',
          type: 'grassroots',
          parentId: f.units.hoangMai,
        },
      }),
    ],
    own: (f) =>
      post('/api/org-units/merge', {
        ...EVENT,
        sourceIds: [f.units.mergeSource],
        targetId: f.units.mergeTarget,
      }),
  },
  'POST /api/org-units/:id/split': {
    denied: (f) => [
      post(`/api/org-units/${f.units.grassrootsB}/split`, {
        ...EVENT,
        parts: [{ code: 'X-SPLIT-B', name: 'CĐCS tách', type: 'grassroots' }],
      }),
      post(`/api/org-units/${f.units.splitSource}/split`, {
        ...EVENT,
        parts: [{ code: 'X-SPLIT-HM', name: 'CĐCS tách', type: 'grassroots', parentId: f.units.hoangMai }],
      }),
      // A part of Long Biên itself would by default sit under Hà Nội, above the caller's subtree.
      post(`/api/org-units/${f.units.longBien}/split`, {
        ...EVENT,
        keepSource: true,
        parts: [{ code: 'X-SPLIT-LB', name: 'LĐLĐ tách', type: 'district' }],
      }),
    ],
    own: (f) =>
      post(`/api/org-units/${f.units.splitSource}/split`, {
        ...EVENT,
        parts: [
          { code: 'X-SPLIT-1', name: 'CĐCS tách 1', type: 'grassroots' },
          { code: 'X-SPLIT-2', name: 'CĐCS tách 2', type: 'grassroots' },
        ],
      }),
  },
  'POST /api/org-units/:id/dissolve': {
    denied: (f) => [
      post(`/api/org-units/${f.units.grassrootsB}/dissolve`, EVENT),
      post(`/api/org-units/${f.units.dissolved}/dissolve`, { ...EVENT, childrenToId: f.units.hoangMai }),
    ],
    own: (f) => post(`/api/org-units/${f.units.dissolved}/dissolve`, EVENT),
  },

  // Unit types and emulation clusters
  'GET /api/unit-types': {
    unscoped: { why: 'unit types are national configuration', request: () => get('/api/unit-types') },
  },
  'PATCH /api/unit-types/:code': {
    denied: () => [patch('/api/unit-types/commune', { canFoundGrassroots: true })],
  },
  'GET /api/emulation-clusters': {
    denied: (f) => [get(`/api/emulation-clusters?parentId=${f.units.hoangMai}`)],
    filtered: {
      request: () => get('/api/emulation-clusters'),
      ids: (body: { parentUnitId: number; members: { id: number }[] }[]) =>
        body.flatMap((cluster) => [cluster.parentUnitId, ...cluster.members.map((member) => member.id)]),
    },
  },
  'POST /api/emulation-clusters': {
    denied: (f) => [
      post('/api/emulation-clusters', {
        parentUnitId: f.units.hoangMai,
        year: 2025,
        name: 'Cụm mới',
        memberIds: [f.units.grassrootsB],
      }),
    ],
    own: (f) =>
      post('/api/emulation-clusters', {
        parentUnitId: f.units.longBien,
        year: 2025,
        name: 'Cụm mới',
        memberIds: [f.units.grassrootsA],
      }),
  },
  'PATCH /api/emulation-clusters/:id': {
    denied: (f) => [patch(`/api/emulation-clusters/${f.clusters.foreign}`, { name: 'Đổi tên' })],
    own: (f) => patch(`/api/emulation-clusters/${f.clusters.ownToRename}`, { name: 'Đổi tên' }),
  },
  'DELETE /api/emulation-clusters/:id': {
    denied: (f) => [{ method: 'DELETE', url: `/api/emulation-clusters/${f.clusters.foreign}` }],
    own: (f) => ({ method: 'DELETE', url: `/api/emulation-clusters/${f.clusters.ownToDelete}` }),
  },

  // Members (modules/members): a member belongs to their current unit; lists are filtered in SQL.
  'GET /api/members': {
    denied: (f) => [
      get(`/api/members?unitId=${f.units.grassrootsB}`),
      get(`/api/members?unitId=${f.units.hanoi}`),
    ],
    filtered: {
      request: () => get('/api/members?pageSize=500'),
      ids: (body: { items: { unit: { id: number } }[] }) => body.items.map((member) => member.unit.id),
    },
  },
  'POST /api/members': {
    denied: (f) => [
      post('/api/members', { ...ADMISSION, nationalId: '001090000001', unitId: f.units.grassrootsB }),
    ],
    own: (f) =>
      post('/api/members', { ...ADMISSION, nationalId: '001090000002', unitId: f.units.grassrootsA }),
  },
  'GET /api/members/:id': {
    // An id that does not exist answers like one out of reach: nothing to learn by guessing.
    denied: (f) => [get(`/api/members/${f.members.hoangMai}`), get('/api/members/987654')],
    own: (f) => get(`/api/members/${f.members.longBien}`),
  },
  'PATCH /api/members/:id': {
    denied: (f) => [patch(`/api/members/${f.members.hoangMai}`, { phone: '0912345678' })],
    own: (f) => patch(`/api/members/${f.members.longBien}`, { phone: '0912345678' }),
  },
  'POST /api/members/:id/transfer': {
    denied: (f) => [
      post(`/api/members/${f.members.hoangMai}/transfer`, { ...EVENT, toUnitId: f.units.grassrootsA }),
    ],
    // The receiving union may be outside the caller's subtree: members move between unions.
    own: (f) =>
      post(`/api/members/${f.members.longBienToTransfer}/transfer`, {
        ...EVENT,
        toUnitId: f.units.grassrootsB,
      }),
  },
  'POST /api/members/:id/leave': {
    denied: (f) => [post(`/api/members/${f.members.hoangMai}/leave`, { ...EVENT, kind: 'leave' })],
    own: (f) => post(`/api/members/${f.members.longBienToLeave}/leave`, { ...EVENT, kind: 'leave' }),
  },
  'POST /api/members/:id/offices': {
    denied: (f) => [
      post(`/api/members/${f.members.hoangMai}/offices`, { ...OFFICE, unitId: f.units.grassrootsB }),
      // An office in a unit above Long Biên is not the caller's to record.
      post(`/api/members/${f.members.longBienOfficer}/offices`, { ...OFFICE, unitId: f.units.hanoi }),
    ],
    own: (f) =>
      post(`/api/members/${f.members.longBienOfficer}/offices`, { ...OFFICE, unitId: f.units.grassrootsA }),
  },
  'GET /api/members/:id/card': {
    denied: (f) => [get(`/api/members/${f.members.hoangMai}/card`)],
    own: (f) => get(`/api/members/${f.members.longBien}/card`),
  },
  'GET /api/org-units/:id/members/cards': {
    denied: (f) => [
      get(`/api/org-units/${f.units.grassrootsB}/members/cards`),
      get(`/api/org-units/${f.units.hanoi}/members/cards`),
      // A member of another subtree cannot be slipped onto one's own sheet.
      get(`/api/org-units/${f.units.grassrootsA}/members/cards?ids=${f.members.hoangMai}`),
    ],
    own: (f) => get(`/api/org-units/${f.units.grassrootsA}/members/cards?ids=${f.members.longBien}`),
  },
  'GET /api/org-units/:id/member-stats': {
    denied: (f) => [
      get(`/api/org-units/${f.units.hoangMai}/member-stats`),
      get(`/api/org-units/${f.units.root}/member-stats`),
    ],
    own: (f) => get(`/api/org-units/${f.units.longBien}/member-stats`),
  },

  // Member-list import and export (modules/member-import, modules/member-export). The import takes a
  // multipart upload, which a probe cannot send, so only its refusals are walked here; the uploads that
  // succeed inside the caller's scope are in member-import/import-jobs.test.ts.
  'POST /api/org-units/:id/members/import': {
    denied: (f) => [
      post(`/api/org-units/${f.units.grassrootsB}/members/import?dryRun=false`, {}),
      post(`/api/org-units/${f.units.hanoi}/members/import`, {}),
    ],
  },
  'GET /api/import-jobs/:id': {
    denied: (f) => [get(`/api/import-jobs/${f.importJobs.hoangMai}`), get('/api/import-jobs/987654')],
    own: (f) => get(`/api/import-jobs/${f.importJobs.longBien}`),
  },
  'GET /api/import-jobs/:id/rejected.xlsx': {
    denied: (f) => [get(`/api/import-jobs/${f.importJobs.hoangMai}/rejected.xlsx`)],
    own: (f) => get(`/api/import-jobs/${f.importJobs.longBien}/rejected.xlsx`),
  },
  'GET /api/org-units/:id/members/export.xlsx': {
    denied: (f) => [
      get(`/api/org-units/${f.units.grassrootsB}/members/export.xlsx`),
      get(`/api/org-units/${f.units.hanoi}/members/export.xlsx?subtree=true`),
    ],
    own: (f) => get(`/api/org-units/${f.units.grassrootsA}/members/export.xlsx`),
  },
};
