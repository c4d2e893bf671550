import * as v from 'valibot';
import type { CardBrand, SavedCard } from '../../core/types';
import { toAdapterCard } from '../guards/public-card';
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
  /** The provider's fingerprint of the card number, if it gives one (never shown). */
  fingerprint?: unknown;
}

/** `{ fingerprint }` when the provider gave a usable one (a non-empty string), else `{}`. */
export function fingerprintOf(value: unknown): { fingerprint?: string } {
  return typeof value === 'string' && value.trim() !== '' ? { fingerprint: value } : {};
}

/** A number or a numeric string: providers send expiry fields either way (`7`, `"07"`). */
export const numberish = v.union([v.string(), v.number()]);

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
 * A docs/http-contract.md §1 card from a provider's fields, or null when it cannot be shown safely.
 * Free text that may hold a card number is kept for the handler's own gate (`toPublicCard`),
 * which leaves it out and logs it: every adapter keeps one contract and one report.
 */
export function toSavedCard(fields: ProviderCardFields, now: Date): SavedCard | null {
  const expiryMonth = toInteger(fields.expiryMonth, 2);
  const expiryYear = toInteger(fields.expiryYear, 4);
  if (expiryMonth === null || expiryYear === null) return null;
  return toAdapterCard({
    id: fields.id,
    brand: toCardBrand(fields.network),
    // Only the last four ever leave: PCI DSS allows no more of the PAN.
    last4: fields.maskedPan.trim().slice(-4),
    expiryMonth,
    expiryYear,
    // A provider's own `expired` flag is ignored: docs/http-contract.md §1 computes it month-inclusive in
    // UTC, the same for every adapter.
    expired: isExpired(expiryMonth, expiryYear, now),
    holderName: fields.holderName,
    nickname: fields.nickname,
    issuer: fields.issuer,
  });
}

// A whole number from a number or a numeric string of at most `maxDigits` (`"07"`, `7`).
function toInteger(value: unknown, maxDigits: number): number | null {
  if (typeof value === 'number') return Number.isInteger(value) ? value : null;
  if (typeof value !== 'string') return null;
  const text = value.trim();
  if (!new RegExp(`^\\d{1,${maxDigits}}$`).test(text)) return null;
  return Number(text);
}
