/** What a request path means to the wallet handler. */
export type Route =
  | { kind: 'cards' }
  | { kind: 'card'; rawId: string }
  | { kind: 'unknown' }
  | { kind: 'outside' };

/** The methods each route answers, for the `Allow` header. */
export const ALLOWED_METHODS: Readonly<Record<'cards' | 'card', string>> = {
  cards: 'GET',
  card: 'DELETE',
};

/** `/api/wallet/` and `api/wallet` both become `/api/wallet`; `/` stays the root. */
export function normalizeBasePath(basePath: string): string {
  const trimmed = `/${basePath}`.replace(/\/+/g, '/').replace(/\/+$/, '');
  return trimmed === '' ? '' : trimmed;
}

/** True when `pathname` is the base path itself or below it. */
export function isUnderBase(pathname: string, base: string): boolean {
  return base === '' || pathname === base || pathname.startsWith(`${base}/`);
}

/**
 * Matches a URL pathname (still percent-encoded) against the two routes. Everything after
 * `cards/` is the raw id, slashes included, so `ids.ts` can refuse it with a 400.
 */
export function matchRoute(pathname: string, base: string): Route {
  if (!isUnderBase(pathname, base)) return { kind: 'outside' };
  const rest = pathname.slice(base.length);
  if (rest === '/cards') return { kind: 'cards' };
  if (rest.startsWith('/cards/')) return { kind: 'card', rawId: rest.slice('/cards/'.length) };
  return { kind: 'unknown' };
}
