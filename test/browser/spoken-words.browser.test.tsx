import { virtual } from '@guidepup/virtual-screen-reader';
import { screen } from '@testing-library/react';
import { afterEach, describe, expect, test } from 'vitest';
import { userEvent } from 'vitest/browser';
import { cardLabel } from '../../src/core/card-label';
import { defaultMessages, type WalletMessages } from '../../src/core/messages';
import { type SavedCard, SavedCardList } from '../../src/index';
import { arMessages } from '../../src/locales/ar';
import { hiINMessages } from '../../src/locales/hi-in';
import { RadixToaster, radixNotify } from '../../stories/recipes/radix-toaster';
import { sampleCards } from '../helpers/cards';
import { createFakeBackend } from '../helpers/fake-backend';
import { renderWallet } from '../helpers/render-wallet';
import { heardUntil, readUntil, startScreenReader } from '../helpers/screen-reader';
import { expectWordsApart, watchShownWords } from '../helpers/spoken-words';

// Issue 20 item 4: what a screen reader is given never runs two words together, in any locale
// ("We couldn't remove the card.Visa ending in 4242Try again"). A locale is a row here.

interface Locale {
  tag: string;
  lang: string;
  messages: WalletMessages;
}

const LOCALES: Locale[] = [
  { tag: 'en', lang: 'en', messages: defaultMessages },
  { tag: 'hi-IN', lang: 'hi', messages: hiINMessages },
  { tag: 'ar', lang: 'ar', messages: arMessages },
];

const [, mastercard, rupay, amex] = sampleCards() as [SavedCard, SavedCard, SavedCard, SavedCard];

let shown: ReturnType<typeof watchShownWords> | undefined;

afterEach(async () => {
  shown?.stop();
  await virtual.stop();
});

async function wallet(
  { tag, lang, messages }: Locale,
  cards = sampleCards(),
  undoMs = 0,
  host: 'kit' | 'radix' = 'kit',
) {
  shown = watchShownWords();
  const backend = createFakeBackend(cards);
  renderWallet(backend, {
    locale: tag,
    messages,
    undoMs,
    // The Radix Toast recipe (docs/browser-api.md, "Notifications") as a host would mount it.
    ...(host === 'radix' ? { notify: radixNotify } : {}),
    ui: (
      <div lang={lang}>
        {host === 'radix' ? (
          <RadixToaster dismissLabel={messages.dismiss} label={messages.notifications} />
        ) : null}
        <SavedCardList />
      </div>
    ),
  });
  const name = (card: SavedCard) => cardLabel(card, messages);
  await screen.findByRole('button', { name: messages.removeButton(name(mastercard)) });
  await startScreenReader();
  return { backend, name };
}

/** Reads down to a Remove button, opens its confirm and confirms, as a screen reader user does. */
async function confirmByReader(button: string, messages: WalletMessages): Promise<void> {
  await readUntil(`button, ${button}`);
  await virtual.act();
  await readUntil(`button, ${messages.cancel}`);
  await virtual.next();
  await virtual.act();
}

/** Tabs, as a keyboard shopper does, until the button has focus. */
async function tabTo(name: string) {
  const button = await screen.findByRole('button', { name });
  for (let presses = 0; presses < 20 && document.activeElement !== button; presses++) {
    await userEvent.tab();
  }
  expect(button).toHaveFocus();
}

const inOrder = (...parts: string[]) =>
  new RegExp(parts.map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('.*'), 'u');

/** The phrases, word by word, and (with VITE_SPOKEN_LOG=1) printed for the closing note. */
function check(what: string, log: string[]) {
  if (import.meta.env.VITE_SPOKEN_LOG) console.log(`${what}\n${JSON.stringify(log, null, 2)}`);
  expectWordsApart(log, shown?.words ?? new Set());
}

describe.each(LOCALES)('what a screen reader is given, word by word ($tag)', (locale) => {
  const m = locale.messages;

  test('remove: the list as read, the confirm, then "… removed"', async () => {
    const { name } = await wallet(locale);
    await confirmByReader(m.removeButton(name(mastercard)), m);
    const log = await heardUntil(m.removed(name(mastercard)));
    check(`remove (${locale.tag})`, log);
    expect(log).toContain(`polite: ${m.removed(name(mastercard))}`);
  });

  test('a failure, "Try again" reached with Tab', async () => {
    const { backend, name } = await wallet(locale);
    backend.failNextDelete({ code: 'provider_error', status: 502 });
    await confirmByReader(m.removeButton(name(mastercard)), m);
    const failed = await heardUntil(`assertive: ${m.notifications}`);
    await tabTo(m.retry);
    await userEvent.keyboard('{Enter}');
    const log = [...failed, ...(await heardUntil(m.removed(name(mastercard))))];
    check(`fail + Try again by Tab (${locale.tag})`, log);
    // One announcement with every part of the toast, in order.
    const said = log.filter((phrase) => phrase.startsWith('assertive: '));
    expect(said).toHaveLength(1);
    expect(said[0]).toMatch(inOrder(m.errors.provider_error, name(mastercard), m.retry));
    expect(log).toContain(`button, ${m.retry}`);
  });

  test('Undo: the undo toast, then "… is back" on the restored card', async () => {
    const { backend, name } = await wallet(locale, sampleCards(), 60_000);
    await confirmByReader(m.removeButton(name(mastercard)), m);
    const toast = await heardUntil(`polite: ${m.notifications}`);
    await tabTo(m.undo);
    await userEvent.keyboard('{Enter}');
    const log = [...toast, ...(await heardUntil(m.restored(name(mastercard))))];
    check(`Undo (${locale.tag})`, log);
    const said = log.filter((phrase) => phrase.startsWith('polite: '));
    expect(said[0]).toMatch(inOrder(m.removed(name(mastercard)), m.undo));
    expect(log).toContain(`button, ${m.removeButton(name(mastercard))}`);
    expect(backend.count('DELETE')).toBe(0);
  });

  test('bulk: "remove all expired", then one announcement', async () => {
    const cards = sampleCards().map((c) =>
      c.id === amex.id ? { ...c, expiryYear: 2024, expired: true } : c,
    );
    const { name } = await wallet(locale, cards);
    const two = (2).toLocaleString(locale.tag);
    await confirmByReader(m.removeExpired(two, 2), m);
    const log = await heardUntil(m.cardsRemoved(two, 2));
    check(`bulk (${locale.tag})`, log);
    // The confirm names both cards; the outcome is said once.
    expect(log.some((phrase) => phrase.includes(name(rupay)) && phrase.includes(name(amex)))).toBe(
      true,
    );
    expect(log.filter((phrase) => phrase.startsWith('polite: '))).toEqual([
      `polite: ${m.cardsRemoved(two, 2)}`,
    ]);
  });
});

// The recipe a host copies for its own Radix toaster: Radix gathers a toast's parts into one
// announcement with no space between them, so the recipe must hand it the kit's `spoken`.
describe.each(LOCALES)("a host's Radix toaster (the recipe), word by word ($tag)", (locale) => {
  const m = locale.messages;

  test('a failure is said as sentences, "Try again" reached with Tab', async () => {
    const { backend, name } = await wallet(locale, sampleCards(), 0, 'radix');
    backend.failNextDelete({ code: 'provider_error', status: 502 });
    await confirmByReader(m.removeButton(name(mastercard)), m);
    const failed = await heardUntil(m.errors.provider_error);
    await tabTo(m.retry);
    await userEvent.keyboard('{Enter}');
    const log = [...failed, ...(await heardUntil(m.removed(name(mastercard))))];
    check(`Radix recipe: fail + Try again by Tab (${locale.tag})`, log);
    const said = log.filter((phrase) => phrase.includes(m.errors.provider_error));
    expect(said).toHaveLength(1);
    expect(said[0]).toMatch(inOrder(m.errors.provider_error, name(mastercard), m.retry));
  });

  test('the undo toast is said as sentences, and Undo brings the card back', async () => {
    const { backend, name } = await wallet(locale, sampleCards(), 60_000, 'radix');
    await confirmByReader(m.removeButton(name(mastercard)), m);
    const toast = await heardUntil(m.removed(name(mastercard)));
    await tabTo(m.undo);
    await userEvent.keyboard('{Enter}');
    const log = [...toast, ...(await heardUntil(m.restored(name(mastercard))))];
    check(`Radix recipe: Undo (${locale.tag})`, log);
    expect(log.some((phrase) => inOrder(m.removed(name(mastercard)), m.undo).test(phrase))).toBe(
      true,
    );
    expect(backend.count('DELETE')).toBe(0);
  });
});
