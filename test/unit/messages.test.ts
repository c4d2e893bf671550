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

  test('each error code reads as docs/http-contract.md says', () => {
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

  test("a 409 says its lock reason (docs/browser-api.md); without a reason, the code's own text", () => {
    const say = (reason?: 'subscription' | 'pending_payment' | 'last_card' | 'other') =>
      describeError(new WalletError('card_in_use', 'x', { reason }), defaultMessages);
    expect(say('subscription')).toBe('Used for a subscription');
    expect(say('pending_payment')).toBe('Used for a payment in progress');
    expect(say('last_card')).toBe('Keep at least one card on file');
    expect(say('other')).toBe("Can't be removed right now");
    expect(say()).toBe('This card is being used for a payment in progress.');
  });

  test('overrides replace only what they name, errors included', () => {
    const messages = mergeMessages({
      listHeading: 'Cartes',
      errors: { forbidden: 'Bloqué' },
      lockReasons: { subscription: 'Utilisée pour un abonnement' },
    });
    expect(messages.listHeading).toBe('Cartes');
    expect(messages.lockReasons.subscription).toBe('Utilisée pour un abonnement');
    expect(messages.lockReasons.last_card).toBe('Keep at least one card on file');
    expect(messages.errors.forbidden).toBe('Bloqué');
    expect(messages.errors.card_in_use).toBe(defaultMessages.errors.card_in_use);
    expect(messages.confirm).toBe('Remove card');
  });
});
