import { untilAborted } from '../until-aborted';
import type { ProviderCallContext } from './card-provider';
import { providerFailure } from './provider-failure';

/**
 * Milliseconds left before the handler gives up on this call, for clients that take a timeout
 * instead of a signal; undefined when the handler set no limit. Throws `timeout` when nothing
 * is left, so no request is sent that the handler would not wait for.
 */
export function remainingMs(
  provider: string,
  operation: string,
  ctx: ProviderCallContext,
): number | undefined {
  const left = (ctx.deadline ?? Number.POSITIVE_INFINITY) - Date.now();
  if (ctx.signal.aborted || left <= 0) throw providerFailure(provider, 'timeout', operation);
  return Number.isFinite(left) ? Math.max(1, Math.floor(left)) : undefined;
}

/**
 * Settles like `promise`, or rejects with a `timeout` ProviderError as soon as `signal` aborts:
 * the handler stops waiting then, and so does the adapter, even if its client cannot be aborted.
 */
export function untilAbortedAs<T>(
  provider: string,
  operation: string,
  signal: AbortSignal,
  promise: PromiseLike<T>,
): Promise<T> {
  return untilAborted(promise, signal).catch((error: unknown) => {
    throw signal.aborted && error === signal.reason
      ? providerFailure(provider, 'timeout', operation)
      : error;
  });
}
