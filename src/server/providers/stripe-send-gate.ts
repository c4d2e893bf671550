import type { StripeAuthenticator } from './stripe-client';

/**
 * A per-request authenticator that lets the SDK send only while `signal` has not aborted, or
 * null when the instance's own authenticator cannot be found (an SDK that moved it).
 *
 * stripe-node retries a request whose connection closed (ECONNRESET, EPIPE) once, 500 ms later,
 * even at `maxNetworkRetries: 0` (RequestSender `_shouldRetry`, stripe-node#1040), and no request
 * option turns that off. Every attempt first awaits the request's authenticator: this one hands
 * the request to the instance's own (`_authenticator`, set from the key or the merchant's
 * `authenticator`) and, once the budget is spent, never settles, so that attempt never leaves.
 */
export function sendGate(stripe: object, signal: AbortSignal): StripeAuthenticator | null {
  const own: unknown = (stripe as { _authenticator?: unknown })._authenticator;
  if (typeof own !== 'function') return null;
  const authenticate = own as StripeAuthenticator;
  return async (request) => {
    if (!signal.aborted) {
      await authenticate(request);
      if (!signal.aborted) return;
    }
    // Left pending on purpose: the SDK drops this attempt, and nothing refers to it afterwards.
    await new Promise<never>(() => {});
  };
}
