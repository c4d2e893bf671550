import type { CardBrand, SavedCard } from '../../core/types';
import { mayHoldCardNumber } from '../guards/may-hold-card-number';
import { isExpired } from './expiry';

/** One provider card's fields under the kit's names, not yet checked. */
export interface ProviderCardFields {
  id: string;
  maskedPan: string;
  expiryMonth: unknown;
  expiryYear: unknown;
  network: unknown;
  holderName?: unknown;
  nickname?: unknown;
  issuer?: unknown;
}

// Keys are upper-case with everything but letters and digits removed, so "American Express",
// "american_express" and "AMEX" meet. Spellings vary across provider doc versions
// (juspay.md: `VISA`; eximpe.md: `VISA`/`visa`).
const BRAND_ALIASES: Readonly<Record<string, CardBrand>> = {
  VISA: 'visa',
  VISAELECTRON: 'visa',
  MASTERCARD: 'mastercard',
  MASTER: 'mastercard',
  MC: 'mastercard',
  AMEX: 'amex',
  AMERICANEXPRESS: 'amex',
  RUPAY: 'rupay',
  MAESTRO: 'maestro',
  DINERS: 'diners',
  DINERSCLUB: 'diners',
  DINERSCLUBINTERNATIONAL: 'diners',
  DISCOVER: 'discover',
  JCB: 'jcb',
  UNIONPAY: 'unionpay',
  CHINAUNIONPAY: 'unionpay',
  CUP: 'unionpay',
};

/** The kit's brand for a provider's network name; anything unrecognised is `unknown`. */
export function toCardBrand(network: unknown): CardBrand {
  if (typeof network !== 'string') return 'unknown';
  const key = network.toUpperCase().replace(/[^A-Z0-9]/g, '');
  return Object.hasOwn(BRAND_ALIASES, key) ? (BRAND_ALIASES[key] ?? 'unknown') : 'unknown';
}

/**
 * The last four digits of a masked PAN such as `XXXXXXXXXXXX1111`, or null when it does not
 * end in four digits. Only those four ever leave: PCI DSS allows at most the last four.
 */
export function last4FromMasked(masked: string): string | null {
  const last4 = masked.trim().slice(-4);
  return /^\d{4}$/.test(last4) ? last4 : null;
}

/** A month 1–12 from a number or a numeric string (`"07"`, `7`), else null. */
export function toExpiryMonth(value: unknown): number | null {
  const month = toInteger(value, 2);
  return month !== null && month >= 1 && month <= 12 ? month : null;
}

/** A four-digit year from a number or a numeric string (`"2031"`), else null. */
export function toExpiryYear(value: unknown): number | null {
  const year = toInteger(value, 4);
  return year !== null && year >= 1000 && year <= 9999 ? year : null;
}

const MAX_TEXT_LENGTH = 200;

/** Trimmed display text, or undefined when empty, oversized, or possibly holding a PAN. */
export function toOptionalText(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const text = value.trim();
  if (text === '' || text.length > MAX_TEXT_LENGTH || mayHoldCardNumber(text)) return undefined;
  return text;
}

/** A DESIGN §2 card from a provider's fields, or null when it cannot be shown safely. */
export function toSavedCard(fields: ProviderCardFields, now: Date): SavedCard | null {
  const last4 = last4FromMasked(fields.maskedPan);
  const expiryMonth = toExpiryMonth(fields.expiryMonth);
  const expiryYear = toExpiryYear(fields.expiryYear);
  if (last4 === null || expiryMonth === null || expiryYear === null) return null;
  const card: SavedCard = {
    id: fields.id,
    brand: toCardBrand(fields.network),
    last4,
    expiryMonth,
    expiryYear,
    // A provider's own `expired` flag is ignored: DESIGN §2 computes it month-inclusive in
    // UTC, the same for every adapter.
    expired: isExpired(expiryMonth, expiryYear, now),
  };
  const holderName = toOptionalText(fields.holderName);
  const nickname = toOptionalText(fields.nickname);
  const issuer = toOptionalText(fields.issuer);
  if (holderName !== undefined) card.holderName = holderName;
  if (nickname !== undefined) card.nickname = nickname;
  if (issuer !== undefined) card.issuer = issuer;
  return card;
}

function toInteger(value: unknown, maxDigits: number): number | null {
  if (typeof value === 'number') return Number.isInteger(value) ? value : null;
  if (typeof value !== 'string') return null;
  const text = value.trim();
  if (!new RegExp(`^\\d{1,${maxDigits}}$`).test(text)) return null;
  return Number(text);
}
