// The typed client against a mocked network: what it asks the server for, what it hands back, and how a
// refusal or an answer that breaks the contract reaches the page.
import { apiContract, type Dashboard, type RuleRow } from '@congdoan/domain';
import { describe, expect, it } from 'vitest';
import { setLanguage } from '../i18n/index.ts';
import { mockApi, refusal, reply } from '../test/network.ts';
import { ApiError, api, hrefOf } from './client.ts';
import { fetchFirstPageData } from './early.ts';

const RULE: RuleRow = {
  id: 1,
  key: 'dues.rate',
  valueType: 'percent',
  value: 1,
  validFrom: '2025-01-01',
  validTo: null,
  source: 'Điều lệ Công đoàn Việt Nam 2023',
  confidence: 'H',
  recordedAt: '2025-01-01T00:00:00.000Z',
  recordedBy: null,
};

describe('the typed API client', () => {
  it('asks for the route with the query it was given, leaving out empty values, in the UI language', async () => {
    const network = mockApi({ 'GET /api/rules': [RULE] });
    await expect(api.rules.list({ query: { key: 'dues.rate', asOf: '' } })).resolves.toEqual([RULE]);
    await setLanguage('en');
    await api.rules.list({ query: { key: undefined, asOf: '2026-03-01' } });
    const [first, second] = network.sentTo('GET /api/rules');
    expect([...first!.query]).toEqual([['key', 'dues.rate']]);
    expect(first!.headers.get('accept-language')).toBe('vi');
    expect([...second!.query]).toEqual([['asOf', '2026-03-01']]);
    expect(second!.headers.get('accept-language')).toBe('en');
  });

  it("puts a route's params into its path", async () => {
    const network = mockApi({ 'GET /api/members/12': refusal(404, 'NOT_FOUND', 'Không tìm thấy') });
    await expect(api.members.get({ params: { id: 12 } })).rejects.toBeInstanceOf(ApiError);
    expect(network.sentTo('GET /api/members/12')).toHaveLength(1);
  });

  it("builds a download's address from its contract, without the empty query values", () => {
    const route = apiContract.members.export;
    expect(hrefOf(route, { params: { id: 42 }, query: { q: 'lan', lang: 'en' } })).toBe(
      '/api/org-units/42/members/export.xlsx?q=lan&lang=en',
    );
    expect(hrefOf(route, { params: { id: 42 }, query: { q: '', status: undefined, lang: 'vi' } })).toBe(
      '/api/org-units/42/members/export.xlsx?lang=vi',
    );
  });

  it('sends the body as JSON and resolves to the created object', async () => {
    const network = mockApi({ 'POST /api/rules': reply(201, RULE) });
    const body = { key: 'dues.rate', value: 1, validFrom: '2025-01-01', source: 'Điều lệ' };
    await expect(api.rules.create({ body })).resolves.toEqual(RULE);
    const [sent] = network.sentTo('POST /api/rules');
    expect(sent!.body).toEqual(body);
    expect(sent!.headers.get('content-type')).toBe('application/json');
  });

  it("throws an ApiError with the server's status, code, message and details on a refusal", async () => {
    const details = [{ path: 'validFrom', message: 'Đã có giá trị từ ngày này' }];
    mockApi({
      'POST /api/rules': refusal(409, 'RULE_DATE_TAKEN', 'Quy định đã có giá trị từ ngày này', details),
    });
    const error: unknown = await api.rules
      .create({ body: { key: 'dues.rate', value: 1, validFrom: '2025-01-01', source: 'Điều lệ' } })
      .catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({
      status: 409,
      code: 'RULE_DATE_TAKEN',
      message: 'Quy định đã có giá trị từ ngày này',
      details,
    });
  });

  it('turns a refusal without an error body, or no answer at all, into an ApiError too', async () => {
    mockApi({ 'GET /api/rules': new Response('<html>Bad gateway</html>', { status: 502 }) });
    await expect(api.rules.list({ query: {} })).rejects.toMatchObject({ status: 502, code: 'HTTP_ERROR' });
  });

  it("refuses an answer that does not match the contract's schema, in tests as in development", async () => {
    mockApi({ 'GET /api/rules': [{ ...RULE, value: undefined, validFrom: 20250101 }] });
    await expect(api.rules.list({ query: {} })).rejects.toThrow(/validFrom|value/);
  });
});

describe('the first page’s data, asked for before the app has started', () => {
  it('on the home page: who is signed in and their unit’s dashboard, each taken once by the client', async () => {
    const dashboard: Dashboard = {
      unit: { id: 42, name: 'Công đoàn cơ sở Công ty May 10', tier: 5 },
      asOf: '2026-03-01',
      members: { members: 120, women: 70, admissionsThisYear: 4, departuresThisYear: 1, trend: [] },
      congress: null,
      reporting: null,
      targets: [],
      overdueTasks: { count: 0, items: [] },
      reminders: [],
    };
    const network = mockApi({ 'GET /api/dashboard': dashboard });
    fetchFirstPageData({ pathname: '/', search: '' });
    // Both at once: the dashboard of the signer's own unit, the server's default, needs no unit id.
    expect(network.sentTo('GET /api/auth/me')).toHaveLength(1);
    expect(network.sentTo('GET /api/dashboard')).toHaveLength(1);
    expect([...network.sentTo('GET /api/dashboard')[0]!.query]).toEqual([]);

    // The router's and the page's own asks get those answers instead of asking again …
    await expect(api.auth.me()).resolves.toMatchObject({ user: { unit: { id: 42 } } });
    await expect(api.dashboard.get({ query: { unitId: 42 } })).resolves.toEqual(dashboard);
    expect(network.sentTo('GET /api/auth/me')).toHaveLength(1);
    expect(network.sentTo('GET /api/dashboard')).toHaveLength(1);
    // … once: a later ask (a refresh) goes to the server.
    await api.dashboard.get({ query: { unitId: 42 } });
    expect(network.sentTo('GET /api/dashboard')).toHaveLength(2);
  });

  it('asks for nothing on the sign-in page, and only who is signed in on another page', async () => {
    const network = mockApi();
    fetchFirstPageData({ pathname: '/login', search: '' });
    expect(network.sentTo('GET /api/auth/me')).toHaveLength(0);
    fetchFirstPageData({ pathname: '/members', search: '' });
    await api.auth.me();
    expect(network.sentTo('GET /api/auth/me')).toHaveLength(1);
    expect(network.sentTo('GET /api/dashboard')).toHaveLength(0);
  });
});
