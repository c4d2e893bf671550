import * as v from 'valibot';
import { CARD_BRANDS } from './types';
import type { WalletErrorCode } from './wallet-error';
import { WALLET_ERROR_STATUS } from './wallet-error';

// Unknown keys are dropped, so nothing the contract does not name can reach the UI.
export const savedCardSchema = v.object({
  id: v.pipe(v.string(), v.minLength(1), v.maxLength(512)),
  brand: v.picklist(CARD_BRANDS),
  // Exactly four digits: more of the PAN than that is a contract breach (PCI DSS).
  last4: v.pipe(v.string(), v.regex(/^\d{4}$/)),
  expiryMonth: v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(12)),
  expiryYear: v.pipe(v.number(), v.integer(), v.minValue(1000), v.maxValue(9999)),
  expired: v.boolean(),
  holderName: v.optional(v.string()),
  nickname: v.optional(v.string()),
  issuer: v.optional(v.string()),
  isDefault: v.optional(v.boolean()),
});

export const listCardsResponseSchema = v.object({ cards: v.array(savedCardSchema) });

export const deleteCardResponseSchema = v.object({ deleted: v.literal(true), id: v.string() });

const serverCodes = (Object.keys(WALLET_ERROR_STATUS) as WalletErrorCode[]).filter(
  (code) => WALLET_ERROR_STATUS[code] !== null,
);

export const errorEnvelopeSchema = v.object({
  error: v.object({ code: v.picklist(serverCodes), message: v.string() }),
});
