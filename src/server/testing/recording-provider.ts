import type {
  CardProvider,
  DeleteResult,
  ProviderCallContext,
  ProviderCard,
} from '../providers/card-provider';

/** One adapter call as the kit saw it. */
export interface CallRecord {
  operation: 'list' | 'delete' | 'set default';
  customerId: string;
  cardId?: string;
  /** When the handler aborted the call's signal, if it did. */
  abortedAt?: number;
  /** Resolves with the time the adapter's promise settled. */
  settled: Promise<number>;
  /** What a delete resolved with, once it did. */
  result?: DeleteResult;
}

/** The adapter under test, with every call recorded. */
export interface RecordingProvider extends CardProvider {
  readonly calls: CallRecord[];
  /** Every `providerRef` string (or string field of one) the adapter listed: server-only. */
  readonly refs: Set<string>;
  /** The public fields of every card the adapter listed, as JSON: scanned for secrets. */
  readonly listedFields: string[];
  /** The next delete of `cardId` finds it already deleted: the kit deletes it first, itself. */
  deleteElsewhereFirst(cardId: string): void;
}

/**
 * Wraps `inner` without changing what it does (its `cardIdIsProviderToken` included, and
 * `setDefaultCard` only when it has one).
 */
export function recordingProvider(inner: CardProvider): RecordingProvider {
  const calls: CallRecord[] = [];
  const refs = new Set<string>();
  const listedFields: string[] = [];
  const elsewhere = new Set<string>();

  function record<T>(
    entry: Omit<CallRecord, 'settled'>,
    ctx: ProviderCallContext,
    run: () => Promise<T>,
  ) {
    const promise = run();
    const call: CallRecord = {
      ...entry,
      settled: promise.then(
        (value) => {
          if (entry.operation === 'delete') call.result = value as DeleteResult;
          return Date.now();
        },
        () => Date.now(),
      ),
    };
    ctx.signal.addEventListener(
      'abort',
      () => {
        call.abortedAt = Date.now();
      },
      { once: true },
    );
    calls.push(call);
    return promise;
  }

  const setDefault = inner.setDefaultCard?.bind(inner);
  return {
    cardIdIsProviderToken: inner.cardIdIsProviderToken,
    // Only where the adapter has one: without it the handler keeps the default in its store.
    ...(setDefault === undefined
      ? {}
      : {
          setDefaultCard: (customerId: string, card: ProviderCard, ctx: ProviderCallContext) =>
            record({ operation: 'set default', customerId, cardId: card.id }, ctx, () =>
              setDefault(customerId, card, ctx),
            ),
        }),
    calls,
    refs,
    listedFields,
    deleteElsewhereFirst(cardId) {
      elsewhere.add(cardId);
    },
    listCards(customerId, ctx) {
      return record({ operation: 'list', customerId }, ctx, async () => {
        const cards = await inner.listCards(customerId, ctx);
        for (const { providerRef, ...fields } of cards) {
          for (const ref of refStrings(providerRef)) refs.add(ref);
          listedFields.push(JSON.stringify(fields));
        }
        return cards;
      });
    },
    deleteCard(customerId, card: ProviderCard, ctx) {
      return record({ operation: 'delete', customerId, cardId: card.id }, ctx, async () => {
        if (elsewhere.delete(card.id)) {
          // Someone else's delete, between the handler's ownership list and its own delete.
          await inner.deleteCard(customerId, card, {
            ...ctx,
            requestId: `${ctx.requestId}-elsewhere`,
          });
        }
        return inner.deleteCard(customerId, card, ctx);
      });
    },
  };
}

// A ref is a string (a token) or an object of them (Juspay's token and reference).
function refStrings(ref: unknown): string[] {
  if (typeof ref === 'string') return [ref];
  if (typeof ref !== 'object' || ref === null) return [];
  return Object.values(ref).filter((value): value is string => typeof value === 'string');
}
