import type { WalletActionMessages } from './action-messages';
import { BRAND_NAMES } from './brand-names';
import { pluralsFor } from './plural';
import type { CardBrand, CardLockReason } from './types';
import type { WalletErrorCode } from './wallet-error';

/**
 * Every user-visible string of the kit; a full set (e.g. a locale) must name every key. Numbers
 * and dates arrive already formatted for the provider's `locale`; a message never formats.
 * Counted messages get the formatted count and the number, which picks the plural form.
 */
export interface WalletMessages {
  /**
   * The digits counts are written in ("latn", "beng", "deva"…), named by each set so server
   * and browser agree; a `-u-nu-` in the provider's `locale` wins. Last 4 and expiry stay Latin.
   */
  numberingSystem: string;
  listHeading: string;
  /** Brand display names: "Visa", "American Express", "Card" for unknown. */
  brands: Record<CardBrand, string>;
  cardName: (brand: string, last4: string) => string;
  /** `expiry` is already formatted for the provider's `locale` ("07/31"). */
  expires: (expiry: string) => string;
  expired: (expiry: string) => string;
  defaultBadge: string;
  /** The badge of a card that expires this month or within `expiringSoonMonths` (docs/http-contract.md §1). */
  expiresSoon: string;
  /** Why a locked card can't be removed, shown in its row and said by the toast after a 409. */
  lockReasons: Record<CardLockReason, string>;
  remove: string;
  removeButton: (cardName: string) => string;
  /** The visible text of a locked card's replace button (with `onReplaceCard`). */
  replace: string;
  replaceButton: (cardName: string) => string;
  /** In the confirm of the default card's removal: "Visa ending in 4242 will become your default card.". */
  nextDefault: (cardName: string) => string;
  confirmTitle: (cardName: string) => string;
  confirmDescription: string;
  cancel: string;
  confirm: string;
  empty: string;
  emptyDescription: string;
  loading: string;
  loadFailed: string;
  retry: string;
  dismiss: string;
  notifications: string;
  removed: (cardName: string) => string;
  /** The bulk button, "Remove 2 expired cards" (`count` formatted, `n` to choose a plural form). */
  removeExpired: (count: string, n: number) => string;
  /** The bulk confirm's title, "Remove 2 expired cards?". */
  removeExpiredTitle: (count: string, n: number) => string;
  /** The bulk confirm's action, "Remove cards". */
  removeExpiredConfirm: string;
  /** Said once after a bulk removal, "2 cards removed". */
  cardsRemoved: (count: string, n: number) => string;
  /** The one summary toast of a bulk removal's failures, "1 card couldn't be removed.". */
  cardsFailed: (count: string, n: number) => string;
  /** The confirm's description when `undoMs` is set, "You can undo this for 5 seconds.". */
  undoable: (seconds: string, n: number) => string;
  /** The success toast's action while a removal is held. */
  undo: string;
  /** Said after Undo, as the card is back in its place: "Visa ending in 4242 is back". */
  restored: (cardName: string) => string;
  /** The toast's visible countdown, "5 s left". */
  undoCountdown: (seconds: string, n: number) => string;
  /** `seconds` is already formatted ("5", "५"); `count` is the number, to choose a plural form. */
  rateLimited: (seconds: string, count: number) => string;
  errors: Record<Exclude<WalletErrorCode, 'rate_limited'>, string>;
}

/**
 * Partial overrides; `errors`, `brands` and `lockReasons` may be partial too. The wallet
 * actions' strings (`saved-card-kit/wallet`) travel with them.
 */
export type WalletMessagesOverrides = Partial<
  Omit<WalletMessages, 'errors' | 'brands' | 'lockReasons'> & WalletActionMessages
> & {
  errors?: Partial<WalletMessages['errors']>;
  brands?: Partial<WalletMessages['brands']>;
  lockReasons?: Partial<WalletMessages['lockReasons']>;
};

const en = pluralsFor('en');

export const defaultMessages: WalletMessages = {
  numberingSystem: 'latn',
  listHeading: 'Saved cards',
  brands: BRAND_NAMES,
  cardName: (brand, last4) => `${brand} ending in ${last4}`,
  expires: (expiry) => `Expires ${expiry}`,
  expired: (expiry) => `Expired ${expiry}`,
  defaultBadge: 'Default',
  expiresSoon: 'Expires soon',
  lockReasons: {
    subscription: 'Used for a subscription',
    pending_payment: 'Used for a payment in progress',
    last_card: 'Keep at least one card on file',
    other: "Can't be removed right now",
  },
  remove: 'Remove',
  removeButton: (cardName) => `Remove ${cardName}`,
  replace: 'Replace',
  replaceButton: (cardName) => `Replace ${cardName}`,
  nextDefault: (cardName) => `${cardName} will become your default card.`,
  confirmTitle: (cardName) => `Remove ${cardName}?`,
  confirmDescription: "This can't be undone.",
  cancel: 'Cancel',
  confirm: 'Remove card',
  empty: 'No saved cards',
  emptyDescription: 'Cards you save at checkout will appear here.',
  loading: 'Loading saved cards…',
  loadFailed: "We couldn't load your saved cards.",
  retry: 'Try again',
  dismiss: 'Dismiss',
  notifications: 'Notifications',
  removed: (cardName) => `${cardName} removed`,
  removeExpired: en({
    one: 'Remove {count} expired card',
    other: 'Remove {count} expired cards',
  }),
  removeExpiredTitle: en({
    one: 'Remove {count} expired card?',
    other: 'Remove {count} expired cards?',
  }),
  removeExpiredConfirm: 'Remove cards',
  cardsRemoved: en({ one: '{count} card removed', other: '{count} cards removed' }),
  cardsFailed: en({
    one: "{count} card couldn't be removed.",
    other: "{count} cards couldn't be removed.",
  }),
  undoable: en({
    one: 'You can undo this for {count} second.',
    other: 'You can undo this for {count} seconds.',
  }),
  undo: 'Undo',
  restored: (cardName) => `${cardName} is back`,
  undoCountdown: en({ one: '{count} s left', other: '{count} s left' }),
  rateLimited: en({
    one: 'Too many attempts. Try again in {count} second.',
    other: 'Too many attempts. Try again in {count} seconds.',
  }),
  errors: {
    unauthenticated: 'Your session has expired. Sign in again to manage your cards.',
    forbidden: 'This request was blocked.',
    card_not_found: 'This card was already removed.',
    card_in_use: 'This card is being used for a payment in progress.',
    card_expired: "This card has expired, so it can't be your default card.",
    invalid_request: 'Something went wrong. Try again.',
    provider_error: "We couldn't remove the card.",
    network_error: "You're offline or the connection failed.",
    invalid_response: 'Something went wrong.',
  },
};

/** Defaults (or another full set) with the host's overrides laid over them. */
export function mergeMessages(
  overrides?: WalletMessagesOverrides,
  base: WalletMessages = defaultMessages,
): WalletMessages {
  return {
    ...base,
    ...overrides,
    errors: { ...base.errors, ...overrides?.errors },
    brands: { ...base.brands, ...overrides?.brands },
    lockReasons: { ...base.lockReasons, ...overrides?.lockReasons },
  };
}
