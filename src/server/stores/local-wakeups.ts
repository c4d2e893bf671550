import { MAX_TIMER_MS } from '../option-rules';

/** One waiter of this process in a key's line. */
export interface LocalWaiter {
  /** Its place in line (the ticket), once known: a release wakes the lowest. */
  ticket: number;
  /** Waits `ms` (at most a timer's limit), until woken, or until `signal` aborts. */
  pause(ms: number, signal: AbortSignal): Promise<void>;
  /** Out of line: granted, or gave up. */
  leave(): void;
}

/** Waiters of this process per key, so a release here wakes the next in line at once. */
export interface LocalWakeups {
  join(key: string): LocalWaiter;
  /** The lock on `key` was just given back here: the first waiter in line polls now. */
  wake(key: string): void;
}

interface Entry {
  ticket: number;
  /** Woken while not pausing (its poll was in flight): its next pause ends at once. */
  woken: boolean;
  wakeUp: (() => void) | undefined;
}

// Only the first in line is woken, so a release does not set off a poll from every waiter;
// one woken mid-poll keeps the wake-up, or it would sleep out a whole delay at the head.
export function localWakeups(): LocalWakeups {
  const lines = new Map<string, Set<Entry>>();
  return {
    join(key) {
      const line = lines.get(key) ?? new Set<Entry>();
      lines.set(key, line);
      const entry: Entry = { ticket: Number.POSITIVE_INFINITY, woken: false, wakeUp: undefined };
      line.add(entry);
      return {
        set ticket(ticket: number) {
          entry.ticket = ticket;
        },
        get ticket() {
          return entry.ticket;
        },
        pause: (ms, signal) => pause(entry, ms, signal),
        leave() {
          line.delete(entry);
          if (line.size === 0 && lines.get(key) === line) lines.delete(key);
        },
      };
    },
    wake(key) {
      let first: Entry | undefined;
      for (const entry of lines.get(key) ?? []) {
        if (first === undefined || entry.ticket < first.ticket) first = entry;
      }
      if (first === undefined) return;
      if (first.wakeUp === undefined) first.woken = true;
      else first.wakeUp();
    },
  };
}

function pause(entry: Entry, ms: number, signal: AbortSignal): Promise<void> {
  if (entry.woken || signal.aborted) {
    entry.woken = false;
    return Promise.resolve();
  }
  return new Promise((resolve) => {
    const timer = setTimeout(done, Math.min(ms, MAX_TIMER_MS));
    signal.addEventListener('abort', done, { once: true });
    entry.wakeUp = done;
    function done() {
      clearTimeout(timer);
      signal.removeEventListener('abort', done);
      entry.wakeUp = undefined;
      resolve();
    }
  });
}
