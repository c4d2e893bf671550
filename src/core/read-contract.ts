import { MAX_CARD_ID_LENGTH } from './card-id-length';
import { CARD_BRANDS, CARD_LOCK_REASONS, type CardLockReason, type SavedCard } from './types';
import { WALLET_ERROR_STATUS, type WalletErrorCode } from './wallet-error';

// The browser's reading of the HTTP contract (docs/http-contract.md), without a schema library:
// valibot's issue reports, which nothing here reads, were a sixth of the browser entry. Same
// verdicts and the same output as src/core/schemas.ts, which the server keeps using;
// test/unit/read-contract.test.ts holds the two to that on generated bodies.

/** What a reader returns for a value outside the contract. */
const OUTSIDE = Symbol('outside');
type Reader = (value: unknown) => unknown;

const when =
  (test: (value: never) => boolean): Reader =>
  (value) =>
    test(value as never) ? value : OUTSIDE;
const string = when((value) => typeof value === 'string');
const boolean = when((value) => typeof value === 'boolean');
const oneOf = (options: readonly unknown[]) => when((value) => options.includes(value));
const integerIn = (min: number, max: number) =>
  when((value: number) => Number.isInteger(value) && value >= min && value <= max);
const optional =
  (read: Reader): Reader =>
  (value) =>
    value === undefined ? value : read(value);

/** The keys `shape` names and no others; a missing key passes only where it is optional. */
const object =
  (shape: Record<string, Reader>): Reader =>
  (value) => {
    if (!value || typeof value !== 'object') return OUTSIDE;
    const out: Record<string, unknown> = {};
    for (const [key, read] of Object.entries(shape)) {
      const present = key in value;
      const inner = read((value as Record<string, unknown>)[key]);
      if (inner === OUTSIDE) return OUTSIDE;
      if (present) out[key] = inner;
    }
    return out;
  };

const array =
  (read: Reader): Reader =>
  (value) => {
    if (!Array.isArray(value)) return OUTSIDE;
    const out = value.map(read);
    return out.includes(OUTSIDE) ? OUTSIDE : out;
  };

const card = object({
  id: when(
    (id: string) => typeof id === 'string' && id.length > 0 && id.length <= MAX_CARD_ID_LENGTH,
  ),
  brand: oneOf(CARD_BRANDS),
  last4: when((digits: string) => typeof digits === 'string' && /^\d{4}$/.test(digits)),
  expiryMonth: integerIn(1, 12),
  expiryYear: integerIn(1000, 9999),
  expired: boolean,
  holderName: optional(string),
  nickname: optional(string),
  issuer: optional(string),
  isDefault: optional(boolean),
  locked: optional(oneOf(CARD_LOCK_REASONS)),
});

const list = object({ cards: array(card) });
const deleted = object({ deleted: when((value) => value === true), id: string });
const envelope = object({
  error: object({
    code: oneOf(
      (Object.keys(WALLET_ERROR_STATUS) as WalletErrorCode[]).filter(
        (code) => WALLET_ERROR_STATUS[code] !== null,
      ),
    ),
    message: string,
    reason: optional(oneOf(CARD_LOCK_REASONS)),
  }),
});

const reading =
  <T>(read: Reader) =>
  (body: unknown): T | undefined => {
    const value = read(body);
    return value === OUTSIDE ? undefined : (value as T);
  };

/** A GET /cards body's cards, only the keys the contract names; undefined outside it. */
export const readCardList = reading<{ cards: SavedCard[] }>(list);
/** A DELETE body `{ deleted: true, id }`; undefined outside it. */
export const readDeleted = reading<{ deleted: true; id: string }>(deleted);
/** An error body `{ error: { code, message, reason? } }` with a code the server sends. */
export const readErrorEnvelope = reading<{
  error: { code: WalletErrorCode; message: string; reason?: CardLockReason };
}>(envelope);
