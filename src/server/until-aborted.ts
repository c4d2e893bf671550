/**
 * What can end a wait before the awaited work settles: an `AbortSignal` (through
 * {@link signalStop}), or the request budget, which is one without building a signal.
 */
export interface Stop {
  /** True once stopped; then {@link Stop.reason} is what waits reject with. */
  readonly stopped: boolean;
  readonly reason: unknown;
  /** Calls `listener` with the reason once it stops; the function returned stops listening. */
  onStop(listener: (reason: unknown) => void): () => void;
}

/**
 * The one waiter: settles like `promise`, or rejects with the stop's reason as soon as it
 * stops (at once when it already has). The caller stops waiting, whether or not the work can
 * be stopped; the promise left behind may still reject later, never as an unhandled rejection.
 */
export function untilStopped<T>(promise: PromiseLike<T>, stop: Stop): Promise<T> {
  const settled = Promise.resolve(promise);
  if (stop.stopped) {
    settled.catch(() => undefined);
    return Promise.reject(stop.reason);
  }
  // Waited on below with a rejection handler, so a late rejection is never unhandled.
  return new Promise<T>((resolve, reject) => {
    const off = stop.onStop(reject);
    settled.then(
      (value) => {
        off();
        resolve(value);
      },
      (error: unknown) => {
        off();
        reject(error);
      },
    );
  });
}

/** {@link untilStopped} on an `AbortSignal`: rejects with `signal.reason` once it aborts. */
export function untilAborted<T>(promise: PromiseLike<T>, signal: AbortSignal): Promise<T> {
  return untilStopped(promise, signalStop(signal));
}

/** An `AbortSignal` seen as a {@link Stop}. */
export function signalStop(signal: AbortSignal): Stop {
  return {
    get stopped() {
      return signal.aborted;
    },
    get reason() {
      return signal.reason;
    },
    onStop(listener) {
      const onAbort = () => listener(signal.reason);
      signal.addEventListener('abort', onAbort, { once: true });
      return () => signal.removeEventListener('abort', onAbort);
    },
  };
}

// Not Symbol.for: only this copy of the kit hands out and reads these.
const STOP = Symbol('saved-card-kit.stop');

/**
 * `target` carrying `stop` for {@link stopOf}: a call context or lock request the kit built.
 * Not enumerable, so a copy an adapter makes (`{ ...ctx, signal: its own }`) carries its own
 * signal only, and is stopped by that.
 */
export function withStop<T extends object>(target: T, stop: Stop): T {
  Object.defineProperty(target, STOP, { value: stop });
  return target;
}

// One accessor for every context the kit builds. A getter written in an object literal is a
// new function and accessor pair for every object: V8 keeps such objects on a slow path and
// moves them to the old generation, where each request's context waited for a full
// collection (docs/performance.md). This one is shared: it reads the stop carried beside it.
const SIGNAL_OF_STOP: PropertyDescriptor = {
  get(this: Record<symbol, unknown>): AbortSignal {
    return (this[STOP] as { readonly signal: AbortSignal }).signal;
  },
  enumerable: true,
  configurable: true,
};

/**
 * `target` carrying `budget` as its stop ({@link withStop}), and a `signal` that is the
 * budget's, built only when read. Enumerable, so a copy an adapter makes (`{ ...ctx }`) has
 * the signal as it was when copied.
 */
export function withBudgetSignal<T extends object>(
  target: T,
  budget: Stop & { readonly signal: AbortSignal },
): T & { readonly signal: AbortSignal } {
  Object.defineProperty(target, 'signal', SIGNAL_OF_STOP);
  return withStop(target, budget) as T & { readonly signal: AbortSignal };
}

/**
 * What stops the work `options` (a provider call's `ctx`, a lock request) was handed for:
 * the budget itself when the kit built them, so asking does not build the budget's signal;
 * otherwise their `signal`.
 */
export function stopOf(options: { readonly signal: AbortSignal }): Stop {
  const stop = (options as unknown as Record<symbol, unknown>)[STOP];
  return stop === undefined ? signalStop(options.signal) : (stop as Stop);
}
