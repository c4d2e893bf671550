import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, screen, userEvent, waitFor, within } from 'storybook/test';
import { SavedCardList } from '../src/index';
import { listMetaDefaults } from './list-meta-defaults';
import {
  deleteHandler,
  endListOutage,
  listErrorHandler,
  listHandler,
  mockApi,
  requestsSent,
  SAMPLE_NAMES,
  sampleCards,
} from './mocks';
import { confirmRemoval, findList, findToast, settle, shownCards } from './play-helpers';

const [VISA, MASTERCARD, RUPAY, AMEX] = SAMPLE_NAMES;

const meta = {
  title: 'SavedCardList/Errors',
  component: SavedCardList,
  ...listMetaDefaults,
} satisfies Meta<typeof SavedCardList>;

export default meta;
type Story = StoryObj<typeof meta>;

// The kit may retry a 502 or a network failure once by itself before showing the error.
const AFTER_RETRY = { timeout: 4000 };

/**
 * A resting error story ends on its error, not on a list (issue 20: the load-error stories
 * used to press "Try again" and rest on the cards): past the kit's own retry, the message is
 * still shown and no list has replaced it.
 */
async function restsOnError(message: string): Promise<void> {
  await settle(1500);
  await expect(screen.getByRole('alert')).toHaveTextContent(message);
  await expect(screen.queryByRole('list', { name: 'Saved cards' })).toBeNull();
}

/**
 * The list answers 502: "We couldn't load your saved cards." with "Try again", at rest (the
 * state a shopper is left looking at while the provider is down).
 */
export const LoadError: Story = {
  beforeEach: mockApi(() => [listHandler(sampleCards, { outage: 'provider_error' })]),
  play: async () => {
    const alert = await screen.findByRole('alert', {}, AFTER_RETRY);
    await expect(alert).toHaveTextContent("We couldn't load your saved cards.");
    await expect(alert).not.toHaveTextContent('Upstream');
    await expect(within(alert).getByRole('button', { name: 'Try again' })).toBeVisible();
    await restsOnError("We couldn't load your saved cards.");
  },
};

/** The list answers 502 until the backend recovers; then "Try again" loads the cards. */
export const LoadErrorRetry: Story = {
  beforeEach: mockApi(() => [
    listHandler(sampleCards, { outage: 'provider_error' }),
    deleteHandler(),
  ]),
  play: async () => {
    const alert = await screen.findByRole('alert', {}, AFTER_RETRY);
    await expect(alert).toHaveTextContent("We couldn't load your saved cards.");
    const failedGets = requestsSent('GET').length;
    endListOutage();
    await userEvent.click(within(alert).getByRole('button', { name: 'Try again' }));
    await findList();
    await expect(shownCards()).toEqual([...SAMPLE_NAMES]);
    await expect(requestsSent('GET')).toHaveLength(failedGets + 1);
  },
};

/** The list answers 401: sign in again, and no "Try again" (it cannot help). */
export const SessionExpired: Story = {
  beforeEach: mockApi(() => [listErrorHandler('unauthenticated')]),
  play: async () => {
    const alert = await screen.findByRole('alert');
    await expect(alert).toHaveTextContent(
      'Your session has expired. Sign in again to manage your cards.',
    );
    await expect(screen.queryByRole('button', { name: 'Try again' })).toBeNull();
  },
};

/** The list request fails at the network: the offline message with "Try again", at rest. */
export const LoadOffline: Story = {
  beforeEach: mockApi(() => [listHandler(sampleCards, { outage: 'network_error' })]),
  play: async () => {
    const alert = await screen.findByRole('alert', {}, AFTER_RETRY);
    await expect(alert).toHaveTextContent("You're offline or the connection failed.");
    await expect(within(alert).getByRole('button', { name: 'Try again' })).toBeVisible();
    await restsOnError("You're offline or the connection failed.");
  },
};

/** Offline, then the connection is back: "Try again" loads the cards. */
export const LoadOfflineRetry: Story = {
  beforeEach: mockApi(() => [listHandler(sampleCards, { outage: 'network_error' })]),
  play: async () => {
    const alert = await screen.findByRole('alert', {}, AFTER_RETRY);
    await expect(alert).toHaveTextContent("You're offline or the connection failed.");
    endListOutage();
    await userEvent.click(within(alert).getByRole('button', { name: 'Try again' }));
    await findList();
    await expect(shownCards()).toEqual([...SAMPLE_NAMES]);
  },
};

/**
 * DELETE answers 502: the card comes back at its index, focus stays put, a toast offers
 * "Try again", which removes it (the second attempt succeeds).
 */
export const FailedRemoval: Story = {
  beforeEach: mockApi(() => [
    listHandler(sampleCards),
    deleteHandler({ card_mc: ['provider_error', 'ok'] }, { delayMs: 300 }),
  ]),
  play: async () => {
    await findList();
    await confirmRemoval(MASTERCARD);
    await expect(shownCards()).toEqual([VISA, RUPAY, AMEX]);
    await waitFor(() =>
      expect(screen.getByRole('button', { name: `Remove ${RUPAY}` })).toHaveFocus(),
    );
    const toast = await findToast("We couldn't remove the card.");
    await expect(toast).toHaveTextContent(MASTERCARD);
    await expect(toast).not.toHaveTextContent('Upstream');
    await expect(shownCards()).toEqual([...SAMPLE_NAMES]);
    // A rollback never steals focus.
    await expect(screen.getByRole('button', { name: `Remove ${RUPAY}` })).toHaveFocus();

    const retry = within(toast).getByRole('button', { name: 'Try again' });
    await waitFor(() => expect(retry).toBeVisible());
    await userEvent.click(retry);
    await expect(shownCards()).toEqual([VISA, RUPAY, AMEX]);
    await waitFor(() => expect(requestsSent('DELETE')).toHaveLength(2));
    await waitFor(() => expect(requestsSent('GET')).toHaveLength(3));
    await expect(shownCards()).toEqual([VISA, RUPAY, AMEX]);
  },
};

/** The failure toast as a shopper sees it (for visual and a11y review). */
export const FailedRemovalToast: Story = {
  beforeEach: mockApi(() => [listHandler(sampleCards), deleteHandler('provider_error')]),
  play: async () => {
    await findList();
    await confirmRemoval(VISA);
    const toast = await findToast("We couldn't remove the card.");
    await expect(within(toast).getByRole('button', { name: 'Try again' })).toBeVisible();
    await expect(within(toast).getByRole('button', { name: 'Dismiss' })).toBeVisible();
    await settle();
  },
};

/** DELETE answers 429 with Retry-After: 30. The toast says how long; no "Try again". */
export const RateLimited: Story = {
  beforeEach: mockApi(() => [
    listHandler(sampleCards),
    deleteHandler('rate_limited', { retryAfterSeconds: 30 }),
  ]),
  play: async () => {
    await findList();
    await confirmRemoval(VISA);
    const toast = await findToast('Too many attempts.');
    await expect(toast).toHaveTextContent('Too many attempts. Try again in 30 seconds.');
    await expect(within(toast).queryByRole('button', { name: 'Try again' })).toBeNull();
    await waitFor(() => expect(shownCards()).toEqual([...SAMPLE_NAMES]));
    await settle();
  },
};

/** DELETE fails at the network: offline toast with "Try again", card restored. */
export const OfflineRemoval: Story = {
  beforeEach: mockApi(() => [listHandler(sampleCards), deleteHandler('network_error')]),
  play: async () => {
    await findList();
    await confirmRemoval(AMEX);
    const toast = await findToast("You're offline or the connection failed.");
    await expect(within(toast).getByRole('button', { name: 'Try again' })).toBeVisible();
    await waitFor(() => expect(shownCards()).toEqual([...SAMPLE_NAMES]));
    await settle();
  },
};

/** The session expired between loading and removing: DELETE answers 401. */
export const SessionExpiredOnRemove: Story = {
  beforeEach: mockApi(() => [listHandler(sampleCards), deleteHandler('unauthenticated')]),
  play: async () => {
    await findList();
    await confirmRemoval(VISA);
    const toast = await findToast('Your session has expired.');
    await expect(within(toast).queryByRole('button', { name: 'Try again' })).toBeNull();
    await waitFor(() => expect(shownCards()).toEqual([...SAMPLE_NAMES]));
    await settle();
  },
};
