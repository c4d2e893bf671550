import { MAX_CARD_ID_LENGTH } from './card-id-length';
import { CARD_BRANDS, CARD_LOCK_REASONS, type SavedCard } from './types';
import { WALLET_ERROR_STATUS, type WalletErrorCode } from './wallet-error';

/**
 * The browser's reading of the HTTP contract's answers (docs/http-contract.md): the same rules
 * as the valibot schemas in ./schemas, which the server checks what it sends with, written out
 * by hand because valibot's runtime was a fifth of the browser entry's 10.5 kB budget.
 * test/unit/read-contract.test.ts holds the two to the same verdicts and output.
 *
 * A reader returns what it read (an object keeps only the keys it names) or throws `INVALID`.
 */
type Read<T> = (value: unknown) => T;

const INVALID = new Error('outside the contract');

const is =
  <T>(ok: (value: T) => boolean): Read<T> =>
  (value) => {
    if (!ok(value as T)) throw INVALID;
    return value as T;
  };

const string = is<string>((value) => typeof value === 'string');
const boolean = is<boolean>((value) => typeof value === 'boolean');
const oneOf = <T>(values: readonly T[]) => is<T>((value) => values.includes(value));
const integerIn = (min: number, max: number) =>
  is<number>((n) => Number.isInteger(n) && n >= min && n <= max);

/** Absent or undefined, else read. */
const optional =
  <T>(read: Read<T>): Read<T | undefined> =>
  (value) =>
    value === undefined ? value : read(value);

/** The named keys, each read; a key the input lacks stays out unless its reader is optional. */
function object<T>(shape: { [K in keyof T]: Read<T[K]> }): Read<T> {
  return (value) => {
    if (!value || typeof value !== 'object') throw INVALID;
    const out = {} as T;
    for (const key in shape) {
      if (key in value) out[key] = shape[key]((value as T)[key]);
      else shape[key](undefined);
    }
    return out;
  };
}

const card = object<SavedCard>({
  id: is(
    (id: string) => typeof id === 'string' && id.length > 0 && id.length <= MAX_CARD_ID_LENGTH,
  ),
  brand: oneOf(CARD_BRANDS),
  // Exactly four digits: more of the PAN than that is a contract breach (PCI DSS).
  last4: is((digits: string) => typeof digits === 'string' && /^\d{4}$/.test(digits)),
  expiryMonth: integerIn(1, 12),
  expiryYear: integerIn(1000, 9999),
  expired: boolean,
  holderName: optional(string),
  nickname: optional(string),
  issuer: optional(string),
  isDefault: optional(boolean),
  locked: optional(oneOf(CARD_LOCK_REASONS)),
});

const SERVER_CODES = (Object.keys(WALLET_ERROR_STATUS) as WalletErrorCode[]).filter(
  (code) => WALLET_ERROR_STATUS[code] !== null,
);

export const readCardList = object<{ cards: SavedCard[] }>({
  cards: (cards) => {
    if (!Array.isArray(cards)) throw INVALID;
    return cards.map(card);
  },
});

export const readDeleted = object<{ deleted: true; id: string }>({
  deleted: is((deleted) => deleted === true),
  id: string,
});

export const readErrorEnvelope = object<{
  error: { code: WalletErrorCode; message: string; reason?: SavedCard['locked'] };
}>({
  error: object({
    code: oneOf(SERVER_CODES),
    message: string,
    reason: optional(oneOf(CARD_LOCK_REASONS)),
  }),
});
