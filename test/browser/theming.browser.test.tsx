import { render, screen, waitFor, within } from '@testing-library/react';
import type { ComponentProps, ReactNode } from 'react';
import { afterEach, describe, expect, test } from 'vitest';
import { cdp, userEvent } from 'vitest/browser';
import { createHttpWalletClient, SavedCardList, WalletProvider } from '../../src/index';
import { sampleCards } from '../helpers/cards';
import { contrastRatio, over, parseColor, type Rgba, shadowEdge } from '../helpers/contrast';
import { createFakeBackend, errorAnswer } from '../helpers/fake-backend';
import { testQueryClient } from '../helpers/render-wallet';
import { findToast } from '../helpers/wallet-ui';

const VISA = 'Visa ending in 4242';
const MASTERCARD = 'Mastercard ending in 4444';

type Backend = ReturnType<typeof createFakeBackend>;

function renderKit(
  backend: Backend,
  ui: ReactNode = <SavedCardList />,
  props: Partial<ComponentProps<typeof WalletProvider>> = {},
) {
  const client = createHttpWalletClient({ fetch: backend.fetch });
  return render(
    <WalletProvider client={client} queryClient={testQueryClient()} {...props}>
      {ui}
    </WalletProvider>,
  );
}

async function list() {
  await waitFor(() =>
    expect(screen.getByRole('list', { name: 'Saved cards' })).not.toHaveAttribute('aria-busy'),
  );
  return screen.getByRole('list', { name: 'Saved cards' });
}

async function openAndConfirm(name: string) {
  await userEvent.click(screen.getByRole('button', { name: `Remove ${name}` }));
  const dialog = await screen.findByRole('alertdialog', { name: `Remove ${name}?` });
  expect(within(dialog).getByRole('button', { name: 'Cancel' })).toHaveFocus();
  await userEvent.click(within(dialog).getByRole('button', { name: 'Remove card' }));
  await waitFor(() => expect(screen.queryByRole('alertdialog')).toBeNull());
}

const walletClasses = () =>
  [...document.querySelectorAll('[class]')].filter((el) => /\bwallet-/.test(el.className));

afterEach(() => {
  document.documentElement.removeAttribute('dir');
  document.documentElement.removeAttribute('data-theme');
  document.documentElement.style.removeProperty('--destructive');
  document.body.style.removeProperty('background');
  document.body.style.removeProperty('color');
});

describe('unstyled mode', () => {
  test('no wallet-* class anywhere, yet a card is removed with names, focus and announcement', async () => {
    const backend = createFakeBackend(sampleCards());
    renderKit(backend, <SavedCardList />, { unstyled: true });
    await list();
    await userEvent.click(screen.getByRole('button', { name: `Remove ${VISA}` }));
    await screen.findByRole('alertdialog', { name: `Remove ${VISA}?` });
    expect(walletClasses()).toEqual([]);
    await userEvent.click(screen.getByRole('button', { name: 'Remove card' }));
    await waitFor(() => expect(screen.queryByRole('alertdialog')).toBeNull());
    expect(screen.queryByRole('button', { name: `Remove ${VISA}` })).toBeNull();
    expect(screen.getByRole('button', { name: `Remove ${MASTERCARD}` })).toHaveFocus();
    await waitFor(() => expect(backend.cards.map((card) => card.id)).not.toContain('card_visa'));
    const live = document.querySelector('[data-slot="live-region"]') as HTMLElement;
    await waitFor(() => expect(live).toHaveTextContent(`${VISA} removed`));
    // Still visually hidden without our stylesheet's help.
    expect(live.getBoundingClientRect().width).toBeLessThanOrEqual(1);
    expect(walletClasses()).toEqual([]);
  });

  test('parts keep their data-slot and data-state attributes; a failure toast is class-free too', async () => {
    const backend = createFakeBackend(sampleCards());
    renderKit(backend, <SavedCardList />, { unstyled: true });
    const rows = within(await list()).getAllByRole('listitem');
    expect(rows[0]).toHaveAttribute('data-slot', 'card');
    expect(rows[2]).toHaveAttribute('data-state', 'expired');
    expect(rows[0]?.querySelector('[data-slot="remove-button"]')).toHaveAttribute(
      'data-variant',
      'danger-ghost',
    );
    // No stylesheet rule reaches the parts: the row is not a flex row any more.
    expect(getComputedStyle(rows[0] as HTMLElement).display).toBe('list-item');
    backend.nextDelete(errorAnswer('provider_error', 502));
    await openAndConfirm(VISA);
    const toast = await waitFor(() => {
      const found = document.querySelector('[data-slot="toast"]');
      expect(found).toHaveTextContent("We couldn't remove the card.");
      return found as HTMLElement;
    });
    expect(within(toast).getByRole('button', { name: 'Try again' })).toBeVisible();
    expect(walletClasses()).toEqual([]);
  });

  // The browser's own stylesheet lays the parts out inline, one after another.
  test("a row's parts read as separate words", async () => {
    renderKit(createFakeBackend(sampleCards()), <SavedCardList />, { unstyled: true });
    const rows = within(await list()).getAllByRole('listitem');
    const words = (row: Element) => (row as HTMLElement).innerText.replace(/\s+/g, ' ');
    expect(words(rows[0] as HTMLElement)).toContain(`${VISA} Asha Rao Expires`);
    expect(words(rows[1] as HTMLElement)).toContain(`Work card ${MASTERCARD} Expires`);
  });

  test('the default (styled) kit does carry the classes', async () => {
    renderKit(createFakeBackend(sampleCards()));
    const rows = within(await list()).getAllByRole('listitem');
    expect(rows[0]).toHaveClass('wallet-card');
    expect(screen.getByRole('button', { name: `Remove ${VISA}` })).toHaveClass('wallet-button');
  });
});

describe('slots', () => {
  const fancy = (props: ComponentProps<'button'>) => (
    <button {...props} className="host-button" data-host="yes">
      <span aria-hidden="true">✕ </span>
      {props.children}
    </button>
  );

  test('a custom remove button keeps the name, opens the dialog and gets focus back', async () => {
    const backend = createFakeBackend(sampleCards());
    renderKit(backend, <SavedCardList renderRemoveButton={fancy} />);
    await list();
    const button = screen.getByRole('button', { name: `Remove ${VISA}` });
    expect(button).toHaveAttribute('data-host', 'yes');
    expect(button).toHaveAttribute('data-slot', 'remove-button');
    expect(button).toHaveTextContent('✕ Remove');
    button.focus();
    await userEvent.keyboard('{Enter}');
    const dialog = await screen.findByRole('alertdialog', { name: `Remove ${VISA}?` });
    await userEvent.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    await waitFor(() => expect(button).toHaveFocus());
    await openAndConfirm(VISA);
    // The ref reached the custom button: focus moves to the next card's.
    const next = screen.getByRole('button', { name: `Remove ${MASTERCARD}` });
    expect(next).toHaveFocus();
    expect(next).toHaveAttribute('data-host', 'yes');
  });

  test('a custom remove button is aria-disabled during a 429 cooldown', async () => {
    const backend = createFakeBackend(sampleCards());
    renderKit(backend, <SavedCardList renderRemoveButton={fancy} />);
    await list();
    backend.nextDelete(errorAnswer('rate_limited', 429, { 'Retry-After': '5' }));
    await openAndConfirm(VISA);
    await waitFor(() =>
      expect(screen.getByRole('button', { name: `Remove ${MASTERCARD}` })).toHaveAttribute(
        'aria-disabled',
        'true',
      ),
    );
  });

  test('a custom empty state replaces "No saved cards"', async () => {
    renderKit(
      createFakeBackend([]),
      <SavedCardList emptyState={<p data-testid="empty">Add a card at checkout</p>} />,
    );
    expect(await screen.findByTestId('empty')).toHaveTextContent('Add a card at checkout');
    expect(screen.queryByText('No saved cards')).toBeNull();
  });
});

describe('tokens', () => {
  test('overriding --wallet-* on an ancestor recolours and reshapes the parts', async () => {
    renderKit(
      createFakeBackend(sampleCards()),
      <div style={{ '--wallet-danger': 'rgb(109, 40, 217)', '--wallet-radius': '16px' } as never}>
        <SavedCardList />
      </div>,
    );
    const [row] = within(await list()).getAllByRole('listitem');
    expect(getComputedStyle(row as HTMLElement).borderTopLeftRadius).toBe('16px');
    const button = screen.getByRole('button', { name: `Remove ${VISA}` });
    expect(getComputedStyle(button).color).toBe('rgb(109, 40, 217)');
  });

  test("a design system's --destructive on :root is picked up as the fallback", async () => {
    document.documentElement.style.setProperty('--destructive', 'rgb(0, 100, 0)');
    renderKit(createFakeBackend(sampleCards()));
    await list();
    expect(getComputedStyle(screen.getByRole('button', { name: `Remove ${VISA}` })).color).toBe(
      'rgb(0, 100, 0)',
    );
  });
});

describe('right-to-left', () => {
  async function positions() {
    const [row] = within(await list()).getAllByRole('listitem');
    const mark = (row as HTMLElement).querySelector('[data-slot="brand-mark"]') as HTMLElement;
    const button = within(row as HTMLElement).getByRole('button');
    return { mark: mark.getBoundingClientRect(), button: button.getBoundingClientRect() };
  }

  test('left-to-right: brand mark at the left, remove button at the right', async () => {
    renderKit(createFakeBackend(sampleCards()));
    const { mark, button } = await positions();
    expect(mark.right).toBeLessThan(button.left);
  });

  test('dir="rtl": the brand mark and the remove button swap sides, the dialog stays centred', async () => {
    document.documentElement.setAttribute('dir', 'rtl');
    renderKit(
      createFakeBackend(sampleCards()),
      <div dir="rtl">
        <SavedCardList />
      </div>,
    );
    const { mark, button } = await positions();
    expect(button.right).toBeLessThan(mark.left);
    await userEvent.click(screen.getByRole('button', { name: `Remove ${VISA}` }));
    const dialog = await screen.findByRole('alertdialog');
    await waitFor(() => {
      const box = dialog.getBoundingClientRect();
      expect(Math.abs(box.left + box.width / 2 - window.innerWidth / 2)).toBeLessThan(2);
    });
  });
});

/** Where an element's text is drawn: the box of its first text node. */
function textBox(element: Element): DOMRect {
  const range = document.createRange();
  range.selectNodeContents(element);
  return range.getBoundingClientRect();
}

/** A nickname's block (its text sits in a <bdi> inside). */
function nicknameOf(text: string): HTMLElement {
  const nickname = screen.getByText(text).closest('[data-slot="card-nickname"]');
  if (!(nickname instanceof HTMLElement)) throw new Error(`no nickname "${text}"`);
  return nickname;
}

// The old build lowered :dir(rtl) to :lang(ar|he…): on an English page set to dir="rtl" a
// nickname was left-aligned in production while src/styles.css looked right.
describe('the shipped (minified) theme on a right-to-left English page', () => {
  test('an LTR nickname in an RTL row is aligned to the right, as the row is', async () => {
    renderKit(
      createFakeBackend(sampleCards()),
      <div dir="rtl" lang="en" style={{ width: 360 }}>
        <SavedCardList />
      </div>,
    );
    await list();
    const nickname = nicknameOf('Work card');
    const box = nickname.getBoundingClientRect();
    const text = textBox(nickname);
    expect(text.width).toBeLessThan(box.width - 20);
    expect(Math.abs(box.right - text.right)).toBeLessThan(2);
  });

  test('on a left-to-right page the same nickname stays at the left', async () => {
    renderKit(
      createFakeBackend(sampleCards()),
      <div lang="en" style={{ width: 360 }}>
        <SavedCardList />
      </div>,
    );
    await list();
    const nickname = nicknameOf('Work card');
    const box = nickname.getBoundingClientRect();
    expect(Math.abs(box.left - textBox(nickname).left)).toBeLessThan(2);
  });
});

/** Where a character of an element's text is drawn: its box's horizontal middle. */
function glyphCentre(element: Element, character: string): number {
  const text = element.firstChild?.nodeType === Node.TEXT_NODE ? element.firstChild : null;
  const value = text?.textContent ?? '';
  const at = value.lastIndexOf(character);
  if (!text || at < 0) throw new Error(`no "${character}" in "${element.textContent}"`);
  const range = document.createRange();
  range.setStart(text, at);
  range.setEnd(text, at + 1);
  const box = range.getBoundingClientRect();
  return box.left + box.width / 2;
}

describe('English messages on a right-to-left page', () => {
  // Without it the bidi algorithm puts a sentence's final "?" or "." before its first word
  // ("?Remove Visa ending in 4242").
  test('the dialog title, its text and a failure toast keep their punctuation at the end', async () => {
    document.documentElement.setAttribute('dir', 'rtl');
    const backend = createFakeBackend(sampleCards());
    renderKit(backend);
    await list();
    await userEvent.click(screen.getByRole('button', { name: `Remove ${VISA}` }));
    const dialog = await screen.findByRole('alertdialog', { name: `Remove ${VISA}?` });
    const title = dialog.querySelector('[data-slot="dialog-title"]') as HTMLElement;
    expect(glyphCentre(title, '?')).toBeGreaterThan(glyphCentre(title, 'R'));
    // Its last paragraph: the one before it names the next default card (Visa is the default).
    const text = dialog.querySelector(
      '[data-slot="dialog-description"] p:last-child',
    ) as HTMLElement;
    expect(glyphCentre(text, '.')).toBeGreaterThan(glyphCentre(text, 'T'));
    // ...and line up on the page's side: each sentence ends at its box's right edge.
    const next = dialog.querySelector('[data-slot="dialog-description"] p') as HTMLElement;
    expect(next).toHaveTextContent('Mastercard ending in 4444 will become your default card.');
    for (const [sentence, last] of [
      [title, '?'],
      [next, '.'],
      [text, '.'],
    ] as const) {
      expect(sentence.getBoundingClientRect().right - glyphCentre(sentence, last)).toBeLessThan(12);
    }

    backend.nextDelete(errorAnswer('provider_error', 502));
    await userEvent.click(within(dialog).getByRole('button', { name: 'Remove card' }));
    const toast = await findToast("We couldn't remove the card.");
    const toastTitle = toast.querySelector('[data-slot="toast-title"]') as HTMLElement;
    expect(glyphCentre(toastTitle, '.')).toBeGreaterThan(glyphCentre(toastTitle, 'W'));
  });
});

describe('colour schemes', () => {
  const colour = (element: Element, property: 'color' | 'backgroundColor') =>
    getComputedStyle(element)[property];

  test('data-theme="dark" on <html> darkens the dialog; a nearer data-theme="light" keeps its list light', async () => {
    document.documentElement.dataset.theme = 'dark';
    renderKit(
      createFakeBackend(sampleCards()),
      <div data-theme="light">
        <SavedCardList />
      </div>,
    );
    const [row] = within(await list()).getAllByRole('listitem');
    expect(colour(row as HTMLElement, 'backgroundColor')).toBe('rgb(255, 255, 255)');
    const remove = screen.getByRole('button', { name: `Remove ${VISA}` });
    expect(colour(remove, 'color')).toBe('rgb(180, 35, 24)');
    expect(getComputedStyle(row as HTMLElement).colorScheme).toBe('light');
    // The dialog is portalled to <body>: only <html>'s data-theme reaches it.
    await userEvent.click(remove);
    const dialog = await screen.findByRole('alertdialog', { name: `Remove ${VISA}?` });
    expect(colour(dialog, 'backgroundColor')).toBe('rgb(13, 17, 23)');
    expect(getComputedStyle(dialog).colorScheme).toBe('dark');
  });

  // The page behind: the kit's own background (the worst case: the same colour as the
  // dialog) and its secondary colour (the demo's page).
  const cases = (['light', 'dark'] as const).flatMap((theme) =>
    ['--wallet-background', '--wallet-secondary'].map((page) => ({ theme, page })),
  );

  test.each(cases)(
    '$theme on $page: the dialog stands off its overlay at 3:1, its text at 4.5:1',
    async ({ theme, page }) => {
      document.documentElement.dataset.theme = theme;
      document.body.style.background = `var(${page})`;
      renderKit(createFakeBackend(sampleCards()));
      await list();
      await userEvent.click(screen.getByRole('button', { name: `Remove ${VISA}` }));
      const dialog = await screen.findByRole('alertdialog', { name: `Remove ${VISA}?` });
      const overlay = document.querySelector('[data-slot="dialog-overlay"]') as HTMLElement;
      const backdrop = over(
        parseColor(colour(overlay, 'backgroundColor')),
        parseColor(colour(document.body, 'backgroundColor')),
      );
      const fill = parseColor(colour(dialog, 'backgroundColor'));
      expect(fill[3], 'the dialog is opaque').toBe(1);
      const edge = shadowEdge(getComputedStyle(dialog).boxShadow);
      const standOff = Math.max(
        contrastRatio(fill, backdrop),
        edge ? contrastRatio(over(parseColor(edge), fill), backdrop) : 0,
      );
      expect(standOff, 'dialog (fill or edge) against the dimmed page').toBeGreaterThanOrEqual(3);
      const text = (element: Element): number =>
        contrastRatio(over(parseColor(colour(element, 'color')), fill), fill);
      expect(text(within(dialog).getByRole('heading')), 'title').toBeGreaterThanOrEqual(4.5);
      const description = dialog.querySelector('[data-slot="dialog-description"]') as HTMLElement;
      expect(text(description), 'description').toBeGreaterThanOrEqual(4.5);
    },
  );

  test.each(cases)(
    '$theme on $page: a failure toast keeps 4.5:1 text and a 3:1 edge',
    async ({ theme, page }) => {
      document.documentElement.dataset.theme = theme;
      document.body.style.background = `var(${page})`;
      const backend = createFakeBackend(sampleCards());
      renderKit(backend);
      await list();
      backend.nextDelete(errorAnswer('provider_error', 502));
      await openAndConfirm(VISA);
      const toast = await findToast("We couldn't remove the card.");
      const behind: Rgba = parseColor(colour(document.body, 'backgroundColor'));
      const fill = over(parseColor(colour(toast, 'backgroundColor')), behind);
      const style = getComputedStyle(toast);
      const edge = Math.max(
        contrastRatio(fill, behind),
        contrastRatio(over(parseColor(style.borderTopColor), behind), behind),
      );
      expect(edge, 'toast (fill or border) against the page').toBeGreaterThanOrEqual(3);
      for (const slot of ['toast-title', 'toast-description']) {
        const part = toast.querySelector(`[data-slot="${slot}"]`) as HTMLElement;
        const ratio = contrastRatio(over(parseColor(colour(part, 'color')), fill), fill);
        expect(ratio, slot).toBeGreaterThanOrEqual(4.5);
      }
      const retry = within(toast).getByRole('button', { name: 'Try again' });
      const retryFill = over(parseColor(colour(retry, 'backgroundColor')), fill);
      const retryText = contrastRatio(
        over(parseColor(colour(retry, 'color')), retryFill),
        retryFill,
      );
      expect(retryText, 'Try again').toBeGreaterThanOrEqual(4.5);
    },
  );
});

// A host page that stays light whatever the system says: with the system dark, the kit's
// surfaces go dark, but the text it draws on the page itself must stay readable there.
describe('a light page on a dark system (no data-theme)', () => {
  const PAGE = 'rgb(255, 255, 255)';
  const PAGE_TEXT = 'rgb(31, 35, 40)';

  afterEach(async () => {
    await cdp().send('Emulation.setEmulatedMedia', { features: [] });
  });

  async function lightPageDarkSystem(backend: Backend) {
    await cdp().send('Emulation.setEmulatedMedia', {
      features: [{ name: 'prefers-color-scheme', value: 'dark' }],
    });
    expect(matchMedia('(prefers-color-scheme: dark)').matches).toBe(true);
    document.body.style.background = PAGE;
    document.body.style.color = PAGE_TEXT;
    renderKit(backend);
  }

  /** Contrast of an element's text against the white page behind it. */
  const onPage = (element: Element) =>
    contrastRatio(parseColor(getComputedStyle(element).color), parseColor(PAGE));

  test("the heading and the cooldown line keep the page's colour; rows keep their dark pair", async () => {
    const backend = createFakeBackend(sampleCards());
    await lightPageDarkSystem(backend);
    const [row] = within(await list()).getAllByRole('listitem');
    const heading = screen.getByRole('heading', { name: 'Saved cards' });
    expect(onPage(heading), 'heading on the page').toBeGreaterThanOrEqual(4.5);
    expect(getComputedStyle(heading).color).toBe(PAGE_TEXT);

    // The row is a dark surface with its own light text (the system asked for dark).
    const rowStyle = getComputedStyle(row as HTMLElement);
    expect(rowStyle.backgroundColor).toBe('rgb(22, 27, 34)');
    const rowText = contrastRatio(parseColor(rowStyle.color), parseColor(rowStyle.backgroundColor));
    expect(rowText, 'row text on the row').toBeGreaterThanOrEqual(4.5);

    backend.nextDelete(errorAnswer('rate_limited', 429, { 'Retry-After': '30' }));
    await openAndConfirm(VISA);
    const cooldown = await waitFor(() => {
      const line = document.querySelector('[data-slot="cooldown"]');
      expect(line).not.toBeNull();
      return line as HTMLElement;
    });
    expect(onPage(cooldown), 'cooldown line on the page').toBeGreaterThanOrEqual(4.5);
  });

  test("the empty state's title and text keep the page's colour", async () => {
    await lightPageDarkSystem(createFakeBackend([]));
    const title = await screen.findByText('No saved cards');
    expect(onPage(screen.getByRole('heading', { name: 'Saved cards' }))).toBeGreaterThanOrEqual(
      4.5,
    );
    expect(onPage(title), 'empty title').toBeGreaterThanOrEqual(4.5);
    const text = document.querySelector('[data-slot="empty-text"]') as HTMLElement;
    expect(onPage(text), 'empty text').toBeGreaterThanOrEqual(4.5);
  });

  test("a load error keeps the page's colour", async () => {
    const backend = createFakeBackend(sampleCards());
    backend.nextList(errorAnswer('unauthenticated', 401));
    await lightPageDarkSystem(backend);
    const alert = await screen.findByRole('alert');
    const text = alert.querySelector('[data-slot="error-text"]') as HTMLElement;
    expect(onPage(text), 'error text').toBeGreaterThanOrEqual(4.5);
  });
});
