import { WalletHttpError } from '../errors';

/** What a request path means to the wallet handler. */
export type Route =
  | { kind: 'cards' }
  | { kind: 'card'; rawId: string }
  /** `{base}/cards/{id}/default`: the card to make the customer's default. */
  | { kind: 'default'; rawId: string }
  | { kind: 'unknown' }
  | { kind: 'outside' };

/** Where a request points, as the handler judges it before any check. */
export interface Target {
  /** The route, matched on the normalised path with `//` collapsed. */
  route: Route;
  /** True when the path, host or target is refused (400): ambiguous or unparsable. */
  refused: boolean;
  /**
   * The decoded card id of a `card` or `default` route that is not refused, parsed once by
   * `guards/card-id.ts`; null for any other route, or when the id is malformed or unsafe.
   */
  cardId: string | null;
}

/** The methods each route answers, for the `Allow` header. */
export const ALLOWED_METHODS: Readonly<Record<'cards' | 'card' | 'default', string>> = {
  cards: 'GET',
  card: 'DELETE',
  default: 'PUT',
};

const DEFAULT_SUFFIX = '/default';

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
 * Matches a URL pathname (still percent-encoded) against the routes. `cards/{id}/default` with
 * one segment for the id is the set-default route; otherwise everything after `cards/` is the
 * raw id, slashes included, so `guards/card-id.ts` can refuse it with a 400.
 */
export function matchRoute(pathname: string, base: string): Route {
  if (!isUnderBase(pathname, base)) return { kind: 'outside' };
  const rest = pathname.slice(base.length);
  if (rest === '/cards') return { kind: 'cards' };
  if (!rest.startsWith('/cards/')) return { kind: 'unknown' };
  const after = rest.slice('/cards/'.length);
  if (after.endsWith(DEFAULT_SUFFIX)) {
    const rawId = after.slice(0, -DEFAULT_SUFFIX.length);
    if (rawId !== '' && !rawId.includes('/')) return { kind: 'default', rawId };
  }
  return { kind: 'card', rawId: after };
}

/** 405 with the route's `Allow` (docs/http-contract.md). */
export function wrongMethod(allow: string): WalletHttpError {
  return new WalletHttpError('invalid_request', 'Method not allowed.', {
    status: 405,
    headers: { Allow: allow },
  });
}

/** 404 for a path that is no route, still in the contract's `invalid_request` envelope. */
export function noRoute(): WalletHttpError {
  return new WalletHttpError('invalid_request', 'No such route.', { status: 404 });
}

/**
 * The card id of a request aimed at one card's `kind` route (the card for a DELETE, its
 * `/default` for a PUT), or null when the id is refused; any other path is refused as
 * docs/http-contract.md says: 400 for a refused path, 405 on another route, 404 for no route.
 */
export function cardIdOf(target: Target, kind: 'card' | 'default' = 'card'): string | null {
  if (target.refused) throw new WalletHttpError('invalid_request');
  const { route } = target;
  if (route.kind === kind) return target.cardId;
  if (route.kind === 'cards' || route.kind === 'card' || route.kind === 'default') {
    throw wrongMethod(ALLOWED_METHODS[route.kind]);
  }
  throw noRoute();
}
