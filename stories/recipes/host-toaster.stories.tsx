import type { Meta, StoryObj } from '@storybook/react-vite';
import type { ReactNode } from 'react';
import { Toaster, toast } from 'sonner';
import { expect, screen, userEvent, waitFor, within } from 'storybook/test';
import { createHttpWalletClient, type Notify, SavedCardList } from '../../src/index';
import {
  deleteHandler,
  listHandler,
  mockApi,
  requestsSent,
  SAMPLE_NAMES,
  sampleCards,
} from '../mocks';
import { confirmRemoval, findList, settle, shownCards } from '../play-helpers';
import { StoryWallet } from '../wallet-decorator';

const [VISA, MASTERCARD, RUPAY, AMEX] = SAMPLE_NAMES;

/**
 * The recipe: the kit's failures go to the host's sonner toaster. The same `id` updates a
 * toast in place, so one card's repeated failures never stack.
 */
const notify: Notify = (n) => {
  const show = n.tone === 'error' ? toast.error : toast.success;
  show(n.title, {
    id: n.id,
    description: n.description,
    action: n.action && { label: n.action.label, onClick: n.action.onAction },
  });
};

const client = createHttpWalletClient();

function HostWithSonner({ children }: { children: ReactNode }) {
  return (
    <>
      <Toaster position="bottom-right" />
      <StoryWallet client={client} notify={notify}>
        {children}
      </StoryWallet>
    </>
  );
}

/** sonner's toast holding this text, once it is shown. */
async function findSonnerToast(text: string): Promise<HTMLElement> {
  let found: HTMLElement | undefined;
  await waitFor(() => {
    found = [...document.querySelectorAll<HTMLElement>('[data-sonner-toast]')].find((el) =>
      el.textContent?.includes(text),
    );
    expect(found).toBeVisible();
  });
  return found as HTMLElement;
}

const meta = {
  title: 'Recipes/Host toaster (sonner)',
  component: SavedCardList,
  decorators: [
    (Story) => (
      <HostWithSonner>
        <Story />
      </HostWithSonner>
    ),
  ],
  beforeEach: [
    mockApi(() => [
      listHandler(sampleCards),
      deleteHandler({ card_mc: ['provider_error', 'ok'] }, { delayMs: 200 }),
    ]),
    // sonner's store is module state: no toast of one story may show in the next.
    () => () => void toast.dismiss(),
  ],
} satisfies Meta<typeof SavedCardList>;

export default meta;
type Story = StoryObj<typeof meta>;

/**
 * A failing removal shows sonner's toast, with the kit's text and "Try again" (which removes the
 * card); the kit renders no toaster of its own.
 */
export const FailureInSonner: Story = {
  play: async () => {
    await findList();
    await confirmRemoval(MASTERCARD);
    await expect(shownCards()).toEqual([VISA, RUPAY, AMEX]);
    const shown = await findSonnerToast("We couldn't remove the card.");
    await expect(shown).toHaveTextContent(MASTERCARD);
    await expect(shown).not.toHaveTextContent('Upstream');
    await expect(document.querySelector('[data-slot="toast"]')).toBeNull();
    await expect(document.querySelector('[data-slot="toast-viewport"]')).toBeNull();
    await waitFor(() => expect(shownCards()).toEqual([...SAMPLE_NAMES]));

    await userEvent.click(within(shown).getByRole('button', { name: 'Try again' }));
    await expect(shownCards()).toEqual([VISA, RUPAY, AMEX]);
    await waitFor(() => expect(requestsSent('DELETE')).toHaveLength(2));
    await waitFor(() => expect(requestsSent('GET')).toHaveLength(2));
    await expect(shownCards()).toEqual([VISA, RUPAY, AMEX]);
    // sonner closes a toast whose action was taken (after its exit animation).
    await waitFor(() => expect(screen.queryByText("We couldn't remove the card.")).toBeNull());
  },
};

/** The sonner toast as a shopper sees it, left open for visual and a11y review. */
export const SonnerToast: Story = {
  play: async () => {
    await findList();
    await confirmRemoval(MASTERCARD);
    const shown = await findSonnerToast("We couldn't remove the card.");
    await expect(within(shown).getByRole('button', { name: 'Try again' })).toBeVisible();
    await settle(500);
  },
};
