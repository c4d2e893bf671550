import { expect, screen, userEvent, waitFor, within } from 'storybook/test';
import {
  deleteHandler,
  listHandler,
  mockApi,
  requestsSent,
  SAMPLE_NAMES,
  sampleCards,
} from '../mocks';
import { confirmRemoval, findList, settle, shownCards } from '../play-helpers';

const [VISA, MASTERCARD, RUPAY, AMEX] = SAMPLE_NAMES;
const FAILED = "We couldn't remove the card.";
const REMOVED = `${MASTERCARD} removed`;

/** How a play finds a host toaster's toasts; each recipe's stories say it for their toaster. */
export interface HostToasts {
  /** Every toast of the host's toaster on the page, leaving ones included. */
  all(): HTMLElement[];
  /** The tone the toaster shows a toast in ("error", "success"). */
  tone(toast: HTMLElement): string | null | undefined;
  /** Whether a toast has been closed and is only animating out. */
  leaving(toast: HTMLElement): boolean;
}

/**
 * The mock backend of every host-toaster story: Mastercard's first DELETE fails (with a server
 * text the shopper must never see), its next one succeeds, each after 200 ms.
 */
export const hostToasterApi = mockApi(() => [
  listHandler(sampleCards),
  deleteHandler({ card_mc: ['provider_error', 'ok'] }, { delayMs: 200 }),
]);

/** The plays every host-toaster recipe must pass, against that toaster's toasts. */
export function hostToasterPlays(toasts: HostToasts) {
  const withText = (text: string) =>
    toasts.all().find((toast) => !toasts.leaving(toast) && toast.textContent?.includes(text));
  const find = async (text: string) => {
    let found: HTMLElement | undefined;
    await waitFor(() => {
      found = withText(text);
      expect(found).toBeVisible();
    });
    return found as HTMLElement;
  };
  // Closed means gone, or on its way out with its buttons no longer in reach.
  const closed = (text: string, timeout = 1000) =>
    waitFor(() => expect(withText(text)).toBeUndefined(), { timeout });

  // Once its exit animation is over, no button of a closed toast is left on the page.
  const gone = (button: string) =>
    waitFor(() => expect(screen.queryByRole('button', { name: button })).toBeNull());

  const failed = async () => {
    await findList();
    await confirmRemoval(MASTERCARD);
    const toast = await find(FAILED);
    await expect(toasts.tone(toast)).toBe('error');
    await expect(toast).toHaveTextContent(MASTERCARD);
    await expect(toast).not.toHaveTextContent('Upstream');
    // The host's toaster shows it: the kit renders none of its own.
    await expect(document.querySelector('[data-slot="toast-viewport"]')).toBeNull();
    await waitFor(() => expect(shownCards()).toEqual([...SAMPLE_NAMES]));
    return toast;
  };

  // A toast's button as a shopper's pointer can reach it. Radix keeps a layer under a modal
  // one at pointer-events: none until it re-renders; once, under a loaded CI run, the play found
  // the Radix failure toast's "Try again" so when it clicked (cause not pinned down). A click
  // then does nothing and a shopper clicks again: the play waits too, but a button that stays
  // out of reach still fails it.
  const reachable = async (toast: HTMLElement, name: string) => {
    const button = within(toast).getByRole('button', { name });
    await waitFor(() => expect(getComputedStyle(button).pointerEvents).not.toBe('none'));
    return button;
  };

  const confirmHeld = async () => {
    await findList();
    await confirmRemoval(MASTERCARD);
    const toast = await find(REMOVED);
    await expect(toasts.tone(toast)).toBe('success');
    await expect(within(toast).getByRole('button', { name: 'Undo' })).toBeVisible();
    await expect(shownCards()).toEqual([VISA, RUPAY, AMEX]);
    return toast;
  };

  return {
    /** The failure toast, left open for visual and a11y review. */
    failedToast: async () => {
      const toast = await failed();
      await expect(within(toast).getByRole('button', { name: 'Try again' })).toBeVisible();
    },
    /** An error toast with the kit's words and "Try again", which removes the card. */
    retryFromToast: async () => {
      const toast = await failed();
      await userEvent.click(await reachable(toast, 'Try again'));
      await expect(shownCards()).toEqual([VISA, RUPAY, AMEX]);
      await waitFor(() => expect(requestsSent('DELETE')).toHaveLength(2));
      await closed(FAILED, 3000);
      // One refetch after the failure settled, one after the retry.
      await waitFor(() => expect(requestsSent('GET')).toHaveLength(3));
      await expect(shownCards()).toEqual([VISA, RUPAY, AMEX]);
    },
    /** The failure toast stays while the card is removed another way, and closes once it is. */
    closedByRemoval: async () => {
      await failed();
      await confirmRemoval(MASTERCARD);
      await expect(withText(FAILED)).toBeVisible();
      await waitFor(() => expect(requestsSent('DELETE')).toHaveLength(2));
      await closed(FAILED, 3000);
      await expect(shownCards()).toEqual([VISA, RUPAY, AMEX]);
    },
    /** The undo toast (5 s) is a success, offers Undo for all 5 s and closes as the DELETE goes. */
    undoForItsWindow: async () => {
      await confirmHeld();
      const confirmed = performance.now();
      // sonner's own default would have closed it at 4 s.
      await settle(4500 - (performance.now() - confirmed));
      await expect(withText(REMOVED)).toBeVisible();
      await expect(requestsSent('DELETE')).toHaveLength(0);
      await waitFor(() => expect(requestsSent('DELETE')).toHaveLength(1), { timeout: 2000 });
      await closed(REMOVED, 500);
      await gone('Undo');
    },
    /** Undo puts the card back at its place, closes the toast and never sends a DELETE. */
    undoRestores: async () => {
      const toast = await confirmHeld();
      await userEvent.click(await reachable(toast, 'Undo'));
      await expect(shownCards()).toEqual([...SAMPLE_NAMES]);
      await closed(REMOVED);
      // The kit puts focus on the restored card's remove button (docs/removal-rules.md rule 8),
      // and the host's toaster closing leaves it there.
      await gone('Undo');
      await settle(300);
      await expect(screen.getByRole('button', { name: `Remove ${MASTERCARD}` })).toHaveFocus();
      await settle(2500);
      await expect(requestsSent('DELETE')).toHaveLength(0);
      await expect(shownCards()).toEqual([...SAMPLE_NAMES]);
    },
    /** Hovered, with Undo focused, the undo toast (2 s) still closes as the DELETE goes. */
    hoveredUndoCloses: async () => {
      const toast = await confirmHeld();
      await userEvent.hover(toast);
      within(toast).getByRole('button', { name: 'Undo' }).focus();
      await waitFor(() => expect(requestsSent('DELETE')).toHaveLength(1), { timeout: 3000 });
      await closed(REMOVED, 500);
      await gone('Undo');
      await settle();
      // Focus was on Undo in the host's toast when its deadline closed it: where it lands next
      // is the host toaster's to decide (sonner restores it in an effect cleanup, some runs and
      // not others), not the kit's, whose focus return after toasts covers its own toaster and
      // Undo. The resting screenshot must not depend on it.
      (document.activeElement as HTMLElement | null)?.blur();
    },
  };
}
