import { virtual } from '@guidepup/virtual-screen-reader';
import { screen } from '@testing-library/react';
import { afterEach, describe, expect, test } from 'vitest';
import type { SavedCard } from '../../src/index';
import { sampleCards } from '../helpers/cards';
import { createFakeBackend } from '../helpers/fake-backend';
import { renderWallet } from '../helpers/render-wallet';
import { heardUntil, readUntil, startScreenReader } from '../helpers/screen-reader';

const VISA = 'Visa ending in 4242';
const MASTERCARD = 'Mastercard ending in 4444';
const RUPAY = 'RuPay ending in 1234';
const AMEX = 'American Express ending in 0005';

async function walletRead(cards: SavedCard[] = sampleCards(), undoMs = 0) {
  const backend = createFakeBackend(cards);
  renderWallet(backend, { undoMs });
  await screen.findByRole('button', { name: `Remove ${VISA}` });
  await startScreenReader();
  return backend;
}

/** Reads down to the card's remove button and activates it; the phrases heard on the way. */
async function openConfirm(name: string): Promise<string[]> {
  await readUntil(`button, Remove ${name}`);
  await virtual.clearSpokenPhraseLog();
  await virtual.act();
  return heardUntil('button, Cancel');
}

afterEach(async () => {
  await virtual.stop();
});

describe('what a screen reader says (docs/browser-api.md, docs/removal-rules.md rule 7)', () => {
  test('removing a card: the list, the confirm with its name and description, then "… removed" once', async () => {
    await walletRead();
    await readUntil(`button, Remove ${MASTERCARD}`);
    expect(await heardUntil(`button, Remove ${MASTERCARD}`)).toEqual([
      'document',
      'heading, Saved cards, level 2',
      'list, Saved cards',
      'listitem, level 1, position 1, set size 4',
      VISA,
      'Asha Rao',
      'Expires 07/31',
      'Default',
      `button, Remove ${VISA}`,
      'Remove',
      `end of button, Remove ${VISA}`,
      'end of listitem, level 1, position 1, set size 4',
      'listitem, level 1, position 2, set size 4',
      'Work card',
      MASTERCARD,
      'Expires 07/31',
      `button, Remove ${MASTERCARD}`,
    ]);
    await virtual.act();
    expect(await heardUntil('button, Cancel')).toEqual([
      `alertdialog, Remove ${MASTERCARD}?, This can't be undone.`,
      'button, Cancel',
    ]);
    await virtual.next();
    await virtual.act();
    // Focus moves to the next card's remove button; the outcome is said once, politely.
    expect(await heardUntil(`polite: ${MASTERCARD} removed`)).toEqual([
      'button, Remove card',
      `button, Remove ${RUPAY}`,
      `polite: ${MASTERCARD} removed`,
    ]);
  });

  test('cancelling: back on the button that opened the confirm, nothing announced', async () => {
    const backend = await walletRead();
    await openConfirm(MASTERCARD);
    await virtual.act();
    expect(await heardUntil(`button, Remove ${MASTERCARD}`)).toEqual([
      `button, Remove ${MASTERCARD}`,
    ]);
    expect(backend.count('DELETE')).toBe(0);
  });

  test('a failure: the toast says what failed once, assertively; "Try again" then removes the card', async () => {
    const backend = await walletRead();
    backend.failNextDelete({ code: 'provider_error', status: 502 });
    await openConfirm(MASTERCARD);
    await virtual.next();
    await virtual.act();
    // Radix speaks the toast through its own announcer, prefixed with the region's label, as
    // one string: its parts as sentences, never run together (issue 20).
    expect(await heardUntil(`${MASTERCARD}. Try again`)).toEqual([
      'button, Remove card',
      `button, Remove ${RUPAY}`,
      `assertive: Notifications We couldn't remove the card. ${MASTERCARD}. Try again`,
    ]);
    await readUntil('button, Try again');
    // Reading on from the list: the (empty) live region, then the toast and its action.
    expect((await heardUntil('button, Try again')).slice(-7)).toEqual([
      'end of list, Saved cards',
      'status',
      'region, Notifications (F8)',
      'status',
      "We couldn't remove the card.",
      MASTERCARD,
      'button, Try again',
    ]);
    // The toast closes: focus goes back where the shopper was before it (docs/removal-rules.md rule 7).
    await virtual.act();
    expect(await heardUntil(`polite: ${MASTERCARD} removed`)).toEqual([
      `button, Remove ${RUPAY}`,
      `polite: ${MASTERCARD} removed`,
    ]);
    expect(backend.count('DELETE')).toBe(2);
  });

  test('a locked card: its reason is read with the button, and activating it opens nothing', async () => {
    const cards = sampleCards().map((c) =>
      c.id === 'card_mc' ? { ...c, locked: 'subscription' as const } : c,
    );
    const backend = await walletRead(cards);
    const button = `button, Remove ${MASTERCARD}, Used for a subscription, disabled`;
    await readUntil(button);
    expect((await heardUntil(button)).slice(-6)).toEqual([
      'listitem, level 1, position 2, set size 4',
      'Work card',
      MASTERCARD,
      'Expires 07/31',
      'Used for a subscription',
      button,
    ]);
    // Activating it only focuses it (said again, reason and all): no confirm, no request.
    await virtual.act();
    await new Promise((resolve) => setTimeout(resolve, 400));
    expect(await virtual.spokenPhraseLog()).toEqual([button]);
    expect(screen.queryByRole('alertdialog')).toBeNull();
    expect(backend.count('DELETE')).toBe(0);
  });

  test('bulk removal: the confirm names each card, then one announcement "2 cards removed"', async () => {
    const cards = sampleCards().map((c) =>
      c.id === 'card_amex' ? { ...c, expiryYear: 2024, expired: true } : c,
    );
    const backend = await walletRead(cards);
    await readUntil('button, Remove 2 expired cards');
    expect(await heardUntil('button, Remove 2 expired cards')).toEqual([
      'document',
      'heading, Saved cards, level 2',
      'button, Remove 2 expired cards',
    ]);
    await virtual.act();
    expect(await heardUntil('button, Cancel')).toEqual([
      // Each name ends in a full stop, visually hidden (set apart as a block, hence the space).
      `alertdialog, Remove 2 expired cards?, ${RUPAY} . ${AMEX} . This can't be undone.`,
      'button, Cancel',
    ]);
    backend.holdDeletes();
    await virtual.next();
    await virtual.act();
    // Focus goes to the first remove button after the last removed card, else the one before.
    expect(await heardUntil(`button, Remove ${MASTERCARD}`)).toEqual([
      'button, Remove cards',
      `button, Remove ${MASTERCARD}`,
    ]);
    // The answers land apart, as on a real network: still one announcement, after the last.
    await backend.answer('card_rupay');
    await new Promise((resolve) => setTimeout(resolve, 200));
    await backend.answer('card_amex');
    expect(await heardUntil('polite: 2 cards removed')).toEqual(['polite: 2 cards removed']);
    expect(backend.count('DELETE')).toBe(2);
  });

  test('undo: the confirm says it can be undone, the toast says "… removed" once with Undo, Undo sends nothing and says the card is back', async () => {
    const backend = await walletRead(sampleCards(), 5000);
    await readUntil(`button, Remove ${MASTERCARD}`);
    await virtual.clearSpokenPhraseLog();
    await virtual.act();
    expect(await heardUntil('button, Cancel')).toEqual([
      `alertdialog, Remove ${MASTERCARD}?, You can undo this for 5 seconds.`,
      'button, Cancel',
    ]);
    await virtual.next();
    await virtual.clearSpokenPhraseLog();
    await virtual.act();
    // Said once, by the toast (the live region stays quiet); the countdown's ticks are not said.
    expect(await heardUntil('5 s left. Undo')).toEqual([
      `button, Remove ${RUPAY}`,
      `polite: Notifications ${MASTERCARD} removed. 5 s left. Undo`,
    ]);
    await readUntil('button, Undo');
    expect((await heardUntil('button, Undo')).slice(-7)).toEqual([
      'region, Notifications (F8)',
      'status',
      `${MASTERCARD} removed`,
      'paragraph',
      '5 s left',
      'end of paragraph',
      'button, Undo',
    ]);
    await virtual.act();
    // The card is back, said so, with focus on its own Remove button (docs/removal-rules.md rule 8).
    expect(await heardUntil(`polite: ${MASTERCARD} is back`)).toEqual([
      `button, Remove ${MASTERCARD}`,
      `polite: ${MASTERCARD} is back`,
    ]);
    expect(backend.count('DELETE')).toBe(0);
  });
});
