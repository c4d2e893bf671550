import { mayHoldCardNumber } from '../../src/server/guards/may-hold-card-number';
import type { AuditOutcome, CardLockReason, ServerErrorCode } from '../../src/server/index';
import { isValidCardId, MAX_CARD_ID_LENGTH } from '../../src/server/index';
import type { BuiltRequest } from './fuzz-requests';
import { BASE_PATH, BODY_CAP, sessionFrom } from './fuzz-requests';

/** A provider failure injected into one request; `not_found` means "deleted elsewhere meanwhile". */
export interface Fault {
  on: 'list' | 'delete';
  kind: 'unavailable' | 'timeout' | 'bad_response' | 'unauthorized' | 'not_found' | 'crash';
}

/**
 * What the oracle believes the world holds: cards per customer, and delete hits per rate-limit
 * bucket (a customer id, or `cross-site:` + the origin of refused cross-site attempts).
 */
export interface Model {
  cards: Map<string, string[]>;
  hits: Map<string, number>;
}

/** The handler configuration the oracle reasons about. */
export interface Rules {
  rateLimitMax: number;
  /** Card ids the merchant's `lockReason` locks as `subscription`. */
  inUse: ReadonlySet<string>;
  /** `keepAtLeast`: with this many cards or fewer, each is the `last_card`. */
  keepAtLeast: number;
  allowedOrigins: readonly string[];
}

/** The outcome a request must have, derived from docs/http-contract.md, docs/server.md alone. */
export interface Expectation {
  route: 'list' | 'delete' | 'none';
  status: number;
  code: ServerErrorCode | null;
  /** The `Allow` header a wrong method must carry. */
  allow: string | null;
  /** The only card this request may remove. */
  removal: { customerId: string; id: string } | null;
  /** The audit outcome of a delete attempt; null when no event may be written. */
  audit: AuditOutcome | null;
  /** The session customer, when the request had one. */
  customerId: string | null;
  /** The decoded card id of a delete that passed the id check. */
  cardId: string | null;
  /** What the audit event's `cardId` must be: the id, `[invalid]` or `[none]` (docs/server.md). */
  auditCardId: string | null;
  /** The delete rate-limit bucket this request counts in, if any. */
  hitKey: string | null;
  /** True when the injected fault was reached (so a 502 is legitimate). */
  faultHit: boolean;
  /** The `reason` a 409 must carry. */
  reason: CardLockReason | null;
  /** For a 200 list: the `locked` each listed card must carry (absent: none). */
  locks: Readonly<Record<string, CardLockReason>>;
}

const STATUS: Readonly<Record<ServerErrorCode, number>> = {
  unauthenticated: 401,
  forbidden: 403,
  card_not_found: 404,
  card_in_use: 409,
  card_expired: 409,
  rate_limited: 429,
  invalid_request: 400,
  provider_error: 502,
};

const AUDIT: Readonly<Record<ServerErrorCode, AuditOutcome>> = {
  unauthenticated: 'unauthenticated',
  forbidden: 'forbidden',
  card_not_found: 'not_found',
  card_in_use: 'in_use',
  card_expired: 'expired',
  rate_limited: 'rate_limited',
  invalid_request: 'invalid_request',
  provider_error: 'provider_error',
};

/**
 * Predicts the answer to one request, from docs/http-contract.md, docs/server.md. A DELETE under the base path is an
 * attempt whatever is wrong with it: session, same-origin (Fetch Metadata, Origin, client
 * header, media type, a body without one: counted in the bucket of its Origin, 429 there wins
 * over the 403), the shopper's rate limit (every other attempt with a session counts, 429
 * wins), path, route, body, id syntax, ownership, merchant veto. Anything else: path, route and
 * method, session.
 */
export function predict(
  built: BuiltRequest,
  model: Model,
  rules: Rules,
  fault: Fault | null,
): Expectation {
  const { request } = built;
  const url = new URL(request.url);
  const method = request.method.toUpperCase();
  const session = sessionFrom(request.headers.get('Cookie'));
  const customerId = session === null || session === '' ? null : session;
  const base: Expectation = {
    route: 'none',
    // docs/http-contract.md: a path that is no route is a 404 in the `invalid_request` envelope.
    status: 404,
    code: 'invalid_request',
    allow: null,
    removal: null,
    audit: null,
    customerId,
    cardId: null,
    auditCardId: null,
    reason: null,
    locks: {},
    hitKey: null,
    faultHit: false,
  };
  const fail = (e: Expectation, code: ServerErrorCode): Expectation => ({
    ...e,
    status: STATUS[code],
    code,
    audit: e.route === 'delete' ? AUDIT[code] : null,
  });

  // Routing judges the path with `//` collapsed; an ambiguous path is refused, never routed.
  const path = url.pathname.replace(/\/{2,}/g, '/');
  const ambiguous = isAmbiguous(url.pathname);
  const underBase = path === BASE_PATH || path.startsWith(`${BASE_PATH}/`);
  const route =
    path === `${BASE_PATH}/cards`
      ? 'cards'
      : /^\/cards\/[^/]+\/default$/.test(path.slice(BASE_PATH.length))
        ? 'default'
        : path.startsWith(`${BASE_PATH}/cards/`)
          ? 'card'
          : 'other';

  if (method !== 'DELETE' || !underBase) {
    if (ambiguous) return { ...base, status: 400 };
    if (route === 'card') return { ...base, status: 405, allow: 'DELETE' };
    // The fuzzer sends no set-default on purpose: a PUT there is server-set-default.test.ts's.
    if (route === 'default') return { ...base, status: 405, allow: 'PUT' };
    if (route !== 'cards') return base;
    const list: Expectation = { ...base, route: 'list' };
    if (method !== 'GET') return { ...base, status: 405, allow: 'GET' };
    if (customerId === null) return fail(list, 'unauthenticated');
    if (fault?.on === 'list') return { ...fail(list, 'provider_error'), faultHit: true };
    const own = model.cards.get(customerId) ?? [];
    const locks: Record<string, CardLockReason> = {};
    for (const id of own) {
      const reason = lockOf(id, own.length, rules);
      if (reason !== null) locks[id] = reason;
    }
    return { ...list, status: 200, code: null, locks };
  }

  // A DELETE aimed at the wallet: the session first, then the same-origin checks, then the
  // shopper's rate limit counts it, then the rest.
  const rawId =
    route === 'card'
      ? path.slice(`${BASE_PATH}/cards/`.length)
      : route === 'default'
        ? path.slice(`${BASE_PATH}/cards/`.length, -'/default'.length)
        : null;
  const auditCardId =
    rawId === null ? '[none]' : ambiguous ? '[invalid]' : (decodeId(rawId) ?? '[invalid]');
  const del: Expectation = { ...base, route: 'delete', auditCardId };
  if (customerId === null) return fail(del, 'unauthenticated');
  const sameOrigin = passesCsrf(request, url.origin, rules.allowedOrigins);
  const text = sameOrigin ? bodyText(built.body, request.headers.get('Content-Length')) : null;
  if (
    !sameOrigin ||
    (text !== null && text !== '' && request.headers.get('Content-Type') === null)
  ) {
    const crossSite: Expectation = { ...del, hitKey: crossSiteBucket(request) };
    return fail(crossSite, overLimit(model, crossSite, rules) ? 'rate_limited' : 'forbidden');
  }
  const counted: Expectation = { ...del, hitKey: customerId };
  if (overLimit(model, counted, rules)) return fail(counted, 'rate_limited');
  if (ambiguous) return fail(counted, 'invalid_request');
  if (route === 'cards') return { ...fail(counted, 'invalid_request'), status: 405, allow: 'GET' };
  if (route === 'default') {
    return { ...fail(counted, 'invalid_request'), status: 405, allow: 'PUT' };
  }
  if (route !== 'card') return { ...fail(counted, 'invalid_request'), status: 404 };
  if (text === null) return fail(counted, 'invalid_request');
  if (text.trim() !== '' && !isJson(text)) return fail(counted, 'invalid_request');

  const id = decodeId(rawId ?? '');
  if (id === null) return fail(counted, 'invalid_request');
  const attempt: Expectation = { ...counted, cardId: id };
  if (fault?.on === 'list') return { ...fail(attempt, 'provider_error'), faultHit: true };
  const own = model.cards.get(customerId) ?? [];
  if (!own.includes(id)) return fail(attempt, 'card_not_found');
  const reason = lockOf(id, own.length, rules);
  if (reason !== null) return { ...fail(attempt, 'card_in_use'), reason };
  const removed: Expectation = {
    ...attempt,
    status: 200,
    code: null,
    removal: { customerId, id },
    audit: 'deleted',
  };
  if (fault?.on === 'delete') {
    // A card deleted elsewhere meanwhile is already gone: the shopper's intent holds.
    if (fault.kind === 'not_found') return { ...removed, audit: 'already_deleted', faultHit: true };
    const failed = { ...fail(attempt, 'provider_error'), faultHit: true };
    // No answer (a timeout), a 2xx it cannot read, or a foreign error: whether the card went
    // is unknown (docs/server.md). An error status is the provider refusing: a plain provider error.
    if (['timeout', 'crash', 'bad_response'].includes(fault.kind)) {
      return { ...failed, audit: 'unknown' };
    }
    return failed;
  }
  return removed;
}

/** Applies what the expected outcome does to the world. */
export function applyExpectation(model: Model, e: Expectation): void {
  if (e.hitKey !== null) model.hits.set(e.hitKey, (model.hits.get(e.hitKey) ?? 0) + 1);
  if (e.removal !== null) {
    const { customerId, id } = e.removal;
    model.cards.set(
      customerId,
      (model.cards.get(customerId) ?? []).filter((candidate) => candidate !== id),
    );
  }
}

function overLimit(model: Model, e: Expectation, rules: Rules): boolean {
  return e.hitKey !== null && (model.hits.get(e.hitKey) ?? 0) + 1 > rules.rateLimitMax;
}

// docs/server.md: a refused cross-site attempt counts in its Origin's bucket, never the shopper's.
function crossSiteBucket(request: Request): string {
  const origin = request.headers.get('Origin');
  return `cross-site:${origin === null ? 'none' : (originOf(origin) ?? 'opaque')}`;
}

// docs/server.md: the merchant's reason first, then keepAtLeast.
function lockOf(id: string, count: number, rules: Rules): CardLockReason | null {
  if (rules.inUse.has(id)) return 'subscription';
  return count <= rules.keepAtLeast ? 'last_card' : null;
}

function passesCsrf(request: Request, own: string, allowed: readonly string[]): boolean {
  if (request.headers.get('Sec-Fetch-Site')?.toLowerCase() === 'cross-site') return false;
  const origin = request.headers.get('Origin');
  if (origin !== null) {
    const normalized = originOf(origin);
    if (normalized === null) return false;
    if (normalized !== own && !allowed.some((entry) => originOf(entry) === normalized))
      return false;
  }
  if (request.headers.get('X-Wallet-Client') !== '1') return false;
  const type = request.headers.get('Content-Type');
  return type === null || type.split(';')[0]?.trim().toLowerCase() === 'application/json';
}

// `null` (sandboxed frames) and unparsable values are never an origin anyone trusts.
function originOf(value: string): string | null {
  try {
    const origin = new URL(value).origin;
    return origin === 'null' ? null : origin;
  } catch {
    return null;
  }
}

// The body as UTF-8 text, or null when over the cap (declared or actual) or not UTF-8.
function bodyText(body: Uint8Array | null, declared: string | null): string | null {
  if (body === null) return '';
  const length = Number(declared);
  if (declared !== null && Number.isFinite(length) && length > BODY_CAP) return null;
  if (body.byteLength > BODY_CAP) return null;
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(body);
  } catch {
    return null;
  }
}

function isJson(text: string): boolean {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}

// docs/server.md: dot segments, encoded dots and (encoded) backslashes are refused, and so is `//`.
function isAmbiguous(path: string): boolean {
  return /(^|\/)\.{1,2}(\/|$)|%2e|%5c|\\|\/\//i.test(path);
}

function decodeId(raw: string): string | null {
  if (raw.length === 0 || raw.length > MAX_CARD_ID_LENGTH * 3 || mayHoldCardNumber(raw))
    return null;
  try {
    const id = decodeURIComponent(raw);
    return isValidCardId(id) ? id : null;
  } catch {
    return null;
  }
}
