import type { ProviderError } from '../errors';
import { isProviderError } from '../errors';
import { providerFailure } from './provider-failure';
import { stripeErrorFacts } from './stripe-client';

const PROVIDER = 'stripe';

// "The payment method you provided is not attached to a customer so detachment is impossible."
// Stripe's `code` for it is unconfirmed (docs/providers/stripe.md), so its words decide.
const NOT_ATTACHED = /not attached to a customer/i;

/**
 * True for Stripe's own not-found answers to a detach, in Stripe's error shape: 404
 * `resource_missing` ("No such PaymentMethod") or 400 "not attached" (already detached).
 */
export function isStripeNotFound(error: unknown): boolean {
  const e = stripeErrorFacts(error);
  if (e === null || e.rawType !== 'invalid_request_error') return false;
  if (e.statusCode === 404) return e.code === 'resource_missing';
  return e.statusCode === 400 && NOT_ATTACHED.test(e.message ?? '');
}

/**
 * Any failure of an SDK call as a ProviderError with no Stripe text in its message (the SDK's
 * own error, which may quote the key's last digits, stays on `cause`).
 */
export function stripeFailure(
  error: unknown,
  operation: string,
  signal: AbortSignal,
): ProviderError {
  if (isProviderError(error)) return error;
  if (signal.aborted) return providerFailure(PROVIDER, 'timeout', operation, undefined, error);
  const e = stripeErrorFacts(error);
  if (e === null) return providerFailure(PROVIDER, 'bad_response', operation, undefined, error);
  if (e.type === 'StripeConnectionError') {
    const timedOut = e.detail?.code === 'ETIMEDOUT';
    return providerFailure(
      PROVIDER,
      timedOut ? 'timeout' : 'unavailable',
      operation,
      undefined,
      error,
    );
  }
  const status = e.statusCode;
  if (status === 401 || status === 403) {
    return providerFailure(PROVIDER, 'unauthorized', operation, status, error);
  }
  if (status !== undefined && (status >= 500 || status === 429 || status === 409)) {
    return providerFailure(PROVIDER, 'unavailable', operation, status, error);
  }
  // A 4xx outside the documented answers, an error body under a 200, or no JSON at all.
  return providerFailure(PROVIDER, 'bad_response', operation, status, error);
}

/** True when a failed read may be sent once more: no answer, a 5xx or a 409 (a lock). */
export function isRetryableStripeFailure(error: ProviderError): boolean {
  return error.kind === 'unavailable' && error.status !== 429;
}
