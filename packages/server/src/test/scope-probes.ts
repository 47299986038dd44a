// The probes of the route walk: for every signed-in API route, requests a Long Biên administrator makes
// into Hoàng Mai (or above Long Biên) that must be refused or filtered, and the same kind of request inside
// Long Biên that must succeed. A route added without an entry here fails platform/scope.test.ts.
import { DEFAULT_ASSESSMENT_SHEET } from '@congdoan/domain';
import { UNASKED_NATIONAL_ID } from '../modules/member-requests/test-requests.ts';
import type { ScopeFixture } from './scope-fixture.ts';

/**
 * Routes that read a unit's history and filter each record by its own date: against the union that moved
 * out of Long Biên they answer 200 with the records of its years there, never one of after the move.
 */
export const HISTORY_ROUTES = new Set(['GET /api/audit', 'GET /api/org-units/:id/history']);

export interface ProbeRequest {
  method: 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';
  url: string;
  payload?: object;
}

export interface Probe {
  /**
   * Requests into the other subtree: each must answer 404 as an unknown id would (403 only for a role
   * lacking the power), naming nobody. They are sent again with the moved-out union as the other subtree.
   */
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
const READMIT = { effectiveDate: '2024-04-01' };
const MEMBER_REQUEST = {
  nationalId: UNASKED_NATIONAL_ID,
  effectiveDate: '2024-03-01',
  reason: 'Chuyển công tác',
};
const REFUSAL = { reason: 'Đoàn viên vẫn làm việc tại đơn vị' };
const PLAN = {
  cycle: '2023-2028',
  title: 'Kế hoạch tổ chức đại hội',
  issuedOn: '2022-09-01',
  deadlines: [{ level: 'grassroots', deadline: '2023-06-30' }],
};
const TERM = { endsOn: '2028-11-10', decisionNumber: '12/QĐ-LĐLĐ' };
const MEETING = { heldOn: '2024-06-01', convened: 2, present: 2, agenda: ['Sơ kết 6 tháng'] };
const YEAR_PLAN = {
  year: 2025,
  theme: 'Chương trình công tác năm 2025',
  issuedOn: '2025-01-05',
  targets: [{ indicatorCode: 'PETITIONS', valueForAll: 2 }],
};
const ACHIEVEMENT = { value: 1, asOf: '2024-06-01' };
const REPORT_FORM = { code: 'MAU-THU', name: 'Mẫu thử', level: 'grassroots', indicatorCodes: ['PETITIONS'] };
const REPORT = {
  values: { WORKERS: 120 },
  narrative: { results: 'Kết quả', shortcomings: '', direction: '' },
};
const RETURN = { comment: 'Bổ sung số liệu' };
const CORRECTION = {
  requestedBy: 'Chính đoàn viên',
  field: 'phone',
  requestedValue: '0912000111',
  receivedOn: '2024-05-02',
};
const BREACH = {
  discoveredAt: '2024-05-01T08:00:00+07:00',
  description: 'Lộ danh sách',
  dataCategories: ['phone'],
  peopleAffected: 3,
};
/** every criterion of the default assessment sheet at its maximum but the bonus at zero: 95 points */
const REVIEW_SCORES = Object.fromEntries(
  DEFAULT_ASSESSMENT_SHEET.sections.flatMap((section) =>
    section.criteria.map((criterion) => [criterion.code, section.kind === 'bonus' ? 0 : criterion.maxPoints]),
  ),
);
const get = (url: string): ProbeRequest => ({ method: 'GET', url });
const post = (url: string, payload: object): ProbeRequest => ({ method: 'POST', url, payload });
const patch = (url: string, payload: object): ProbeRequest => ({ method: 'PATCH', url, payload });
const put = (url: string, payload: object): ProbeRequest => ({ method: 'PUT', url, payload });
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
      ids: (body: { items: { unit: { id: number } }[] }) => body.items.map((user) => user.unit.id),
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
  'POST /api/members/:id/readmit': {
    denied: (f) => [
      // Into a union of the other subtree.
      post(`/api/members/${f.members.longBienToLeave}/readmit`, { ...READMIT, unitId: f.units.grassrootsB }),
      // A member of the other subtree, reached by id alone, into one's own union: as if unknown.
      post(`/api/members/${f.members.hoangMai}/readmit`, { ...READMIT, unitId: f.units.grassrootsA }),
      post('/api/members/987654/readmit', { ...READMIT, unitId: f.units.grassrootsA }),
    ],
    // The member the leave probe above has just taken out of the union (the walk runs in this order).
    own: (f) =>
      post(`/api/members/${f.members.longBienToLeave}/readmit`, { ...READMIT, unitId: f.units.grassrootsA }),
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

  // Member transfer requests (modules/member-requests): the lists are filtered in SQL (the lists come
  // before the decisions, which move the approved member into Hoàng Mai); deciding needs the member held
  // in scope, refused as an unknown id otherwise.
  'GET /api/member-requests/incoming': {
    filtered: {
      request: () => get('/api/member-requests/incoming'),
      ids: (body: { items: { member: { unit: { id: number } } }[] }) =>
        body.items.map((request) => request.member.unit.id),
    },
  },
  'GET /api/member-requests/outgoing': {
    filtered: {
      request: () => get('/api/member-requests/outgoing'),
      ids: (body: { items: { targetUnit: { id: number } }[] }) =>
        body.items.map((request) => request.targetUnit.id),
    },
  },
  'POST /api/member-requests': {
    denied: (f) => [post('/api/member-requests', { ...MEMBER_REQUEST, unitId: f.units.grassrootsB })],
    own: (f) => post('/api/member-requests', { ...MEMBER_REQUEST, unitId: f.units.grassrootsA }),
  },
  'POST /api/member-requests/:id/approve': {
    denied: (f) => [
      post(`/api/member-requests/${f.memberRequests.fromLongBien}/approve`, {}),
      post('/api/member-requests/987654/approve', {}),
    ],
    own: (f) => post(`/api/member-requests/${f.memberRequests.toApprove}/approve`, {}),
  },
  'POST /api/member-requests/:id/refuse': {
    denied: (f) => [post(`/api/member-requests/${f.memberRequests.fromLongBien}/refuse`, REFUSAL)],
    own: (f) => post(`/api/member-requests/${f.memberRequests.toRefuse}/refuse`, REFUSAL),
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

  // Congresses (modules/congresses). The document upload is multipart, which a probe cannot send: its
  // refusals are walked here and the uploads that succeed are in congresses/congresses.test.ts.
  'POST /api/congress-plans': {
    denied: (f) => [
      post('/api/congress-plans', { ...PLAN, issuerUnitId: f.units.hoangMai }),
      post('/api/congress-plans', {
        ...PLAN,
        issuerUnitId: f.units.hanoi,
        pilotUnitIds: [f.units.grassrootsA],
      }),
    ],
    own: (f) => post('/api/congress-plans', { ...PLAN, issuerUnitId: f.units.longBien }),
  },
  'GET /api/congress-plans': {
    denied: (f) => [
      get(`/api/congress-plans?unitId=${f.units.hoangMai}`),
      get(`/api/congress-plans?unitId=${f.units.grassrootsB}&cycle=2023-2028`),
    ],
    own: (f) => get(`/api/congress-plans?unitId=${f.units.grassrootsA}`),
  },
  'GET /api/congress-plans/:id': {
    denied: (f) => [get(`/api/congress-plans/${f.congresses.plans.hoangMai}`)],
    own: (f) => get(`/api/congress-plans/${f.congresses.plans.longBien}`),
  },
  'POST /api/congresses': {
    denied: (f) => [
      post('/api/congresses', { unitId: f.units.grassrootsB, cycle: '2025-2030' }),
      post('/api/congresses', { unitId: f.units.hoangMai, cycle: '2025-2030' }),
    ],
    own: (f) => post('/api/congresses', { unitId: f.units.grassrootsA, cycle: '2025-2030' }),
  },
  'GET /api/congresses': {
    denied: (f) => [
      get(`/api/congresses?unitId=${f.units.hoangMai}`),
      get(`/api/congresses?unitId=${f.units.hanoi}&cycle=2023-2028`),
    ],
    filtered: {
      request: () => get('/api/congresses?pageSize=200'),
      ids: (body: { items: { unit: { id: number } }[] }) => body.items.map((item) => item.unit.id),
    },
  },
  'GET /api/congresses/:id': {
    denied: (f) => [get(`/api/congresses/${f.congresses.congresses.hoangMai}`)],
    own: (f) => get(`/api/congresses/${f.congresses.congresses.longBien}`),
  },
  'PATCH /api/congresses/:id': {
    denied: (f) => [patch(`/api/congresses/${f.congresses.congresses.hoangMai}`, { notes: 'Sửa trộm' })],
    own: (f) => patch(`/api/congresses/${f.congresses.congresses.longBien}`, { notes: 'Ghi chú' }),
  },
  'POST /api/congresses/:id/recognise': {
    denied: (f) => [
      post(`/api/congresses/${f.congresses.congresses.hoangMai}/recognise`, { recognisedOn: '2023-05-20' }),
    ],
    own: (f) =>
      post(`/api/congresses/${f.congresses.congresses.longBien}/recognise`, { recognisedOn: '2023-05-20' }),
  },
  'POST /api/congresses/:id/documents': {
    denied: (f) => [post(`/api/congresses/${f.congresses.congresses.hoangMai}/documents`, {})],
  },
  'GET /api/congresses/:id/documents/:documentId': {
    denied: (f) => [
      get(`/api/congresses/${f.congresses.congresses.hoangMai}/documents/${f.congresses.documents.hoangMai}`),
      // Another congress's document cannot be reached through one's own congress.
      get(`/api/congresses/${f.congresses.congresses.longBien}/documents/${f.congresses.documents.hoangMai}`),
    ],
    own: (f) =>
      get(`/api/congresses/${f.congresses.congresses.longBien}/documents/${f.congresses.documents.longBien}`),
  },
  'DELETE /api/congresses/:id/documents/:documentId': {
    denied: (f) => [
      {
        method: 'DELETE',
        url: `/api/congresses/${f.congresses.congresses.hoangMai}/documents/${f.congresses.documents.hoangMai}`,
      },
      {
        method: 'DELETE',
        url: `/api/congresses/${f.congresses.congresses.longBien}/documents/${f.congresses.documents.hoangMai}`,
      },
    ],
    own: (f) => ({
      method: 'DELETE',
      url: `/api/congresses/${f.congresses.congresses.longBien}/documents/${f.congresses.documents.longBienToDelete}`,
    }),
  },
  'PUT /api/congresses/:id/term': {
    denied: (f) => [
      { method: 'PUT', url: `/api/congresses/${f.congresses.congresses.hoangMai}/term`, payload: TERM },
    ],
    own: (f) => ({
      method: 'PUT',
      url: `/api/congresses/${f.congresses.congresses.longBien}/term`,
      payload: TERM,
    }),
  },
  'GET /api/org-units/:id/congress-overview': {
    denied: (f) => [
      get(`/api/org-units/${f.units.hoangMai}/congress-overview`),
      get(`/api/org-units/${f.units.hanoi}/congress-overview`),
    ],
    own: (f) => get(`/api/org-units/${f.units.longBien}/congress-overview`),
  },
  'GET /api/org-units/:id/terms': {
    denied: (f) => [get(`/api/org-units/${f.units.grassrootsB}/terms`)],
    own: (f) => get(`/api/org-units/${f.units.grassrootsA}/terms`),
  },
  'GET /api/congress-progress': {
    denied: (f) => [
      get(`/api/congress-progress?unitId=${f.units.hoangMai}&cycle=2023-2028`),
      get(`/api/congress-progress?unitId=${f.units.hanoi}&cycle=2023-2028`),
    ],
    own: (f) => get(`/api/congress-progress?unitId=${f.units.longBien}&cycle=2023-2028`),
  },
  'GET /api/congress-progress/export.xlsx': {
    denied: (f) => [get(`/api/congress-progress/export.xlsx?unitId=${f.units.hoangMai}&cycle=2023-2028`)],
    own: (f) => get(`/api/congress-progress/export.xlsx?unitId=${f.units.longBien}&cycle=2023-2028`),
  },

  // Elections and committees (modules/elections): scope through the congress's unit.
  'GET /api/congresses/:id/elections': {
    denied: (f) => [
      get(`/api/congresses/${f.elections.congresses.hoangMai}/elections`),
      get('/api/congresses/987654/elections'),
    ],
    own: (f) => get(`/api/congresses/${f.elections.congresses.longBien}/elections`),
  },
  'GET /api/congresses/:id/seat-rules': {
    denied: (f) => [get(`/api/congresses/${f.elections.congresses.hoangMai}/seat-rules`)],
    own: (f) => get(`/api/congresses/${f.elections.congresses.longBien}/seat-rules`),
  },
  'POST /api/congresses/:id/elections': {
    denied: (f) => [
      post(`/api/congresses/${f.elections.congresses.hoangMai}/elections`, {
        body: 'higherCongressDelegates',
        seats: 1,
        candidateMemberIds: [f.members.hoangMai],
      }),
    ],
    own: (f) =>
      post(`/api/congresses/${f.elections.congresses.longBien}/elections`, {
        body: 'higherCongressDelegates',
        seats: 1,
        candidateMemberIds: [f.members.longBien],
      }),
  },
  'GET /api/elections/:id': {
    denied: (f) => [get(`/api/elections/${f.elections.hoangMaiCounted}`), get('/api/elections/987654')],
    own: (f) => get(`/api/elections/${f.elections.longBienCounted}`),
  },
  'POST /api/elections/:id/count': {
    denied: (f) => [
      post(`/api/elections/${f.elections.hoangMaiCounted}/count`, {
        ballotsIssued: 4,
        ballotsCollected: 4,
        invalidBallots: 0,
        votes: { [f.elections.hoangMaiCandidate]: 3 },
      }),
    ],
    own: (f) =>
      post(`/api/elections/${f.elections.longBienToCount.id}/count`, {
        ballotsIssued: 4,
        ballotsCollected: 4,
        invalidBallots: 0,
        votes: { [f.elections.longBienToCount.candidateIds[0]!]: 3 },
      }),
  },
  'POST /api/elections/:id/rounds': {
    denied: (f) => [post(`/api/elections/${f.elections.hoangMaiCounted}/rounds`, {})],
    own: (f) => post(`/api/elections/${f.elections.longBienCounted}/rounds`, {}),
  },
  'GET /api/elections/:id/minutes.docx': {
    denied: (f) => [get(`/api/elections/${f.elections.hoangMaiCounted}/minutes.docx`)],
    own: (f) => get(`/api/elections/${f.elections.longBienCounted}/minutes.docx`),
  },
  'POST /api/congresses/:id/committees': {
    denied: (f) => [
      post(`/api/congresses/${f.elections.congresses.hoangMai}/committees`, {
        body: 'executiveCommittee',
        presentedOn: '2025-03-25',
        members: [{ memberId: f.members.hoangMai, position: 'chair' }],
      }),
    ],
    own: (f) =>
      post(`/api/congresses/${f.elections.congresses.longBien}/committees`, {
        body: 'executiveCommittee',
        presentedOn: '2025-03-25',
        members: [{ memberId: f.members.longBien, position: 'chair' }],
      }),
  },
  'GET /api/org-units/:id/committees': {
    denied: (f) => [
      get(`/api/org-units/${f.units.grassrootsB}/committees`),
      get(`/api/org-units/${f.units.hanoi}/committees`),
    ],
    own: (f) => get(`/api/org-units/${f.units.grassrootsA}/committees`),
  },

  // Committee meetings (modules/meetings): scope through the committee's unit; a task also through its owner.
  'POST /api/meetings': {
    denied: (f) => [
      post('/api/meetings', { ...MEETING, committeeId: f.meetings.committees.hoangMai }),
      // A task cannot be given to a unit outside the committee's subtree.
      post('/api/meetings', {
        ...MEETING,
        committeeId: f.meetings.committees.longBien,
        resolutions: [
          {
            title: 'Nghị quyết',
            tasks: [{ description: 'Việc', ownerUnitId: f.units.grassrootsB, deadline: '2024-12-31' }],
          },
        ],
      }),
    ],
    own: (f) => post('/api/meetings', { ...MEETING, committeeId: f.meetings.committees.longBien }),
  },
  'GET /api/meetings': {
    denied: (f) => [
      get(`/api/meetings?committeeId=${f.meetings.committees.hoangMai}`),
      get(`/api/meetings?unitId=${f.units.hoangMai}`),
      get(`/api/meetings?unitId=${f.units.hanoi}`),
    ],
    own: (f) => get(`/api/meetings?unitId=${f.units.longBien}`),
  },
  'GET /api/meetings/:id': {
    denied: (f) => [get(`/api/meetings/${f.meetings.hoangMai.meeting}`), get('/api/meetings/987654')],
    own: (f) => get(`/api/meetings/${f.meetings.longBien.meeting}`),
  },
  'GET /api/meetings/:id/minutes.docx': {
    denied: (f) => [get(`/api/meetings/${f.meetings.hoangMai.meeting}/minutes.docx`)],
    own: (f) => get(`/api/meetings/${f.meetings.longBien.meeting}/minutes.docx`),
  },
  'GET /api/resolutions/:id/document.docx': {
    denied: (f) => [get(`/api/resolutions/${f.meetings.hoangMai.resolution}/document.docx`)],
    own: (f) => get(`/api/resolutions/${f.meetings.longBien.resolution}/document.docx`),
  },
  'GET /api/tasks': {
    denied: (f) => [get(`/api/tasks?unitId=${f.units.hoangMai}`), get(`/api/tasks?unitId=${f.units.hanoi}`)],
    own: (f) => get(`/api/tasks?unitId=${f.units.longBien}&overdue=true&asOf=2025-01-01`),
  },
  'PATCH /api/tasks/:id': {
    denied: (f) => [
      patch(`/api/tasks/${f.meetings.hoangMai.task}`, { status: 'done', doneOn: '2024-06-01' }),
    ],
    own: (f) => patch(`/api/tasks/${f.meetings.longBien.task}`, { status: 'done', doneOn: '2024-06-01' }),
  },

  // The annual assessment (modules/assessments): a unit's sheet through the unit; the review through its parent.
  'GET /api/assessments/sheet': {
    unscoped: {
      why: 'the national assessment sheet and grade thresholds of a year, of no unit',
      request: () => get('/api/assessments/sheet?year=2024'),
    },
  },
  'GET /api/assessments': {
    denied: (f) => [
      get(`/api/assessments?unitId=${f.units.hoangMai}&year=2023`),
      get(`/api/assessments?unitId=${f.units.hanoi}&year=2023`),
    ],
    own: (f) => get(`/api/assessments?unitId=${f.units.longBien}&year=2023`),
  },
  'GET /api/assessments/export.xlsx': {
    denied: (f) => [get(`/api/assessments/export.xlsx?unitId=${f.units.hoangMai}&year=2023`)],
    own: (f) => get(`/api/assessments/export.xlsx?unitId=${f.units.longBien}&year=2023`),
  },
  'GET /api/org-units/:id/assessments/:year': {
    denied: (f) => [get(`/api/org-units/${f.units.grassrootsB}/assessments/2023`)],
    own: (f) => get(`/api/org-units/${f.units.grassrootsA}/assessments/2023`),
  },
  'PUT /api/org-units/:id/assessments/:year': {
    denied: (f) => [
      put(`/api/org-units/${f.units.grassrootsB}/assessments/${f.assessments.toSave}`, { scores: {} }),
    ],
    own: (f) =>
      put(`/api/org-units/${f.units.grassrootsA}/assessments/${f.assessments.toSave}`, { scores: {} }),
  },
  'POST /api/org-units/:id/assessments/:year/submit': {
    denied: (f) => [
      post(`/api/org-units/${f.units.grassrootsB}/assessments/${f.assessments.toSubmit}/submit`, {}),
    ],
    own: (f) =>
      post(`/api/org-units/${f.units.grassrootsA}/assessments/${f.assessments.toSubmit}/submit`, {}),
  },
  'POST /api/org-units/:id/assessments/:year/review': {
    denied: (f) => [
      post(`/api/org-units/${f.units.grassrootsB}/assessments/${f.assessments.toReview}/review`, {
        scores: REVIEW_SCORES,
      }),
    ],
    own: (f) =>
      post(`/api/org-units/${f.units.grassrootsA}/assessments/${f.assessments.toReview}/review`, {
        scores: REVIEW_SCORES,
      }),
  },
  'POST /api/org-units/:id/assessments/:year/return': {
    denied: (f) => [
      post(`/api/org-units/${f.units.grassrootsB}/assessments/${f.assessments.toReturn}/return`, {
        note: 'Chấm lại',
      }),
    ],
    own: (f) =>
      post(`/api/org-units/${f.units.grassrootsA}/assessments/${f.assessments.toReturn}/return`, {
        note: 'Chấm lại',
      }),
  },

  // Year plans (modules/plans): a plan is read in its unit's subtree and below it; written by its unit, an
  // achievement also by the child it is for.
  'POST /api/year-plans': {
    denied: (f) => [
      post('/api/year-plans', { ...YEAR_PLAN, unitId: f.units.hoangMai }),
      post('/api/year-plans', { ...YEAR_PLAN, unitId: f.units.hanoi }),
    ],
    own: (f) => post('/api/year-plans', { ...YEAR_PLAN, unitId: f.units.longBien }),
  },
  'GET /api/year-plans': {
    denied: (f) => [
      get(`/api/year-plans?unitId=${f.units.hoangMai}`),
      get(`/api/year-plans?unitId=${f.units.grassrootsB}&year=2024`),
    ],
    own: (f) => get(`/api/year-plans?unitId=${f.units.grassrootsA}&year=2024`),
  },
  'GET /api/year-plans/:id': {
    denied: (f) => [get(`/api/year-plans/${f.yearPlans.hoangMai.plan}`), get('/api/year-plans/987654')],
    own: (f) => get(`/api/year-plans/${f.yearPlans.hanoi.plan}`),
  },
  'GET /api/year-plans/:id/progress': {
    denied: (f) => [get(`/api/year-plans/${f.yearPlans.hoangMai.plan}/progress?asOf=2024-06-30`)],
    own: (f) => get(`/api/year-plans/${f.yearPlans.longBien.plan}/progress?asOf=2024-06-30`),
  },
  'PUT /api/year-plans/:id/targets/:targetId/achievements/:unitId': {
    denied: (f) => [
      put(
        `/api/year-plans/${f.yearPlans.hoangMai.plan}/targets/${f.yearPlans.hoangMai.target}/achievements/${f.units.grassrootsB}`,
        ACHIEVEMENT,
      ),
      // Long Biên reports its own figure on Hà Nội's plan, never Hoàng Mai's.
      put(
        `/api/year-plans/${f.yearPlans.hanoi.plan}/targets/${f.yearPlans.hanoi.target}/achievements/${f.units.hoangMai}`,
        ACHIEVEMENT,
      ),
    ],
    own: (f) =>
      put(
        `/api/year-plans/${f.yearPlans.hanoi.plan}/targets/${f.yearPlans.hanoi.target}/achievements/${f.units.longBien}`,
        ACHIEVEMENT,
      ),
  },

  // Periodic reports (modules/reports/routes.ts): a period is seen by its issuer's subtree and those above;
  // a unit's report through the unit; approve and return through the unit's parent; forms are national.
  'GET /api/report-forms': {
    unscoped: { why: 'report forms are national configuration', request: () => get('/api/report-forms') },
  },
  'POST /api/report-forms': {
    denied: () => [post('/api/report-forms', REPORT_FORM)],
  },
  'PATCH /api/report-forms/:id': {
    denied: (f) => [patch(`/api/report-forms/${f.reports.forms.grassroots}`, REPORT_FORM)],
  },
  'GET /api/report-periods': {
    denied: (f) => [
      get(`/api/report-periods?unitId=${f.units.hoangMai}`),
      get(`/api/report-periods?unitId=${f.units.hanoi}`),
    ],
    own: (f) => get(`/api/report-periods?unitId=${f.units.longBien}`),
  },
  'POST /api/report-periods': {
    denied: (f) => [
      post('/api/report-periods', { unitId: f.units.hoangMai, kind: 'halfYear', year: 2025 }),
      post('/api/report-periods', { unitId: f.units.hanoi, kind: 'halfYear', year: 2026 }),
    ],
    own: (f) => post('/api/report-periods', { unitId: f.units.longBien, kind: 'halfYear', year: 2025 }),
  },
  'GET /api/report-periods/:id': {
    denied: (f) => [get(`/api/report-periods/${f.reports.hoangMai}`)],
    own: (f) => get(`/api/report-periods/${f.reports.toSave}`),
  },
  'PATCH /api/report-periods/:id': {
    denied: (f) => [
      patch(`/api/report-periods/${f.reports.hoangMai}`, { dueOn: '2025-12-20' }),
      // Long Biên reports in Hà Nội's period but cannot change it.
      patch(`/api/report-periods/${f.reports.toSave}`, { dueOn: '2025-12-20' }),
    ],
    own: (f) => patch(`/api/report-periods/${f.reports.longBien}`, { dueOn: '2025-12-20' }),
  },
  'GET /api/report-periods/:id/reports/:unitId': {
    denied: (f) => [
      get(`/api/report-periods/${f.reports.toSave}/reports/${f.units.grassrootsB}`),
      get(`/api/report-periods/${f.reports.hoangMai}/reports/${f.units.grassrootsB}`),
    ],
    own: (f) => get(`/api/report-periods/${f.reports.toSave}/reports/${f.units.grassrootsA}`),
  },
  'PUT /api/report-periods/:id/reports/:unitId': {
    denied: (f) => [put(`/api/report-periods/${f.reports.toSave}/reports/${f.units.grassrootsB}`, REPORT)],
    own: (f) => put(`/api/report-periods/${f.reports.toSave}/reports/${f.units.grassrootsA}`, REPORT),
  },
  'POST /api/report-periods/:id/reports/:unitId/submit': {
    denied: (f) => [
      post(`/api/report-periods/${f.reports.toSubmit}/reports/${f.units.grassrootsB}/submit`, {}),
    ],
    own: (f) => post(`/api/report-periods/${f.reports.toSubmit}/reports/${f.units.grassrootsA}/submit`, {}),
  },
  'POST /api/report-periods/:id/reports/:unitId/approve': {
    denied: (f) => [
      post(`/api/report-periods/${f.reports.toApprove}/reports/${f.units.grassrootsB}/approve`, {}),
    ],
    own: (f) => post(`/api/report-periods/${f.reports.toApprove}/reports/${f.units.grassrootsA}/approve`, {}),
  },
  'POST /api/report-periods/:id/reports/:unitId/return': {
    denied: (f) => [
      post(`/api/report-periods/${f.reports.toReturn}/reports/${f.units.grassrootsB}/return`, RETURN),
    ],
    own: (f) =>
      post(`/api/report-periods/${f.reports.toReturn}/reports/${f.units.grassrootsA}/return`, RETURN),
  },
  'GET /api/report-periods/:id/completeness': {
    denied: (f) => [
      get(`/api/report-periods/${f.reports.toSave}/completeness?unitId=${f.units.hoangMai}`),
      get(`/api/report-periods/${f.reports.toSave}/completeness?unitId=${f.units.hanoi}`),
      get(`/api/report-periods/${f.reports.hoangMai}/completeness`),
    ],
    own: (f) => get(`/api/report-periods/${f.reports.toSave}/completeness?unitId=${f.units.longBien}`),
  },
  'POST /api/report-periods/:id/reminders': {
    denied: (f) => [
      post(`/api/report-periods/${f.reports.toSave}/reminders`, { unitId: f.units.hoangMai }),
      post(`/api/report-periods/${f.reports.toSave}/reminders`, { unitId: f.units.hanoi }),
    ],
    own: (f) => post(`/api/report-periods/${f.reports.toSave}/reminders`, { unitId: f.units.longBien }),
  },
  // The roll-up and its exports (modules/reports/rollup-routes.ts): the unit asked for must be readable.
  'GET /api/report-periods/:id/rollup': {
    denied: (f) => [
      get(`/api/report-periods/${f.reports.toSave}/rollup?unitId=${f.units.hoangMai}`),
      get(`/api/report-periods/${f.reports.toSave}/rollup?unitId=${f.units.hanoi}`),
      get(`/api/report-periods/${f.reports.hoangMai}/rollup`),
    ],
    own: (f) => get(`/api/report-periods/${f.reports.toSave}/rollup?unitId=${f.units.longBien}`),
  },
  'GET /api/report-periods/:id/rollup.xlsx': {
    denied: (f) => [
      get(`/api/report-periods/${f.reports.toSave}/rollup.xlsx?unitId=${f.units.hoangMai}`),
      get(`/api/report-periods/${f.reports.hoangMai}/rollup.xlsx`),
    ],
    own: (f) => get(`/api/report-periods/${f.reports.toSave}/rollup.xlsx?unitId=${f.units.longBien}`),
  },
  'GET /api/report-periods/:id/reports/:unitId/report.docx': {
    denied: (f) => [
      get(`/api/report-periods/${f.reports.toSave}/reports/${f.units.grassrootsB}/report.docx`),
      get(`/api/report-periods/${f.reports.hoangMai}/reports/${f.units.grassrootsB}/report.docx`),
    ],
    own: (f) => get(`/api/report-periods/${f.reports.toSave}/reports/${f.units.grassrootsA}/report.docx`),
  },

  // The home dashboard (modules/dashboard): the unit asked for must be readable; the actor's own by default.
  'GET /api/dashboard': {
    denied: (f) => [
      get(`/api/dashboard?unitId=${f.units.hoangMai}`),
      get(`/api/dashboard?unitId=${f.units.hanoi}`),
      get(`/api/dashboard?unitId=${f.units.grassrootsB}&asOf=2024-06-30`),
    ],
    own: (f) => get(`/api/dashboard?unitId=${f.units.grassrootsA}&asOf=2024-06-30`),
  },

  // Personal data (modules/privacy): a member's export and corrections need them in scope now; the read
  // log and correction lists are filtered by the unit on the day; breaches are the system admin's alone.
  'GET /api/privacy/register': {
    unscoped: {
      why: 'the register describes the platform, not data of a unit',
      request: () => get('/api/privacy/register'),
    },
  },
  'GET /api/privacy/reads': {
    denied: (f) => [get(`/api/privacy/reads?memberId=${f.members.hoangMai}`)],
    filtered: {
      request: () => get('/api/privacy/reads?pageSize=200'),
      ids: (body: { items: { unitId: number | null }[] }) => body.items.map((read) => read.unitId),
    },
  },
  'GET /api/privacy/members/:id/export': {
    denied: (f) => [
      get(`/api/privacy/members/${f.members.hoangMai}/export`),
      get('/api/privacy/members/987654/export'),
    ],
    own: (f) => get(`/api/privacy/members/${f.members.longBien}/export`),
  },
  'GET /api/privacy/members/:id/export.xlsx': {
    denied: (f) => [get(`/api/privacy/members/${f.members.hoangMai}/export.xlsx`)],
    own: (f) => get(`/api/privacy/members/${f.members.longBien}/export.xlsx`),
  },
  'POST /api/privacy/members/:id/corrections': {
    denied: (f) => [post(`/api/privacy/members/${f.members.hoangMai}/corrections`, CORRECTION)],
    own: (f) => post(`/api/privacy/members/${f.members.longBien}/corrections`, CORRECTION),
  },
  'GET /api/privacy/corrections': {
    denied: (f) => [
      get(`/api/privacy/corrections?unitId=${f.units.grassrootsB}`),
      get(`/api/privacy/corrections?memberId=${f.members.hoangMai}`),
    ],
    filtered: {
      request: () => get('/api/privacy/corrections'),
      ids: (body: { unitId: number }[]) => body.map((request) => request.unitId),
    },
  },
  'POST /api/privacy/corrections/:id/decision': {
    denied: (f) => [post(`/api/privacy/corrections/${f.privacy.hoangMai}/decision`, { decision: 'accept' })],
    own: (f) =>
      post(`/api/privacy/corrections/${f.privacy.longBien}/decision`, { decision: 'refuse', reason: 'Sai' }),
  },
  'GET /api/privacy/breaches': { denied: () => [get('/api/privacy/breaches')] },
  'POST /api/privacy/breaches': { denied: () => [post('/api/privacy/breaches', BREACH)] },
  'PATCH /api/privacy/breaches/:id': {
    denied: () => [patch('/api/privacy/breaches/1', { measures: 'Đổi mật khẩu' })],
  },
};
