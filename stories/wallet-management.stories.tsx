import type { Decorator, Meta, StoryObj } from '@storybook/react-vite';
import { type ReactNode, useEffect } from 'react';
import { expect, fn, screen, userEvent, waitFor, within } from 'storybook/test';
import { renderBrandMark } from '../src/brand-marks/index';
import { type CardLockReason, SavedCardList } from '../src/index';
import { hiINMessages } from '../src/locales/hi-in';
import { darkTheme } from './list-meta-defaults';
import { deleteHandler, listHandler, mockApi, requestsSent } from './mocks';
import { findToast, LOAD_TIMEOUT, settle } from './play-helpers';
import { walletCards } from './wallet-cards';
import { StoryWallet, type StoryWalletProps } from './wallet-decorator';

const EN = {
  visa: 'Visa ending in 4242',
  mc: 'Mastercard ending in 4444',
  rupay: 'RuPay ending in 1234',
  amex: 'American Express ending in 0005',
  discover: 'Discover ending in 1117',
};
const hiName = (brand: string, last4: string) => `${last4} पर समाप्त होने वाला ${brand} कार्ड`;
const HI = {
  visa: hiName('Visa', '4242'),
  mc: hiName('Mastercard', '4444'),
  rupay: hiName('RuPay', '1234'),
  discover: hiName('Discover', '1117'),
  amex: hiName('American Express', '0005'),
};

const REASONS: Record<CardLockReason, string> = {
  subscription: 'Used for a subscription',
  pending_payment: 'Used for a payment in progress',
  last_card: 'Keep at least one card on file',
  other: "Can't be removed right now",
};

/** What a story asks of the provider, through `parameters.wallet`; `lang` for a language. */
type WalletParameters = StoryWalletProps & { lang?: string };

/** One provider per story, configured by `parameters.wallet`; `lang` on the story and <html>. */
function Wallet({ lang, children, ...props }: WalletParameters & { children: ReactNode }) {
  useEffect(() => {
    if (!lang) return;
    const root = document.documentElement;
    const previous = root.lang;
    root.lang = lang;
    return () => {
      root.lang = previous;
    };
  }, [lang]);
  return (
    <StoryWallet {...props}>
      <div lang={lang}>{children}</div>
    </StoryWallet>
  );
}

const withWalletParameters: Decorator = (Story, { parameters }) => (
  <Wallet {...(parameters.wallet as WalletParameters | undefined)}>
    <Story />
  </Wallet>
);

async function findList(name = 'Saved cards') {
  await waitFor(
    () => expect(screen.getByRole('list', { name })).not.toHaveAttribute('aria-busy'),
    LOAD_TIMEOUT,
  );
  const list = screen.getByRole('list', { name });
  // Each row shows its brand's artwork, as a merchant's account page would, not a text badge.
  for (const row of within(list).getAllByRole('listitem')) {
    await expect(row.querySelector('[data-slot="brand-mark"] svg')).not.toBeNull();
  }
  return list;
}

const rowOf = (list: HTMLElement, name: string) =>
  within(list)
    .getAllByRole('listitem')
    .find((item) => item.textContent?.includes(name)) as HTMLElement;

const meta = {
  title: 'SavedCardList/Wallet management',
  component: SavedCardList,
  decorators: [withWalletParameters],
  // The brand artwork (saved-card-kit/brand-marks), as the stories are reviewed for design.
  args: { renderBrandMark },
  beforeEach: mockApi(() => [listHandler(walletCards()), deleteHandler()]),
} satisfies Meta<typeof SavedCardList>;

export default meta;
type Story = StoryObj<typeof meta>;

/** A locked card: its reason in the row, Remove aria-disabled and described by it. */
function locked(reason: CardLockReason, replace: boolean): Story {
  return {
    beforeEach: mockApi(() => [listHandler(walletCards(reason)), deleteHandler()]),
    args: replace ? { onReplaceCard: fn() } : {},
    play: async ({ args }) => {
      const list = await findList();
      const row = rowOf(list, EN.mc);
      await expect(within(row).getByText(REASONS[reason])).toBeVisible();
      const remove = within(row).getByRole('button', { name: `Remove ${EN.mc}` });
      await expect(remove).toHaveAttribute('aria-disabled', 'true');
      await expect(remove).toHaveAccessibleDescription(REASONS[reason]);
      await userEvent.click(remove, { pointerEventsCheck: 0 });
      await expect(screen.queryByRole('alertdialog')).toBeNull();
      const replaceButton = within(row).queryByRole('button', { name: `Replace ${EN.mc}` });
      if (replace) {
        await userEvent.click(replaceButton as HTMLElement);
        await expect(args.onReplaceCard).toHaveBeenCalledWith(
          expect.objectContaining({ id: 'card_mc' }),
        );
      } else {
        await expect(replaceButton).toBeNull();
      }
      await expect(requestsSent('DELETE')).toHaveLength(0);
    },
  };
}

export const LockedSubscription = locked('subscription', false);
export const LockedSubscriptionReplace = locked('subscription', true);
export const LockedPendingPayment = locked('pending_payment', false);
export const LockedPendingPaymentReplace = locked('pending_payment', true);
export const LockedLastCard = locked('last_card', false);
export const LockedLastCardReplace = locked('last_card', true);
export const LockedOther = locked('other', false);
export const LockedOtherReplace = locked('other', true);

/** "Expires soon" on the card expiring this month; not on expired or later cards. */
export const ExpiringSoon: Story = {
  play: async () => {
    const list = await findList();
    await expect(within(rowOf(list, EN.amex)).getByText('Expires soon')).toBeVisible();
    await expect(within(list).getAllByText('Expires soon')).toHaveLength(1);
    await expect(rowOf(list, EN.rupay)).toHaveTextContent(/Expired/);
  },
};

async function openBulk(list: HTMLElement, button: string, title: string) {
  await userEvent.click(
    within(list.parentElement as HTMLElement).getByRole('button', { name: button }),
  );
  const dialog = await screen.findByRole('alertdialog', { name: title });
  await waitFor(() => expect(dialog).toBeVisible());
  return dialog;
}

/** "Remove 2 expired cards": the confirm names each card (left open for review). */
export const BulkConfirm: Story = {
  play: async () => {
    const dialog = await openBulk(
      await findList(),
      'Remove 2 expired cards',
      'Remove 2 expired cards?',
    );
    // Each name ends in a visually hidden full stop, so a screen reader never runs them together.
    await expect(dialog).toHaveAccessibleDescription(
      `${EN.rupay} . ${EN.discover} . This can't be undone.`,
    );
    await expect(within(dialog).getByRole('button', { name: 'Cancel' })).toHaveFocus();
    await expect(within(dialog).getByRole('button', { name: 'Remove cards' })).toBeVisible();
    await settle();
  },
};

/** One of two fails: it comes back at its place, one summary toast offers "Try again". */
export const BulkPartialFailure: Story = {
  beforeEach: mockApi(() => [
    listHandler(walletCards()),
    deleteHandler({ card_discover: 'provider_error' }),
  ]),
  play: async () => {
    const list = await findList();
    const dialog = await openBulk(list, 'Remove 2 expired cards', 'Remove 2 expired cards?');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Remove cards' }));
    const toast = await findToast("1 card couldn't be removed.");
    await expect(toast).toHaveTextContent(EN.discover);
    await expect(within(toast).getByRole('button', { name: 'Try again' })).toBeVisible();
    await waitFor(() => expect(rowOf(list, EN.discover)).toBeDefined());
    await expect(rowOf(list, EN.rupay)).toBeUndefined();
    await settle();
  },
};

/** With `undoMs`: the card leaves, the toast offers Undo with its countdown; nothing sent yet. */
export const UndoToast: Story = {
  parameters: { wallet: { undoMs: 60_000 } },
  play: async () => {
    const list = await findList();
    await userEvent.click(screen.getByRole('button', { name: `Remove ${EN.visa}` }));
    const dialog = await screen.findByRole('alertdialog', { name: `Remove ${EN.visa}?` });
    // Visa is the default: the confirm names the card that takes its place (the first left
    // that is neither expired nor locked).
    await expect(dialog).toHaveAccessibleDescription(
      `${EN.amex} will become your default card. You can undo this for 60 seconds.`,
    );
    await userEvent.click(within(dialog).getByRole('button', { name: 'Remove card' }));
    const toast = await findToast(`${EN.visa} removed`);
    await expect(within(toast).getByRole('button', { name: 'Undo' })).toBeVisible();
    await expect(toast).toHaveTextContent(/\d+ s left/);
    await expect(rowOf(list, EN.visa)).toBeUndefined();
    await expect(requestsSent('DELETE')).toHaveLength(0);
    await settle();
  },
};

// The toolbar's globals (.storybook/page-globals.tsx), as a designer would set them.
const dark = darkTheme satisfies Story;
const rtl = { globals: { dir: 'rtl' } } satisfies Story;

/** Every new state in one list: locked with Replace, Expires soon, the bulk button. */
const management: Story = {
  args: { onReplaceCard: fn() },
  play: async () => {
    const list = await findList();
    await expect(within(rowOf(list, EN.mc)).getByText(REASONS.subscription)).toBeVisible();
    await expect(screen.getByRole('button', { name: `Replace ${EN.mc}` })).toBeVisible();
    await expect(within(rowOf(list, EN.amex)).getByText('Expires soon')).toBeVisible();
    await expect(screen.getByRole('button', { name: 'Remove 2 expired cards' })).toBeVisible();
  },
};

export const DarkManagement: Story = { ...dark, ...management };
export const DarkBulkConfirm: Story = { ...dark, play: BulkConfirm.play };
export const DarkUndoToast: Story = {
  ...dark,
  parameters: { ...dark.parameters, ...UndoToast.parameters },
  play: UndoToast.play,
};
export const RtlManagement: Story = { ...rtl, ...management };
export const RtlBulkConfirm: Story = { ...rtl, play: BulkConfirm.play };
export const RtlUndoToast: Story = {
  ...rtl,
  parameters: UndoToast.parameters,
  play: UndoToast.play,
};

const hindi = { wallet: { locale: 'hi-IN', messages: hiINMessages, lang: 'hi' } };

/** Hindi: the lock reason, Replace, "Expires soon" and the bulk button. */
export const HindiManagement: Story = {
  parameters: hindi,
  args: { onReplaceCard: fn() },
  play: async () => {
    const list = await findList('सहेजे गए कार्ड');
    const row = rowOf(list, HI.mc);
    await expect(within(row).getByText('एक सब्सक्रिप्शन के लिए इस्तेमाल हो रहा है')).toBeVisible();
    await expect(within(row).getByRole('button', { name: `${HI.mc} बदलें` })).toBeVisible();
    await expect(within(list).getByText('जल्द समाप्त होगा')).toBeVisible();
    await expect(screen.getByRole('button', { name: '2 समाप्त कार्ड हटाएँ' })).toBeVisible();
  },
};

/** Hindi bulk confirm (left open for review). */
export const HindiBulkConfirm: Story = {
  parameters: hindi,
  play: async () => {
    const dialog = await openBulk(
      await findList('सहेजे गए कार्ड'),
      '2 समाप्त कार्ड हटाएँ',
      'क्या आप 2 समाप्त कार्ड हटाना चाहते हैं?',
    );
    await expect(dialog).toHaveAccessibleDescription(
      `${HI.rupay} । ${HI.discover} । यह वापस नहीं किया जा सकता।`,
    );
    await expect(within(dialog).getByRole('button', { name: 'रद्द करें' })).toHaveFocus();
    await settle();
  },
};

/** Hindi undo toast: "… हटा दिया गया", "पूर्ववत करें" and the countdown. */
export const HindiUndoToast: Story = {
  parameters: { wallet: { ...hindi.wallet, undoMs: 60_000 } },
  play: async () => {
    await findList('सहेजे गए कार्ड');
    await userEvent.click(screen.getByRole('button', { name: `${HI.visa} हटाएँ` }));
    const dialog = await screen.findByRole('alertdialog');
    await expect(dialog).toHaveAccessibleDescription(
      `${HI.amex} आपका डिफ़ॉल्ट कार्ड बन जाएगा। आप 60 सेकंड तक इसे पूर्ववत कर सकते हैं।`,
    );
    await userEvent.click(within(dialog).getByRole('button', { name: 'कार्ड हटाएँ' }));
    const toast = await findToast(`${HI.visa} हटा दिया गया`);
    await expect(within(toast).getByRole('button', { name: 'पूर्ववत करें' })).toBeVisible();
    await expect(toast).toHaveTextContent(/\d+ सेकंड बाकी/);
    await settle();
  },
};
