import { addressedOrigin } from '../http/addressed-origin';
import { requestUrl, transportFacts } from '../http/transport';

/** Which same-origin check refused a DELETE (docs/server.md "Refusals in the log"). */
export type CsrfCheck = 'fetch_metadata' | 'origin' | 'client_header' | 'content_type';

/** A refused DELETE: the check, and what the request showed it. */
export interface CsrfRefusal {
  check: CsrfCheck;
  /** The `Origin` header as sent. */
  origin: string | null;
  /** The `Sec-Fetch-Site` header as sent. */
  secFetchSite: string | null;
  /** The origin the browser addressed, as this handler works it out; null when it can't. */
  expectedOrigin: string | null;
  /** The `Content-Type` header as sent. */
  contentType: string | null;
}

/** What decides which origins may send a DELETE. */
export interface OriginPolicy {
  allowedOrigins: ReadonlySet<string>;
  trustProxy: boolean;
}

/** The header the kit's browser client sends; a cross-site form or image cannot set it. */
export const CLIENT_HEADER = 'X-Wallet-Client';

/**
 * docs/server.md checks for DELETE: Fetch Metadata, Origin (the origin the browser addressed,
 * plus `allowedOrigins`), the client header, and a JSON-or-nothing Content-Type. Missing
 * `Origin` and `Sec-Fetch-Site` pass: non-browser clients omit them, and the custom header
 * still forces a CORS preflight that this handler never grants.
 */
export function checkCsrf(req: Request, policy: OriginPolicy): CsrfRefusal | null {
  const seen = seenBy(req, policy);
  const crossSite = crossSiteCheck(seen, policy);
  if (crossSite !== null) return { check: crossSite, ...seen };
  if (req.headers.get(CLIENT_HEADER) !== '1') return { check: 'client_header', ...seen };
  if (seen.contentType !== null && mediaType(seen.contentType) !== 'application/json') {
    return { check: 'content_type', ...seen };
  }
  return null;
}

/**
 * Which check says `req` came from a page of another site, or null: Fetch Metadata, then an
 * `Origin` that is neither the one addressed nor allowed. What a list is judged by too.
 */
export function crossSiteCheck(
  seen: Omit<CsrfRefusal, 'check'>,
  policy: OriginPolicy,
): 'fetch_metadata' | 'origin' | null {
  if (seen.secFetchSite?.toLowerCase() === 'cross-site') return 'fetch_metadata';
  if (seen.origin !== null && !isAllowedOrigin(seen.origin, seen.expectedOrigin, policy)) {
    return 'origin';
  }
  return null;
}

/** What the checks look at in `req`, for the refusal log. */
export function seenBy(req: Request, policy: OriginPolicy): Omit<CsrfRefusal, 'check'> {
  return {
    origin: req.headers.get('Origin'),
    secFetchSite: req.headers.get('Sec-Fetch-Site'),
    expectedOrigin: expectedOrigin(req, policy.trustProxy),
    contentType: req.headers.get('Content-Type'),
  };
}

/**
 * The origin the browser addressed (docs/server.md "Deployment"): from `Host`, not from
 * `req.url`, which some hosts fill in themselves (Next.js `next start` says `localhost`
 * whatever the shopper typed). The scheme is the URL's unless a trusted proxy says otherwise.
 * A request with no `Host` at all (built by hand, HTTP/2) falls back to its URL.
 */
export function expectedOrigin(req: Request, trustProxy: boolean): string | null {
  const url = requestUrl(req);
  const trusted = trustProxy || transportFacts(req)?.trustProxy === true;
  const addressed = addressedOrigin(
    (name) => req.headers.get(name) ?? undefined,
    url.protocol === 'https:' ? 'https' : 'http',
    trusted,
  );
  if (addressed.ok) return addressed.origin;
  return addressed.reason === 'missing' && url.origin !== 'null' ? url.origin : null;
}

/** Normalizes an allow-list entry (`https://Shop.example/` → `https://shop.example`). */
export function normalizeOrigin(origin: string): string | null {
  try {
    const url = new URL(origin);
    return url.origin === 'null' ? null : url.origin;
  } catch {
    return null;
  }
}

function isAllowedOrigin(origin: string, own: string | null, policy: OriginPolicy): boolean {
  // `Origin: null` (sandboxed frames, some redirects) is never trusted.
  const normalized = normalizeOrigin(origin);
  if (normalized === null) return false;
  return normalized === own || policy.allowedOrigins.has(normalized);
}

function mediaType(contentType: string): string {
  return (contentType.split(';')[0] ?? '').trim().toLowerCase();
}
