import type { WalletErrorCode } from './wallet-error';

/** Every user-visible string of the kit; override any subset through `messages`. */
export interface WalletMessages {
  listHeading: string;
  cardName: (brand: string, last4: string) => string;
  expires: (expiry: string) => string;
  expired: (expiry: string) => string;
  defaultBadge: string;
  remove: string;
  removeButton: (cardName: string) => string;
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
  rateLimited: (seconds: number) => string;
  errors: Record<Exclude<WalletErrorCode, 'rate_limited'>, string>;
}

/** Partial overrides; `errors` may be partial too. */
export type WalletMessagesOverrides = Partial<Omit<WalletMessages, 'errors'>> & {
  errors?: Partial<WalletMessages['errors']>;
};

export const defaultMessages: WalletMessages = {
  listHeading: 'Saved cards',
  cardName: (brand, last4) => `${brand} ending in ${last4}`,
  expires: (expiry) => `Expires ${expiry}`,
  expired: (expiry) => `Expired ${expiry}`,
  defaultBadge: 'Default',
  remove: 'Remove',
  removeButton: (cardName) => `Remove ${cardName}`,
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
  rateLimited: (seconds) =>
    `Too many attempts. Try again in ${seconds} ${seconds === 1 ? 'second' : 'seconds'}.`,
  errors: {
    unauthenticated: 'Your session has expired. Sign in again to manage your cards.',
    forbidden: 'This request was blocked.',
    card_not_found: 'This card was already removed.',
    card_in_use: 'This card is being used for a payment in progress.',
    invalid_request: 'Something went wrong. Try again.',
    provider_error: "We couldn't remove the card.",
    network_error: "You're offline or the connection failed.",
    invalid_response: 'Something went wrong.',
  },
};

/** Defaults with the host's overrides laid over them. */
export function mergeMessages(overrides?: WalletMessagesOverrides): WalletMessages {
  if (!overrides) return defaultMessages;
  return {
    ...defaultMessages,
    ...overrides,
    errors: { ...defaultMessages.errors, ...overrides.errors },
  };
}
