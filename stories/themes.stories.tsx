import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, screen, userEvent, waitFor, within } from 'storybook/test';
import { renderBrandMark } from '../src/brand-marks/index';
import { cardLabel, type SavedCard, SavedCardList } from '../src/index';
import { arMessages } from '../src/locales/ar';
import { darkTheme } from './list-meta-defaults';
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
  args: { renderBrandMark },
  decorators: [withWallet],
  beforeEach: mockApi(() => [listHandler(sampleCards), deleteHandler('provider_error')]),
} satisfies Meta<typeof SavedCardList>;

export default meta;
type Story = StoryObj<typeof meta>;

// Through the toolbar's globals (.storybook/page-globals.tsx), so these stories also prove
// that the toolbar's theme and direction reach the list, the dialog and the toasts.
const dark = darkTheme satisfies Story;

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

/**
 * Mirrored: the remove button at the inline end (the left), the brand mark at the inline start
 * (the right), every nickname at the right of its row.
 */
async function expectMirrored(list: HTMLElement, cardName: string, removeName: string) {
  await expectNicknamesAtRight(list);
  const [row] = within(list).getAllByRole('listitem');
  if (!row) throw new Error('no row');
  const button = within(row).getByRole('button', { name: removeName });
  const label = within(row).getByText(cardName);
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
  const mark = row.querySelector('[data-slot="brand-mark"]') as HTMLElement;
  await expect(label.getBoundingClientRect().right).toBeLessThanOrEqual(
    mark.getBoundingClientRect().left,
  );
  await expect(row).toHaveTextContent('ليلى حداد');
}

// Right-to-left in Arabic, the kit's right-to-left locale (issue 20), through the toolbar's
// locale global: its direction comes with it.
const arabic = {
  globals: { locale: 'ar' },
  beforeEach: mockApi(() => [listHandler(rtlCards), deleteHandler()]),
} satisfies Story;

const VISA_AR = cardLabel(rtlCards[0] as SavedCard, arMessages);

/** Arabic, right-to-left: the kit's words in Arabic, the row mirrored, `dir="rtl"` on the page. */
export const RightToLeft: Story = {
  ...arabic,
  play: async () => {
    const list = await findList(arMessages.listHeading);
    await expect(document.documentElement).toHaveAttribute('dir', 'rtl');
    await expect(document.documentElement).toHaveAttribute('lang', 'ar');
    await expectMirrored(list, VISA_AR, arMessages.removeButton(VISA_AR));
    const [row] = within(list).getAllByRole('listitem');
    // Arabic words around Latin digits, as printed on the card ("صالحة حتى 07/31").
    await expect(row).toHaveTextContent(arMessages.expires('').trim());
  },
};

/** The confirm dialog in Arabic, right-to-left: still centred in the viewport. */
export const RightToLeftDialog: Story = {
  ...arabic,
  play: async () => {
    await findList(arMessages.listHeading);
    await userEvent.click(screen.getByRole('button', { name: arMessages.removeButton(VISA_AR) }));
    const dialog = await screen.findByRole('alertdialog', {
      name: arMessages.confirmTitle(VISA_AR),
    });
    await waitFor(() => expect(dialog).toBeVisible());
    await expect(within(dialog).getByRole('button', { name: arMessages.cancel })).toHaveFocus();
    await settle();
    const box = dialog.getBoundingClientRect();
    await expect(box.left).toBeGreaterThanOrEqual(0);
    await expect(box.right).toBeLessThanOrEqual(window.innerWidth);
    await expect(Math.abs(box.left + box.width / 2 - window.innerWidth / 2)).toBeLessThan(2);
  },
};

/**
 * An English page set to `dir="rtl"` (the direction global alone): the layout mirrors whatever
 * the language. The static Storybook's alignment check (test/package/storybook-static.mjs)
 * measures this story on `lang="en"` and on `lang="ar"`: a build that lowered `:dir(rtl)` to
 * `:lang(ar, …)` put nicknames at the left on the English one.
 */
export const RightToLeftEnglish: Story = {
  globals: { dir: 'rtl' },
  beforeEach: mockApi(() => [listHandler(rtlCards), deleteHandler()]),
  play: async () => {
    const list = await findList();
    await expect(document.documentElement).toHaveAttribute('dir', 'rtl');
    await expectMirrored(list, VISA, `Remove ${VISA}`);
  },
};
