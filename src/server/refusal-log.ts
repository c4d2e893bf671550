import type { CsrfCheck, CsrfRefusal } from './guards/csrf';
import { CLIENT_HEADER } from './guards/csrf';
import type { WalletLogger } from './safe-logger';

/** Tells the merchant why a DELETE got a 403 (docs/server.md "Refusals in the log"). */
export interface RefusalLog {
  report(refusal: CsrfRefusal, requestId: string): void;
}

/** Each (check, origin) pair is logged at most once in this window. */
export const REFUSAL_LOG_WINDOW_MS = 60_000;
/** No logged header value is longer than this: a header is the sender's text, not ours. */
export const MAX_LOGGED_VALUE = 200;
// Distinct pairs remembered; an attacker varying its Origin must not grow memory forever.
const MAX_PAIRS = 1000;

const EXPLAIN: Readonly<Record<CsrfCheck, (seen: CsrfRefusal) => string>> = {
  fetch_metadata: () => 'Sec-Fetch-Site says the request came from another site',
  origin: (seen) =>
    `Origin ${seen.origin} is not ${seen.expectedOrigin ?? 'a valid host'} nor in allowedOrigins;` +
    ' a proxy that rewrites Host (Vite changeOrigin) or terminates TLS needs trustProxy or' +
    ' allowedOrigins (docs/server.md "Deployment")',
  client_header: () => `the ${CLIENT_HEADER}: 1 header is missing (the kit's client sends it)`,
  content_type: (seen) =>
    `Content-Type ${seen.contentType ?? '(none, with a body)'} is not application/json`,
};

/** A throttled reporter writing to `logger.warn`; `now` is the handler's clock. */
export function refusalLog(logger: Required<WalletLogger>, now: () => number): RefusalLog {
  const lastLogged = new Map<string, number>();
  return {
    report(refusal, requestId) {
      const at = now();
      const key = `${refusal.check}\n${cut(refusal.origin) ?? ''}`;
      const last = lastLogged.get(key);
      if (last !== undefined && at - last < REFUSAL_LOG_WINDOW_MS) return;
      lastLogged.delete(key);
      if (lastLogged.size >= MAX_PAIRS) forgetOldest(lastLogged, at);
      lastLogged.set(key, at);
      const seen: CsrfRefusal = {
        check: refusal.check,
        origin: cut(refusal.origin),
        secFetchSite: cut(refusal.secFetchSite),
        expectedOrigin: cut(refusal.expectedOrigin),
        contentType: cut(refusal.contentType),
      };
      logger.warn(`saved-card-kit: DELETE refused (403): ${EXPLAIN[refusal.check](seen)}`, {
        requestId,
        ...seen,
      });
    },
  };
}

// Expired pairs first; if every pair is recent, the oldest goes (Map keeps insertion order).
function forgetOldest(lastLogged: Map<string, number>, at: number): void {
  for (const [key, when] of lastLogged) {
    if (at - when >= REFUSAL_LOG_WINDOW_MS) lastLogged.delete(key);
  }
  if (lastLogged.size < MAX_PAIRS) return;
  const oldest = lastLogged.keys().next();
  if (oldest.done !== true) lastLogged.delete(oldest.value);
}

function cut(value: string | null): string | null {
  return value !== null && value.length > MAX_LOGGED_VALUE
    ? `${value.slice(0, MAX_LOGGED_VALUE - 1)}…`
    : value;
}
