import * as v from 'valibot';
import { MAX_CARD_ID_LENGTH } from './card-id-length';
import { CARD_BRANDS, CARD_LOCK_REASONS, CARD_UPDATE_FIELDS, UPDATE_TIME } from './types';
import type { WalletErrorCode } from './wallet-error';
import { WALLET_ERROR_STATUS } from './wallet-error';

// The server's checks of what it sends (and its providers' last4). The browser reads the same
// contract by hand (./read-contract, held to these schemas' verdicts by
// test/unit/read-contract.test.ts) and bundles no valibot.
const integerIn = (min: number, max: number) =>
  v.pipe(
    v.number(),
    v.check((n) => Number.isInteger(n) && n >= min && n <= max),
  );

/** Exactly four digits: more of the PAN than that is a contract breach (PCI DSS). */
export const last4Schema = v.pipe(
  v.string(),
  v.check((digits) => /^\d{4}$/.test(digits)),
);

// Unknown keys are dropped, so nothing the contract does not name can reach the UI. The
// server checks the cards it sends with this same schema (docs/http-contract.md §1).
const cardIdSchema = v.pipe(
  v.string(),
  v.check((id) => id.length > 0 && id.length <= MAX_CARD_ID_LENGTH),
);

export const savedCardSchema = v.object({
  id: cardIdSchema,
  brand: v.picklist(CARD_BRANDS),
  last4: last4Schema,
  expiryMonth: integerIn(1, 12),
  expiryYear: integerIn(1000, 9999),
  expired: v.boolean(),
  holderName: v.optional(v.string()),
  nickname: v.optional(v.string()),
  issuer: v.optional(v.string()),
  isDefault: v.optional(v.boolean()),
  locked: v.optional(v.picklist(CARD_LOCK_REASONS)),
  // Set by the handler from its card-update store, never by an adapter (docs/server.md).
  updated: v.optional(
    v.object({
      at: v.pipe(v.string(), v.regex(UPDATE_TIME)),
      fields: v.array(v.picklist(CARD_UPDATE_FIELDS)),
    }),
  ),
  duplicateOf: v.optional(cardIdSchema),
  duplicate: v.optional(v.picklist(['possible'])),
});

export const listCardsResponseSchema = v.object({ cards: v.array(savedCardSchema) });

// `deleted` must be true; a check, not `v.literal`, which would add an action to the bundle.
export const deleteCardResponseSchema = v.object({
  deleted: v.pipe(
    v.boolean(),
    v.check((deleted) => deleted),
  ),
  id: v.string(),
  defaultCardId: v.optional(v.nullable(cardIdSchema)),
});

const serverCodes = (Object.keys(WALLET_ERROR_STATUS) as WalletErrorCode[]).filter(
  (code) => WALLET_ERROR_STATUS[code] !== null,
);

export const errorEnvelopeSchema = v.object({
  error: v.object({
    code: v.picklist(serverCodes),
    message: v.string(),
    // Checked against the code where it is read: a 409 must name one of these (docs/http-contract.md).
    reason: v.optional(v.picklist(CARD_LOCK_REASONS)),
  }),
});
