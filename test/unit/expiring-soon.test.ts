import { afterEach, describe, expect, test } from 'vitest';
import { isExpiringSoon } from '../../src/index';

const card = (expiryMonth: number, expiryYear: number, expired = false) => ({
  expiryMonth,
  expiryYear,
  expired,
});
/** A local date, as the browser's clock gives it. */
const on = (year: number, month: number, day = 15) => new Date(year, month - 1, day, 12);

const originalTz = process.env.TZ;
afterEach(() => {
  process.env.TZ = originalTz;
});

describe('isExpiringSoon (docs/http-contract.md §1): this month or one of the next `expiringSoonMonths`', () => {
  test('default 1: this month and next month; not the one after, not past', () => {
    const today = on(2026, 6);
    expect(isExpiringSoon(card(6, 2026), 1, today)).toBe(true);
    expect(isExpiringSoon(card(7, 2026), 1, today)).toBe(true);
    expect(isExpiringSoon(card(8, 2026), 1, today)).toBe(false);
    expect(isExpiringSoon(card(5, 2026), 1, today)).toBe(false);
    expect(isExpiringSoon(card(6, 2027), 1, today)).toBe(false);
    expect(isExpiringSoon(card(7, 2025), 1, today)).toBe(false);
  });

  test('the default is 1 month', () => {
    const today = on(2026, 6);
    expect(isExpiringSoon(card(7, 2026), undefined, today)).toBe(true);
    expect(isExpiringSoon(card(8, 2026), undefined, today)).toBe(false);
  });

  test('across the year boundary: December sees January; January sees February', () => {
    expect(isExpiringSoon(card(12, 2026), 1, on(2026, 12, 31))).toBe(true);
    expect(isExpiringSoon(card(1, 2027), 1, on(2026, 12, 31))).toBe(true);
    expect(isExpiringSoon(card(2, 2027), 1, on(2026, 12, 31))).toBe(false);
    expect(isExpiringSoon(card(12, 2026), 1, on(2027, 1, 1))).toBe(false);
    expect(isExpiringSoon(card(2, 2027), 1, on(2027, 1, 1))).toBe(true);
  });

  test('month boundaries: the last and first day of a month move the window', () => {
    expect(isExpiringSoon(card(3, 2028), 1, on(2028, 2, 29))).toBe(true);
    expect(isExpiringSoon(card(4, 2028), 1, on(2028, 2, 29))).toBe(false);
    expect(isExpiringSoon(card(4, 2028), 1, on(2028, 3, 1))).toBe(true);
    expect(isExpiringSoon(card(2, 2028), 1, on(2028, 3, 1))).toBe(false);
  });

  test('expiringSoonMonths widens the window (0 = this month only, 3 = through three months on)', () => {
    const today = on(2026, 11, 30);
    expect(isExpiringSoon(card(11, 2026), 0, today)).toBe(true);
    expect(isExpiringSoon(card(12, 2026), 0, today)).toBe(false);
    expect(isExpiringSoon(card(2, 2027), 3, today)).toBe(true);
    expect(isExpiringSoon(card(3, 2027), 3, today)).toBe(false);
  });

  test('a card the server marked expired never expires soon', () => {
    expect(isExpiringSoon(card(6, 2026, true), 1, on(2026, 6))).toBe(false);
  });

  test.each([
    // 20:00 UTC on 30 November is already 1 December in India and Tokyo, still 30 November in
    // the Americas: the badge follows the shopper's own calendar.
    ['Asia/Kolkata', false, true],
    ['Asia/Tokyo', false, true],
    ['UTC', true, false],
    ['America/Los_Angeles', true, false],
    ['Pacific/Kiritimati', false, true],
  ])('in %s at 2026-11-30T20:00Z: November card %s, December card %s', (tz, nov, dec) => {
    process.env.TZ = tz;
    const instant = new Date('2026-11-30T20:00:00Z');
    expect(isExpiringSoon(card(11, 2026), 0, instant)).toBe(nov);
    expect(isExpiringSoon(card(12, 2026), 0, instant)).toBe(dec);
  });

  test('at New Year in UTC it is still December in New York and already January in Kolkata', () => {
    const instant = new Date('2027-01-01T02:00:00Z');
    process.env.TZ = 'America/New_York';
    expect(isExpiringSoon(card(12, 2026), 0, instant)).toBe(true);
    process.env.TZ = 'Asia/Kolkata';
    expect(isExpiringSoon(card(12, 2026), 0, instant)).toBe(false);
    expect(isExpiringSoon(card(1, 2027), 0, instant)).toBe(true);
  });

  test('counts Gregorian months whatever calendar the locale uses', () => {
    // The browser's Date getters are Gregorian; a Hijri or Buddhist locale changes only how
    // dates are written, never which month a card expires in.
    const today = on(2026, 6);
    const thai = new Intl.DateTimeFormat('th-TH-u-ca-buddhist', { year: 'numeric' }).format(today);
    expect(thai).toContain('2569');
    expect(isExpiringSoon(card(7, 2026), 1, today)).toBe(true);
  });
});
