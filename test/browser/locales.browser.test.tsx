import { render, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, test } from 'vitest';
import { userEvent } from 'vitest/browser';
import { createHttpWalletClient, SavedCardList, WalletProvider } from '../../src/index';
import { hiINMessages } from '../../src/locales/hi-in';
import { sampleCards } from '../helpers/cards';
import { createFakeBackend, errorAnswer } from '../helpers/fake-backend';
import { testQueryClient } from '../helpers/render-wallet';

const HEADING = 'सहेजे गए कार्ड';
const VISA = '4242 पर समाप्त होने वाला Visa कार्ड';
const MASTERCARD = '4444 पर समाप्त होने वाला Mastercard कार्ड';

function renderHindi(backend: ReturnType<typeof createFakeBackend>, locale = 'hi-IN') {
  const client = createHttpWalletClient({ fetch: backend.fetch });
  return render(
    <WalletProvider
      client={client}
      queryClient={testQueryClient()}
      locale={locale}
      messages={hiINMessages}
    >
      <div lang="hi">
        <SavedCardList />
      </div>
    </WalletProvider>,
  );
}

async function list(name = HEADING) {
  await waitFor(() => expect(screen.getByRole('list', { name })).not.toHaveAttribute('aria-busy'));
  return screen.getByRole('list', { name });
}

describe('Hindi (hi-IN)', () => {
  test('the list, rows and buttons are named in Hindi; expiry through Intl is "07/31"', async () => {
    renderHindi(createFakeBackend(sampleCards()));
    const rows = within(await list()).getAllByRole('listitem');
    expect(screen.getByRole('heading', { name: HEADING })).toBeVisible();
    expect(rows[0]).toHaveTextContent(VISA);
    // What Chromium's CLDR gives for hi-IN: Latin digits, month/year.
    expect(rows[0]).toHaveTextContent('07/31 तक मान्य');
    expect(rows[0]).toHaveTextContent('डिफ़ॉल्ट');
    expect(rows[2]).toHaveTextContent('07/24 में समाप्त हो चुका है');
    expect(screen.getByRole('button', { name: `${VISA} हटाएँ` })).toHaveTextContent('हटाएँ');
  });

  test('the confirm dialog and the removal announcement are in Hindi', async () => {
    const backend = createFakeBackend(sampleCards());
    renderHindi(backend);
    await list();
    await userEvent.click(screen.getByRole('button', { name: `${VISA} हटाएँ` }));
    const dialog = await screen.findByRole('alertdialog', {
      name: `क्या आप ${VISA} हटाना चाहते हैं?`,
    });
    // Visa is the default: the confirm names the card that takes its place.
    expect(dialog).toHaveAccessibleDescription(
      `${MASTERCARD} आपका डिफ़ॉल्ट कार्ड बन जाएगा। यह वापस नहीं किया जा सकता।`,
    );
    expect(within(dialog).getByRole('button', { name: 'रद्द करें' })).toHaveFocus();
    await userEvent.click(within(dialog).getByRole('button', { name: 'कार्ड हटाएँ' }));
    await waitFor(() => expect(screen.queryByRole('alertdialog')).toBeNull());
    expect(screen.getByRole('button', { name: `${MASTERCARD} हटाएँ` })).toHaveFocus();
    const live = document.querySelector('[data-slot="live-region"]');
    await waitFor(() => expect(live).toHaveTextContent(`${VISA} हटा दिया गया`));
  });

  test('a locale asking for Devanagari digits gets them in the expiry and the countdown', async () => {
    const backend = createFakeBackend(sampleCards());
    renderHindi(backend, 'hi-IN-u-nu-deva');
    const rows = within(await list()).getAllByRole('listitem');
    expect(rows[0]).toHaveTextContent('०७/३१ तक मान्य');
    backend.nextDelete(errorAnswer('rate_limited', 429, { 'Retry-After': '3' }));
    await userEvent.click(screen.getByRole('button', { name: `${VISA} हटाएँ` }));
    await userEvent.click(await screen.findByRole('button', { name: 'कार्ड हटाएँ' }));
    const countdown = await screen.findByText(/बहुत अधिक प्रयास हुए। [२३] सेकंड बाद/, {
      selector: '[data-slot="cooldown"]',
    });
    expect(countdown).toHaveTextContent('फिर से कोशिश करें।');
  });

  test('an empty wallet speaks Hindi', async () => {
    renderHindi(createFakeBackend([]));
    expect(await screen.findByText('कोई सहेजा गया कार्ड नहीं है')).toBeVisible();
  });
});

describe('English stays the default', () => {
  test('no messages, locale "en-US": "Visa ending in 4242", "Expires 07/31"', async () => {
    const backend = createFakeBackend(sampleCards());
    const client = createHttpWalletClient({ fetch: backend.fetch });
    render(
      <WalletProvider client={client} queryClient={testQueryClient()} locale="en-US">
        <SavedCardList />
      </WalletProvider>,
    );
    const [row] = within(await list('Saved cards')).getAllByRole('listitem');
    expect(row).toHaveTextContent('Visa ending in 4242');
    expect(row).toHaveTextContent('Expires 07/31');
  });
});
