// Request cases for every operation of the OpenAPI document, made from its schemas alone: malformed values the contract
// refuses (wrong types, missing fields, too long, too many, out of range, not a uuid, broken JSON, deep nesting) and
// hostile values it may well accept (injection strings, unicode edge cases, strings at their longest, unknown ids).

/** The parts of JSON Schema (OpenAPI 3.0 flavour) that the zod contracts produce. */
export interface JsonSchema {
  type?: string;
  nullable?: boolean;
  enum?: unknown[];
  format?: string;
  pattern?: string;
  minLength?: number;
  maxLength?: number;
  minimum?: number;
  maximum?: number;
  items?: JsonSchema;
  minItems?: number;
  maxItems?: number;
  properties?: Record<string, JsonSchema>;
  required?: string[];
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  allOf?: JsonSchema[];
}

export interface Param { name: string; required: boolean; schema: JsonSchema }

export interface Operation {
  method: string;
  path: string;
  /** Who the operation is for: anyone (sign-in, invitations, health), signed-in staff, or outside readers. */
  audience: 'public' | 'staff' | 'shared';
  pathParams: Param[];
  query: Param[];
  /** `json` is the body schema when the operation takes JSON; other bodies (uploads) are sent as `contentType`. */
  body: { required: boolean; json: JsonSchema | null; contentType: string } | null;
}

interface OpenApiDocument {
  paths: Record<string, Record<string, {
    parameters?: { in: string; name: string; required?: boolean; schema: JsonSchema }[];
    requestBody?: { required?: boolean; content: Record<string, { schema: JsonSchema }> };
    security?: Record<string, unknown>[];
  }>>;
}

/** A value for the address: text to percent-encode, or bytes already encoded (broken encodings). */
export type UrlValue = { text: string } | { raw: string };

export type CaseBody =
  | { json: unknown }
  | { raw: string; contentType: string }
  | { none: true };

export interface FuzzCase {
  /** Malformed cases must be refused; hostile ones may be accepted but must never break anything. */
  kind: 'malformed' | 'hostile';
  what: string;
  url: string;
  body: CaseBody;
}

/** Gives real ids (the fixture's person, service, contact…) to fields and parameters by name, so cases reach deep. */
export type IdFor = (name: string, path: string) => string | undefined;

export function operationsOf(doc: unknown): Operation[] {
  const paths = (doc as OpenApiDocument).paths;
  return Object.entries(paths).flatMap(([path, methods]) =>
    Object.entries(methods).map(([method, op]): Operation => {
      const params = op.parameters ?? [];
      const asParam = (p: (typeof params)[number]): Param => ({ name: p.name, required: p.required === true, schema: p.schema });
      const content = op.requestBody?.content ?? {};
      const contentType = Object.keys(content)[0];
      const schemes = op.security?.flatMap((s) => Object.keys(s));
      return {
        method: method.toUpperCase(),
        path,
        audience: schemes === undefined ? 'staff' : schemes.includes('sharedSession') ? 'shared' : schemes.length === 0 ? 'public' : 'staff',
        pathParams: params.filter((p) => p.in === 'path').map(asParam),
        query: params.filter((p) => p.in === 'query').map(asParam),
        body: contentType === undefined ? null : {
          required: op.requestBody?.required === true,
          json: content['application/json']?.schema ?? null,
          contentType,
        },
      };
    }),
  );
}

export const hasInputs = (op: Operation): boolean => op.pathParams.length > 0 || op.query.length > 0 || op.body !== null;

/** Strings an attacker or an unlucky keyboard sends: SQL and script injection, control and bidi characters, broken UTF-16. */
export const hostileStrings: readonly string[] = [
  "'; DROP TABLE people; --",
  "1' OR '1'='1",
  '<script>alert(1)</script>',
  '"><img src=x onerror=alert(1)>',
  'nul \u0000 byte',
  'lone \uD800 high surrogate',
  '\uDFFF lone low surrogate',
  '\u202Eevil\u202C \u200F\u200E right-to-left marks',
  'Z\u0351\u036B\u0343\u036A\u0302\u036B\u033D\u034F\u0334\u0319\u0324 combining',
  '\uD83D\uDE00\uFEFF\u200B astral, BOM and zero width',
  '%_\\ like wildcards',
  '${7*7} {{7*7}} %s%n',
  '../../../etc/passwd',
  '=1+2 formula',
  '   ',
];

/** Values for path and query parameters that no uuid, date, number or choice accepts. */
const notUuids: UrlValue[] = [
  { text: 'not-a-uuid' }, { text: "1' OR '1'='1" }, { text: '../../etc/passwd' }, { text: '\u202E' },
  { text: 'ffffffff-ffff-ffff-ffff-fffffffffffff' }, { text: '00000000-0000-0000-0000-00000000000g' },
  { raw: '%ED%A0%80' }, { raw: '%' }, { raw: '%00' }, { text: '\uD83D\uDE00' },
];

const deterministicUuid = '6f1c2d3e-4b5a-4c7d-8e9f-0a1b2c3d4e5f';
const sampleForPattern = ['LS1 4AP', 'abc_def', '08:00', '12:30', '1234567890', 'abc', 'a'];

function urlEncode(value: UrlValue): string {
  if ('raw' in value) return value.raw;
  return [...Buffer.from(value.text, 'utf8')].map((b) => (/[A-Za-z0-9\-_.~]/.test(String.fromCharCode(b)) ? String.fromCharCode(b) : `%${b.toString(16).toUpperCase().padStart(2, '0')}`)).join('');
}

const isPlain = (s: JsonSchema): boolean => s.anyOf === undefined && s.oneOf === undefined && s.allOf === undefined && s.type !== undefined;
const isFreeText = (s: JsonSchema): boolean => s.type === 'string' && s.enum === undefined && s.format === undefined && s.pattern === undefined;

function merged(s: JsonSchema): JsonSchema {
  if (!s.allOf) return s;
  const parts = s.allOf.map(merged);
  return {
    type: 'object',
    properties: Object.assign({}, ...parts.map((p) => p.properties ?? {})) as Record<string, JsonSchema>,
    required: parts.flatMap((p) => p.required ?? []),
  };
}

function fitText(text: string, s: JsonSchema): string {
  const min = s.minLength ?? 0;
  const padded = text.length >= min ? text : text + 'x'.repeat(min - text.length);
  return s.maxLength === undefined ? padded : padded.slice(0, s.maxLength);
}

/** Fields whose text has a format the schema does not show (a zod refinement): given a valid value, never fuzz text. */
const formattedByName: [RegExp, string][] = [[/email/i, 'fuzz@test.example'], [/nhsNumber/i, '9434765919']];

/**
 * A value the schema's shape accepts; `text` fills free-text fields. Cross-field rules are met where a generic rule
 * can: dates rise in the order fields appear (so a review date follows the date it reviews), and optional links to
 * other records are left empty.
 */
export function baseline(schema: JsonSchema, name: string, idFor: IdFor, text: (s: JsonSchema) => string = (s) => fitText('Fuzz text', s), dates = { next: 0 }): unknown {
  const s = merged(schema);
  const again = (child: JsonSchema, childName: string) => baseline(child, childName, idFor, text, dates);
  const alternative = s.oneOf?.[0] ?? s.anyOf?.find((a) => a.type !== 'null');
  if (alternative) return again(alternative, name);
  if (s.enum) return s.enum[0];
  switch (s.type ?? '') {
    case 'object':
      return Object.fromEntries(Object.entries(s.properties ?? {}).map(([key, prop]) => [key, again(prop, key)]));
    case 'array':
      return s.items && s.maxItems !== 0 ? [again(s.items, name)] : [];
    case 'integer':
    case 'number':
      return Math.min(Math.max(s.minimum ?? 1, 1), s.maximum ?? Number.MAX_SAFE_INTEGER);
    case 'boolean':
      return false;
    case 'null':
      return null;
    case 'string': {
      if (s.format === 'uuid') return idFor(name, '') ?? (s.nullable ? null : deterministicUuid);
      if (s.format === 'date') return new Date(Date.UTC(2026, 5, 1 + dates.next++)).toISOString().slice(0, 10);
      if (s.format === 'date-time') return new Date(Date.UTC(2026, 5, 1, 9, dates.next++)).toISOString();
      const formatted = formattedByName.find(([pattern]) => pattern.test(name));
      if (formatted) return formatted[1];
      if (s.pattern !== undefined) {
        const pattern = new RegExp(s.pattern);
        return sampleForPattern.find((v) => pattern.test(v)) ?? 'a';
      }
      return text(s);
    }
    default:
      return 'a';
  }
}

const omit = Symbol('omit');
type Violation = { at: (string | number)[]; value: unknown; why: string };

function jsonTypeOf(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'array';
  if (typeof v === 'number') return Number.isInteger(v) ? 'integer' : 'number';
  return typeof v;
}

function accepts(s: JsonSchema, v: unknown): boolean {
  const t = jsonTypeOf(v);
  if (t === 'null') return s.nullable === true;
  return t === s.type || (s.type === 'number' && t === 'integer');
}

function nested(depth: number): unknown {
  let v: unknown = 'bottom';
  for (let i = 0; i < depth; i++) v = { deeper: v };
  return v;
}

/** Values that break the schema at this node for certain, and below it through plain objects and arrays. */
function violations(schema: JsonSchema, at: (string | number)[], value: unknown, depth: number): Violation[] {
  const s = merged(schema);
  if (!isPlain(s)) return [];
  const out: Violation[] = [];
  // One wrong type per field, taking turns through the kinds so that every kind is met somewhere.
  const wrongTypes = [12345, 'text', true, [], {}, null].filter((v) => !accepts(s, v));
  const wrong = wrongTypes[at.length % wrongTypes.length];
  if (wrong !== undefined) out.push({ at, value: wrong, why: `${jsonTypeOf(wrong)} for ${s.type ?? 'a value'}` });
  switch (s.type ?? '') {
    case 'string':
      if (s.maxLength !== undefined) out.push({ at, value: 'x'.repeat(s.maxLength + 1), why: `longer than ${s.maxLength}` });
      if ((s.minLength ?? 0) > 0) out.push({ at, value: '', why: 'empty' });
      if (s.enum) out.push({ at, value: "not_a_choice' OR 1=1 --", why: 'not one of the choices' });
      if (s.format === 'uuid') out.push({ at, value: "1' OR '1'='1", why: 'not a uuid' });
      if (s.format === 'date') out.push({ at, value: '2026-02-30', why: 'a date that does not exist' });
      if (s.format === 'date-time') out.push({ at, value: 'tomorrow', why: 'not a date-time' });
      break;
    case 'integer':
      out.push({ at, value: 1.5, why: 'a fraction' });
      if (s.maximum !== undefined) out.push({ at, value: 1e308, why: 'huge' });
      if (s.minimum !== undefined) out.push({ at, value: -1e308, why: 'hugely negative' });
      break;
    case 'number':
      if (s.maximum !== undefined) out.push({ at, value: 1e308, why: 'huge' });
      if (s.minimum !== undefined) out.push({ at, value: -1e308, why: 'hugely negative' });
      break;
    case 'array': {
      const items = Array.isArray(value) ? value : [];
      if (s.maxItems !== undefined && items.length > 0) out.push({ at, value: Array.from({ length: s.maxItems + 1 }, () => items[0]), why: `more than ${s.maxItems} items` });
      if ((s.minItems ?? 0) > 0) out.push({ at, value: [], why: 'no items' });
      if (s.items && items.length > 0 && depth < 4) out.push(...violations(s.items, [...at, 0], items[0], depth + 1));
      break;
    }
    case 'object': {
      const required = s.required ?? [];
      if (required.length > 0) out.push({ at, value: nested(300), why: 'nested 300 deep' });
      for (const key of required) out.push({ at: [...at, key], value: omit, why: 'missing' });
      if (depth < 4) {
        const fields = (value ?? {}) as Record<string, unknown>;
        for (const [key, prop] of Object.entries(s.properties ?? {})) out.push(...violations(prop, [...at, key], fields[key], depth + 1));
      }
      break;
    }
    default:
      break;
  }
  return out;
}

function withValue(base: unknown, at: (string | number)[], value: unknown): unknown {
  if (at.length === 0) return value;
  const copy = structuredClone(base) as Record<string | number, unknown>;
  let node = copy;
  for (const key of at.slice(0, -1)) node = node[key] as Record<string | number, unknown>;
  const last = at[at.length - 1]!;
  if (value === omit) Reflect.deleteProperty(node, last);
  else node[last] = value;
  return copy;
}

/** Bad values for one path or query parameter, by its schema: none for free text, which anything may fill. */
function badParamValues(s: JsonSchema): { value: UrlValue; why: string }[] {
  if (s.format === 'uuid') return notUuids.map((value) => ({ value, why: 'not a uuid' }));
  if (s.format === 'date') return [{ value: { text: '2026-02-30' }, why: 'no such date' }, { value: { text: "'; --" }, why: 'not a date' }, { value: { text: '99999-01-01' }, why: 'year out of range' }];
  if (s.enum) return [{ value: { text: 'nope' }, why: 'not a choice' }, { value: { text: "' OR 1=1 --" }, why: 'not a choice' }];
  if (s.type === 'integer' || s.type === 'number') {
    return [
      { value: { text: 'abc' }, why: 'not a number' },
      { value: { text: '1.5' }, why: 'a fraction' },
      { value: { text: String((s.minimum ?? 0) - 1) }, why: 'below the minimum' },
      { value: { text: '99999999999999999999999' }, why: 'huge' },
      { value: { text: "1' OR '1'='1" }, why: 'injection' },
    ];
  }
  const out: { value: UrlValue; why: string }[] = [];
  if (s.maxLength !== undefined) out.push({ value: { text: 'x'.repeat(s.maxLength + 1) }, why: `longer than ${s.maxLength}` });
  if ((s.minLength ?? 0) > 1) out.push({ value: { text: 'x' }, why: `shorter than ${s.minLength ?? 0}` });
  return out;
}

/** Acceptable but unwelcome values for one parameter: unknown ids, far-off dates, hostile free text. */
function hostileParamValues(s: JsonSchema): UrlValue[] {
  if (s.format === 'uuid') return [{ text: deterministicUuid }, { text: '00000000-0000-0000-0000-000000000000' }];
  if (s.format === 'date') return [{ text: '0001-01-01' }, { text: '9999-12-31' }];
  if (s.enum) return [];
  if (s.type === 'integer' || s.type === 'number') return s.maximum === undefined ? [] : [{ text: String(s.maximum) }];
  return hostileStrings.map((h) => ({ text: fitText(h, s) }));
}

/** The operation called as a well-behaved client would, as far as the schemas tell: real ids, every field filled. */
export function plainRequest(op: Operation, idFor: IdFor): { url: string; body: CaseBody } {
  const path = op.path.replace(/\{(\w+)\}/g, (_m, name: string) => {
    const param = op.pathParams.find((p) => p.name === name);
    return urlEncode({ text: idFor(name, op.path) ?? (param ? String(baseline(param.schema, name, idFor)) : 'x') });
  });
  const query = op.query.filter((q) => q.required).map((q) => `${q.name}=${urlEncode({ text: String(baseline(q.schema, q.name, (n) => idFor(n, op.path))) })}`);
  const body: CaseBody = op.body === null
    ? { none: true }
    : op.body.json ? { json: baseline(op.body.json, 'body', (n) => idFor(n, op.path)) } : { raw: 'Fuzz file contents', contentType: op.body.contentType };
  return { url: query.length > 0 ? `${path}?${query.join('&')}` : path, body };
}

export function fuzzCases(op: Operation, idFor: IdFor): FuzzCase[] {
  const bodyIdFor: IdFor = (name) => idFor(name, op.path);
  const pathValues = Object.fromEntries(op.pathParams.map((p) => [p.name, { text: idFor(p.name, op.path) ?? String(baseline(p.schema, p.name, idFor)) }]));
  const queryValues = Object.fromEntries(op.query.filter((q) => q.required).map((q) => [q.name, { text: String(baseline(q.schema, q.name, bodyIdFor)) }]));
  const json = op.body?.json ?? null;
  const goodBody: CaseBody = op.body === null
    ? { none: true }
    : json ? { json: baseline(json, 'body', bodyIdFor) } : { raw: 'Fuzz file contents', contentType: op.body.contentType };

  const url = (path: Record<string, UrlValue>, query: Record<string, UrlValue | UrlValue[] | undefined>) => {
    const filled = op.path.replace(/\{(\w+)\}/g, (_m, name: string) => urlEncode(path[name] ?? { text: 'x' }));
    const pairs = Object.entries(query).flatMap(([k, v]) => (v === undefined ? [] : (Array.isArray(v) ? v : [v]).map((one) => `${k}=${urlEncode(one)}`)));
    return pairs.length > 0 ? `${filled}?${pairs.join('&')}` : filled;
  };
  const plainUrl = url(pathValues, queryValues);
  const cases: FuzzCase[] = [];
  const add = (kind: FuzzCase['kind'], what: string, u: string, body: CaseBody = goodBody) => cases.push({ kind, what, url: u, body });

  for (const p of op.pathParams) {
    for (const bad of badParamValues(p.schema)) add('malformed', `path ${p.name}: ${bad.why}`, url({ ...pathValues, [p.name]: bad.value }, queryValues));
    for (const value of hostileParamValues(p.schema)) add('hostile', `path ${p.name}: ${JSON.stringify('raw' in value ? value.raw : value.text.slice(0, 40))}`, url({ ...pathValues, [p.name]: value }, queryValues));
  }
  for (const q of op.query) {
    if (q.required) add('malformed', `query ${q.name}: missing`, url(pathValues, { ...queryValues, [q.name]: undefined }));
    const good = { text: String(baseline(q.schema, q.name, bodyIdFor)) };
    if (!isFreeText(q.schema)) add('malformed', `query ${q.name}: given twice`, url(pathValues, { ...queryValues, [q.name]: [good, good] }));
    for (const bad of badParamValues(q.schema)) add('malformed', `query ${q.name}: ${bad.why}`, url(pathValues, { ...queryValues, [q.name]: bad.value }));
    for (const value of hostileParamValues(q.schema)) add('hostile', `query ${q.name}: ${JSON.stringify('raw' in value ? value.raw : value.text.slice(0, 40))}`, url(pathValues, { ...queryValues, [q.name]: value }));
    if (isFreeText(q.schema)) add('hostile', `query ${q.name}: broken percent-encoding`, url(pathValues, { ...queryValues, [q.name]: { raw: '%ED%A0%80%' } }));
  }
  if (op.body !== null && json === null) {
    // An upload: JSON where a file is expected is refused; the file itself is the upload tests' business.
    add('malformed', 'body: JSON where a file is expected', plainUrl, { raw: '{"file":"x"}', contentType: 'application/json' });
  }
  if (json !== null) {
    const base = (goodBody as { json: unknown }).json;
    if (op.body?.required) add('malformed', 'body: none', plainUrl, { none: true });
    add('malformed', 'body: broken JSON', plainUrl, { raw: '{"a": ', contentType: 'application/json' });
    add('malformed', 'body: JSON null', plainUrl, { raw: 'null', contentType: 'application/json' });
    add('malformed', 'body: 10,000 nested arrays', plainUrl, { raw: '['.repeat(10_000) + ']'.repeat(10_000), contentType: 'application/json' });
    add('malformed', 'body: over a megabyte', plainUrl, { json: { padding: 'x'.repeat(1_100_000) } });
    add('malformed', 'body: XML', plainUrl, { raw: '<person><name>x</name></person>', contentType: 'application/xml' });
    add('hostile', 'body: __proto__ and constructor keys', plainUrl, { raw: '{"__proto__":{"isAdmin":true},"constructor":{"prototype":{"isAdmin":true}}}', contentType: 'application/json' });
    for (const v of violations(json, [], base, 0)) {
      add('malformed', `body${v.at.map((k) => `.${k}`).join('')}: ${v.why}`, plainUrl, { json: withValue(base, v.at, v.value) });
    }
    for (const h of hostileStrings) {
      add('hostile', `body free text: ${JSON.stringify(h.slice(0, 40))}`, plainUrl, { json: baseline(json, 'body', bodyIdFor, (s) => fitText(h, s)) });
    }
    add('hostile', 'body free text at its longest, in two-byte characters', plainUrl, {
      json: baseline(json, 'body', bodyIdFor, (s) => '\u00e9'.repeat(s.maxLength ?? 10_000)),
    });
  }
  return cases;
}
