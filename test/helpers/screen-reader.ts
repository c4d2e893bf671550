import { virtual } from '@guidepup/virtual-screen-reader';
import { waitFor } from '@testing-library/react';
import { expect } from 'vitest';

/**
 * The live region a change is spoken through, when Chromium hands a screen reader the whole
 * region at once: aria-atomic="true", or (Chromium's AXObject::LiveRegionAtomic) role status or
 * alert without aria-atomic, even beside an explicit aria-live. The virtual screen reader (0.33)
 * takes that implicit value only when aria-live is absent, so it read Radix's toast announcer
 * node by node and never heard the words that ran together in it; the value is made explicit.
 */
function atomicRegion(node: Node): Element | undefined {
  const region = (node instanceof Element ? node : node.parentElement)?.closest(
    '[aria-live], [role="status"], [role="alert"]',
  );
  if (!region || region.getAttribute('aria-live') === 'off') return undefined;
  if (!region.hasAttribute('aria-atomic') && /^(status|alert)$/.test(region.role ?? '')) {
    region.setAttribute('aria-atomic', 'true');
  }
  return region.getAttribute('aria-atomic') === 'true' ? region : undefined;
}

/**
 * What a screen reader hears. Left out of what the virtual screen reader (0.33) reports: attribute
 * changes inside a live region (aria-relevant covers additions, removals and text, never
 * attributes; Radix sets aria-labelledby after mount), changes to nodes already gone from the
 * page (it throws on those), an atomic region said again for each node of one change, and an
 * atomic region that empties (a real one says nothing).
 */
class SpokenChangesOnly extends MutationObserver {
  constructor(callback: MutationCallback) {
    super((records, observer) => {
      const said = new Set<Element>();
      const heard = records.filter((r) => {
        if (r.type === 'attributes' || !r.target.isConnected) return false;
        const region = atomicRegion(r.target);
        if (!region) return true;
        if (said.has(region) || !region.textContent?.trim()) return false;
        said.add(region);
        return true;
      });
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
