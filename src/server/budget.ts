import { ProviderError } from './errors';

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

/**
 * Starts a budget of `ms` (no limit when `ms` is not a positive number). The signal and the
 * reason it aborts with are built only when someone asks for the signal or the budget runs
 * out: most requests end well inside it, and an `AbortController` aborted on every answer
 * cost a GET about a seventh of its time. `run` waits without listening on the signal.
 */
export function startBudget(ms: number): Budget {
  const limited = Number.isFinite(ms) && ms > 0;
  const deadline = limited ? Date.now() + ms : Number.POSITIVE_INFINITY;
  let controller: AbortController | undefined;
  let over = false;
  let reason: ProviderError | undefined;
  const whyOver = () => {
    reason ??= new ProviderError('timeout', 'The request was already answered');
    return reason;
  };
  const waiting = new Set<(error: unknown) => void>();
  const finish = (why: ProviderError | undefined) => {
    over = true;
    reason = why;
    // Only what was handed out needs telling: a signal someone holds, a run someone awaits.
    if (controller === undefined && waiting.size === 0) return;
    const error = whyOver();
    controller?.abort(error);
    for (const reject of waiting) reject(error);
    waiting.clear();
  };
  const timer = limited
    ? setTimeout(
        () => finish(new ProviderError('timeout', `Handler budget of ${ms} ms ran out`)),
        ms,
      )
    : undefined;
  return {
    get signal() {
      if (controller === undefined) {
        controller = new AbortController();
        if (over) controller.abort(whyOver());
      }
      return controller.signal;
    },
    deadline,
    run<T>(promise: Promise<T>): Promise<T> {
      const settled = Promise.resolve(promise);
      // The promise left behind may still reject later; never an unhandled rejection.
      settled.catch(() => undefined);
      if (over) return Promise.reject(whyOver());
      return new Promise<T>((resolve, reject) => {
        waiting.add(reject);
        settled.then(
          (value) => {
            waiting.delete(reject);
            resolve(value);
          },
          (error: unknown) => {
            waiting.delete(reject);
            reject(error);
          },
        );
      });
    },
    end() {
      clearTimeout(timer);
      if (!over) finish(undefined);
    },
  };
}

/** True when `error` is the budget's own abort reason, i.e. the handler stopped waiting. */
export function isBudgetAbort(error: unknown, signal: AbortSignal): boolean {
  return signal.aborted && error === signal.reason;
}
