import type { Meta, StoryObj } from '@storybook/react-vite';
import type { ReactNode } from 'react';
import { Toaster, toast } from 'sonner';
import { renderBrandMark } from '../../src/brand-marks/index';
import { SavedCardList } from '../../src/index';
import { settle } from '../play-helpers';
import { StoryWallet } from '../wallet-decorator';
import { hostToasterApi, hostToasterPlays } from './host-toaster-plays';
import { sonnerNotify } from './sonner-notify';

/** The host page: sonner's toaster, and the kit's notifications sent to it. */
function HostWithSonner({ undoMs, children }: { undoMs: number; children: ReactNode }) {
  return (
    <>
      <Toaster position="bottom-right" />
      <StoryWallet notify={sonnerNotify} undoMs={undoMs}>
        {children}
      </StoryWallet>
    </>
  );
}

const plays = hostToasterPlays({
  all: () => [...document.querySelectorAll<HTMLElement>('[data-sonner-toast]')],
  tone: (el) => el.dataset.type,
  leaving: (el) => el.dataset.removed === 'true',
});

const meta = {
  title: 'Recipes/Host toaster (sonner)',
  component: SavedCardList,
  args: { renderBrandMark },
  decorators: [
    (Story, { parameters }) => (
      <HostWithSonner undoMs={(parameters.undoMs as number | undefined) ?? 0}>
        <Story />
      </HostWithSonner>
    ),
  ],
  beforeEach: [
    hostToasterApi,
    // sonner's store is module state: no toast of one story may show in the next.
    () => () => void toast.dismiss(),
  ],
} satisfies Meta<typeof SavedCardList>;

export default meta;
type Story = StoryObj<typeof meta>;

/** The sonner toast as a shopper sees it, left open for visual and a11y review. */
export const SonnerToast: Story = {
  play: async () => {
    await plays.failedToast();
    await settle(500);
  },
};

/**
 * A failing removal is sonner's error toast, with the kit's words and "Try again"; the toast
 * stays while the retry runs and closes once it succeeded.
 */
export const FailureInSonner: Story = { play: plays.retryFromToast };

/** A failure toast closes once the card is removed after all, here from the list. */
export const FailureClosedByRemoval: Story = { play: plays.closedByRemoval };

/** The undo toast is sonner's success toast, offering Undo for the whole 5 s and no longer. */
export const UndoInSonner: Story = { parameters: { undoMs: 5000 }, play: plays.undoForItsWindow };

/** Undo brings the card back at its place; no DELETE is ever sent. */
export const UndoRestoresInSonner: Story = {
  parameters: { undoMs: 2000 },
  play: plays.undoRestores,
};

/** sonner pauses a hovered toast; the kit still closes the undo toast as its DELETE goes. */
export const HoveredUndoInSonner: Story = {
  parameters: { undoMs: 2000 },
  play: plays.hoveredUndoCloses,
};
