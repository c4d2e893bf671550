// @vitest-environment node
import { describe, expect, test } from 'vitest';
import { defaultMessages } from '../../src/index';
import { hiINMessages } from '../../src/locales/hi-in';
import { describeRemoval } from '../../src/query/describe-removal';
import { card } from '../helpers/cards';

const visa = card({ id: 'visa', brand: 'visa', last4: '4242' });
const rupay = card({ id: 'rupay', brand: 'rupay', last4: '1234', expired: true });
const amex = card({ id: 'amex', brand: 'amex', last4: '0005', expired: true });

describe('describeRemoval: the confirm texts, from the target and the messages alone', () => {
  test('one card, sent at once', () => {
    expect(describeRemoval({ kind: 'card', card: visa }, defaultMessages, 'en', 0)).toEqual({
      label: 'Visa ending in 4242',
      title: 'Remove Visa ending in 4242?',
      names: [],
      description: "This can't be undone.",
      nextDefault: '',
    });
  });

  test('one card with an undo window says how long, in whole seconds', () => {
    const texts = describeRemoval({ kind: 'card', card: visa }, defaultMessages, 'en', 4_500);
    expect(texts.description).toBe('You can undo this for 5 seconds.');
  });

  test('bulk names each card and cannot be undone, whatever the undo window (rule 9)', () => {
    const target = { kind: 'expired' as const, cards: [rupay, amex] };
    expect(describeRemoval(target, defaultMessages, 'en', 5_000)).toEqual({
      label: '',
      title: 'Remove 2 expired cards?',
      names: ['RuPay ending in 1234', 'American Express ending in 0005'],
      description: "This can't be undone.",
      nextDefault: '',
    });
  });

  test("in the shopper's language and digits", () => {
    const texts = describeRemoval(
      { kind: 'card', card: visa },
      hiINMessages,
      'hi-IN-u-nu-deva',
      5_000,
    );
    expect(texts.title).toBe(hiINMessages.confirmTitle(texts.label));
    expect(texts.description).toBe(hiINMessages.undoable('५', 5));
  });

  test('nothing asked yet: empty texts', () => {
    expect(describeRemoval(null, defaultMessages, 'en', 0)).toEqual({
      label: '',
      title: '',
      names: [],
      description: '',
      nextDefault: '',
    });
  });

  test('the default card names the card that becomes the default, by the shared rule', () => {
    const byDefault = { ...visa, isDefault: true };
    const mc = card({ id: 'mc', brand: 'mastercard', last4: '4444' });
    const locked = card({ id: 'locked', last4: '1111', locked: 'subscription' });
    // Expired and locked cards are passed over: the first one left that may be the default.
    const cards = [byDefault, rupay, locked, mc];
    const texts = describeRemoval(
      { kind: 'card', card: byDefault },
      defaultMessages,
      'en',
      0,
      cards,
    );
    expect(texts.nextDefault).toBe('Mastercard ending in 4444 will become your default card.');
    // Not the default: nothing moves.
    expect(
      describeRemoval({ kind: 'card', card: mc }, defaultMessages, 'en', 0, cards).nextDefault,
    ).toBe('');
    // No card can be the default: none named.
    expect(
      describeRemoval({ kind: 'card', card: byDefault }, defaultMessages, 'en', 0, [
        byDefault,
        rupay,
      ]).nextDefault,
    ).toBe('');
    // An expired default among a bulk removal.
    const oldDefault = { ...rupay, isDefault: true };
    const bulk = { kind: 'expired' as const, cards: [oldDefault, amex] };
    expect(
      describeRemoval(bulk, defaultMessages, 'en', 0, [oldDefault, amex, mc]).nextDefault,
    ).toBe('Mastercard ending in 4444 will become your default card.');
  });
});
