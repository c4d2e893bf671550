import type { CardProvider, MemoryProvider } from '../../src/server/index';

/** One provider call the test holds open, as a slow provider (or one that ignores abort) would. */
export interface HeldCall {
  /** Resolves once the handler has made the call. */
  started: Promise<void>;
  /** Lets the call go on. */
  let(): void;
  /** Resolves once the call has settled at the provider (the card really gone, for a delete). */
  settled: Promise<void>;
}

/** A memory provider whose next list or delete the test can hold, whatever its signal says. */
export interface HeldProvider extends CardProvider {
  /**
   * Holds the next call of `operation` until `let()`: a list answers with the cards as they
   * were when it was called (a stale list), a delete acts only once let go. Both ignore
   * `ctx.signal`, like an SDK that retries after the handler stopped waiting.
   */
  holdNext(operation: 'list' | 'delete'): HeldCall;
  /** Every call made, in order: `list`, `delete c1`, … */
  calls: string[];
}

interface Hold {
  call: HeldCall;
  begin(): void;
  gate: Promise<void>;
  finish(): void;
}

function signal(): { promise: Promise<void>; resolve(): void } {
  let resolve!: () => void;
  const promise = new Promise<void>((done) => {
    resolve = done;
  });
  return { promise, resolve };
}

function hold(): Hold {
  const [open, started, settled] = [signal(), signal(), signal()];
  return {
    call: { started: started.promise, let: () => open.resolve(), settled: settled.promise },
    begin: () => started.resolve(),
    gate: open.promise,
    finish: () => settled.resolve(),
  };
}

export function heldProvider(inner: MemoryProvider): HeldProvider {
  const armed = new Map<'list' | 'delete', Hold>();
  const calls: string[] = [];
  function take(operation: 'list' | 'delete') {
    const held = armed.get(operation);
    armed.delete(operation);
    return held;
  }
  return {
    calls,
    holdNext(operation) {
      const held = hold();
      armed.set(operation, held);
      return held.call;
    },
    async listCards(customerId, ctx) {
      calls.push('list');
      const held = take('list');
      if (held === undefined) return inner.listCards(customerId, ctx);
      const cards = await inner.listCards(customerId);
      held.begin();
      await held.gate;
      held.finish();
      return cards;
    },
    async deleteCard(customerId, card, ctx) {
      calls.push(`delete ${card.id}`);
      const held = take('delete');
      if (held === undefined) return inner.deleteCard(customerId, card, ctx);
      held.begin();
      await held.gate;
      try {
        return await inner.deleteCard(customerId, card);
      } finally {
        held.finish();
      }
    },
  };
}
