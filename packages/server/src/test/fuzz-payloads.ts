// The malformed requests of the fuzz test (platform/fuzz.test.ts): from one well-formed request of a route,
// every path parameter, query value and body field (found in the request and in the route's Zod schemas) is
// replaced in turn by hostile values, and the body as a whole by hostile bodies and content types.
import type { z } from 'zod';

export interface FuzzRequest {
  method: string;
  url: string;
  payload?: string | object;
  headers?: Record<string, string>;
  /** what was broken, for the failure report */
  what: string;
}

export interface BaseRequest {
  method: string;
  url: string;
  payload?: object;
}

const LONG = 'x'.repeat(100_000);
const NUL = 'Nguyễn\u0000Văn';
const LONE = 'Nguyễn\ud800Văn';

/** Ids and other numbers at and beyond what an `integer` column holds, and numbers in disguise. */
const BAD_NUMBERS: unknown[] = [2 ** 31, 2 ** 53, -1, 0, 1.5, 1e308, '1e3', '12', true, null, [1], { id: 1 }];
const BAD_DATES = ['9999-12-31', '0000-01-01', '2024-02-30', 'yesterday', '2024-1-1'];
const BAD_STRINGS: unknown[] = ['', NUL, LONE, LONG, 12, true, null, ['a'], { a: 'b' }];
const BAD_BOOLEANS: unknown[] = ['true', 1, null, { a: true }];
const BAD_CONTAINERS: unknown[] = [null, 'x', 12, true];
const BAD_PATH = [
  '2147483648',
  '9007199254740992',
  '-1',
  '0',
  '1.5',
  '1e3',
  'true',
  '0x1',
  '%00',
  '%ED%A0%80',
  'abc',
  '99999',
];
const BAD_QUERY = [
  ...['2147483648', '9007199254740992', '-1', '0', '1.5', '1e3', 'true', '%2012', '0x1', ''],
  ...BAD_DATES,
  ...['%00', '%ED%A0%80', '%ud800', 'x'.repeat(5_000)],
];
const DATE = /^\d{4}-\d{2}-\d{2}$/u;

type Def = { type: string; [key: string]: unknown };
const defOf = (schema: z.ZodType): Def => (schema as unknown as { _zod: { def: Def } })._zod.def;

/** Looks through optional, nullable, default and pipe wrappers to the schema that says the value's shape. */
function unwrap(schema: z.ZodType): z.ZodType {
  let current = schema;
  for (let step = 0; step < 10; step++) {
    const def = defOf(current);
    if (
      ['optional', 'nullable', 'default', 'prefault', 'readonly', 'catch', 'nonoptional'].includes(def.type)
    )
      current = def.innerType as z.ZodType;
    else if (def.type === 'pipe')
      current = (defOf(def.in as z.ZodType).type === 'transform' ? def.out : def.in) as z.ZodType;
    else return current;
  }
  return current;
}

/** The keys of an object schema (refined or wrapped ones too); none for anything else. */
export function shapeOf(schema: z.ZodType | undefined): Record<string, z.ZodType> {
  if (!schema) return {};
  const def = defOf(unwrap(schema));
  if (def.type === 'object') return def.shape as Record<string, z.ZodType>;
  if (def.type === 'intersection')
    return { ...shapeOf(def.left as z.ZodType), ...shapeOf(def.right as z.ZodType) };
  if (def.type === 'union') return Object.assign({}, ...(def.options as z.ZodType[]).map(shapeOf));
  return {};
}

/** A plausible value of a schema: what a field absent from the sample request is given before it is broken. */
export function sampleOf(schema: z.ZodType, depth = 0): unknown {
  const inner = unwrap(schema);
  const def = defOf(inner);
  if (depth > 4) return undefined;
  switch (def.type) {
    case 'string':
      return inner.description?.startsWith('Calendar date') ? '2024-06-01' : 'Mẫu thử';
    case 'number':
    case 'int':
      return 1;
    case 'boolean':
      return true;
    case 'enum':
      return Object.values(def.entries as Record<string, unknown>)[0];
    case 'literal':
      return (def.values as unknown[])[0];
    case 'array':
      return [sampleOf(def.element as z.ZodType, depth + 1)];
    case 'object':
      return Object.fromEntries(
        Object.entries(def.shape as Record<string, z.ZodType>).map(([key, value]) => [
          key,
          sampleOf(value, depth + 1),
        ]),
      );
    case 'union':
      return sampleOf((def.options as z.ZodType[])[0]!, depth + 1);
    case 'record':
      return {};
    default:
      return 'Mẫu thử';
  }
}

/** Hostile replacements for a value, chosen by what the value is. */
function badValuesFor(value: unknown): unknown[] {
  if (typeof value === 'number') return BAD_NUMBERS;
  if (typeof value === 'boolean') return BAD_BOOLEANS;
  if (typeof value === 'string') return DATE.test(value) ? [...BAD_DATES, ...BAD_STRINGS] : BAD_STRINGS;
  if (Array.isArray(value) || (value !== null && typeof value === 'object')) return BAD_CONTAINERS;
  return [...BAD_STRINGS, 2 ** 31];
}

type Leaf = { path: (string | number)[]; value: unknown };

/**
 * Every value in a JSON payload with its path: the containers themselves and their leaves. Every top-level
 * field is taken; below it, the first few items and keys, since their siblings share one schema (a score
 * per criterion, a row per unit) and would only repeat the same requests.
 */
function leavesOf(value: unknown, path: (string | number)[] = []): Leaf[] {
  const here = path.length > 0 ? [{ path, value }] : [];
  const some = <T>(items: T[]) => (path.length === 0 ? items : items.slice(0, 3));
  if (Array.isArray(value))
    return [...here, ...some(value).flatMap((item, index) => leavesOf(item, [...path, index]))];
  if (value !== null && typeof value === 'object')
    return [...here, ...some(Object.entries(value)).flatMap(([key, item]) => leavesOf(item, [...path, key]))];
  return here;
}

function withValue(payload: unknown, path: (string | number)[], value: unknown): unknown {
  if (path.length === 0) return value;
  const [head, ...rest] = path as [string | number, ...(string | number)[]];
  const copy = (Array.isArray(payload) ? [...payload] : { ...(payload as object) }) as Record<
    string | number,
    unknown
  >;
  copy[head] = withValue(copy[head], rest, value);
  return copy;
}

/** The payload with every string in it replaced by `replace(string)`. */
function everyString(payload: unknown, replace: (text: string) => string): unknown {
  if (typeof payload === 'string') return replace(payload);
  if (Array.isArray(payload)) return payload.map((item) => everyString(item, replace));
  if (payload !== null && typeof payload === 'object')
    return Object.fromEntries(
      Object.entries(payload).map(([key, item]) => [key, everyString(item, replace)]),
    );
  return payload;
}

const show = (value: unknown) => {
  const text = JSON.stringify(value) ?? String(value);
  return text.length > 60 ? `${text.slice(0, 57)}…` : text;
};

/** Body mutations: each field (of the sample and of the schema) broken in turn, then whole hostile bodies. */
export function bodyMutations(base: BaseRequest, bodySchema: z.ZodType | undefined): FuzzRequest[] {
  const payload: Record<string, unknown> = { ...((base.payload as Record<string, unknown>) ?? {}) };
  for (const [key, schema] of Object.entries(shapeOf(bodySchema)))
    if (!(key in payload)) payload[key] = sampleOf(schema);
  const requests: FuzzRequest[] = [];
  const json = (body: unknown, what: string) =>
    requests.push({ method: base.method, url: base.url, payload: body as object, what });
  for (const leaf of leavesOf(payload))
    for (const bad of badValuesFor(leaf.value))
      json(withValue(payload, leaf.path, bad), `body.${leaf.path.join('.')} = ${show(bad)}`);
  json(
    everyString(payload, (text) => `${text}\u0000`),
    'every string with a NUL',
  );
  json(
    everyString(payload, (text) => `${text}\ud800`),
    'every string with a lone surrogate',
  );
  json(
    everyString(payload, () => LONG),
    'every string 100,000 characters',
  );
  const raw = (body: string | undefined, contentType: string | undefined, what: string) =>
    requests.push({
      method: base.method,
      url: base.url,
      payload: body,
      headers: contentType ? { 'content-type': contentType } : {},
      what,
    });
  raw(undefined, undefined, 'no body');
  raw('', 'application/json', 'empty JSON body');
  raw('{"a":', 'application/json', 'invalid JSON');
  for (const scalar of ['null', '12', '"x"', 'true', '[]', '{}', '[{}]'])
    raw(scalar, 'application/json', `JSON ${scalar}`);
  raw(`${'['.repeat(10_000)}${']'.repeat(10_000)}`, 'application/json', 'arrays nested 10,000 deep');
  raw(`${'{"a":'.repeat(1_000)}1${'}'.repeat(1_000)}`, 'application/json', 'objects nested 1,000 deep');
  raw(JSON.stringify(payload), 'text/plain', 'the body as text/plain');
  raw('a=1&b=2', 'application/x-www-form-urlencoded', 'a form body');
  raw(
    '--x\r\nContent-Disposition: form-data; name="a"\r\n\r\n1\r\n--x--\r\n',
    'multipart/form-data; boundary=x',
    'a multipart body',
  );
  raw('--x\r\nbroken', 'multipart/form-data; boundary=x', 'a broken multipart body');
  return requests;
}

/** Path mutations: each `:param` of the route replaced by hostile text. */
export function pathMutations(base: BaseRequest, routeUrl: string): FuzzRequest[] {
  const [path, query] = base.url.split('?') as [string, string | undefined];
  const segments = path.split('/');
  const template = routeUrl.split('/');
  const requests: FuzzRequest[] = [];
  template.forEach((segment, index) => {
    if (!segment.startsWith(':')) return;
    for (const bad of BAD_PATH) {
      const url =
        segments.map((part, at) => (at === index ? bad : part)).join('/') + (query ? `?${query}` : '');
      requests.push({ method: base.method, url, payload: base.payload, what: `${segment} = ${bad}` });
    }
  });
  return requests;
}

/** Query mutations: each query key (of the sample and of the schema) given hostile text, or twice. */
export function queryMutations(base: BaseRequest, querySchema: z.ZodType | undefined): FuzzRequest[] {
  const [path, query = ''] = base.url.split('?') as [string, string | undefined];
  const params = new URLSearchParams(query);
  const keys = new Set([...params.keys(), ...Object.keys(shapeOf(querySchema))]);
  const requests: FuzzRequest[] = [];
  for (const key of keys) {
    const others = [...params.entries()]
      .filter(([name]) => name !== key)
      .map(([name, value]) => `${name}=${encodeURIComponent(value)}`);
    const send = (raw: string, what: string) =>
      requests.push({
        method: base.method,
        url: `${path}?${[...others, raw].join('&')}`,
        payload: base.payload,
        what,
      });
    for (const bad of BAD_QUERY) send(`${key}=${bad}`, `?${key}=${bad.slice(0, 40)}`);
    send(`${key}=1&${key}=2`, `?${key} twice`);
    send(`${key}[a]=1`, `?${key}[a]`);
  }
  return requests;
}
