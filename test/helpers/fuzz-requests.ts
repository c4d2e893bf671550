import fc from 'fast-check';

/** A request body as the fuzzer sends it; `bytes` bodies carry no automatic Content-Type. */
export type FuzzBody =
  | { kind: 'none' }
  | { kind: 'text'; text: string }
  | { kind: 'bytes'; bytes: Uint8Array<ArrayBuffer> };

/** Everything one fuzzed request is made of; null means "header absent". */
export interface FuzzRequest {
  /** Scheme, host and port the request URL uses. */
  site: string;
  method: string;
  /** Path (plus any query or fragment), appended to `site` as is. */
  path: string;
  cookie: string | null;
  clientHeader: string | null;
  origin: string | null;
  secFetchSite: string | null;
  contentType: string | null;
  contentLength: string | null;
  /** Headers no check should care about (method overrides, a customer id the server must ignore). */
  extra: Array<[string, string]>;
  body: FuzzBody;
}

/** A built request plus the bytes its body holds, as the oracle needs to judge it. */
export interface BuiltRequest {
  request: Request;
  body: Uint8Array | null;
}

export const SITE = 'https://shop.example';
export const BASE_PATH = '/api/wallet';
export const ALLOWED_ORIGIN = 'https://admin.shop.example';
/** The largest DELETE body the handler takes (src/server/http/body.ts). */
export const BODY_CAP = 1024;

/** Reads the session cookie the fuzz handler's `getCustomerId` trusts; '' counts as none. */
export function sessionFrom(cookie: string | null): string | null {
  for (const part of (cookie ?? '').split(';')) {
    const [name, ...value] = part.trim().split('=');
    if (name === 'session') return value.join('=');
  }
  return null;
}

/** The request exactly as the handler will see it; GET and HEAD cannot carry a body. */
export function buildRequest(f: FuzzRequest): BuiltRequest {
  const headers = new Headers();
  const set = (name: string, value: string | null) => {
    if (value !== null) headers.set(name, value);
  };
  set('Cookie', f.cookie);
  set('X-Wallet-Client', f.clientHeader);
  set('Origin', f.origin);
  set('Sec-Fetch-Site', f.secFetchSite);
  set('Content-Type', f.contentType);
  set('Content-Length', f.contentLength);
  for (const [name, value] of f.extra) headers.append(name, value);
  const bodyless = ['GET', 'HEAD'].includes(f.method.toUpperCase()) || f.body.kind === 'none';
  const body = bodyless
    ? null
    : f.body.kind === 'text'
      ? f.body.text
      : f.body.kind === 'bytes'
        ? f.body.bytes
        : null;
  const request = new Request(`${f.site}${f.path}`, { method: f.method, headers, body });
  const bytes =
    body === null ? null : typeof body === 'string' ? new TextEncoder().encode(body) : body;
  return { request, body: bytes };
}

/** Mostly `valid`, sometimes one of `hostile`: most requests break only a check or two. */
function mostly<T>(valid: T, hostile: fc.Arbitrary<T>, weight = 4): fc.Arbitrary<T> {
  return fc.oneof({ weight, arbitrary: fc.constant(valid) }, { weight: 1, arbitrary: hostile });
}

// Printable header text; Headers refuses CR, LF and NUL, and trims surrounding blanks.
const headerText = fc
  .string({ unit: 'binary-ascii', maxLength: 40 })
  .map((s) => s.replace(/[^\x20-\x7e]/g, ''));

const METHODS = fc.constantFrom(
  'GET',
  'get',
  'DELETE',
  'delete',
  'Delete',
  'POST',
  'PUT',
  'PATCH',
  'patch',
  'HEAD',
  'OPTIONS',
  'PROPFIND',
  'M-SEARCH',
  'PURGE',
  'X',
);

/** Ids of both seeded customers, an unknown one, and near misses. */
export const KNOWN_IDS = ['card_a1', 'card_a2', 'card_b1', 'card_b2', 'card_zz'] as const;

// Percent-encodes some characters of an id: the decoded id is the same card.
const encodedId = fc
  .tuple(
    fc.constantFrom(...KNOWN_IDS),
    fc.array(fc.boolean(), { minLength: 7, maxLength: 7 }),
    fc.boolean(),
  )
  .map(([id, picks, lower]) =>
    [...id]
      .map((ch, i) => {
        if (!picks[i]) return ch;
        const hex = ch.charCodeAt(0).toString(16).padStart(2, '0');
        return `%${lower ? hex : hex.toUpperCase()}`;
      })
      .join(''),
  );

const hostileId = fc.oneof(
  fc.constantFrom(
    '',
    '.',
    '..',
    '%2e',
    '%2e%2e',
    '%2E%2e',
    '%00',
    'card_a1%00',
    'card_a1%2F..',
    'card_a1/',
    'card_a1//',
    'card_a1/x',
    '%',
    '%E0%A4%A',
    '%zz',
    'card a1',
    'card%20a1',
    'CARD_A1',
    'card_a1?customer_id=bob',
    'card_a1#frag',
    'cärd_a1',
    '💳',
    '%F0%9F%92%B3',
    'card_a1%0A',
    '4539148803436467',
    'card_a1;bob',
    'card_b1\\..\\card_a1',
    'x'.repeat(256),
    'x'.repeat(257),
    '%78'.repeat(256),
    '%78'.repeat(257),
    '..%2fcards%2fcard_a1',
    '__proto__',
    'constructor',
  ),
  fc.string({ unit: 'grapheme', maxLength: 12 }),
  fc.string({ unit: 'binary-ascii', maxLength: 12 }),
);

const idArb = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom(...KNOWN_IDS) },
  { weight: 2, arbitrary: encodedId },
  { weight: 3, arbitrary: hostileId },
);

const segment = fc.oneof(
  fc.constantFrom(
    'api',
    'wallet',
    'cards',
    'card_a1',
    '..',
    '.',
    '',
    '%2e%2e',
    '%2F',
    '%00',
    'ä',
    'API',
    'Wallet',
    'cards;x',
  ),
  fc.string({ unit: 'grapheme', maxLength: 8 }),
);

const PREFIXES = [
  `${BASE_PATH}/cards/`,
  `${BASE_PATH}//cards/`,
  `${BASE_PATH}/cards//`,
  `/API/wallet/cards/`,
  `${BASE_PATH}/cards/../cards/`,
  `${BASE_PATH}/./cards/`,
  `/api/wallet%2Fcards/`,
  `/api/walletx/cards/`,
  `/x${BASE_PATH}/cards/`,
  `${BASE_PATH}\\cards\\`,
  `${BASE_PATH}/Cards/`,
  '/cards/',
];

const pathArb = fc.oneof(
  { weight: 12, arbitrary: fc.constantFrom(...KNOWN_IDS).map((id) => `${BASE_PATH}/cards/${id}`) },
  { weight: 6, arbitrary: idArb.map((id) => `${BASE_PATH}/cards/${id}`) },
  {
    weight: 3,
    arbitrary: fc.constantFrom(
      `${BASE_PATH}/cards`,
      `${BASE_PATH}/cards?customer_id=bob`,
      `${BASE_PATH}/cards/`,
      `${BASE_PATH}/cards#x`,
    ),
  },
  {
    weight: 2,
    arbitrary: fc
      .tuple(fc.constantFrom(...PREFIXES), idArb)
      .map(([prefix, id]) => `${prefix}${id}`),
  },
  {
    weight: 2,
    arbitrary: fc.array(segment, { maxLength: 6 }).map((parts) => `/${parts.join('/')}`),
  },
  {
    weight: 1,
    arbitrary: fc.constantFrom(
      '',
      '/',
      BASE_PATH,
      `${BASE_PATH}/`,
      `${BASE_PATH}/cards/${'a'.repeat(10_000)}`,
      `/${'../'.repeat(50)}etc/passwd`,
    ),
  },
);

const COOKIES = fc.oneof(
  {
    weight: 6,
    arbitrary: fc.constantFrom('session=alice', 'session=bob', 'theme=dark; session=alice'),
  },
  {
    weight: 2,
    arbitrary: fc.constantFrom(
      'session=',
      'session=mallory',
      'Session=alice',
      'sessionx=alice',
      'session=__proto__',
      'session=bob; session=alice',
      'session=alice=1',
      'customer=alice',
    ),
  },
  { weight: 1, arbitrary: headerText.map((text) => `session=${text.replace(/;/g, '')}`) },
);

const ORIGINS = fc.oneof(
  fc.constantFrom(
    'null',
    '',
    'https://evil.example',
    'http://shop.example',
    'https://shop.example:8443',
    'https://shop.example:443',
    'https://SHOP.example',
    'https://shop.example/',
    'https://shop.example.evil.com',
    'https://evil.example/https://shop.example',
    ALLOWED_ORIGIN,
    'https://admin.shop.example:444',
    'http://localhost:5173',
    'http://localhost:5174',
    'file://',
    'garbage',
    'https://xn--shp-0ra.example',
  ),
  headerText,
);

const CONTENT_TYPES = fc.oneof(
  fc.constantFrom(
    'application/json',
    'application/json; charset=utf-8',
    'APPLICATION/JSON',
    ' application/json ;x=1',
    'text/plain',
    'text/plain;charset=UTF-8',
    'application/x-www-form-urlencoded',
    'multipart/form-data; boundary=x',
    'application/json-patch+json',
    'application/jsonx',
    'application/csp-report',
    '',
    ';application/json',
  ),
  headerText,
);

const HUGE = `{"pad":"${'x'.repeat(16_000)}"}`;
const AT_CAP = `{"pad":"${'x'.repeat(BODY_CAP - 10)}"}`;

const bodyArb: fc.Arbitrary<FuzzBody> = fc.oneof(
  { weight: 4, arbitrary: fc.constant<FuzzBody>({ kind: 'none' }) },
  {
    weight: 3,
    arbitrary: fc
      .constantFrom(
        '',
        ' ',
        '{}',
        '[]',
        'null',
        '{"customerId":"bob"}',
        '{"id":"card_b1"}',
        '{',
        'card_a1',
        AT_CAP,
        `${AT_CAP} `,
        HUGE,
        '\uFEFF{}',
      )
      .map((text): FuzzBody => ({ kind: 'text', text })),
  },
  {
    weight: 1,
    arbitrary: fc.json({ maxDepth: 2 }).map((text): FuzzBody => ({ kind: 'text', text })),
  },
  {
    weight: 1,
    arbitrary: fc
      .string({ unit: 'binary', maxLength: 40 })
      .map((text): FuzzBody => ({ kind: 'text', text })),
  },
  {
    weight: 2,
    arbitrary: fc
      .uint8Array({ maxLength: 64 })
      .map((bytes): FuzzBody => ({ kind: 'bytes', bytes })),
  },
  {
    weight: 1,
    arbitrary: fc.constantFrom('{}', '', '\xff\xfe', HUGE).map(
      (text): FuzzBody => ({
        kind: 'bytes',
        bytes: Uint8Array.from(text, (c) => c.charCodeAt(0) & 0xff),
      }),
    ),
  },
);

const EXTRA = fc.array(
  fc.constantFrom<[string, string]>(
    ['X-HTTP-Method-Override', 'DELETE'],
    ['X-Customer-Id', 'bob'],
    ['X-Wallet-Client', '1'],
    ['X-Request-Id', 'fuzz-req-1'],
    ['X-Request-Id', '<script>'],
    ['X-Forwarded-Host', 'evil.example'],
    ['Referer', 'https://evil.example/'],
  ),
  { maxLength: 2 },
);

// Every part of a request except its method and path, each mostly what the kit's client sends.
const parts = {
  site: mostly(
    SITE,
    fc.constantFrom('http://shop.example', 'https://shop.example:8443', 'http://localhost:5173'),
    8,
  ),
  cookie: mostly<string | null>('session=alice', fc.oneof(COOKIES, fc.constant(null)), 2),
  clientHeader: mostly<string | null>(
    '1',
    fc.constantFrom(null, '0', '', 'true', '1, 1', '01', 'yes', ' 1'),
    5,
  ),
  origin: mostly<string | null>(SITE, fc.oneof(fc.constant(null), ORIGINS), 4),
  secFetchSite: mostly<string | null>(
    'same-origin',
    fc.constantFrom(
      null,
      'same-site',
      'none',
      'cross-site',
      'CROSS-SITE',
      ' cross-site ',
      'cross-site, same-origin',
      'bogus',
    ),
    5,
  ),
  contentType: mostly<string | null>(null, CONTENT_TYPES, 5),
  contentLength: mostly<string | null>(
    null,
    fc.constantFrom('0', '2', '1024', '1025', '99999999', 'abc', '-1'),
    6,
  ),
  extra: mostly<Array<[string, string]>>([], EXTRA, 5),
  body: mostly<FuzzBody>({ kind: 'none' }, bodyArb, 2),
};

/**
 * Requests near a valid same-origin DELETE (or list) by the kit's browser client: each part is
 * the valid one most of the time and something hostile otherwise, so every check gets
 * exercised alone and in combination.
 */
export const fuzzRequest: fc.Arbitrary<FuzzRequest> = fc.oneof(
  {
    weight: 4,
    arbitrary: fc.record({
      ...parts,
      method: mostly('DELETE', METHODS, 3),
      path: pathArb,
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({
      ...parts,
      method: mostly('GET', METHODS, 3),
      path: mostly(`${BASE_PATH}/cards`, pathArb, 3),
    }),
  },
);
