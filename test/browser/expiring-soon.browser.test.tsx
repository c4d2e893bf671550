import { screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { card } from '../helpers/cards';
import { contrastRatio, over, parseColor } from '../helpers/contrast';
import { createFakeBackend } from '../helpers/fake-backend';
import { renderWallet } from '../helpers/render-wallet';

// The browser's local "today": 30 November 2026.
beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date(2026, 10, 30, 12));
});
afterEach(() => {
  vi.useRealTimers();
});

const CARDS = [
  card({ id: 'nov', brand: 'visa', last4: '1111', expiryMonth: 11, expiryYear: 2026 }),
  card({ id: 'dec', brand: 'mastercard', last4: '2222', expiryMonth: 12, expiryYear: 2026 }),
  card({ id: 'jan', brand: 'amex', last4: '3333', expiryMonth: 1, expiryYear: 2027 }),
  card({
    id: 'old',
    brand: 'rupay',
    last4: '4444',
    expiryMonth: 10,
    expiryYear: 2026,
    expired: true,
  }),
];

const row = (name: string) =>
  screen.getAllByRole('listitem').find((item) => item.textContent?.includes(name)) as HTMLElement;

describe('"Expires soon" (docs/http-contract.md §1, docs/browser-api.md)', () => {
  test('this month and next month carry the badge; later and expired cards do not', async () => {
    renderWallet(createFakeBackend(CARDS));
    await screen.findByRole('button', { name: 'Remove Visa ending in 1111' });
    expect(within(row('Visa ending in 1111')).getByText('Expires soon')).toBeVisible();
    expect(within(row('Mastercard ending in 2222')).getByText('Expires soon')).toBeVisible();
    expect(row('American Express ending in 3333')).not.toHaveTextContent('Expires soon');
    expect(row('RuPay ending in 4444')).not.toHaveTextContent('Expires soon');
    expect(row('RuPay ending in 4444')).toHaveTextContent('Expired 10/26');
    // Its own colour, readable on the row (WCAG 1.4.3).
    const badge = within(row('Visa ending in 1111')).getByText('Expires soon');
    const style = getComputedStyle(badge);
    const surface = over(
      parseColor(getComputedStyle(row('Visa ending in 1111')).backgroundColor),
      [255, 255, 255, 1],
    );
    expect(contrastRatio(parseColor(style.color), surface)).toBeGreaterThanOrEqual(4.5);
    expect(style.color).not.toBe(
      getComputedStyle(within(row('American Express ending in 3333')).getByText('Expires 01/27'))
        .color,
    );
  });

  test('expiringSoonMonths={2} reaches January; in Hindi the badge says "जल्द समाप्त होगा"', async () => {
    const { hiINMessages } = await import('../../src/locales/hi-in');
    renderWallet(createFakeBackend(CARDS), {
      expiringSoonMonths: 2,
      locale: 'hi-IN',
      messages: hiINMessages,
    });
    expect(await screen.findAllByText('जल्द समाप्त होगा')).toHaveLength(3);
  });

  test('on 1 December November’s card no longer shows it (the server marks it expired next)', async () => {
    vi.setSystemTime(new Date(2026, 11, 1, 0, 30));
    renderWallet(createFakeBackend(CARDS));
    await screen.findByRole('button', { name: 'Remove Visa ending in 1111' });
    expect(row('Visa ending in 1111')).not.toHaveTextContent('Expires soon');
    expect(within(row('Mastercard ending in 2222')).getByText('Expires soon')).toBeVisible();
    expect(within(row('American Express ending in 3333')).getByText('Expires soon')).toBeVisible();
  });
});
