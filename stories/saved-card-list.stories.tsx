import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, screen, within } from 'storybook/test';
import { SavedCardList } from '../src/index';
import { listMetaDefaults } from './list-meta-defaults';
import {
  deleteHandler,
  expiredRupay,
  HOSTILE_NICKNAME,
  hostileCard,
  listHandler,
  longNamesCard,
  manyCards,
  mockApi,
  requestsSent,
  SAMPLE_NAMES,
  sampleCards,
  visa4242,
} from './mocks';
import { findList, shownCards } from './play-helpers';

const meta = {
  title: 'SavedCardList/Reading',
  component: SavedCardList,
  ...listMetaDefaults,
} satisfies Meta<typeof SavedCardList>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Four cards: a default Visa, a nicknamed Mastercard, an expired RuPay and an Amex. */
export const Default: Story = {
  play: async () => {
    const items = within(await findList()).getAllByRole('listitem');
    await expect(shownCards()).toEqual([...SAMPLE_NAMES]);
    await expect(items[0]).toHaveTextContent('Expires 07/31');
    await expect(items[0]).toHaveTextContent('Default');
    await expect(items[1]).toHaveTextContent('Work card');
    await expect(items[2]).toHaveTextContent('Expired 07/24');
    await expect(screen.getByRole('heading', { name: 'Saved cards' })).toBeVisible();
    await expect(requestsSent('GET')).toHaveLength(1);
  },
};

/** The list request never answers: a busy skeleton, with no buttons yet. */
export const Loading: Story = {
  beforeEach: mockApi(() => [listHandler(sampleCards, { delayMs: 'infinite' })]),
  play: async () => {
    const list = await screen.findByRole('list', { name: 'Saved cards' });
    await expect(list).toHaveAttribute('aria-busy', 'true');
    await expect(within(list).queryByRole('button')).toBeNull();
    await expect(screen.getByText('Loading saved cards…')).toBeInTheDocument();
  },
};

export const Empty: Story = {
  beforeEach: mockApi(() => [listHandler([])]),
  play: async () => {
    await expect(await screen.findByText('No saved cards')).toBeVisible();
    await expect(screen.getByText('Cards you save at checkout will appear here.')).toBeVisible();
    await expect(screen.queryByRole('list', { name: 'Saved cards' })).toBeNull();
  },
};

export const ManyCards: Story = {
  beforeEach: mockApi(() => [listHandler(manyCards), deleteHandler()]),
  play: async () => {
    await expect(within(await findList()).getAllByRole('listitem')).toHaveLength(12);
  },
};

export const ExpiredCard: Story = {
  beforeEach: mockApi(() => [listHandler([visa4242, expiredRupay]), deleteHandler()]),
  play: async () => {
    const [, expired] = within(await findList()).getAllByRole('listitem');
    await expect(expired).toHaveTextContent('RuPay ending in 1234');
    await expect(expired).toHaveTextContent('Expired 07/24');
    // Expired cards can still be removed.
    await expect(screen.getByRole('button', { name: 'Remove RuPay ending in 1234' })).toBeVisible();
  },
};

/** Long shopper text wraps to two lines, then an ellipsis; the row never overflows a narrow column. */
export const LongNicknameAndHolder: Story = {
  decorators: [
    (Story) => (
      <div style={{ maxWidth: 360 }}>
        <Story />
      </div>
    ),
  ],
  beforeEach: mockApi(() => [listHandler([longNamesCard, visa4242]), deleteHandler()]),
  play: async () => {
    const [row] = within(await findList()).getAllByRole('listitem');
    if (!row) throw new Error('no row');
    await expect(row).toHaveTextContent(longNamesCard.nickname ?? '');
    await expect(row.scrollWidth).toBeLessThanOrEqual(row.clientWidth);
    const remove = within(row).getByRole('button', { name: 'Remove Mastercard ending in 5100' });
    await expect(remove).toBeVisible();
    await expect(remove.getBoundingClientRect().right).toBeLessThanOrEqual(
      row.getBoundingClientRect().right,
    );
  },
};

/** A nickname holding markup is shown as text: no element is created, nothing runs. */
export const HostileNickname: Story = {
  beforeEach: mockApi(() => [listHandler([hostileCard, visa4242]), deleteHandler()]),
  play: async ({ canvasElement }) => {
    const [row] = within(await findList()).getAllByRole('listitem');
    await expect(row).toHaveTextContent(HOSTILE_NICKNAME);
    await expect(row).toHaveTextContent('<script>alert("holder")</script>');
    await expect(canvasElement.querySelector('img, script')).toBeNull();
  },
};
