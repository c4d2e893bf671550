import * as v from 'valibot';
import { CARD_BRANDS, CARD_LOCK_REASONS } from './types';
import type { WalletErrorCode } from './wallet-error';
import { WALLET_ERROR_STATUS } from './wallet-error';

// One `check` per refinement rather than valibot's separate actions: each action adds to the
// browser bundle, which has an 8 kB budget.
const integerIn = (min: number, max: number) =>
  v.pipe(
    v.number(),
    v.check((n) => Number.isInteger(n) && n >= min && n <= max),
  );

// Unknown keys are dropped, so nothing the contract does not name can reach the UI.
export const savedCardSchema = v.object({
  id: v.pipe(
    v.string(),
    v.check((id) => id.length > 0 && id.length <= 512),
  ),
  brand: v.picklist(CARD_BRANDS),
  // Exactly four digits: more of the PAN than that is a contract breach (PCI DSS).
  last4: v.pipe(
    v.string(),
    v.check((digits) => /^\d{4}$/.test(digits)),
  ),
  expiryMonth: integerIn(1, 12),
  expiryYear: integerIn(1000, 9999),
  expired: v.boolean(),
  holderName: v.optional(v.string()),
  nickname: v.optional(v.string()),
  issuer: v.optional(v.string()),
  isDefault: v.optional(v.boolean()),
  locked: v.optional(v.picklist(CARD_LOCK_REASONS)),
});

export const listCardsResponseSchema = v.object({ cards: v.array(savedCardSchema) });

export const deleteCardResponseSchema = v.object({ deleted: v.literal(true), id: v.string() });

const serverCodes = (Object.keys(WALLET_ERROR_STATUS) as WalletErrorCode[]).filter(
  (code) => WALLET_ERROR_STATUS[code] !== null,
);

export const errorEnvelopeSchema = v.object({
  error: v.object({
    code: v.picklist(serverCodes),
    message: v.string(),
    // Checked against the code where it is read: a 409 must name one of these (DESIGN §3).
    reason: v.optional(v.picklist(CARD_LOCK_REASONS)),
  }),
});
