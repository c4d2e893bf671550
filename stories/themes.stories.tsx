import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, screen, within } from 'storybook/test';
import { SavedCardList } from '../src/index';
import { deleteHandler, listHandler, mockApi, rtlCards, SAMPLE_NAMES, sampleCards } from './mocks';
import {
  confirmRemoval,
  expectNicknamesAtRight,
  findList,
  findToast,
  openDialog,
  settle,
} from './play-helpers';
import { withWallet } from './wallet-decorator';

const [VISA, MASTERCARD] = SAMPLE_NAMES;

/** 0 (black) to 1 (white) for a computed `rgb(…)` colour. */
function brightness(color: string): number {
  const [r = 0, g = 0, b = 0] = (color.match(/\d+(\.\d+)?/g) ?? []).map(Number);
  return (0.2126 * r + 0.7152 * g + 0.0722 * b) / 255;
}

const meta = {
  title: 'SavedCardList/Themes',
  component: SavedCardList,
  decorators: [withWallet],
  beforeEach: mockApi(() => [listHandler(sampleCards), deleteHandler('provider_error')]),
} satisfies Meta<typeof SavedCardList>;

export default meta;
type Story = StoryObj<typeof meta>;

// Through the toolbar's globals (.storybook/page-globals.tsx), so these stories also prove
// that the toolbar's theme and direction reach the list, the dialog and the toasts.
const dark = {
  globals: { theme: 'dark' },
  parameters: { backgrounds: { disable: true } },
} satisfies Story;

/** `data-theme="dark"` on the document root switches every token to its dark value. */
export const Dark: Story = {
  ...dark,
  play: async () => {
    await findList();
    const row = getComputedStyle(screen.getAllByRole('listitem')[0] as HTMLElement);
    // Dark surface, light text: whatever the exact palette, the theme has switched.
    await expect(brightness(row.backgroundColor)).toBeLessThan(0.25);
    await expect(brightness(row.color)).toBeGreaterThan(0.75);
  },
};

/** The confirm dialog in the dark theme (left open for review). */
export const DarkDialog: Story = {
  ...dark,
  play: async () => {
    await findList();
    await openDialog(VISA);
    await settle();
  },
};

/** A failure toast in the dark theme. */
export const DarkToast: Story = {
  ...dark,
  play: async () => {
    await findList();
    await confirmRemoval(MASTERCARD);
    await findToast("We couldn't remove the card.");
    await settle();
  },
};

const rtl = {
  globals: { dir: 'rtl' },
  beforeEach: mockApi(() => [listHandler(rtlCards), deleteHandler()]),
} satisfies Story;

/** Right-to-left: the remove button sits at the inline end (the left), text is isolated. */
export const RightToLeft: Story = {
  ...rtl,
  play: async () => {
    const list = await findList();
    await expectNicknamesAtRight(list);
    const [row] = within(list).getAllByRole('listitem');
    if (!row) throw new Error('no row');
    const button = within(row).getByRole('button', { name: `Remove ${VISA}` });
    const label = within(row).getByText(VISA);
    // Beside the text in a wide row; in a phone's it wraps under the text, still at the left
    // (the label's text, right-aligned, starts further right).
    const buttonBox = button.getBoundingClientRect();
    const text = document.createRange();
    text.selectNodeContents(label);
    const textBox = text.getBoundingClientRect();
    if (buttonBox.top < textBox.bottom) {
      await expect(buttonBox.right).toBeLessThan(textBox.left);
    } else {
      await expect(buttonBox.left).toBeLessThan(textBox.left);
    }
    // Mirrored: the brand mark at the inline start (the right), after the label.
    const mark = row.querySelector('[data-slot="brand-mark"]') as HTMLElement;
    await expect(label.getBoundingClientRect().right).toBeLessThanOrEqual(
      mark.getBoundingClientRect().left,
    );
    await expect(row).toHaveTextContent('ليلى حداد');
  },
};

/** The confirm dialog right-to-left: still centred in the viewport. */
export const RightToLeftDialog: Story = {
  ...rtl,
  play: async () => {
    await findList();
    const dialog = await openDialog(VISA);
    await settle();
    const box = dialog.getBoundingClientRect();
    await expect(box.left).toBeGreaterThanOrEqual(0);
    await expect(box.right).toBeLessThanOrEqual(window.innerWidth);
    await expect(Math.abs(box.left + box.width / 2 - window.innerWidth / 2)).toBeLessThan(2);
  },
};
