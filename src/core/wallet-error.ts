import type { CardLockReason } from './types';

/** Every failure the kit can report, per docs/http-contract.md. */
export type WalletErrorCode =
  | 'unauthenticated'
  | 'forbidden'
  | 'card_not_found'
  | 'card_in_use'
  | 'card_expired'
  | 'rate_limited'
  | 'invalid_request'
  | 'provider_error'
  | 'network_error'
  | 'invalid_response';

/** The HTTP status each server-sent code must arrive with; client-side codes have none. */
export const WALLET_ERROR_STATUS: Readonly<Record<WalletErrorCode, number | null>> = {
  unauthenticated: 401,
  forbidden: 403,
  card_not_found: 404,
  card_in_use: 409,
  card_expired: 409,
  rate_limited: 429,
  invalid_request: 400,
  provider_error: 502,
  network_error: null,
  invalid_response: null,
};

// docs/http-contract.md also answers `invalid_request` with 404 (no such route under the base path) and
// 405 (a known route, the wrong method); every other code has exactly one status.
const OTHER_STATUSES: Readonly<Partial<Record<WalletErrorCode, readonly number[]>>> = {
  invalid_request: [404, 405],
};

/** True when docs/http-contract.md lets a server send `code` under HTTP `status`. */
export function isContractStatus(code: WalletErrorCode, status: number): boolean {
  return WALLET_ERROR_STATUS[code] === status || (OTHER_STATUSES[code]?.includes(status) ?? false);
}

/** Codes after which asking again can help, so the UI offers "Try again". */
export const RETRYABLE_CODES: ReadonlySet<WalletErrorCode> = new Set([
  'provider_error',
  'network_error',
]);

/** Options for {@link WalletError}. */
export interface WalletErrorOptions {
  status?: number;
  retryAfterMs?: number;
  /** For `card_in_use`: why the card is locked (docs/http-contract.md §1). */
  reason?: CardLockReason;
  cause?: unknown;
}

/** A typed failure: UI text comes from `messages[code]`, never from `message`. */
export class WalletError extends Error {
  override readonly name = 'WalletError';
  readonly code: WalletErrorCode;
  readonly status: number | undefined;
  readonly retryAfterMs: number | undefined;
  /** For `card_in_use`: why the server refused (its lock reason); the UI says that reason. */
  readonly reason: CardLockReason | undefined;

  constructor(code: WalletErrorCode, message: string = code, options: WalletErrorOptions = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.code = code;
    this.status = options.status;
    this.retryAfterMs = options.retryAfterMs;
    this.reason = options.reason;
  }
}

/** True for any WalletError, even one from another copy of the kit. */
export function isWalletError(value: unknown): value is WalletError {
  return (
    value instanceof WalletError ||
    (value instanceof Error && value.name === 'WalletError' && 'code' in value)
  );
}

/** Any thrown value as a WalletError; unknown failures become `invalid_response`. */
export function toWalletError(value: unknown): WalletError {
  if (isWalletError(value)) return value;
  return new WalletError('invalid_response', 'Unexpected failure', { cause: value });
}
