import type { CardUpdate, CardUpdateField } from '../../core/types';

/** How long a card update is shown, and an event id remembered, by default: 30 days. */
export const DEFAULT_CARD_UPDATE_TTL_MS = 30 * 24 * 60 * 60 * 1000;

/** One card updater event, verified, as the webhook handler records it. */
export interface CardUpdateRecord {
  /** The provider's event id, unique per provider (`evt_…`, Adyen's `eventId`). */
  eventId: string;
  /** The adapter's name (`stripe`, `adyen`): event ids are unique only within one provider. */
  provider: string;
  /** The customer as the wallet handler's `getCustomerId` names them (Stripe `cus_…`, Adyen `shopperReference`). */
  customerId: string;
  /** The card's public id, as the list carries it. */
  cardId: string;
  /** When the provider changed the card, epoch milliseconds. */
  at: number;
  /** What changed; empty when the provider did not say. */
  fields: readonly CardUpdateField[];
}

/**
 * Where verified card-updater events wait for the list (docs/server.md "Card updates"). Each
 * update is kept for the store's TTL from its `at`; each event id for the TTL from when it
 * came, so a replay within it changes nothing.
 */
export interface CardUpdateStore {
  /**
   * Records `update` unless its event id was seen already: `'replay'` then, and nothing
   * changes. Atomic: two deliveries of one event at once record it once.
   */
  record(update: CardUpdateRecord): Promise<'recorded' | 'replay'>;
  /** The customer's cards updated within the TTL, by card id; absent cards were not. */
  updatesFor(customerId: string): Promise<ReadonlyMap<string, CardUpdate>>;
}

/** The entries one card keeps: one per field, or `card` when the provider did not say which. */
export type UpdateEntry = CardUpdateField | 'card';

/**
 * A card's entries (field → when it changed, epoch ms) as the list carries them: the latest
 * time, and the fields that changed. Entries older than `since` are gone already.
 */
export function toCardUpdate(
  entries: ReadonlyMap<UpdateEntry, number>,
  since: number,
): CardUpdate | null {
  let at = -1;
  const fields: CardUpdateField[] = [];
  for (const field of ['expiry', 'number', 'card'] as const) {
    const when = entries.get(field);
    if (when === undefined || when < since) continue;
    at = Math.max(at, when);
    if (field !== 'card') fields.push(field);
  }
  return at < 0 ? null : { at: new Date(at).toISOString(), fields };
}

/** The entries `update` writes. */
export function entriesOf(update: CardUpdateRecord): UpdateEntry[] {
  return update.fields.length === 0 ? ['card'] : [...new Set(update.fields)];
}

// Longer than a timer may wait (option-rules' durations): the TTL is never a timer.
const MAX_TTL_MS = 366 * 24 * 60 * 60 * 1000;

/** A store's `ttlMs`: whole milliseconds from 1 to a year; checked at start-up. */
export function ttlOption(owner: string, value: unknown): number {
  if (value === undefined) return DEFAULT_CARD_UPDATE_TTL_MS;
  if (
    typeof value !== 'number' ||
    !Number.isSafeInteger(value) ||
    value < 1 ||
    value > MAX_TTL_MS
  ) {
    throw new TypeError(
      `${owner}: ttlMs must be whole milliseconds from 1 to ${MAX_TTL_MS} (got ${typeof value === 'number' ? value : typeof value})`,
    );
  }
  return value;
}
