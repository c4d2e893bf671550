import { describe, expect, test } from 'vitest';
import {
  CARD_BRANDS,
  cardLabel,
  defaultMessages,
  describeError,
  formatExpiry,
  mergeMessages,
  WalletError,
} from '../../src/index';

describe('names and messages', () => {
  test('every brand has a display name, and unknown is "Card"', () => {
    expect(CARD_BRANDS.map((brand) => defaultMessages.brands[brand])).toEqual([
      'Visa',
      'Mastercard',
      'American Express',
      'RuPay',
      'Maestro',
      'Discover',
      'Diners Club',
      'JCB',
      'UnionPay',
      'Card',
    ]);
  });

  test('cards are named "Visa ending in 4242" and expiry is MM/YY', () => {
    expect(cardLabel({ brand: 'visa', last4: '4242' }, defaultMessages)).toBe(
      'Visa ending in 4242',
    );
    expect(formatExpiry({ expiryMonth: 7, expiryYear: 2031 })).toBe('07/31');
    expect(formatExpiry({ expiryMonth: 12, expiryYear: 2005 })).toBe('12/05');
  });

  test('each error code reads as DESIGN §3 says', () => {
    const say = (code: ConstructorParameters<typeof WalletError>[0]) =>
      describeError(new WalletError(code), defaultMessages);
    expect(say('unauthenticated')).toBe(
      'Your session has expired. Sign in again to manage your cards.',
    );
    expect(say('forbidden')).toBe('This request was blocked.');
    expect(say('card_in_use')).toBe('This card is being used for a payment in progress.');
    expect(say('invalid_request')).toBe('Something went wrong. Try again.');
    expect(say('provider_error')).toBe("We couldn't remove the card.");
    expect(say('network_error')).toBe("You're offline or the connection failed.");
    expect(say('invalid_response')).toBe('Something went wrong.');
    expect(
      describeError(new WalletError('rate_limited', 'x', { retryAfterMs: 4_200 }), defaultMessages),
    ).toBe('Too many attempts. Try again in 5 seconds.');
  });

  test('overrides replace only what they name, errors included', () => {
    const messages = mergeMessages({ listHeading: 'Cartes', errors: { forbidden: 'Bloqué' } });
    expect(messages.listHeading).toBe('Cartes');
    expect(messages.errors.forbidden).toBe('Bloqué');
    expect(messages.errors.card_in_use).toBe(defaultMessages.errors.card_in_use);
    expect(messages.confirm).toBe('Remove card');
  });
});
