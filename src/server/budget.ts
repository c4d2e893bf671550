import { ProviderError } from './errors';
import type { Stop } from './until-aborted';
import { untilStopped } from './until-aborted';

/** The handler's time budget for one request's provider work (docs/server.md: `providerTimeoutMs`). */
export interface Budget extends Stop {
  /** Aborted when the budget runs out or the request is answered: adapters stop on it. */
  readonly signal: AbortSignal;
  /** `Date.now()` at which the budget runs out; Infinity when it has no limit. */
  readonly deadline: number;
  /** Settles like `promise`, or rejects with a `timeout` ProviderError once the budget is spent. */
  run<T>(promise: Promise<T>): Promise<T>;
  /** The request is answered: stop the clock and abort whatever is still running. */
  end(): void;
}

/**
 * Starts a budget of `ms` (no limit when `ms` is not a positive number). The signal and the
 * reason it aborts with are built only when someone asks for the signal or the budget runs
 * out: most requests end well inside it, and an `AbortController` aborted on every answer
 * cost a GET about a seventh of its time. The budget is itself a {@link Stop}: `run` and the
 * kit's own stores and sandbox wait on it, or ask whether it is spent, without the signal.
 */
export function startBudget(ms: number): Budget {
  const limited = Number.isFinite(ms) && ms > 0;
  const deadline = limited ? Date.now() + ms : Number.POSITIVE_INFINITY;
  let controller: AbortController | undefined;
  let over = false;
  let reason: ProviderError | undefined;
  const whyOver = () => {
    reason ??= answeredReason();
    return reason;
  };
  const listeners = new Set<(reason: unknown) => void>();
  const finish = (why: ProviderError | undefined) => {
    over = true;
    reason = why;
    // Only what was handed out needs telling: a signal someone holds, a wait someone is in.
    if (controller === undefined && listeners.size === 0) return;
    const error = whyOver();
    controller?.abort(error);
    for (const listener of listeners) listener(error);
    listeners.clear();
  };
  const timer = limited
    ? setTimeout(
        () => finish(new ProviderError('timeout', `Handler budget of ${ms} ms ran out`)),
        ms,
      )
    : undefined;
  const budget: Budget = {
    get signal() {
      if (controller === undefined) {
        controller = new AbortController();
        if (over) controller.abort(whyOver());
      }
      return controller.signal;
    },
    deadline,
    get stopped() {
      return over;
    },
    get reason() {
      return over ? whyOver() : undefined;
    },
    onStop(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    run: (promise) => untilStopped(promise, budget),
    end() {
      clearTimeout(timer);
      if (!over) finish(undefined);
    },
  };
  return budget;
}

// The reason for a request already answered: nothing reads its stack, and capturing one on
// every answer whose signal was handed out is a cost the answer does not need.
function answeredReason(): ProviderError {
  const limit = Error.stackTraceLimit;
  Error.stackTraceLimit = 0;
  try {
    return new ProviderError('timeout', 'The request was already answered');
  } finally {
    Error.stackTraceLimit = limit;
  }
}

/** True when `error` is the budget's own abort reason, i.e. the handler stopped waiting. */
export function isBudgetAbort(error: unknown, signal: AbortSignal): boolean {
  return signal.aborted && error === signal.reason;
}
