import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, screen, userEvent, waitFor, within } from 'storybook/test';
import { WalletCardList } from '../src/wallet/index';
import { darkTheme, listMetaDefaults } from './list-meta-defaults';
import {
  deleteHandler,
  listHandler,
  mockApi,
  requestsSent,
  SAMPLE_NAMES,
  sampleCards,
  setDefaultHandler,
} from './mocks';
import { findList, findToast, liveRegion, openDialog, settle } from './play-helpers';

const [VISA, MASTERCARD, , AMEX] = SAMPLE_NAMES;

/** The card whose row shows the Default badge. */
function defaultShown(): string | undefined {
  const row = document.querySelector('[data-slot="default-badge"]')?.closest('li');
  return SAMPLE_NAMES.find((name) => row?.textContent?.includes(name));
}

const makeDefault = (name: string) => screen.getByRole('button', { name: `Make default: ${name}` });

/**
 * Setting the default card (docs/browser-api.md "The default card"): "Make default" on each
 * card that can be the default, beside Remove; at 360 px both wrap under the card's name.
 */
const meta = {
  title: 'WalletCardList/Default card',
  component: WalletCardList,
  ...listMetaDefaults,
  args: { ...listMetaDefaults.args, canSetDefault: true },
  beforeEach: mockApi(() => [listHandler(sampleCards), deleteHandler(), setDefaultHandler()]),
} satisfies Meta<typeof WalletCardList>;

export default meta;
type Story = StoryObj<typeof meta>;

const dark = darkTheme satisfies Story;

/** The rows' actions at rest: "Make default" on Mastercard and Amex, none on the default or the expired card. */
export const Actions: Story = {
  play: async () => {
    await findList();
    await expect(makeDefault(MASTERCARD)).toHaveTextContent('Make default');
    await expect(makeDefault(AMEX)).toBeVisible();
    await expect(screen.queryByRole('button', { name: `Make default: ${VISA}` })).toBeNull();
  },
};

/** The same in the dark theme. */
export const ActionsDark: Story = { ...dark, play: Actions.play };

/** A default switch: the badge moves at the click, focus stays on the row, the change is said. */
export const DefaultSwitch: Story = {
  play: async () => {
    await findList();
    await userEvent.click(makeDefault(MASTERCARD));
    await expect(defaultShown()).toBe(MASTERCARD);
    await expect(screen.getByRole('button', { name: `Remove ${MASTERCARD}` })).toHaveFocus();
    await waitFor(() =>
      expect(liveRegion()).toHaveTextContent(`${MASTERCARD} is now your default card`),
    );
    const [request] = requestsSent('PUT');
    await expect(request).toMatchObject({
      path: '/api/wallet/cards/card_mc/default',
      walletClientHeader: '1',
    });
    await settle();
  },
};

/** The switch in the dark theme. */
export const DefaultSwitchDark: Story = { ...dark, play: DefaultSwitch.play };

/** The server refuses: the badge goes back to Visa in place, and a toast says so. */
export const FailureRollsBack: Story = {
  beforeEach: mockApi(() => [
    listHandler(sampleCards),
    setDefaultHandler('provider_error', { delayMs: 300 }),
  ]),
  play: async () => {
    await findList();
    await userEvent.click(makeDefault(AMEX));
    await expect(defaultShown()).toBe(AMEX);
    const toast = await findToast("We couldn't change your default card.");
    await expect(toast).toHaveTextContent(AMEX);
    await expect(within(toast).getByRole('button', { name: 'Try again' })).toBeVisible();
    await expect(defaultShown()).toBe(VISA);
    await expect(makeDefault(AMEX)).toBeVisible();
    await settle();
  },
};

/** The failure in the dark theme. */
export const FailureRollsBackDark: Story = { ...dark, ...FailureRollsBack };

/** Removing the default card: the confirm says which card becomes the default. */
export const RemoveDefault: Story = {
  play: async () => {
    await findList();
    const dialog = await openDialog(VISA);
    await expect(dialog).toHaveAccessibleDescription(
      `${MASTERCARD} will become your default card. This can't be undone.`,
    );
    await settle();
  },
};
