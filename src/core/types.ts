/**
 * Every brand the contract names (docs/http-contract.md §1), `unknown` last: the one list the
 * type, the schemas, the server's checks and the messages derive from.
 */
export const CARD_BRANDS = [
  'visa',
  'mastercard',
  'amex',
  'rupay',
  'maestro',
  'discover',
  'diners',
  'jcb',
  'unionpay',
  'unknown',
] as const;

/** Every lock reason the contract names (docs/http-contract.md §1); anything else is a contract breach. */
export const CARD_LOCK_REASONS = ['subscription', 'pending_payment', 'last_card', 'other'] as const;

/**
 * What a card updater can change on a saved card (docs/http-contract.md §1, `updated.fields`):
 * its expiry, or its number (the last four then differ too).
 */
export const CARD_UPDATE_FIELDS = ['expiry', 'number'] as const;

/**
 * `updated.at` as the server writes it (`Date#toISOString`, UTC): the browser keys what the
 * shopper has seen by it, so anything else refuses the list.
 */
export const UPDATE_TIME =
  /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])T([01]\d|2[0-3]):[0-5]\d:[0-5]\d(\.\d{3})?Z$/;

/** Card networks the kit knows by name; anything else is `unknown`. */
export type CardBrand = (typeof CARD_BRANDS)[number];

/** A saved card as the browser sees it (docs/http-contract.md §1): never more than the last four digits. */
export interface SavedCard {
  /** Opaque, stable handle chosen by the server adapter. */
  id: string;
  brand: CardBrand;
  /** Exactly four digits. */
  last4: string;
  /** 1–12. */
  expiryMonth: number;
  /** Four digits. */
  expiryYear: number;
  /** Computed by the server, month-inclusive. */
  expired: boolean;
  holderName?: string;
  /** Shopper-chosen text: untrusted, rendered as text only. */
  nickname?: string;
  issuer?: string;
  isDefault?: boolean;
  /** Set by the server's `lockReason` hook (docs/http-contract.md §1): this card can't be removed now. */
  locked?: CardLockReason;
  /**
   * Set by the server when the shopper's bank changed this card recently through a card
   * updater (docs/http-contract.md §1, docs/server.md "Card updates").
   */
  updated?: CardUpdate;
  /**
   * Set by the server when this card repeats another of the list (docs/http-contract.md §1):
   * the id of the one a shopper keeps (the default, else the first listed of the same card).
   */
  duplicateOf?: string;
  /** `'possible'`: no provider fingerprint says so, only brand, last 4, expiry and holder match. */
  duplicate?: 'possible';
}

/** A card updater's change to a saved card, as the list carries it. */
export interface CardUpdate {
  /** ISO 8601 time of the change (the provider's event time). */
  at: string;
  /** Which details changed; empty when the provider did not say. */
  fields: CardUpdateField[];
}

/** One detail a card updater changed. */
export type CardUpdateField = (typeof CARD_UPDATE_FIELDS)[number];

/** Why a card can't be removed now (docs/http-contract.md §1); the server refuses its delete with 409. */
export type CardLockReason = (typeof CARD_LOCK_REASONS)[number];
