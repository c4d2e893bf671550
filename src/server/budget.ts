import { ProviderError } from './errors';
import { untilAborted } from './until-aborted';

/** The handler's time budget for one request's provider work (docs/server.md: `providerTimeoutMs`). */
export interface Budget {
  /** Aborted when the budget runs out or the request is answered: adapters stop on it. */
  readonly signal: AbortSignal;
  /** `Date.now()` at which the budget runs out; Infinity when it has no limit. */
  readonly deadline: number;
  /** Settles like `promise`, or rejects with a `timeout` ProviderError once the budget is spent. */
  run<T>(promise: Promise<T>): Promise<T>;
  /** The request is answered: stop the clock and abort whatever is still running. */
  end(): void;
}

/** Starts a budget of `ms` (no limit when `ms` is not a positive number). */
export function startBudget(ms: number): Budget {
  const controller = new AbortController();
  const { signal } = controller;
  const limited = Number.isFinite(ms) && ms > 0;
  const deadline = limited ? Date.now() + ms : Number.POSITIVE_INFINITY;
  const timer = limited
    ? setTimeout(
        () => controller.abort(new ProviderError('timeout', `Handler budget of ${ms} ms ran out`)),
        ms,
      )
    : undefined;
  return {
    signal,
    deadline,
    run<T>(promise: Promise<T>): Promise<T> {
      return untilAborted(promise, signal);
    },
    end() {
      clearTimeout(timer);
      if (!signal.aborted) {
        controller.abort(new ProviderError('timeout', 'The request was already answered'));
      }
    },
  };
}

/** True when `error` is the budget's own abort reason, i.e. the handler stopped waiting. */
export function isBudgetAbort(error: unknown, signal: AbortSignal): boolean {
  return signal.aborted && error === signal.reason;
}
