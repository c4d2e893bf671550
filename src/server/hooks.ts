/** Which merchant-supplied function or store call failed. */
export type HookName =
  | 'getCustomerId'
  | 'rateLimit'
  | 'rateLimit.crossSiteKey'
  | 'lockReason'
  | 'audit'
  | 'customerLock'
  | 'customerLock.release'
  | 'defaultCardStore';

/** Why: it threw or rejected, ran out of time, or (`customerLock`) the lock was no longer held. */
export type HookFailureReason = 'timeout' | 'error' | 'lost';

const SAYS: Readonly<Record<HookFailureReason, string>> = {
  timeout: 'ran out of time',
  error: 'failed',
  lost: 'was lost',
};

/** A merchant hook or store call that threw, rejected or ran out of `hookTimeoutMs`. */
export class HookFailure extends Error {
  override readonly name = 'HookFailure';
  readonly hook: HookName;
  readonly reason: HookFailureReason;

  constructor(hook: HookName, reason: HookFailureReason, cause?: unknown) {
    // The hook's own error stays on `cause`: it is the merchant's, and may hold anything.
    super(`${hook} ${SAYS[reason]}`, { cause });
    this.hook = hook;
    this.reason = reason;
  }
}

/**
 * Runs a merchant hook (or store call) for at most `ms` (docs/server.md `hookTimeoutMs`): settles
 * like it, or rejects with a HookFailure when it throws, rejects or runs out of time. A late
 * settlement is ignored. A hook that answers at once (a value, or a promise already settled)
 * needs no clock: its answer would win over the timer anyway, so only a pending one is timed,
 * from the call.
 */
export function callHook<T>(hook: HookName, ms: number, run: () => T | Promise<T>): Promise<T> {
  const startedAt = performance.now();
  let answer: T | Promise<T>;
  let pending: PromiseLike<T>;
  try {
    answer = run();
    if (!isThenable(answer)) return Promise.resolve(answer);
    pending = answer;
  } catch (error) {
    return Promise.reject(new HookFailure(hook, 'error', error));
  }
  return new Promise<T>((resolve, reject) => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    let settled = false;
    Promise.resolve(pending).then(
      (value) => {
        settled = true;
        clearTimeout(timer);
        resolve(value);
      },
      (error: unknown) => {
        settled = true;
        clearTimeout(timer);
        reject(new HookFailure(hook, 'error', error));
      },
    );
    // A store's promise that is already settled (the in-memory lock's) has answered by the
    // next microtask, before any timer could fire: the clock starts only if it has not.
    queueMicrotask(() => {
      if (settled) return;
      const left = Math.max(0, ms - (performance.now() - startedAt));
      timer = setTimeout(() => reject(new HookFailure(hook, 'timeout')), left);
    });
  });
}

function isThenable<T>(value: T | PromiseLike<T>): value is PromiseLike<T> {
  return (
    (typeof value === 'object' || typeof value === 'function') &&
    value !== null &&
    typeof (value as { then?: unknown }).then === 'function'
  );
}
