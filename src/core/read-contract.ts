import { MAX_CARD_ID_LENGTH } from './card-id-length';
import {
  CARD_BRANDS,
  CARD_LOCK_REASONS,
  CARD_UPDATE_FIELDS,
  type SavedCard,
  UPDATE_TIME,
} from './types';
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

const BRANDS: ReadonlySet<unknown> = new Set(CARD_BRANDS);
const LOCK_REASONS: ReadonlySet<unknown> = new Set(CARD_LOCK_REASONS);
const FOUR_DIGITS = /^\d{4}$/;
const isCardId = (id: unknown): id is string =>
  typeof id === 'string' && id.length > 0 && id.length <= MAX_CARD_ID_LENGTH;
const isIntegerIn = (n: unknown, min: number, max: number) =>
  Number.isInteger(n) && (n as number) >= min && (n as number) <= max;

// Hoisted: an array literal in the loop would be made again for every card read.
const OPTIONAL_TEXT = ['holderName', 'nickname', 'issuer'] as const;

/**
 * One card as the contract allows it. Written out field by field, not with `object()`: the
 * handler reads every card of every list through it too, and the generic walk cost it three
 * times as much.
 */
export function readCard(value: unknown): SavedCard {
  if (!value || typeof value !== 'object') throw INVALID;
  const { id, brand, last4, expiryMonth, expiryYear, expired } = value as Record<string, unknown>;
  if (!isCardId(id)) throw INVALID;
  // Exactly four digits: more of the PAN than that is a contract breach (PCI DSS).
  if (!BRANDS.has(brand) || typeof last4 !== 'string' || !FOUR_DIGITS.test(last4)) throw INVALID;
  if (!isIntegerIn(expiryMonth, 1, 12) || !isIntegerIn(expiryYear, 1000, 9999)) throw INVALID;
  if (typeof expired !== 'boolean') throw INVALID;
  const card = { id, brand, last4, expiryMonth, expiryYear, expired } as SavedCard;
  // An optional key present (even as undefined) is kept, an absent one is not, as the schema does.
  for (const key of OPTIONAL_TEXT) {
    if (key in value) card[key] = optional(string)((value as SavedCard)[key]);
  }
  if ('isDefault' in value) card.isDefault = optional(boolean)((value as SavedCard).isDefault);
  if ('locked' in value) {
    const { locked } = value as SavedCard;
    if (locked !== undefined && !LOCK_REASONS.has(locked)) throw INVALID;
    card.locked = locked;
  }
  if ('updated' in value) card.updated = optional(readUpdate)((value as SavedCard).updated);
  if ('duplicateOf' in value) {
    const { duplicateOf } = value as SavedCard;
    if (duplicateOf !== undefined && !isCardId(duplicateOf)) throw INVALID;
    card.duplicateOf = duplicateOf;
  }
  if ('duplicate' in value) {
    const { duplicate } = value as SavedCard;
    if (duplicate !== undefined && duplicate !== 'possible') throw INVALID;
    card.duplicate = duplicate;
  }
  return card;
}

/** A card updater's change (`updated`): when, and which of the known details. */
const readUpdate = object<NonNullable<SavedCard['updated']>>({
  at: is((at) => typeof at === 'string' && UPDATE_TIME.test(at)),
  fields: (fields) => {
    if (!Array.isArray(fields)) throw INVALID;
    return fields.map(oneOf(CARD_UPDATE_FIELDS));
  },
});

const SERVER_CODES = (Object.keys(WALLET_ERROR_STATUS) as WalletErrorCode[]).filter(
  (code) => WALLET_ERROR_STATUS[code] !== null,
);

export const readCardList = object<{ cards: SavedCard[] }>({
  cards: (cards) => {
    if (!Array.isArray(cards)) throw INVALID;
    return cards.map(readCard);
  },
});

export const readDeleted = object<{ deleted: true; id: string; defaultCardId?: string | null }>({
  deleted: is((deleted) => deleted === true),
  id: string,
  // Only when the default went: the card that is the default now, or null (docs/http-contract.md).
  defaultCardId: optional(is((id) => id === null || isCardId(id))),
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
