import type { CardLockReason } from '../core/types';
import type { WalletErrorCode } from '../core/wallet-error';
import { WALLET_ERROR_STATUS } from '../core/wallet-error';

/** The codes a server sends (docs/http-contract.md); the others only arise in the browser. */
export type ServerErrorCode = Exclude<WalletErrorCode, 'network_error' | 'invalid_response'>;

/** How a provider call failed, as an adapter classifies it. */
export type ProviderErrorKind =
  | 'unauthorized'
  | 'unavailable'
  | 'timeout'
  | 'bad_response'
  | 'not_found';

/** Options for {@link ProviderError}; `cause` holds the raw provider detail, never logged. */
export interface ProviderErrorOptions {
  /** Adapter name, e.g. `juspay`. */
  provider?: string;
  /** The provider's HTTP status, when there was one. */
  status?: number;
  /** Raw provider detail for a debugger; the handler never logs or sends it. */
  cause?: unknown;
}

/** Options for {@link WalletHttpError}. */
export interface WalletHttpErrorOptions {
  /** Extra response headers, e.g. `Retry-After` or `Allow`. */
  headers?: Record<string, string>;
  /** Overrides the code's status where docs/http-contract.md allows it (404/405 for `invalid_request`). */
  status?: 404 | 405;
  /** For `card_in_use`: why the card is locked, sent in the error body (docs/http-contract.md). */
  reason?: CardLockReason;
}

/** Generic, provider-free text for each code; the UI shows its own words anyway. */
export const GENERIC_MESSAGES: Readonly<Record<ServerErrorCode, string>> = {
  unauthenticated: 'Sign in to manage saved cards.',
  forbidden: 'This request was blocked.',
  card_not_found: 'Card not found.',
  card_in_use: "This card can't be removed right now.",
  card_expired: 'This card has expired and cannot be the default card.',
  rate_limited: 'Too many attempts. Try again later.',
  invalid_request: 'The request was not valid.',
  provider_error: 'The payment provider could not complete the request.',
};

/** The `card_in_use` message for each lock reason: the sentence says the reason it names. */
export const LOCK_MESSAGES: Readonly<Record<CardLockReason, string>> = {
  subscription: 'This card pays for a subscription and cannot be removed.',
  pending_payment: 'This card is being used for a payment in progress.',
  last_card: 'This card cannot be removed: the account must keep a card on file.',
  other: "This card can't be removed right now.",
};

/** A refusal the handler answers with the docs/http-contract.md status for `code`. */
export class WalletHttpError extends Error {
  override readonly name = 'WalletHttpError';
  readonly code: ServerErrorCode;
  readonly status: number;
  readonly headers: Readonly<Record<string, string>>;
  readonly reason: CardLockReason | undefined;

  constructor(code: ServerErrorCode, message?: string, options: WalletHttpErrorOptions = {}) {
    super(message ?? defaultMessage(code, options.reason));
    this.code = code;
    // Statuses come from the shared table so server and client can never disagree.
    this.status = options.status ?? WALLET_ERROR_STATUS[code] ?? 500;
    this.headers = options.headers ?? {};
    this.reason = options.reason;
  }
}

// A lock's own reason, when it has one, says more than the code's sentence.
function defaultMessage(code: ServerErrorCode, reason: CardLockReason | undefined): string {
  return code === 'card_in_use' && reason !== undefined
    ? LOCK_MESSAGES[reason]
    : GENERIC_MESSAGES[code];
}

/**
 * A failed provider call. Adapters throw it for every provider failure; `message` is
 * written by the adapter and must hold no provider text, tokens or secrets (it is logged).
 */
export class ProviderError extends Error {
  override readonly name = 'ProviderError';
  readonly kind: ProviderErrorKind;
  readonly provider: string | undefined;
  readonly status: number | undefined;

  constructor(kind: ProviderErrorKind, message: string, options: ProviderErrorOptions = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.kind = kind;
    this.provider = options.provider;
    this.status = options.status;
  }
}

/** True for a ProviderError, even one from another copy of the kit. */
export function isProviderError(value: unknown): value is ProviderError {
  return (
    value instanceof ProviderError ||
    (value instanceof Error && value.name === 'ProviderError' && 'kind' in value)
  );
}

/** True for a WalletHttpError, even one from another copy of the kit. */
export function isWalletHttpError(value: unknown): value is WalletHttpError {
  return (
    value instanceof WalletHttpError ||
    (value instanceof Error &&
      value.name === 'WalletHttpError' &&
      'code' in value &&
      'status' in value)
  );
}
