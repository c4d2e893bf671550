import { virtual } from '@guidepup/virtual-screen-reader';
import { waitFor } from '@testing-library/react';
import { expect } from 'vitest';

/**
 * What a screen reader hears. Two things the virtual screen reader (0.33) reports that a real
 * one does not are left out: attribute changes inside a live region (aria-relevant covers
 * additions, removals and text, never attributes; Radix sets aria-labelledby after mount)
 * and changes to nodes already gone from the page (it throws on those).
 */
class SpokenChangesOnly extends MutationObserver {
  constructor(callback: MutationCallback) {
    super((records, observer) => {
      const heard = records.filter((r) => r.type !== 'attributes' && r.target.isConnected);
      if (heard.length > 0) callback(heard, observer);
    });
  }
}

/** Starts the virtual screen reader over the whole page. */
export async function startScreenReader(): Promise<void> {
  await virtual.start({
    container: document.body,
    window: { MutationObserver: SpokenChangesOnly } as unknown as Window & typeof globalThis,
  });
}

/** Moves the reading cursor forward until it says `phrase` (as a person swiping right). */
export async function readUntil(phrase: string, limit = 80): Promise<void> {
  for (let i = 0; i < limit; i += 1) {
    if ((await virtual.lastSpokenPhrase()) === phrase) return;
    await virtual.next();
  }
  throw new Error(
    `never heard "${phrase}"; last: ${JSON.stringify(await virtual.spokenPhraseLog())}`,
  );
}

/**
 * The phrases heard since the last call: waits for one that includes `last`, then a quiet
 * spell in which a second announcement of the same outcome would show up.
 */
export async function heardUntil(last: string): Promise<string[]> {
  await waitFor(
    async () => {
      const log = await virtual.spokenPhraseLog();
      expect(
        log.some((phrase) => phrase.includes(last)),
        JSON.stringify(log),
      ).toBe(true);
    },
    { timeout: 5_000, onTimeout: (error) => error },
  );
  // Long enough for a second announcement of the same outcome to show up if there is one.
  await new Promise((resolve) => setTimeout(resolve, 400));
  const log = await virtual.spokenPhraseLog();
  await virtual.clearSpokenPhraseLog();
  return log;
}
