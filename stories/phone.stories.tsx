import type { Decorator, Meta, StoryObj } from '@storybook/react-vite';
import { expect, within } from 'storybook/test';
import { renderBrandMark } from '../src/brand-marks/index';
import { cardLabel, type SavedCard, SavedCardList } from '../src/index';
import { arMessages } from '../src/locales/ar';
import { darkTheme } from './list-meta-defaults';
import { deleteHandler, everyBrandCards, listHandler, mockApi, rtlCards } from './mocks';
import { expectNicknamesAtRight, findList } from './play-helpers';
import { withWallet } from './wallet-decorator';

/** A phone-wide column (whatever the preview's width), as on a checkout page. */
const column =
  (width: number): Decorator =>
  (Story) => (
    <div style={{ maxWidth: width }}>
      <Story />
    </div>
  );

const meta = {
  title: 'SavedCardList/Phone and brand marks',
  component: SavedCardList,
  decorators: [withWallet],
  args: { renderBrandMark },
  beforeEach: mockApi(() => [listHandler(everyBrandCards), deleteHandler()]),
} satisfies Meta<typeof SavedCardList>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Every row inside the list, no sideways scroll, every mark drawn (or the text badge). */
async function rowsReadWhole(artwork: boolean) {
  const list = await findList();
  const rows = within(list).getAllByRole('listitem');
  await expect(rows).toHaveLength(everyBrandCards.length);
  for (const row of rows) {
    await expect(row.scrollWidth).toBeLessThanOrEqual(row.clientWidth);
    const mark = row.querySelector('[data-slot="brand-mark"]') as HTMLElement;
    await expect(mark.querySelector('svg') !== null).toBe(artwork);
    const button = within(row).getByRole('button', { name: /^Remove / });
    const box = button.getBoundingClientRect();
    await expect(box.width).toBeGreaterThanOrEqual(24);
    await expect(box.height).toBeGreaterThanOrEqual(24);
    await expect(box.right).toBeLessThanOrEqual(row.getBoundingClientRect().right);
  }
  return rows;
}

// The toolbar's globals (.storybook/page-globals.tsx), as a designer would set them.
const dark = darkTheme satisfies Story;

/** A 360 px column: the remove button under the text, names wrap between words. */
export const Phone: Story = {
  decorators: [column(360)],
  play: async () => {
    const [first] = await rowsReadWhole(true);
    await expect(first).toHaveTextContent('Mastercard ending in 4444');
  },
};

/** The same column in the dark theme: plates keep each mark legible. */
export const PhoneDark: Story = {
  ...dark,
  decorators: [column(360)],
  play: () => rowsReadWhole(true).then(() => undefined),
};

/**
 * Arabic at phone width, through the toolbar's locale global: marks at the inline start (the
 * right), buttons at the end, the kit's words in Arabic.
 */
export const PhoneRightToLeft: Story = {
  globals: { locale: 'ar' },
  beforeEach: mockApi(() => [listHandler(rtlCards), deleteHandler()]),
  decorators: [column(360)],
  play: async () => {
    const list = await findList(arMessages.listHeading);
    await expect(document.documentElement).toHaveAttribute('dir', 'rtl');
    await expectNicknamesAtRight(list);
    const [row] = within(list).getAllByRole('listitem');
    if (!row) throw new Error('no row');
    const visa = cardLabel(rtlCards[0] as SavedCard, arMessages);
    await expect(
      within(row).getByRole('button', { name: arMessages.removeButton(visa) }),
    ).toBeVisible();
    await expect(row.scrollWidth).toBeLessThanOrEqual(row.clientWidth);
    const mark = row.querySelector('[data-slot="brand-mark"]') as HTMLElement;
    const label = row.querySelector('[data-slot="card-label"]') as HTMLElement;
    await expect(mark.querySelector('svg')).not.toBeNull();
    await expect(label.getBoundingClientRect().right).toBeLessThanOrEqual(
      mark.getBoundingClientRect().left,
    );
  },
};

/** 320 px (the narrowest phone, or 400 % zoom) without artwork: the text badges. */
export const Phone320TextBadges: Story = {
  // The one story about the fallback: the screenshot suite expects artwork everywhere else.
  tags: ['text-badges'],
  args: { renderBrandMark: undefined },
  decorators: [column(320)],
  play: () => rowsReadWhole(false).then(() => undefined),
};

/** Every brand's artwork at desktop width: one line per row, the button beside the text. */
export const EveryBrandMark: Story = {
  play: () => rowsReadWhole(true).then(() => undefined),
};

/** Every brand's artwork in the dark theme. */
export const EveryBrandMarkDark: Story = {
  ...dark,
  play: () => rowsReadWhole(true).then(() => undefined),
};
