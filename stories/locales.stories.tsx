import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, screen, userEvent, waitFor, within } from 'storybook/test';
import { renderBrandMark } from '../src/brand-marks/index';
import { SavedCardList } from '../src/index';
import { hiINMessages } from '../src/locales/hi-in';
import { inLanguage } from './in-language';
import { deleteHandler, listHandler, mockApi, sampleCards } from './mocks';
import { LOAD_TIMEOUT, liveRegion, settle } from './play-helpers';

async function findList(name: string) {
  await waitFor(
    () => expect(screen.getByRole('list', { name })).not.toHaveAttribute('aria-busy'),
    LOAD_TIMEOUT,
  );
  return screen.getByRole('list', { name });
}

const meta = {
  title: 'SavedCardList/Locales',
  component: SavedCardList,
  args: { renderBrandMark },
  beforeEach: mockApi(() => [listHandler(sampleCards), deleteHandler()]),
} satisfies Meta<typeof SavedCardList>;

export default meta;
type Story = StoryObj<typeof meta>;

/** English, the default set: `locale="en-IN"`, no `messages`. */
export const English: Story = {
  decorators: [inLanguage('en', { locale: 'en-IN' })],
  play: async () => {
    const rows = within(await findList('Saved cards')).getAllByRole('listitem');
    await expect(rows[0]).toHaveTextContent('Visa ending in 4242');
    await expect(rows[0]).toHaveTextContent('Expires 07/31');
    await expect(rows[2]).toHaveTextContent('Expired 07/24');
    await userEvent.click(screen.getByRole('button', { name: 'Remove Visa ending in 4242' }));
    const dialog = await screen.findByRole('alertdialog', {
      name: 'Remove Visa ending in 4242?',
    });
    // Visa is the default: the confirm names the card that takes its place.
    await expect(dialog).toHaveAccessibleDescription(
      "Mastercard ending in 4444 will become your default card. This can't be undone.",
    );
    await expect(within(dialog).getByRole('button', { name: 'Cancel' })).toHaveFocus();
    await settle();
  },
};

const VISA_HI = '4242 पर समाप्त होने वाला Visa कार्ड';

/**
 * Hindi: `<WalletProvider locale="hi-IN" messages={hiINMessages}>`. Brand names stay Latin;
 * Chromium formats hi-IN dates with Latin digits ("07/31").
 */
export const Hindi: Story = {
  decorators: [inLanguage('hi', { locale: 'hi-IN', messages: hiINMessages })],
  play: async () => {
    const rows = within(await findList('सहेजे गए कार्ड')).getAllByRole('listitem');
    await expect(rows[0]).toHaveTextContent(VISA_HI);
    await expect(rows[0]).toHaveTextContent('07/31 तक मान्य');
    await expect(rows[0]).toHaveTextContent('डिफ़ॉल्ट');
    await expect(rows[2]).toHaveTextContent('07/24 में समाप्त हो चुका है');
    const remove = screen.getByRole('button', { name: `${VISA_HI} हटाएँ` });
    await userEvent.click(remove);
    const dialog = await screen.findByRole('alertdialog', {
      name: `क्या आप ${VISA_HI} हटाना चाहते हैं?`,
    });
    await expect(dialog).toHaveAccessibleDescription(
      '4444 पर समाप्त होने वाला Mastercard कार्ड आपका डिफ़ॉल्ट कार्ड बन जाएगा। यह वापस नहीं किया जा सकता।',
    );
    await expect(within(dialog).getByRole('button', { name: 'रद्द करें' })).toHaveFocus();
    await userEvent.click(within(dialog).getByRole('button', { name: 'कार्ड हटाएँ' }));
    await waitFor(() => expect(liveRegion()).toHaveTextContent(`${VISA_HI} हटा दिया गया`));
  },
};

/** Hindi with Devanagari digits (`locale="hi-IN-u-nu-deva"`): Intl formats the expiry "०७/३१". */
export const HindiDevanagariDigits: Story = {
  decorators: [inLanguage('hi', { locale: 'hi-IN-u-nu-deva', messages: hiINMessages })],
  play: async () => {
    const rows = within(await findList('सहेजे गए कार्ड')).getAllByRole('listitem');
    await expect(rows[0]).toHaveTextContent('०७/३१ तक मान्य');
  },
};
