import { normalizeOrigin } from './csrf';
import type { CrossSiteKey } from './rate-limit';

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
