import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, screen, within } from 'storybook/test';
import { WalletCardList } from '../src/wallet/index';
import { SEEN_UPDATES_KEY } from '../src/wallet/seen-updates';
import { listMetaDefaults } from './list-meta-defaults';
import { amex0005, deleteHandler, listHandler, mastercard4444, mockApi, visa4242 } from './mocks';
import { findList } from './play-helpers';

const meta = {
  title: 'WalletCardList/Updated by your bank',
  component: WalletCardList,
  ...listMetaDefaults,
} satisfies Meta<typeof WalletCardList>;

export default meta;
type Story = StoryObj<typeof meta>;

const BADGE = 'Updated by your bank';

/**
 * The bank gave the default Visa a new expiry (a card updater's webhook, docs/server.md "Card
 * updates"): its row says so beside the expiry until the shopper has seen it once
 * (docs/browser-api.md). What this browser saw before is forgotten first, so the story always
 * shows it.
 */
export const ExpiryUpdated: Story = {
  beforeEach: (context) => {
    localStorage.removeItem(SEEN_UPDATES_KEY);
    return mockApi(() => [
      listHandler([
        { ...visa4242, updated: { at: '2026-11-30T09:00:00.000Z', fields: ['expiry'] } },
        mastercard4444,
        amex0005,
      ]),
      deleteHandler(),
    ])(context);
  },
  play: async () => {
    const [visa, mastercard, amex] = within(await findList()).getAllByRole('listitem');
    await expect(await within(visa as HTMLElement).findByText(BADGE)).toBeVisible();
    await expect(visa).toHaveTextContent('Expires 07/31');
    await expect(mastercard).not.toHaveTextContent(BADGE);
    await expect(amex).not.toHaveTextContent(BADGE);
    await expect(screen.getByRole('button', { name: 'Remove Visa ending in 4242' })).toBeVisible();
  },
};
