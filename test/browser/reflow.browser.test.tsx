import { screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, test } from 'vitest';
import { cdp, page, userEvent } from 'vitest/browser';
import { renderBrandMark } from '../../src/brand-marks/index';
import { type SavedCard, SavedCardList } from '../../src/index';
import { card } from '../helpers/cards';
import { createFakeBackend, errorAnswer } from '../helpers/fake-backend';
import { renderWallet } from '../helpers/render-wallet';
import { findToast } from '../helpers/wallet-ui';
import { emulateScreen, resetScreen, type ZoomedScreen } from '../helpers/zoomed-screen';

// docs/look-and-feel.md, WCAG 1.4.10 (reflow) and 2.5.8 (target size): at 320 CSS px, at 360 and at 400 %
// zoom of a 1280 px window, every row reads whole: no sideways scroll, our own words never
// split across lines, shopper text two lines at most but never nothing, targets big enough.

const NICKNAME = 'The card for the family groceries, school fees and the electricity bill';
const HOLDER = 'Venkata Lakshmi Narasimha Subrahmanya Srinivasa Raghavendra Chakravarthy';

// The longest brand names, an expired card, the default badge, and the longest shopper text.
const CARDS: SavedCard[] = [
  card({
    id: 'card_mc',
    brand: 'mastercard',
    last4: '4444',
    nickname: NICKNAME,
    holderName: HOLDER,
  }),
  card({ id: 'card_amex', brand: 'amex', last4: '0005', holderName: 'Asha Rao', isDefault: true }),
  card({
    id: 'card_diners',
    brand: 'diners',
    last4: '3237',
    expiryMonth: 7,
    expiryYear: 2024,
    expired: true,
    nickname: 'Travel',
  }),
  card({ id: 'card_unionpay', brand: 'unionpay', last4: '0005', holderName: 'Li Wei' }),
  // Locked, with a replace button: two buttons and the longest reason in one row.
  card({ id: 'card_rupay', brand: 'rupay', last4: '6011', locked: 'pending_payment' }),
];
const noop = () => {};

const SCREENS: ZoomedScreen[] = [
  { name: 'a 320 CSS px phone', width: 320, height: 640, zoom: 1 },
  { name: 'a 360 CSS px phone', width: 360, height: 740, zoom: 1 },
  { name: 'a 1280 px window at 400 % zoom', width: 320, height: 200, zoom: 4 },
];

afterEach(async () => {
  document.documentElement.removeAttribute('dir');
  await resetScreen();
  await cdp().send('Emulation.setTouchEmulationEnabled', { enabled: false });
});

async function show(
  screenSize: ZoomedScreen,
  artwork: boolean,
  backend = createFakeBackend(CARDS),
) {
  await emulateScreen(screenSize);
  renderWallet(backend, {
    ui: (
      <SavedCardList renderBrandMark={artwork ? renderBrandMark : undefined} onReplaceCard={noop} />
    ),
  });
  await screen.findByRole('button', { name: 'Remove Mastercard ending in 4444' });
  const rows = within(screen.getByRole('list', { name: 'Saved cards' })).getAllByRole('listitem');
  // Rows are `content-visibility: auto`: measure after a frame has painted them.
  for (const row of rows) row.scrollIntoView();
  await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
  return rows;
}

const part = (row: Element, name: string) =>
  row.querySelector(`[data-slot="${name}"]`) as HTMLElement;

/** Each word of an element's own text (one text node) with the line boxes it is drawn in. */
function wordRects(element: Element) {
  const node = [...element.childNodes].find((child) => child.nodeType === Node.TEXT_NODE) as Text;
  const words: Array<{ word: string; rects: number }> = [];
  for (const match of node.data.matchAll(/\S+/g)) {
    const range = document.createRange();
    range.setStart(node, match.index);
    range.setEnd(node, match.index + match[0].length);
    words.push({ word: match[0], rects: range.getClientRects().length });
  }
  return words;
}

const overlap = (a: DOMRect, b: DOMRect) =>
  a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

const lineCount = (element: HTMLElement) =>
  element.getBoundingClientRect().height / Number.parseFloat(getComputedStyle(element).lineHeight);

describe.each(SCREENS)('on $name', (screenSize) => {
  test.each([
    ['brand artwork', true],
    ['text badges', false],
  ])('with %s, every row reads whole without scrolling sideways', async (_, artwork) => {
    const rows = await show(screenSize, artwork);
    expect(document.documentElement.clientWidth).toBe(screenSize.width);
    expect(devicePixelRatio).toBe(screenSize.zoom);
    const root = document.documentElement;
    expect(root.scrollWidth).toBeLessThanOrEqual(root.clientWidth);

    for (const row of rows) {
      const box = row.getBoundingClientRect();
      expect(row.scrollWidth).toBeLessThanOrEqual(row.clientWidth);
      expect(box.right).toBeLessThanOrEqual(screenSize.width);

      // Brand mark, label (brand and last 4), expiry, nickname and holder: each drawn, inside
      // the row, wide enough to read (never squeezed to a sliver).
      const shown = [
        'brand-mark',
        'card-label',
        'card-expiry',
        'card-nickname',
        'card-holder',
        'lock-reason',
      ]
        .map((name) => part(row, name))
        .filter(Boolean);
      for (const element of shown) {
        const rect = element.getBoundingClientRect();
        expect(rect.width, element.dataset.slot).toBeGreaterThanOrEqual(
          Math.min(40, element.scrollWidth - 1),
        );
        expect(rect.height).toBeGreaterThan(10);
        expect(rect.left).toBeGreaterThanOrEqual(box.left);
        expect(rect.right).toBeLessThanOrEqual(box.right);
      }

      // Our own text: no word split across two lines ("Masterca|rd").
      for (const name of ['card-label', 'card-expiry', 'lock-reason']) {
        if (!part(row, name)) continue;
        for (const { word, rects } of wordRects(part(row, name))) {
          expect(rects, `"${word}" in ${name}`).toBe(1);
        }
      }
      const last4 = /\d{4}$/.exec(part(row, 'card-label').textContent ?? '')?.[0] ?? '';
      expect(last4).toHaveLength(4);

      // Shopper text: one or two lines on screen, all of it in the DOM.
      for (const name of ['card-nickname', 'card-holder']) {
        const element = part(row, name);
        if (!element) continue;
        expect(lineCount(element)).toBeGreaterThan(0.9);
        expect(lineCount(element)).toBeLessThan(2.1);
      }

      // Remove (and a locked card's Replace): inside the row, clear of the text and of each
      // other, at least 24×24 CSS px.
      within(row).getByRole('button', { name: /^Remove / });
      const targets = within(row)
        .getAllByRole('button')
        .map((button) => button.getBoundingClientRect());
      const details = part(row, 'card-details').getBoundingClientRect();
      for (const [i, target] of targets.entries()) {
        expect(target.width).toBeGreaterThanOrEqual(24);
        expect(target.height).toBeGreaterThanOrEqual(24);
        expect(target.left).toBeGreaterThanOrEqual(box.left);
        expect(target.right).toBeLessThanOrEqual(box.right);
        expect(overlap(target, details)).toBe(false);
        for (const other of targets.slice(i + 1)) expect(overlap(target, other)).toBe(false);
      }
    }
    const locked = rows.at(-1) as HTMLElement;
    expect(part(locked, 'lock-reason')).toHaveTextContent('Used for a payment in progress');
    expect(within(locked).getAllByRole('button')).toHaveLength(2);
    const [first] = rows;
    expect(part(first as HTMLElement, 'card-nickname').textContent).toBe(NICKNAME);
    expect(part(first as HTMLElement, 'card-holder').textContent).toBe(HOLDER);
  });

  // Padding inside the width: a 100%-of-the-screen box with padding outside it hung off the
  // screen's edge (the toasts by 2rem, cut off at the left).
  test.each(['ltr', 'rtl'])(
    '%s: the confirm dialog and a failure toast stay inside the screen',
    async (dir) => {
      document.documentElement.dir = dir;
      const backend = createFakeBackend(CARDS);
      await show(screenSize, true, backend);
      const inside = (element: Element, what: string) => {
        const box = element.getBoundingClientRect();
        expect(box.left, `${what} left edge`).toBeGreaterThanOrEqual(0);
        expect(box.right, `${what} right edge`).toBeLessThanOrEqual(screenSize.width);
      };
      await userEvent.click(
        screen.getByRole('button', { name: 'Remove American Express ending in 0005' }),
      );
      const dialog = await screen.findByRole('alertdialog');
      await waitFor(() => inside(dialog, 'dialog'));
      backend.nextDelete(errorAnswer('provider_error', 502));
      await userEvent.click(within(dialog).getByRole('button', { name: 'Remove card' }));
      const toast = await findToast("We couldn't remove the card.");
      inside(toast, 'toast');
      const viewport = toast.closest('[data-slot="toast-viewport"]') ?? toast;
      inside(viewport, 'toast viewport');
    },
  );

  test('under a coarse pointer (touch), remove targets are at least 44×44 CSS px', async () => {
    await cdp().send('Emulation.setTouchEmulationEnabled', { enabled: true, maxTouchPoints: 5 });
    expect(matchMedia('(pointer: coarse)').matches).toBe(true);
    const rows = await show(screenSize, true);
    for (const row of rows) {
      for (const button of within(row).getAllByRole('button')) {
        const target = button.getBoundingClientRect();
        expect(target.width).toBeGreaterThanOrEqual(44);
        expect(target.height).toBeGreaterThanOrEqual(44);
        expect(target.right).toBeLessThanOrEqual(row.getBoundingClientRect().right);
      }
    }
    expect(document.documentElement.scrollWidth).toBeLessThanOrEqual(screenSize.width);
  });
});

test('on a 1280 px desktop a row is one line: mark, text, then the button beside it', async () => {
  await page.viewport(1280, 800);
  const rows = await show({ name: 'desktop', width: 1280, height: 800, zoom: 1 }, true);
  const row = rows[1] as HTMLElement;
  const details = part(row, 'card-details').getBoundingClientRect();
  const button = within(row)
    .getByRole('button', { name: /^Remove / })
    .getBoundingClientRect();
  expect(button.left).toBeGreaterThanOrEqual(details.right);
  expect(button.top).toBeLessThan(details.bottom);
  expect(lineCount(part(row, 'card-label'))).toBeLessThan(1.1);
});
