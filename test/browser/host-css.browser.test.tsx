import { render, screen, waitFor, within } from '@testing-library/react';
import type { ComponentProps } from 'react';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { userEvent } from 'vitest/browser';
import { createHttpWalletClient, SavedCardList, WalletProvider } from '../../src/index';
import { card, sampleCards } from '../helpers/cards';
import { createFakeBackend, errorAnswer } from '../helpers/fake-backend';
import HOSTILE_HOST_CSS from '../helpers/hostile-host.css?raw';
import { testQueryClient } from '../helpers/render-wallet';
import { findToast } from '../helpers/wallet-ui';

const VISA = 'Visa ending in 4242';

// Two removable expired cards, so the list offers the bulk confirm too.
const cards = () => [
  ...sampleCards(),
  card({ id: 'card_discover', brand: 'discover', last4: '1117', expiryYear: 2024, expired: true }),
];

const sheets: HTMLStyleElement[] = [];

/** A host stylesheet, after the kit's (as a host's own CSS usually is); removed after the test. */
function hostCss(css: string) {
  const sheet = document.createElement('style');
  sheet.textContent = css;
  document.head.append(sheet);
  sheets.push(sheet);
}

/** The kit inside the Vite template's `<div id="root">`, over the fake backend. */
function renderInHost(props: Partial<ComponentProps<typeof WalletProvider>> = {}) {
  const backend = createFakeBackend(cards());
  const root = document.createElement('div');
  root.id = 'root';
  render(
    <WalletProvider
      client={createHttpWalletClient({ fetch: backend.fetch })}
      queryClient={testQueryClient()}
      {...props}
    >
      <SavedCardList />
    </WalletProvider>,
    { container: document.body.appendChild(root) },
  );
  return backend;
}

async function findList() {
  await waitFor(() =>
    expect(screen.getByRole('list', { name: 'Saved cards' })).not.toHaveAttribute('aria-busy'),
  );
  return screen.getByRole('list', { name: 'Saved cards' });
}

const css = (element: Element) => getComputedStyle(element);

/** Text the kit writes: aligned to the start, upright, normally spaced, on the kit's 1.4 lines. */
function expectKitText(element: Element) {
  const style = css(element);
  expect(style.textAlign).toBe('start');
  expect(style.fontStyle).toBe('normal');
  expect(style.letterSpacing).toBe('normal');
  expect(Number.parseFloat(style.lineHeight)).toBeCloseTo(1.4 * Number.parseFloat(style.fontSize));
}

/** A button the kit draws: its own padding, case, font and border-box, none of the host's. */
function expectKitButton(button: HTMLElement, root: Element) {
  const style = css(button);
  expect(style.boxSizing).toBe('border-box');
  expect(style.textTransform).toBe('none');
  expect(style.letterSpacing).toBe('normal');
  expect(style.fontStyle).toBe('normal');
  expect(style.fontFamily).toBe(css(root).fontFamily);
  expect(style.boxShadow).toBe('none');
  expect(style.marginTop).toBe('0px');
  expect(style.paddingTop).toBe('8px');
  expect(Number.parseFloat(style.lineHeight)).toBeCloseTo(1.4 * Number.parseFloat(style.fontSize));
}

/** How far the element's text sits from its box's start edge (left, or right when RTL). */
function textOffsetFromStart(element: Element, rtl = false) {
  const range = document.createRange();
  range.selectNodeContents(element);
  const text = range.getBoundingClientRect();
  const box = element.getBoundingClientRect();
  return rtl ? box.right - text.right : text.left - box.left;
}

beforeEach(() => hostCss(HOSTILE_HOST_CSS));

afterEach(() => {
  for (const sheet of sheets.splice(0)) sheet.remove();
  document.documentElement.removeAttribute('dir');
});

describe('a host page with careless global CSS', () => {
  test.each([
    { dir: 'ltr', rtl: false },
    { dir: 'rtl', rtl: true },
  ])(
    '$dir: card names start at the start edge, rows and list keep their shape',
    async ({ dir, rtl }) => {
      document.documentElement.setAttribute('dir', dir);
      renderInHost();
      const list = await findList();
      expect(css(list).listStyleType).toBe('none');
      expect(css(list).paddingInlineStart).toBe('0px');
      expect(css(list).marginTop).toBe('0px');
      const [row] = within(list).getAllByRole('listitem');
      if (!row) throw new Error('no row');
      expect(css(row).boxSizing).toBe('border-box');
      expect(css(row).marginTop).toBe('0px');
      const name = within(row).getByText(VISA);
      expectKitText(name);
      expect(textOffsetFromStart(name, rtl)).toBeLessThan(1);
      const section = list.closest('section') as HTMLElement;
      expect(css(section).boxSizing).toBe('border-box');
      expectKitButton(within(row).getByRole('button', { name: `Remove ${VISA}` }), section);
    },
  );

  test('the confirm dialog and the bulk confirm keep their text, lists and buttons', async () => {
    renderInHost();
    await findList();
    await userEvent.click(screen.getByRole('button', { name: `Remove ${VISA}` }));
    const dialog = await screen.findByRole('alertdialog', { name: `Remove ${VISA}?` });
    expect(css(dialog).boxSizing).toBe('border-box');
    const text = dialog.querySelector('[data-slot="dialog-description"] p') as HTMLElement;
    expectKitText(text);
    expect(css(text).marginInlineStart).toBe('0px');
    expect(textOffsetFromStart(text)).toBeLessThan(1);
    for (const button of within(dialog).getAllByRole('button')) expectKitButton(button, dialog);
    await userEvent.click(within(dialog).getByRole('button', { name: 'Cancel' }));

    await userEvent.click(screen.getByRole('button', { name: 'Remove 2 expired cards' }));
    const bulk = await screen.findByRole('alertdialog', { name: 'Remove 2 expired cards?' });
    const names = within(bulk).getByRole('list');
    // The bulk confirm's bullets are the kit's: a disc, 1.25rem in, no host margin.
    expect(css(names).listStyleType).toBe('disc');
    expect(css(names).paddingInlineStart).toBe('20px');
    expect(css(names).marginInlineStart).toBe('0px');
    for (const item of within(names).getAllByRole('listitem')) {
      expectKitText(item);
      expect(css(item).marginTop).toBe('0px');
    }
  });

  test('a failure toast keeps its text at the start and its own buttons', async () => {
    const backend = renderInHost();
    await findList();
    backend.nextDelete(errorAnswer('provider_error', 502));
    await userEvent.click(screen.getByRole('button', { name: `Remove ${VISA}` }));
    const dialog = await screen.findByRole('alertdialog', { name: `Remove ${VISA}?` });
    await userEvent.click(within(dialog).getByRole('button', { name: 'Remove card' }));
    const toast = await findToast("We couldn't remove the card.");
    expect(css(toast).boxSizing).toBe('border-box');
    const title = toast.querySelector('[data-slot="toast-title"]') as HTMLElement;
    expectKitText(title);
    expect(textOffsetFromStart(title)).toBeLessThan(1);
    expectKitText(toast.querySelector('[data-slot="toast-description"]') as HTMLElement);
    expectKitButton(within(toast).getByRole('button', { name: 'Dismiss' }), toast);
  });

  test('an undo toast keeps its countdown close under its title', async () => {
    renderInHost({ undoMs: 5000 });
    await findList();
    await userEvent.click(screen.getByRole('button', { name: `Remove ${VISA}` }));
    const dialog = await screen.findByRole('alertdialog', { name: `Remove ${VISA}?` });
    await userEvent.click(within(dialog).getByRole('button', { name: 'Remove card' }));
    const toast = await findToast(`${VISA} removed`);
    const countdown = toast.querySelector('[data-slot="toast-countdown"]') as HTMLElement;
    expectKitText(countdown);
    expect(css(countdown).marginInlineStart).toBe('0px');
    expect(css(countdown).marginTop).toBe(css(countdown).fontSize);
  });

  test('a host that styles the kit on purpose still wins: its tokens and its .wallet-* rules', async () => {
    hostCss(`
      :root { --wallet-font: 'DejaVu Serif', serif; }
      .wallet-root { text-align: center; line-height: 2; }
      .wallet-button { text-transform: uppercase; }
    `);
    renderInHost();
    const [row] = within(await findList()).getAllByRole('listitem');
    if (!row) throw new Error('no row');
    const name = within(row).getByText(VISA);
    expect(css(name).textAlign).toBe('center');
    expect(css(name).fontFamily).toBe('"DejaVu Serif", serif');
    expect(Number.parseFloat(css(name).lineHeight)).toBeCloseTo(
      2 * Number.parseFloat(css(name).fontSize),
    );
    const remove = within(row).getByRole('button', { name: `Remove ${VISA}` });
    expect(css(remove).textTransform).toBe('uppercase');
  });

  test('unstyled, the kit sets nothing: the host page decides', async () => {
    renderInHost({ unstyled: true });
    const [row] = within(await findList()).getAllByRole('listitem');
    if (!row) throw new Error('no row');
    expect(css(within(row).getByText(VISA)).textAlign).toBe('center');
    expect(css(row).boxSizing).toBe('content-box');
  });
});
