import type { Meta, StoryObj } from '@storybook/react-vite';
import type { ReactNode } from 'react';
import { renderBrandMark } from '../../src/brand-marks/index';
import { SavedCardList } from '../../src/index';
import { settle } from '../play-helpers';
import { StoryWallet } from '../wallet-decorator';
import { hostToasterApi, hostToasterPlays } from './host-toaster-plays';
import { RadixToaster, radixNotify } from './radix-toaster';

/** The host page: its own Radix toaster, and the kit's notifications sent to it. */
function HostWithRadix({ undoMs, children }: { undoMs: number; children: ReactNode }) {
  return (
    <>
      <RadixToaster />
      <StoryWallet notify={radixNotify} undoMs={undoMs}>
        {children}
      </StoryWallet>
    </>
  );
}

const plays = hostToasterPlays({
  all: () => [...document.querySelectorAll<HTMLElement>('[data-host-toast]')],
  tone: (el) => el.dataset.hostToast,
  leaving: (el) => el.dataset.state === 'closed',
});

const meta = {
  title: 'Recipes/Host toaster (Radix Toast)',
  component: SavedCardList,
  args: { renderBrandMark },
  decorators: [
    (Story, { parameters }) => (
      <HostWithRadix undoMs={(parameters.undoMs as number | undefined) ?? 0}>
        <Story />
      </HostWithRadix>
    ),
  ],
  beforeEach: [hostToasterApi],
} satisfies Meta<typeof SavedCardList>;

export default meta;
type Story = StoryObj<typeof meta>;

/** The Radix toast as a shopper sees it, left open for visual and a11y review. */
export const RadixToast: Story = {
  play: async () => {
    await plays.failedToast();
    await settle(500);
  },
};

/** A failing removal is the host's error toast, with the kit's words and "Try again". */
export const FailureInRadix: Story = { play: plays.retryFromToast };

/** A failure toast closes once the card is removed after all, here from the list. */
export const FailureClosedByRemoval: Story = { play: plays.closedByRemoval };

/** The undo toast is a success toast, offering Undo for the whole 5 s and no longer. */
export const UndoInRadix: Story = { parameters: { undoMs: 5000 }, play: plays.undoForItsWindow };

/** Undo brings the card back at its place; no DELETE is ever sent. */
export const UndoRestoresInRadix: Story = {
  parameters: { undoMs: 2000 },
  play: plays.undoRestores,
};

/** Radix pauses a hovered or focused toast; the kit still closes the undo toast as its DELETE goes. */
export const HoveredUndoInRadix: Story = {
  parameters: { undoMs: 2000 },
  play: plays.hoveredUndoCloses,
};
