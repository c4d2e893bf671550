import { expect } from 'vitest';

/** What the virtual screen reader adds of its own: roles, states and positions. */
const READER_WORDS = new Set(
  'polite assertive document heading level list listitem position set size end of button alertdialog region status paragraph disabled'.split(
    ' ',
  ),
);

/** A word as said: without the punctuation around it ("card." is "card", "(F8)" is "F8"). */
const bare = (word: string) => word.replace(/^\p{P}+|\p{P}+$/gu, '');

const wordsOf = (text: string | null | undefined) =>
  (text ?? '').split(/\s+/).map(bare).filter(Boolean);

/**
 * Radix's announcer: the one live region that is not the kit's own (the kit's parts carry a
 * data-slot). What it says is what is checked, so its words never count as shown.
 */
const ANNOUNCER = '[aria-live]:not([data-slot])';

/**
 * Every word the page shows or labels on its own — each text node, each aria-label — from now
 * on, for as long as the test runs: a toast's words stay known after it closes.
 */
export function watchShownWords(): { words: Set<string>; stop: () => void } {
  const words = new Set<string>();
  const take = (node: Node) => {
    const element = node instanceof Element ? node : node.parentElement;
    if (element?.closest(ANNOUNCER)) return;
    if (node.nodeType === Node.TEXT_NODE)
      for (const word of wordsOf(node.nodeValue)) words.add(word);
    if (!(node instanceof Element)) return;
    for (const word of wordsOf(node.getAttribute('aria-label'))) words.add(word);
    node.childNodes.forEach(take);
  };
  take(document.body);
  const observer = new MutationObserver((records) => {
    for (const record of records) {
      if (record.type === 'childList') record.addedNodes.forEach(take);
      else take(record.target);
    }
  });
  observer.observe(document.body, {
    subtree: true,
    childList: true,
    characterData: true,
    attributes: true,
    attributeFilter: ['aria-label'],
  });
  return { words, stop: () => observer.disconnect() };
}

/**
 * Word by word, every phrase is made of words the page shows or labels on its own (or the
 * reader's own): two words run together ("card.Visa", "removed5", "leftUndo") are neither.
 */
export function expectWordsApart(phrases: readonly string[], shown: ReadonlySet<string>): void {
  const runTogether = phrases.flatMap((phrase) =>
    wordsOf(phrase)
      .filter((word) => !shown.has(word) && !READER_WORDS.has(word) && !/^\d+$/.test(word))
      .map((word) => `"${word}" in "${phrase}"`),
  );
  expect(runTogether, 'words run together').toEqual([]);
}
