// @vitest-environment node
import { describe, expect, test } from 'vitest';
import { demoClock } from '../../demo/backend/demo-today';
import { providerFromEnv } from '../../demo/backend/provider-from-env';
import { DEMO_SHOPPER } from '../../demo/backend/seed-cards';

// docs/look-and-feel.md: DEMO_TODAY=YYYY-MM-DD fixes "today" for the seeded expiries, so screenshots of the
// demo never drift with the calendar.
async function seededOn(today: string) {
  const demo = providerFromEnv({ WALLET_PROVIDER: 'memory', DEMO_TODAY: today });
  if (!demo.memory) throw new Error('the demo runs on the memory provider by default');
  const cards = await demo.memory.listCards(DEMO_SHOPPER);
  return Object.fromEntries(
    cards.map((c) => [c.id, `${c.expiryMonth}/${c.expiryYear}${c.expired ? ' expired' : ''}`]),
  );
}

describe('DEMO_TODAY', () => {
  test('the same date gives the same seeded cards, whatever the real date', async () => {
    const march = await seededOn('2026-03-15');
    expect(march).toEqual(await seededOn('2026-03-15'));
    // Expiring this month is still good (month-inclusive); five months back is expired.
    expect(march.card_rupay_6011).toBe('3/2026');
    expect(march.card_amex_0005).toBe('10/2025 expired');
    expect(march.card_visa_4242).toBe('10/2028');
  });

  test('another date moves every expiry with it', async () => {
    const january = await seededOn('2027-01-01');
    expect(january.card_rupay_6011).toBe('1/2027');
    expect(january.card_amex_0005).toBe('8/2026 expired');
  });

  test('a malformed or impossible date stops the start with one sentence', () => {
    for (const bad of ['2026-3-15', '15/03/2026', '2026-02-30', 'today']) {
      expect(() => demoClock({ DEMO_TODAY: bad })).toThrow(
        `DEMO_TODAY must be a date as YYYY-MM-DD, not "${bad}".`,
      );
    }
    expect(demoClock({})().getFullYear()).toBe(new Date().getFullYear());
  });
});
