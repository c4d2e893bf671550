import type { Decorator, Meta, StoryObj } from '@storybook/react-vite';
import { expect, screen, userEvent, within } from 'storybook/test';
import { renderBrandMark } from '../src/brand-marks/index';
import { SavedCardList } from '../src/index';
import { card } from '../test/helpers/cards';
import HOSTILE_HOST_CSS from '../test/helpers/hostile-host.css?raw';
import { deleteHandler, listHandler, mockApi, SAMPLE_NAMES, sampleCards } from './mocks';
import { confirmRemoval, findList, findToast, settle } from './play-helpers';
import { withWallet } from './wallet-decorator';

const [VISA] = SAMPLE_NAMES;
const BULK = 'Remove 2 expired cards';

/**
 * The host page, for these stories only: the Vite template's `<div id="root">` around the
 * provider (so the toasts sit inside it, as they would there), a careless global stylesheet and
 * a line of the host's own, which shows the stylesheet at work; all gone when the story unmounts.
 */
const withHostilePage: Decorator = (Story) => (
  <div id="root">
    <style>{HOSTILE_HOST_CSS}</style>
    <p>
      The host's own text: centred, italic, on tall lines. <button type="button">Its button</button>
    </p>
    <Story />
  </div>
);

const css = (element: Element) => getComputedStyle(element);

/** Text the kit writes: at the start edge, upright, on the kit's 1.4 lines, not the host's 3. */
async function expectKitText(element: Element) {
  const style = css(element);
  await expect(style.textAlign).toBe('start');
  await expect(style.fontStyle).toBe('normal');
  await expect(Number.parseFloat(style.lineHeight)).toBeCloseTo(
    1.4 * Number.parseFloat(style.fontSize),
  );
}

/** A button the kit draws: border-box, its own case and padding, not the host's. */
async function expectKitButton(button: Element) {
  await expect(css(button).boxSizing).toBe('border-box');
  await expect(css(button).textTransform).toBe('none');
  await expect(css(button).paddingTop).toBe('8px');
}

async function checkList() {
  const list = await findList();
  await expect(css(list).listStyleType).toBe('none');
  await expect(css(list).paddingInlineStart).toBe('0px');
  const [row] = within(list).getAllByRole('listitem');
  if (!row) throw new Error('no row');
  await expect(css(row).boxSizing).toBe('border-box');
  await expectKitText(within(row).getByText(VISA));
  await expectKitButton(within(row).getByRole('button', { name: `Remove ${VISA}` }));
}

async function openBulkConfirm() {
  await userEvent.click(screen.getByRole('button', { name: BULK }));
  const dialog = await screen.findByRole('alertdialog', { name: `${BULK}?` });
  await expect(css(dialog).boxSizing).toBe('border-box');
  await expectKitText(within(dialog).getByText("This can't be undone."));
  const names = within(dialog).getByRole('list');
  await expect(css(names).listStyleType).toBe('disc');
  await expect(css(names).paddingInlineStart).toBe('20px');
  for (const button of within(dialog).getAllByRole('button')) await expectKitButton(button);
  return dialog;
}

const meta = {
  title: 'SavedCardList/Host CSS',
  component: SavedCardList,
  args: { renderBrandMark },
  decorators: [withWallet, withHostilePage],
  beforeEach: mockApi(() => [
    listHandler([
      ...sampleCards,
      card({
        id: 'card_discover',
        brand: 'discover',
        last4: '1117',
        expiryYear: 2024,
        expired: true,
      }),
    ]),
    deleteHandler('provider_error'),
  ]),
} satisfies Meta<typeof SavedCardList>;

export default meta;
type Story = StoryObj<typeof meta>;

/**
 * A host page whose global CSS centres `#root`, makes every box `content-box`, sets tall italic
 * lines, loud uppercase buttons, bulleted indented lists and wide paragraphs: the list, the bulk
 * confirm and a failure toast keep the kit's look (docs/look-and-feel.md).
 */
export const HostilePage: Story = {
  play: async () => {
    await checkList();
    const dialog = await openBulkConfirm();
    await userEvent.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    await confirmRemoval(VISA);
    const toast = await findToast("We couldn't remove the card.");
    await expect(css(toast).boxSizing).toBe('border-box');
    await expectKitText(within(toast).getByText("We couldn't remove the card."));
    await expectKitButton(within(toast).getByRole('button', { name: 'Dismiss' }));
    await settle();
  },
};

/** The bulk confirm on the same page (left open for review). */
export const HostilePageBulkConfirm: Story = {
  play: async () => {
    await checkList();
    await openBulkConfirm();
    await settle();
  },
};
