import { screen, waitFor, within } from '@testing-library/react';
import { expect } from 'vitest';
import { userEvent } from 'vitest/browser';

/** Opens the confirm for the named card and confirms, as a shopper with a mouse would. */
export async function confirmRemoval(name: string): Promise<void> {
  await userEvent.click(await screen.findByRole('button', { name: `Remove ${name}` }));
  const dialog = await screen.findByRole('alertdialog', { name: `Remove ${name}?` });
  await userEvent.click(within(dialog).getByRole('button', { name: 'Remove card' }));
}

/** The kit's toast holding this text (each is a status region). */
export async function findToast(title: string): Promise<HTMLElement> {
  let toast: HTMLElement | undefined;
  await waitFor(() => {
    toast = [...document.querySelectorAll<HTMLElement>('[data-slot="toast"]')].find((el) =>
      el.textContent?.includes(title),
    );
    expect(toast).toHaveAttribute('role', 'status');
  });
  return toast as HTMLElement;
}

/** The provider's polite live region. */
export function liveRegion(): Element {
  const region = document.querySelector('[data-slot="live-region"]');
  if (!region) throw new Error('no live region');
  expect(region).toHaveAttribute('aria-live', 'polite');
  return region;
}
