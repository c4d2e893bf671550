import type { CardLockReason } from '../../src/index';
import type { CardUpdateStore, MemorySeed } from '../../src/server/index';
import { memoryCardUpdateStore } from '../../src/server/index';
import { demoClock } from './demo-today';

/** The shopper the demo signs in by itself. */
export const DEMO_SHOPPER = 'shopper-1';
/** A second shopper, so the demo can show that one never sees the other's cards. */
export const OTHER_SHOPPER = 'shopper-2';
/** Customers the demo session may name; anything else counts as signed out. */
export const DEMO_CUSTOMERS: readonly string[] = [DEMO_SHOPPER, OTHER_SHOPPER];

/**
 * Cards the demo's `lockReason` hook locks (docs/look-and-feel.md): the Maestro pays a subscription, so the
 * list shows why it stays and the server answers 409 if anything tries to delete it anyway.
 */
export const DEMO_LOCKS: Readonly<Record<string, CardLockReason>> = {
  card_maestro_0604: 'subscription',
};

interface Expiry {
  expiryMonth: number;
  expiryYear: number;
  expired: boolean;
}

// Expiries are relative to today so the seeds stay valid (and one stays expired) for years.
function expiry(now: Date, monthsFromNow: number): Expiry {
  const total = now.getFullYear() * 12 + now.getMonth() + monthsFromNow;
  const expiryYear = Math.floor(total / 12);
  const expiryMonth = (total % 12) + 1;
  // Month-inclusive (docs/http-contract.md §1): a card is good through the last day of its expiry month.
  return { expiryMonth, expiryYear, expired: monthsFromNow < 0 };
}

/**
 * Fresh seed data for memoryProvider: built on every start, so removals never persist. "Today"
 * is DEMO_TODAY when set (see demo-today.ts).
 */
export function seedCards(now = demoClock()()): MemorySeed {
  const asha = 'Asha Rao';
  const ravi = 'Ravi Menon';
  return {
    [DEMO_SHOPPER]: [
      {
        id: 'card_visa_4242',
        brand: 'visa',
        last4: '4242',
        ...expiry(now, 31),
        holderName: asha,
        issuer: 'HDFC Bank',
        isDefault: true,
      },
      {
        id: 'card_mc_4444',
        brand: 'mastercard',
        last4: '4444',
        ...expiry(now, 14),
        holderName: asha,
        issuer: 'ICICI Bank',
        nickname: 'Travel card',
      },
      {
        id: 'card_rupay_6011',
        brand: 'rupay',
        last4: '6011',
        // Expires this month: still usable (expiry is month-inclusive), so "Expires soon".
        ...expiry(now, 0),
        holderName: asha,
        issuer: 'State Bank of India',
        // Shopper-typed text: the kit must show it as text, never as markup.
        nickname: "Mum's <b>groceries</b>",
      },
      {
        id: 'card_amex_0005',
        brand: 'amex',
        last4: '0005',
        ...expiry(now, -5),
        holderName: asha,
        issuer: 'American Express',
        // The same card number as the one below (a sandbox's stand-in for Stripe's
        // card.fingerprint): the bank re-issued it and the shopper saved the new one too.
        fingerprint: 'fp_demo_amex_0005',
      },
      {
        // The re-issued card: kept (not expired), so the old one says "Saved twice" and the list
        // offers "Remove 1 duplicate card" (docs/browser-api.md "Duplicates").
        id: 'card_amex_0005_reissued',
        brand: 'amex',
        last4: '0005',
        ...expiry(now, 43),
        holderName: asha,
        issuer: 'American Express',
        fingerprint: 'fp_demo_amex_0005',
      },
      {
        id: 'card_maestro_0604',
        brand: 'maestro',
        last4: '0604',
        ...expiry(now, 40),
        holderName: asha,
        issuer: 'Axis Bank',
      },
      {
        // The second expired card, so "Remove 2 expired cards" shows.
        id: 'card_discover_1117',
        brand: 'discover',
        last4: '1117',
        ...expiry(now, -14),
        holderName: asha,
      },
    ],
    [OTHER_SHOPPER]: [
      {
        id: 'card_visa_1881',
        brand: 'visa',
        last4: '1881',
        ...expiry(now, 22),
        holderName: ravi,
        issuer: 'Kotak Mahindra Bank',
        isDefault: true,
      },
      {
        id: 'card_jcb_0000',
        brand: 'jcb',
        last4: '0000',
        ...expiry(now, 9),
        holderName: ravi,
        nickname: 'Tokyo trip',
      },
    ],
  };
}

/**
 * The sandbox's card updates: the bank gave the default Visa a new expiry two days before
 * "today", recorded as the webhook handler records a verified event (docs/server.md "Card
 * updates"), so its row says "Updated by your bank" until the shopper has seen it once. On the
 * demo's clock, so DEMO_TODAY keeps it within the store's 30 days.
 */
export function seedCardUpdates(clock = demoClock()): CardUpdateStore {
  const store = memoryCardUpdateStore({ now: () => clock().getTime() });
  void store.record({
    eventId: 'evt_demo_visa_expiry',
    provider: 'demo',
    customerId: DEMO_SHOPPER,
    cardId: 'card_visa_4242',
    at: clock().getTime() - 2 * 24 * 60 * 60 * 1000,
    fields: ['expiry'],
  });
  return store;
}
