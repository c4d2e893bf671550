import type { BudgetClock, ClockedBudget } from './budget-clock';
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
 * `clock` (the handler's one) watches it: no timer is set for it alone.
 */
export function startBudget(ms: number, clock: BudgetClock): Budget {
  return new RequestBudget(ms, clock);
}

// One object per request, its methods on the prototype: a budget is made for every list and
// every delete, and a closure per method was most of its cost.
class RequestBudget implements Budget, ClockedBudget {
  readonly deadline: number;
  readonly expiresAt: number;
  readonly #ms: number;
  readonly #clock: BudgetClock | undefined;
  #controller: AbortController | undefined;
  #over = false;
  #reason: ProviderError | undefined;
  #listeners: Set<(reason: unknown) => void> | undefined;

  constructor(ms: number, clock: BudgetClock) {
    const limited = Number.isFinite(ms) && ms > 0;
    this.#ms = ms;
    this.deadline = limited ? Date.now() + ms : Number.POSITIVE_INFINITY;
    this.expiresAt = limited ? performance.now() + ms : Number.POSITIVE_INFINITY;
    this.#clock = limited ? clock : undefined;
    this.#clock?.watch(this);
  }

  get signal(): AbortSignal {
    if (this.#controller === undefined) {
      this.#controller = new AbortController();
      if (this.#over) this.#controller.abort(this.#whyOver());
    }
    return this.#controller.signal;
  }

  get stopped(): boolean {
    return this.#over;
  }

  get reason(): unknown {
    return this.#over ? this.#whyOver() : undefined;
  }

  onStop(listener: (reason: unknown) => void): () => void {
    this.#listeners ??= new Set();
    const listeners = this.#listeners;
    listeners.add(listener);
    return () => listeners.delete(listener);
  }

  run<T>(promise: Promise<T>): Promise<T> {
    return untilStopped(promise, this);
  }

  end(): void {
    if (this.#over) return;
    this.#finish(undefined);
    this.#clock?.ended(this);
  }

  expire(): void {
    if (!this.#over) {
      this.#finish(new ProviderError('timeout', `Handler budget of ${this.#ms} ms ran out`));
    }
  }

  #whyOver(): ProviderError {
    this.#reason ??= answeredReason();
    return this.#reason;
  }

  #finish(why: ProviderError | undefined): void {
    this.#over = true;
    this.#reason = why;
    // Only what was handed out needs telling: a signal someone holds, a wait someone is in.
    const listeners = this.#listeners;
    if (this.#controller === undefined && (listeners === undefined || listeners.size === 0)) {
      return;
    }
    const error = this.#whyOver();
    this.#controller?.abort(error);
    if (listeners === undefined) return;
    for (const listener of listeners) listener(error);
    listeners.clear();
  }
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
