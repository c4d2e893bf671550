/** Why a state-changing request was refused as cross-site; null when it may proceed. */
export type CsrfRefusal =
  | 'cross_site_fetch'
  | 'foreign_origin'
  | 'missing_client_header'
  | 'content_type';

/** The header the kit's browser client sends; a cross-site form or image cannot set it. */
export const CLIENT_HEADER = 'X-Wallet-Client';

/**
 * docs/server.md checks for DELETE: Fetch Metadata, Origin (same-origin plus `allowedOrigins`),
 * the client header, and a JSON-or-nothing Content-Type. Missing `Origin` and
 * `Sec-Fetch-Site` pass: non-browser clients omit them, and the custom header still
 * forces a CORS preflight that this handler never grants.
 */
export function checkCsrf(req: Request, allowedOrigins: ReadonlySet<string>): CsrfRefusal | null {
  if (req.headers.get('Sec-Fetch-Site')?.toLowerCase() === 'cross-site') return 'cross_site_fetch';
  const origin = req.headers.get('Origin');
  if (origin !== null && !isAllowedOrigin(origin, new URL(req.url).origin, allowedOrigins)) {
    return 'foreign_origin';
  }
  if (req.headers.get(CLIENT_HEADER) !== '1') return 'missing_client_header';
  const contentType = req.headers.get('Content-Type');
  if (contentType !== null && mediaType(contentType) !== 'application/json') return 'content_type';
  return null;
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

function isAllowedOrigin(origin: string, ownOrigin: string, allowed: ReadonlySet<string>): boolean {
  // `Origin: null` (sandboxed frames, some redirects) is never trusted.
  const normalized = normalizeOrigin(origin);
  if (normalized === null) return false;
  return normalized === ownOrigin || allowed.has(normalized);
}

function mediaType(contentType: string): string {
  return (contentType.split(';')[0] ?? '').trim().toLowerCase();
}
