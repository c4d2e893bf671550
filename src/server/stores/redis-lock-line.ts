import { MAX_TIMER_MS } from '../option-rules';
import { stopOf } from '../until-aborted';
import type { CustomerLockRequest, HeldLock } from './customer-lock';
import type { RedisEvalClient } from './redis-eval-client';
import type { GrantStore, RedisGrant } from './redis-held-lock';
import { redisHeldLock } from './redis-held-lock';
import type { GrantReply } from './redis-lock-replies';
import { parseCheck, parseGrant, parsePoll } from './redis-lock-replies';
import type { LockKeys } from './redis-lock-scripts';
import {
  CHECK_SCRIPT,
  LEAVE_SCRIPT,
  lockKeys,
  POLL_SCRIPT,
  RELEASE_SCRIPT,
  RENEW_SCRIPT,
  TAKE_SCRIPT,
} from './redis-lock-scripts';
import type { RedisScript } from './redis-scripts';
import { isNoScript, runScript } from './redis-scripts';

/** What one {@link redisCustomerLock} store runs its lines with. */
export interface LineOptions {
  client: RedisEvalClient;
  prefix: string;
  /** Pause between the polls of a line's head. */
  retryDelayMs: number;
  /** An instance not heard from for this long loses its waiters' places. */
  waiterMs: number;
}

/** The store's waiting: `acquire` as {@link CustomerLockStore} has it. */
export interface LockLines {
  acquire(key: string, request: CustomerLockRequest): Promise<HeldLock>;
}

/** One `acquire` still waiting. */
interface Waiter {
  /** `"<instance>/<n>"`: the scripts hand a free lock only to a waiter of the instance asking. */
  readonly id: string;
  readonly line: Line;
  /** Lease in whole milliseconds (PX refuses 0). */
  readonly px: number;
  /** Its place in the queue ('' until its join is answered). */
  ticket: string;
  /** Waiters ahead of it at its last poll. */
  position: number;
  settle(outcome: { held: HeldLock } | { error: unknown }): void;
}

/** This store's waiters for one key, in arrival order. Only the first polls Redis. */
interface Line {
  readonly keys: LockKeys;
  readonly waiters: Set<Waiter>;
  timer: ReturnType<typeof setTimeout> | undefined;
  polling: boolean;
}

// Heads at least this far back poll half as often.
const FAR_BACK = 4;
// Waiters whose request to leave failed, remembered so a later grant to one is given back.
const MAX_STRAYS = 1000;

/**
 * A ticket queue in Redis (redis-lock-scripts.ts) with a line per key in this process in front
 * of it. Every waiter takes a ticket when it arrives, so the order is the arrival order across
 * instances. A release hands the lock to the next ticket in the same EVAL when that waiter is
 * in this process and wakes it at once; only the first waiter of each line polls, to take the
 * lock after another instance's holder, to notice a lease that lapsed, and to keep this
 * instance's waiters counted as alive.
 *
 * Whenever a waiter stops without the lock, a request to leave follows its last EVAL on the
 * same connection: should that EVAL be granted after all (ioredis replays its offline queue
 * when Redis returns), the leave frees the lock and hands it on.
 */
export function lockLines({ client, prefix, retryDelayMs, waiterMs }: LineOptions): LockLines {
  const instance = crypto.randomUUID();
  const lines = new Map<string, Line>();
  const waiting = new Map<string, Waiter>();
  const strays = new Set<string>();
  let joined = 0;

  const run = (
    script: RedisScript,
    keys: LockKeys,
    args: Array<string | number>,
    resend?: () => boolean,
  ) => runScript(client, script, keys, args, resend);
  // A join or poll whose script Redis had lost is sent again only while its waiter still
  // waits: once it gave up or was granted, its leave or release is already on the wire, and
  // a join landing after that would queue a waiter nobody answers for.
  const stillWaiting = (waiter: Waiter) => () => waiting.get(waiter.id) === waiter;
  const hasWaiters = (line: Line | undefined) =>
    line !== undefined && line.waiters.size > 0 ? 1 : 0;

  /** A script handed the lock to `grantee`: wake it, or give the lock back if nobody wants it. */
  function granted(keys: LockKeys, { grantee, token }: GrantReply): void {
    if (grantee === '') return;
    const value = `${token}:${grantee}`;
    const waiter = waiting.get(grantee);
    if (waiter !== undefined) {
      drop(waiter);
      const grant = { keys, waiter: grantee, value, token, leaseMs: waiter.px };
      waiter.settle({ held: redisHeldLock(store, grant) });
    } else if (strays.delete(grantee)) {
      freed(keys, value).catch(() => undefined);
    }
    // Anyone else was handed this grant already, or has its leave on the way, which frees it.
  }

  async function freed(keys: LockKeys, value: string): Promise<void> {
    const line = lines.get(keys[0]);
    const reply = await run(RELEASE_SCRIPT, keys, [value, instance, waiterMs, hasWaiters(line)]);
    granted(keys, parseGrant(reply));
  }

  function stray(id: string): void {
    strays.add(id);
    if (strays.size > MAX_STRAYS) strays.delete(strays.values().next().value as string);
  }

  const store: GrantStore = {
    check: async ({ keys, value }) =>
      parseCheck(await runScript(client, CHECK_SCRIPT, [keys[0], keys[1]], [value, instance])),
    async take(from, { keys, waiter, value, token, leaseMs }) {
      const line = lines.get(keys[0]);
      const args = [from, waiter, value, token, leaseMs, waiterMs, hasWaiters(line)];
      try {
        const reply = parseCheck(await run(TAKE_SCRIPT, keys, args));
        granted(keys, reply.grant);
        return reply;
      } catch (error) {
        // Unanswered, it may still run: a grant to this waiter that comes back is given back.
        stray(waiter);
        throw error;
      }
    },
    renew: async ({ keys, value, leaseMs }) =>
      (await runScript(client, RENEW_SCRIPT, [keys[0]], [value, leaseMs])) === 1,
    // The last check named the waiter of this instance that heads the queue, the next ticket:
    // while it still waits it is handed the lock here, without a release to Redis between.
    async release(grant, next) {
      const waiter = next === '' ? undefined : waiting.get(next);
      if (waiter === undefined || waiter.line.keys[0] !== grant.keys[0]) {
        return freed(grant.keys, grant.value);
      }
      drop(waiter);
      // No grant can come between the two: the previous one holds the key until this one's
      // first check moves it, and that check raises the token counter to this token.
      const token = grant.token + 1;
      const handed: RedisGrant = {
        keys: grant.keys,
        waiter: waiter.id,
        value: `${token}:${waiter.id}`,
        token,
        leaseMs: waiter.px,
      };
      waiter.settle({ held: redisHeldLock(store, handed, grant.value) });
    },
  };

  function leave(waiter: Waiter): void {
    const { keys } = waiter.line;
    run(LEAVE_SCRIPT, keys, [waiter.id, waiterMs, hasWaiters(lines.get(keys[0]))])
      .then((reply) => granted(keys, parseGrant(reply)))
      .catch(() => stray(waiter.id));
  }

  /** Out of line, granted or not. */
  function drop(waiter: Waiter): void {
    waiting.delete(waiter.id);
    const { line } = waiter;
    line.waiters.delete(waiter);
    if (line.waiters.size === 0) {
      clearTimeout(line.timer);
      line.timer = undefined;
      if (!line.polling && lines.get(line.keys[0]) === line) lines.delete(line.keys[0]);
    }
  }

  /** Out of line without the lock: leaves the queue, and the caller hears why. */
  function giveUp(waiter: Waiter, error: unknown): void {
    if (waiting.get(waiter.id) !== waiter) return;
    drop(waiter);
    leave(waiter);
    waiter.settle({ error });
  }

  /** The line's first waiter polls after a pause, unless a poll is already on its way. */
  function schedule(line: Line): void {
    if (line.timer !== undefined || line.polling) return;
    const head = headOf(line);
    if (head === undefined) {
      if (line.waiters.size === 0 && lines.get(line.keys[0]) === line) lines.delete(line.keys[0]);
      return;
    }
    line.timer = setTimeout(() => {
      line.timer = undefined;
      void poll(line);
    }, pollDelay(head.position));
  }

  async function poll(line: Line): Promise<void> {
    const head = headOf(line);
    if (head === undefined) return schedule(line);
    line.polling = true;
    try {
      const reply = parsePoll(
        await run(
          POLL_SCRIPT,
          line.keys,
          [head.id, head.ticket, head.px, waiterMs],
          stillWaiting(head),
        ),
      );
      head.position = reply.position;
      granted(line.keys, reply);
      // Redis lost the queue (a restart): everyone here takes their old place again.
      if (reply.rejoined) for (const waiter of line.waiters) if (waiter !== head) rejoin(waiter);
    } catch (error) {
      // A refused poll whose head was served or gave up meanwhile ran nothing and says nothing
      // about Redis: the line waits on, and its next head polls.
      if (!(isNoScript(error) && !stillWaiting(head)())) {
        for (const waiter of [...line.waiters]) if (waiter.ticket !== '') giveUp(waiter, error);
      }
    } finally {
      line.polling = false;
      schedule(line);
    }
  }

  function rejoin(waiter: Waiter): void {
    if (waiter.ticket === '') return;
    const { keys } = waiter.line;
    run(POLL_SCRIPT, keys, [waiter.id, waiter.ticket, waiter.px, waiterMs], stillWaiting(waiter))
      .then((reply) => granted(keys, parsePoll(reply)))
      .catch((error: unknown) => giveUp(waiter, error));
  }

  // Jitter, so instances do not poll in lockstep. Only heads far back poll less often: the
  // line moves as fast as holders finish. Every head polls well within `waiterMs`, or its
  // instance would lose its place.
  function pollDelay(position: number): number {
    const delay = retryDelayMs * (0.5 + Math.random()) * (position < FAR_BACK ? 1 : 2);
    return Math.min(delay, waiterMs / 4, MAX_TIMER_MS);
  }

  return {
    acquire(key, request) {
      // The budget itself when the handler asks: its signal is never built for the wait.
      const stop = stopOf(request);
      if (stop.stopped) return Promise.reject(stop.reason);
      const keys = lockKeys(prefix, key);
      const line = lines.get(keys[0]) ?? newLine(keys);
      lines.set(keys[0], line);
      joined += 1;
      return new Promise<HeldLock>((resolve, reject) => {
        const waiter: Waiter = {
          id: `${instance}/${joined.toString(36)}`,
          line,
          px: Math.max(1, Math.ceil(request.leaseMs)),
          ticket: '',
          position: 0,
          settle(outcome) {
            stopListening();
            if ('held' in outcome) resolve(outcome.held);
            else reject(outcome.error);
          },
        };
        const stopListening = stop.onStop((reason) => giveUp(waiter, reason));
        line.waiters.add(waiter);
        waiting.set(waiter.id, waiter);
        run(POLL_SCRIPT, keys, [waiter.id, '', waiter.px, waiterMs], stillWaiting(waiter))
          .then((reply) => {
            const answer = parsePoll(reply);
            waiter.ticket = answer.ticket;
            waiter.position = answer.position;
            granted(keys, answer);
            schedule(line);
          })
          .catch((error: unknown) => giveUp(waiter, error));
      });
    },
  };
}

function newLine(keys: LockKeys): Line {
  return { keys, waiters: new Set(), timer: undefined, polling: false };
}

/** The waiter with the smallest ticket: the next of this line the queue will serve. */
function headOf(line: Line): Waiter | undefined {
  let head: Waiter | undefined;
  for (const waiter of line.waiters) {
    if (
      waiter.ticket !== '' &&
      (head === undefined || Number(waiter.ticket) < Number(head.ticket))
    ) {
      head = waiter;
    }
  }
  return head;
}
