import type { HeldLock } from './customer-lock';
import type { CheckReply } from './redis-lock-replies';
import type { LockKeys } from './redis-lock-scripts';

/** One grant of {@link redisCustomerLock}: the holder key keeps `value` ("<token>:<waiter>") while it lasts. */
export interface RedisGrant {
  keys: LockKeys;
  /** The waiter it was granted to. */
  waiter: string;
  value: string;
  token: number;
  leaseMs: number;
}

/** What a grant asks of its store (redis-lock-line.ts). */
export interface GrantStore {
  /** The fencing check (CHECK_SCRIPT). */
  check(grant: RedisGrant): Promise<CheckReply>;
  /** A handed-on grant's first check (TAKE_SCRIPT): the key moves from `from` to `grant`, or is freed. */
  take(from: string, grant: RedisGrant): Promise<CheckReply>;
  renew(grant: RedisGrant): Promise<boolean>;
  /** Frees `grant`: to waiter `next` in the process when it still waits, else through Redis. */
  release(grant: RedisGrant, next: string): Promise<void>;
}

/**
 * The grant as the handler uses it. Every `stillHeld()` asks Redis, with a script that runs
 * after it was called: an answer remembered from a moment ago could miss a lock taken over
 * since (a lease shorter than that moment, a Redis restart or failover), so the check would no
 * longer stand between a lost lock and the provider (docs/server.md "Fencing").
 *
 * `from` is set when the previous holder handed this grant on in the process: Redis still
 * holds the previous grant until this one's first call (`stillHeld` as a rule) moves the key,
 * and that call's script is its fencing check. Each check also says which waiter of this
 * instance heads the queue, so the release can hand on in the process in turn.
 */
export function redisHeldLock(store: GrantStore, grant: RedisGrant, from?: string): HeldLock {
  let next = '';
  let moved: Promise<boolean> | undefined = from === undefined ? Promise.resolve(true) : undefined;
  let released: Promise<void> | undefined;
  const heard = (reply: CheckReply) => {
    next = reply.next;
    return reply.held;
  };
  const take = (previous: string) => store.take(previous, grant).then(heard);
  const move = (): Promise<boolean> => {
    if (moved === undefined && from !== undefined) moved = take(from);
    return moved as Promise<boolean>;
  };
  return {
    token: grant.token,
    async stillHeld() {
      // The first call after a hand-over: the script that moves the key is this check.
      if (moved === undefined) return move();
      // A move sent before this call (by a renewal) answers for then, not now: ask again.
      if (!(await moved)) return false;
      return heard(await store.check(grant));
    },
    async renew() {
      return (await move()) && store.renew(grant);
    },
    release() {
      released ??= (async () => {
        let held = await move().catch(() => undefined);
        // The move failed on the way (a timeout, Redis away): sent again, it either moves the
        // key or frees whichever of the two grants holds it.
        if (held === undefined && from !== undefined) held = await take(from);
        if (held) await store.release(grant, next);
      })();
      return released;
    },
  };
}
