import { cleanup, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, test } from 'vitest';
import { userEvent } from 'vitest/browser';
import { type SavedCard, SavedCardList } from '../../src/index';
import { card } from '../helpers/cards';
import { createFakeBackend } from '../helpers/fake-backend';
import { renderWallet } from '../helpers/render-wallet';

// docs/http-contract.md §1, docs/look-and-feel.md: nickname and holderName are untrusted shopper text. Whatever they hold, they
// stay inert text of at most two clipped lines, cannot reshape "Visa ending in 4242" /
// "Expires 07/31", and never enter an accessible name; the DOM (what a screen reader reads)
// keeps all of it.

declare global {
  interface Window {
    __hostileRan?: unknown;
  }
}

const RAN = 'window.__hostileRan=1';
const FAMILY = '\u{1F468}\u200D\u{1F469}\u200D\u{1F467}\u200D\u{1F466}';
const ZALGO = `Z${'\u0336\u0301\u0302\u0303\u0304\u0305\u0306\u0307\u0308\u030A\u030B\u030C\u0327\u0328'.repeat(20)}`;
const long = (unit: string) => unit.repeat(Math.ceil(5000 / unit.length)).slice(0, 5000);

const HOSTILE: Array<[string, Pick<SavedCard, 'nickname' | 'holderName'>]> = [
  [
    'an img with onerror and a script',
    {
      nickname: `<img src=x onerror="${RAN}">`,
      holderName: `<script>${RAN}</script>`,
    },
  ],
  [
    'svg, iframe, a javascript: link, a template expression',
    {
      nickname: `<svg onload=${RAN}><iframe srcdoc="<script>parent.__hostileRan=1</script>">`,
      holderName: `"><a href="javascript:${RAN}">x</a>{{constructor.constructor('${RAN}')()}}`,
    },
  ],
  [
    'a RIGHT-TO-LEFT OVERRIDE spelling a fake label',
    {
      nickname: '\u202E1234 gnidne asiV',
      holderName: '\u202E13/70 seripxE',
    },
  ],
  [
    'stray isolate closers and unterminated isolates',
    {
      nickname: 'a\u2069\u2069\u202E\u2066\u2067\u2068 4242',
      holderName: '\u2069\u202D\u2068\u202B',
    },
  ],
  [
    'right-to-left marks and scripts',
    {
      nickname: '\u200F\u05E9\u05DC\u05D5\u05DD 4242 \u200F',
      holderName: '\u0645\u0631\u062D\u0628\u0627 07/31\u200F',
    },
  ],
  [
    '5,000 characters without a break',
    { nickname: 'W'.repeat(5000), holderName: 'M'.repeat(5000) },
  ],
  [
    '5,000 characters of words',
    {
      nickname: long('Very long nickname '),
      holderName: long('Asha Rao '),
    },
  ],
  [
    'emoji: a ZWJ family, flags, skin tones',
    {
      nickname: `${FAMILY} \u{1F1EE}\u{1F1F3}\u{1F3F3}\uFE0F\u200D\u{1F308} \u{1F44D}\u{1F3FD}`,
      holderName: FAMILY.repeat(40),
    },
  ],
  ['stacked combining marks', { nickname: ZALGO, holderName: `e\u0301${ZALGO}` }],
  [
    'zero-width and control characters',
    {
      nickname: 'W\u200B\u200C\u200D\u2060\uFEFFork\u0000\u0007\u0008\u001B[2J',
      holderName: 'Asha\r\n\tRao\u2028\u2029\u0085\u000B\u000C',
    },
  ],
  ['a lone surrogate', { nickname: 'Work \uD83D', holderName: '\uDE00 Rao' }],
  [
    'all of it at once, 5,000 characters',
    {
      nickname: long(`\u202E<img src=x onerror=${RAN}>${FAMILY}\u2069${ZALGO}`),
      holderName: long(`\u2066<script>${RAN}</script>\u200F\u0000`),
    },
  ],
];

const BASELINE = { nickname: 'Work', holderName: 'Asha Rao' };

function cardsWith(text: Pick<SavedCard, 'nickname' | 'holderName'>): SavedCard[] {
  return [
    card({ id: 'card_mc', brand: 'mastercard', last4: '4444' }),
    card({ id: 'card_visa', brand: 'visa', last4: '4242', isDefault: true, ...text }),
    card({ id: 'card_amex', brand: 'amex', last4: '0005', nickname: 'Travel' }),
  ];
}

/** Phone-width column, as on a checkout page. */
async function show(text: Pick<SavedCard, 'nickname' | 'holderName'>) {
  const backend = createFakeBackend(cardsWith(text));
  const { container } = renderWallet(backend, {
    ui: (
      <div style={{ width: 360 }}>
        <SavedCardList />
      </div>
    ),
  });
  const button = await screen.findByRole('button', { name: 'Remove Visa ending in 4242' });
  const row = button.closest('li') as HTMLLIElement;
  // Rows are `content-visibility: auto`: until a frame has decided they are on screen, a
  // forced layout sees their placeholder size. Measure what is painted.
  await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
  return { backend, container, row, button };
}

/** Where a substring of a text node is drawn. */
function rectOf(element: Element, text: string): DOMRect {
  const node = element.firstChild as Text;
  const start = node.data.indexOf(text);
  const range = document.createRange();
  range.setStart(node, start);
  range.setEnd(node, start + text.length);
  return range.getBoundingClientRect();
}

const slot = (row: Element, name: string) =>
  row.querySelector(`[data-slot="${name}"]`) as HTMLElement;

/** The geometry of the trusted text: across, relative to its row; down, relative to the label. */
function geometry(row: HTMLElement) {
  const origin = row.getBoundingClientRect();
  const labelTop = slot(row, 'card-label').getBoundingClientRect().top;
  const at = (rect: DOMRect) => ({
    left: rect.left - origin.left,
    top: rect.top - labelTop,
    width: rect.width,
  });
  const label = slot(row, 'card-label');
  const expiry = slot(row, 'card-expiry');
  const rows = [...(row.parentElement?.children ?? [])].map((li) => li.getBoundingClientRect());
  return {
    height: origin.height,
    rows: rows.map((rect) => rect.height),
    label: { ...at(label.getBoundingClientRect()), height: label.getBoundingClientRect().height },
    words: ['Visa', 'ending', 'in', '4242'].map((word) => at(rectOf(label, word))),
    expires: at(rectOf(expiry, 'Expires')),
    date: at(rectOf(expiry, '07/31')),
    expiryWidth: expiry.getBoundingClientRect().width,
  };
}

afterEach(() => {
  delete window.__hostileRan;
});

describe('hostile nickname and holder name (docs/http-contract.md §1)', () => {
  test.each(HOSTILE)(
    '%s: inert text, two lines at most, our text keeps its shape',
    async (_, text) => {
      const nickname = text.nickname as string;
      const holderName = text.holderName as string;
      const baseline = geometry((await show(BASELINE)).row);
      cleanup();
      const { container, row, button } = await show(text);

      // Inert: no element made from the text, no script run (an <img onerror> fires async).
      await new Promise((resolve) => setTimeout(resolve, 100));
      expect(
        container.querySelectorAll('img, script, svg, iframe, a, object, embed, style'),
      ).toHaveLength(0);
      expect(window.__hostileRan).toBeUndefined();

      // A screen reader reads the DOM: all of the text is there; `title` shows it on hover.
      const nick = slot(row, 'card-nickname');
      const holder = slot(row, 'card-holder');
      expect(nick.textContent).toBe(nickname);
      expect(holder.textContent).toBe(holderName);
      expect(nick.firstElementChild).toHaveAttribute('title', nickname);
      expect(row.textContent).toContain(nickname);
      expect(row.textContent).toContain(holderName);
      expect(row.textContent).toContain('Visa ending in 4242');
      expect(row.textContent).toContain('Expires 07/31');

      // Isolated: each untrusted part is a box of its own around a <bdi>, one to two lines
      // tall, clipped.
      const lines = (part: HTMLElement) =>
        part.getBoundingClientRect().height / Number.parseFloat(getComputedStyle(part).lineHeight);
      for (const part of [nick, holder]) {
        // The words in a <bdi> of their own direction, inside a block of the row's.
        expect(part.children).toHaveLength(1);
        expect(part.firstElementChild?.tagName).toBe('BDI');
        const style = getComputedStyle(part);
        expect(style.unicodeBidi).toBe('isolate');
        expect(style.overflowX).toBe('hidden');
        expect(style.overflowY).toBe('hidden');
        expect(lines(part)).toBeLessThan(2.1);
      }

      // Names never carry shopper text.
      expect(button).toHaveAccessibleName('Remove Visa ending in 4242');
      const items = within(screen.getByRole('list', { name: 'Saved cards' })).getAllByRole(
        'listitem',
      );
      expect(items).toHaveLength(3);
      expect(
        screen.getByRole('button', { name: 'Remove Mastercard ending in 4444' }),
      ).toBeVisible();
      expect(
        screen.getByRole('button', { name: 'Remove American Express ending in 0005' }),
      ).toBeVisible();

      // Layout: a row at most three lines taller (a second nickname line; a holder of two lines
      // that pushes the expiry below it, the meta line's row gap between them), nothing spills,
      // our text keeps its shape and place across.
      const now = geometry(row);
      const line = (part: HTMLElement) => Number.parseFloat(getComputedStyle(part).lineHeight);
      const metaGap = Number.parseFloat(getComputedStyle(slot(row, 'card-meta')).rowGap);
      expect(now.height).toBeLessThanOrEqual(
        baseline.height + line(nick) + 2 * line(holder) + metaGap + 0.5,
      );
      expect(row.scrollWidth).toBeLessThanOrEqual(row.clientWidth);
      for (const part of ['card-details', 'card-meta']) {
        expect(slot(row, part).scrollWidth).toBeLessThanOrEqual(slot(row, part).clientWidth);
      }
      expect(container.scrollWidth).toBeLessThanOrEqual(container.clientWidth);
      expect(document.documentElement.scrollWidth).toBeLessThanOrEqual(
        document.documentElement.clientWidth,
      );
      expect(now.label).toEqual(baseline.label);
      expect(now.words).toEqual(baseline.words);
      // Reading order: line by line, left to right.
      const order = now.words.map((word) => [Math.round(word.top), word.left] as const);
      expect(order).toEqual([...order].sort((a, b) => a[0] - b[0] || a[1] - b[1]));
      expect(now.expires.left).toBeLessThan(now.date.left);
      expect(now.date.left - now.expires.left).toBeCloseTo(
        baseline.date.left - baseline.expires.left,
        1,
      );
      expect(now.expiryWidth).toBeCloseTo(baseline.expiryWidth, 1);
      const holderBox = holder.getBoundingClientRect();
      const expiryBox = slot(row, 'card-expiry').getBoundingClientRect();
      const apart =
        holderBox.right <= expiryBox.left + 0.5 ||
        holderBox.bottom <= expiryBox.top + 0.5 ||
        expiryBox.right <= holderBox.left + 0.5;
      expect(apart).toBe(true);
      expect(expiryBox.right).toBeLessThanOrEqual(
        slot(row, 'card-details').getBoundingClientRect().right + 0.5,
      );
      expect(nick.getBoundingClientRect().bottom).toBeLessThanOrEqual(
        slot(row, 'card-label').getBoundingClientRect().top + 0.5,
      );
      // The other rows do not move at all.
      items.forEach((item, index) => {
        if (item !== row) {
          expect(item.getBoundingClientRect().height).toBeCloseTo(baseline.rows[index] ?? 0, 0);
        }
      });

      // The dialog's name is the card's, too.
      await userEvent.click(button);
      const dialog = await screen.findByRole('alertdialog');
      expect(dialog).toHaveAccessibleName('Remove Visa ending in 4242?');
      // Visa is the default: the confirm names the card that takes its place.
      expect(dialog).toHaveAccessibleDescription(
        "Mastercard ending in 4444 will become your default card. This can't be undone.",
      );
      expect(dialog.textContent).not.toContain(nickname);
      await userEvent.click(within(dialog).getByRole('button', { name: 'Cancel' }));
      await waitFor(() => expect(screen.queryByRole('alertdialog')).toBeNull());
      expect(window.__hostileRan).toBeUndefined();
    },
  );

  test('long text is cut after two lines on screen, not in the DOM', async () => {
    const nickname = 'W'.repeat(5000);
    const { row } = await show({ nickname, holderName: 'M'.repeat(5000) });
    for (const part of [slot(row, 'card-nickname'), slot(row, 'card-holder')]) {
      expect(part.scrollHeight).toBeGreaterThan(part.clientHeight);
      expect(part.scrollWidth).toBeLessThanOrEqual(part.clientWidth);
      expect(part.getBoundingClientRect().right).toBeLessThanOrEqual(
        slot(row, 'card-details').getBoundingClientRect().right + 0.5,
      );
      expect(part.textContent).toHaveLength(5000);
    }
  });

  test('removing the card announces only its name, never the nickname', async () => {
    const nickname = `\u202E<img src=x onerror=${RAN}> Work`;
    const { backend, button } = await show({ nickname, holderName: 'Asha Rao' });
    await userEvent.click(button);
    const dialog = await screen.findByRole('alertdialog', { name: 'Remove Visa ending in 4242?' });
    await userEvent.click(within(dialog).getByRole('button', { name: 'Remove card' }));
    const live = document.querySelector('[data-slot="live-region"]') as HTMLElement;
    await waitFor(() => expect(live).toHaveTextContent('Visa ending in 4242 removed'));
    expect(live.textContent).not.toContain('Work');
    expect(backend.requests.filter((r) => r.method === 'DELETE').map((r) => r.url)).toEqual([
      '/api/wallet/cards/card_visa',
    ]);
    expect(screen.queryByText(nickname)).toBeNull();
    expect(window.__hostileRan).toBeUndefined();
  });
});
