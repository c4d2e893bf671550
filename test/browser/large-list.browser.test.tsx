import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, test } from 'vitest';
import { userEvent } from 'vitest/browser';
import type { SavedCard } from '../../src/index';
import { card } from '../helpers/cards';
import { createFakeBackend } from '../helpers/fake-backend';
import { renderWallet } from '../helpers/render-wallet';

// These tests assert behaviour only and log timings with console.log, so a slow box cannot
// flake them. Measured in headless Chromium, React development build, 5,000 rows:
//   before `content-visibility: auto` on rows: in the DOM ~790 ms, first paint ~1,780 ms,
//     confirm → row gone ~195 ms (a following refetch re-rendered the 2,499 rows after it);
//   after (plus CardRow comparing cards by value): in the DOM 520–600 ms, first paint
//     650–750 ms, confirm → row gone 110–135 ms, next paint ~+90 ms, 0 rows re-rendered.
const COUNT = 5000;
const LONG = 60_000;

/** Visa cards "ending in 0001" … "ending in 5000"; every tenth has a nickname and a holder. */
function manyCards(): SavedCard[] {
  return Array.from({ length: COUNT }, (_, index) => {
    const n = String(index + 1).padStart(4, '0');
    return card({
      id: `card_${n}`,
      last4: n,
      ...(index % 10 === 0 ? { nickname: `Card number ${n}`, holderName: 'Asha Rao' } : {}),
    });
  });
}

const nextPaint = () =>
  new Promise<void>((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));

const list = () => screen.getByRole('list', { name: 'Saved cards' });
const removeButton = (last4: string) =>
  screen.getByRole('button', { name: `Remove Visa ending in ${last4}` });

/** Resolves at the first DOM mutation after which the list holds `count` rows (timed in the page). */
function rowsInDom(count: number): Promise<number> {
  return new Promise((resolve) => {
    const observer = new MutationObserver(() => {
      if (document.querySelector('[data-slot="list"]')?.childElementCount === count) {
        observer.disconnect();
        resolve(performance.now());
      }
    });
    observer.observe(document.body, { childList: true, subtree: true });
  });
}

async function renderMany() {
  const backend = createFakeBackend(manyCards());
  const inDom = rowsInDom(COUNT);
  const started = performance.now();
  renderWallet(backend);
  const committed = (await inDom) - started;
  await nextPaint();
  const painted = performance.now() - started;
  return { backend, committed, painted };
}

describe(`a list of ${COUNT} cards`, () => {
  test(
    'renders every card, each named, and logs the time to the first paint',
    async () => {
      const { committed, painted } = await renderMany();
      console.log(
        `[large-list] ${COUNT} rows: in the DOM after ${committed.toFixed(0)} ms, first paint after ${painted.toFixed(0)} ms`,
      );
      const items = within(list()).getAllByRole('listitem');
      expect(items).toHaveLength(COUNT);
      expect(items[0]).toHaveTextContent('Visa ending in 0001');
      expect(items[COUNT - 1]).toHaveTextContent('Visa ending in 5000');
      expect(items[2499]).toHaveTextContent('Visa ending in 2500');
    },
    LONG,
  );

  test(
    'removing card #2,500 removes exactly it and focus moves to #2,501',
    async () => {
      const { backend } = await renderMany();
      // Taken before the dialog opens: while it is open Radix hides the rest from the a11y tree.
      const theList = list();
      const opener = removeButton('2500');
      await userEvent.click(opener);
      const dialog = await screen.findByRole('alertdialog', {
        name: 'Remove Visa ending in 2500?',
      });
      expect(within(dialog).getByRole('button', { name: 'Cancel' })).toHaveFocus();
      const confirm = within(dialog).getByRole('button', { name: 'Remove card' });

      // Timed inside the page: from the confirm's click to the row leaving the DOM.
      const row = opener.closest('li');
      let clicked = 0;
      let gone = 0;
      const observer = new MutationObserver(() => {
        if (gone === 0 && row && !row.isConnected) gone = performance.now();
      });
      observer.observe(theList, { childList: true });
      confirm.addEventListener('click', () => {
        clicked = performance.now();
      });
      await userEvent.click(confirm);
      await waitFor(() => expect(gone).toBeGreaterThan(0), { timeout: LONG });
      observer.disconnect();
      console.log(
        `[large-list] confirm click → row #2,500 out of the DOM: ${(gone - clicked).toFixed(1)} ms`,
      );

      await waitFor(() => expect(removeButton('2501')).toHaveFocus(), { timeout: LONG });
      await waitFor(() => expect(backend.count('DELETE')).toBe(1));
      expect(backend.requests.filter((r) => r.method === 'DELETE').map((r) => r.url)).toEqual([
        '/api/wallet/cards/card_2500',
      ]);
      const items = within(list()).getAllByRole('listitem');
      expect(items).toHaveLength(COUNT - 1);
      expect(screen.queryByText('Visa ending in 2500')).toBeNull();
      expect(items[2498]).toHaveTextContent('Visa ending in 2499');
      expect(items[2499]).toHaveTextContent('Visa ending in 2501');
      expect(backend.cards.map((c) => c.id)).not.toContain('card_2500');
      expect(backend.cards).toHaveLength(COUNT - 1);
    },
    LONG,
  );

  test(
    'the dialog opens, Tab stays in it, Cancel returns focus; Tab walks the rows',
    async () => {
      await renderMany();
      const opener = removeButton('4999');
      opener.focus();
      const opened = performance.now();
      await userEvent.keyboard('{Enter}');
      const dialog = await screen.findByRole('alertdialog', {
        name: 'Remove Visa ending in 4999?',
      });
      await waitFor(() =>
        expect(within(dialog).getByRole('button', { name: 'Cancel' })).toHaveFocus(),
      );
      console.log(
        `[large-list] Enter → dialog open with Cancel focused: ${(performance.now() - opened).toFixed(0)} ms (includes the driver round trip)`,
      );
      await userEvent.keyboard('{Tab}');
      expect(within(dialog).getByRole('button', { name: 'Remove card' })).toHaveFocus();
      await userEvent.keyboard('{Tab}');
      expect(within(dialog).getByRole('button', { name: 'Cancel' })).toHaveFocus();
      await userEvent.keyboard('{Enter}');
      await waitFor(() => expect(screen.queryByRole('alertdialog')).toBeNull());
      expect(opener).toHaveFocus();

      await userEvent.keyboard('{Tab}');
      expect(removeButton('5000')).toHaveFocus();
      removeButton('1250').focus();
      await userEvent.keyboard('{Shift>}{Tab}{/Shift}');
      expect(removeButton('1249')).toHaveFocus();
      expect(within(list()).getAllByRole('listitem')).toHaveLength(COUNT);
    },
    LONG,
  );
});
