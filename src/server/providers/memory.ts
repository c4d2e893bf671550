import type { SavedCard } from '../../core/types';
import type { ProviderErrorKind } from '../errors';
import { ProviderError } from '../errors';
import { stopOf } from '../until-aborted';
import type {
  CardProvider,
  DeleteResult,
  ProviderCallContext,
  ProviderCard,
} from './card-provider';
import { expiredAt } from './expiry';

/** A sandbox card: the contract's fields, and the fingerprint a real provider may give. */
export type MemoryCard = SavedCard & Pick<ProviderCard, 'fingerprint'>;

/** Cards per customer id. */
export type MemorySeed = Record<string, MemoryCard[]>;

/** Options for {@link memoryProvider}. */
export interface MemoryProviderOptions {
  /** Delay before every call settles, to make loading states visible; default 0. */
  latencyMs?: number;
  /** Clock used to recompute `expired`; default the real one. */
  now?: () => Date;
}

/** The embedded sandbox provider, with knobs for demos and tests. */
export interface MemoryProvider extends CardProvider {
  /** As {@link CardProvider.listCards}; `ctx` is optional for direct calls in tests. */
  listCards(customerId: string, ctx?: ProviderCallContext): Promise<ProviderCard[]>;
  /** As {@link CardProvider.deleteCard}: deletes by `card.id`; `ctx` optional as above. */
  deleteCard(
    customerId: string,
    card: ProviderCard,
    ctx?: ProviderCallContext,
  ): Promise<DeleteResult>;
  /**
   * As {@link CardProvider.setDefaultCard}: `card` (by id) becomes the customer's only
   * `isDefault` card; `ctx` optional as above. The sandbox keeps a default of its own, as
   * Stripe and Hyperswitch do; deleting the default card leaves the customer with none.
   */
  setDefaultCard(customerId: string, card: ProviderCard, ctx?: ProviderCallContext): Promise<void>;
  /** Replaces every customer's cards with copies of `seed` (default: the original seed). */
  reset(seed?: MemorySeed): void;
  /** Adds a copy of `card` for `customerId`; throws if that customer already has the id. */
  addCard(customerId: string, card: MemoryCard): void;
  /** A copy of what `customerId` has now, without latency or injected failures. */
  peek(customerId: string): MemoryCard[];
  /** Sets the delay of every later call. */
  setLatency(ms: number): void;
  /** Makes the next `deleteCard` fail like a provider would; `not_found` deletes, then says so. */
  failNextDelete(kind?: ProviderErrorKind): void;
  /** Makes the next `listCards` throw a ProviderError of `kind`. */
  failNextList(kind?: ProviderErrorKind): void;
  /** Makes the next `setDefaultCard` throw a ProviderError of `kind`, changing nothing. */
  failNextSetDefault(kind?: ProviderErrorKind): void;
}

type Operation = 'list' | 'delete' | 'set default';

/**
 * An in-process provider for demos and tests. Customers are isolated, every card going in or
 * out is a copy (callers cannot reach its state), and `expired` is recomputed on each list as
 * a real adapter would.
 */
export function memoryProvider(
  seed: MemorySeed = {},
  options: MemoryProviderOptions = {},
): MemoryProvider {
  const now = options.now ?? (() => new Date());
  const initial = cloneSeed(seed);
  let store = new Map<string, MemoryCard[]>();
  let latencyMs = options.latencyMs ?? 0;
  // The failure armed for the next call of each operation, taken (and cleared) by that call.
  const armed = new Map<Operation, ProviderErrorKind>();
  function takeFailure(operation: Operation): ProviderErrorKind | null {
    const kind = armed.get(operation) ?? null;
    armed.delete(operation);
    return kind;
  }

  function load(from: ReadonlyArray<[string, MemoryCard[]]>) {
    store = new Map(
      from.map(([customerId, cards]) => [customerId, cards.map((card) => ({ ...card }))]),
    );
  }
  load(initial);

  // A call whose budget ran out during the latency stops here, before touching anything.
  // The handler's own ctx is asked through its budget, which then builds no signal.
  async function waitOutLatency(ctx: ProviderCallContext | undefined, operation: Operation) {
    const stop = ctx === undefined ? undefined : stopOf(ctx);
    if (latencyMs > 0) {
      await new Promise<void>((resolve) => {
        const timer = setTimeout(done, latencyMs);
        const stopListening = stop?.onStop(done);
        function done() {
          clearTimeout(timer);
          stopListening?.();
          resolve();
        }
      });
    }
    if (stop?.stopped) {
      throw new ProviderError('timeout', `memoryProvider: ${operation} aborted`, {
        provider: 'memory',
      });
    }
  }

  function snapshot(customerId: string): MemoryCard[] {
    const expired = expiredAt(now());
    return (store.get(customerId) ?? []).map((card) => ({
      ...card,
      expired: expired(card.expiryMonth, card.expiryYear),
    }));
  }

  return {
    async listCards(customerId, ctx) {
      await waitOutLatency(ctx, 'list');
      const failure = takeFailure('list');
      if (failure !== null) throw injected(failure, 'list');
      return snapshot(customerId);
    },
    async deleteCard(customerId, target, ctx): Promise<DeleteResult> {
      await waitOutLatency(ctx, 'delete');
      const failure = takeFailure('delete');
      const cards = store.get(customerId) ?? [];
      const index = cards.findIndex((card) => card.id === target.id);
      if (failure === 'not_found') {
        // Simulates a card removed elsewhere between the ownership check and this call.
        if (index >= 0) cards.splice(index, 1);
        return 'not_found';
      }
      if (failure !== null) throw injected(failure, 'delete');
      if (index < 0) return 'not_found';
      cards.splice(index, 1);
      return 'deleted';
    },
    async setDefaultCard(customerId, target, ctx) {
      await waitOutLatency(ctx, 'set default');
      const failure = takeFailure('set default');
      if (failure !== null) throw injected(failure, 'set default');
      const cards = store.get(customerId) ?? [];
      // Not this customer's card: what a provider says of an id it does not hold for them.
      if (!cards.some((card) => card.id === target.id)) throw injected('not_found', 'set default');
      for (const card of cards) {
        if (card.id === target.id) card.isDefault = true;
        else delete card.isDefault;
      }
    },
    reset(next) {
      load(next === undefined ? initial : cloneSeed(next));
      armed.clear();
    },
    addCard(customerId, card) {
      const cards = store.get(customerId) ?? [];
      if (cards.some((existing) => existing.id === card.id)) {
        throw new Error(`memoryProvider: ${customerId} already has card ${card.id}`);
      }
      cards.push({ ...card });
      store.set(customerId, cards);
    },
    peek: snapshot,
    setLatency(ms) {
      latencyMs = Math.max(0, ms);
    },
    failNextDelete(kind = 'unavailable') {
      armed.set('delete', kind);
    },
    failNextList(kind = 'unavailable') {
      armed.set('list', kind);
    },
    failNextSetDefault(kind = 'unavailable') {
      armed.set('set default', kind);
    },
  };
}

// Entries, not an object: a customer id like `__proto__` must stay an ordinary key.
function cloneSeed(seed: MemorySeed): Array<[string, MemoryCard[]]> {
  return Object.entries(seed).map(([customerId, cards]) => [
    customerId,
    cards.map((card) => ({ ...card })),
  ]);
}

// The HTTP status a real provider would have answered; a timeout got no answer at all.
const INJECTED_STATUS: Readonly<Record<ProviderErrorKind, number | undefined>> = {
  unavailable: 503,
  unauthorized: 401,
  bad_response: 200,
  not_found: 404,
  timeout: undefined,
};

function injected(kind: ProviderErrorKind, operation: Operation): ProviderError {
  return new ProviderError(kind, `memoryProvider: injected ${kind} on ${operation}`, {
    provider: 'memory',
    status: INJECTED_STATUS[kind],
  });
}
