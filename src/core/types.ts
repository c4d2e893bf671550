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
   * Set by the server when this card repeats another of the list (docs/http-contract.md §1):
   * the id of the one a shopper keeps (the default, else the first listed of the same card).
   */
  duplicateOf?: string;
  /** `'possible'`: no provider fingerprint says so, only brand, last 4, expiry and holder match. */
  duplicate?: 'possible';
}

/** Why a card can't be removed now (docs/http-contract.md §1); the server refuses its delete with 409. */
export type CardLockReason = (typeof CARD_LOCK_REASONS)[number];
