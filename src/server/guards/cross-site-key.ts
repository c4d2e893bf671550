import { callHook } from '../hooks';
import { normalizeOrigin } from './csrf';
import type { CrossSiteAttempt, CrossSiteKey } from './rate-limit';

/**
 * The default bucket of a refused cross-site DELETE: the page that sent it. One evil page is
 * throttled across all the shoppers it lures; no `Origin` is one bucket, an opaque or
 * unparsable one (`null`, sandboxed frames) another.
 */
export const originKey: CrossSiteKey = (req) => {
  const origin = req.headers.get('Origin');
  if (origin === null) return 'origin:none';
  return `origin:${normalizeOrigin(origin) ?? 'opaque'}`;
};

/** What naming a cross-site bucket needs: the key function (the merchant's or the default) and its budget. */
export interface CrossSiteRules {
  crossSiteKey: CrossSiteKey;
  hookTimeoutMs: number;
}

/**
 * The bucket a request another site's page sent is counted in, apart from the shopper's own:
 * the same for a refused DELETE and a list. A key function that throws or outlives
 * `hookTimeoutMs` refuses the request (502), like a failing store.
 */
export function crossSiteBucket(
  req: Request,
  attempt: CrossSiteAttempt,
  rules: CrossSiteRules,
): Promise<string> {
  return callHook('rateLimit.crossSiteKey', rules.hookTimeoutMs, () =>
    rules.crossSiteKey(req, attempt),
  );
}
