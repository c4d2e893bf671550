import { expect, screen, userEvent, waitFor, within } from 'storybook/test';

// A busy CI machine can take longer than waitFor's default second to load a story's list.
export const LOAD_TIMEOUT = { timeout: 10_000 };

/** The loaded list "Saved cards", or its heading in another language (not the busy skeleton). */
export async function findList(name = 'Saved cards'): Promise<HTMLElement> {
  await waitFor(
    () => expect(screen.getByRole('list', { name })).not.toHaveAttribute('aria-busy'),
    LOAD_TIMEOUT,
  );
  return screen.getByRole('list', { name });
}

/** The names of the cards shown, in order (the text of each row's remove button). */
export function shownCards(): string[] {
  const list = screen.queryByRole('list', { name: 'Saved cards' });
  if (!list) return [];
  return within(list)
    .queryAllByRole('button', { name: /^Remove / })
    .map((button) => (button.getAttribute('aria-label') ?? '').replace(/^Remove /, ''));
}

/** Opens the confirm dialog for this card and waits until it can be read. */
export async function openDialog(name: string): Promise<HTMLElement> {
  await userEvent.click(screen.getByRole('button', { name: `Remove ${name}` }));
  const dialog = await screen.findByRole('alertdialog', { name: `Remove ${name}?` });
  await waitFor(() => expect(dialog).toBeVisible());
  return dialog;
}

/** Remove button → confirm dialog → "Remove card". */
export async function confirmRemoval(name: string): Promise<void> {
  const dialog = await openDialog(name);
  await userEvent.click(within(dialog).getByRole('button', { name: 'Remove card' }));
  await waitFor(() => expect(screen.queryByRole('alertdialog')).toBeNull());
}

/** The provider's one polite live region. */
export function liveRegion(): HTMLElement {
  const region = document.querySelector<HTMLElement>('[data-slot="live-region"]');
  if (!region) throw new Error('no live region');
  return region;
}

/** The kit's toast holding this text, once it is visible. */
export async function findToast(text: string, timeout = 2000): Promise<HTMLElement> {
  let toast: HTMLElement | undefined;
  await waitFor(
    () => {
      toast = [...document.querySelectorAll<HTMLElement>('[data-slot="toast"]')].find((el) =>
        el.textContent?.includes(text),
      );
      expect(toast).toHaveAttribute('role', 'status');
      expect(toast).toBeVisible();
    },
    { timeout },
  );
  return toast as HTMLElement;
}

/** Lets fade-in animations finish, so the a11y check after `play` sees final colours. */
export function settle(ms = 250): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/**
 * Right-to-left: every nickname's text ends at the right of its box, where its row starts,
 * whatever the nickname's own direction (issue 20: an English page set to dir="rtl" had them
 * at the left in production builds).
 */
export async function expectNicknamesAtRight(list: HTMLElement): Promise<void> {
  const nicknames = [...list.querySelectorAll<HTMLElement>('[data-slot="card-nickname"]')];
  await expect(nicknames.length).toBeGreaterThan(0);
  for (const nickname of nicknames) {
    const text = document.createRange();
    text.selectNodeContents(nickname);
    const box = nickname.getBoundingClientRect();
    await expect(box.right - text.getBoundingClientRect().right).toBeLessThan(2);
  }
}
