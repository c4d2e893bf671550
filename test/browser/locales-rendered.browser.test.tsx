// Issue 20: a list in Arabic (right to left) and in Japanese, as Chromium renders it and as a
// screen reader is given it: the list, its rows, buttons and dialog named in the language.
import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, test } from 'vitest';
import { userEvent } from 'vitest/browser';
import { SavedCardList } from '../../src/index';
import { arMessages } from '../../src/locales/ar';
import { jaMessages } from '../../src/locales/ja';
import { createFakeBackend } from '../helpers/fake-backend';
import { localeCards } from '../helpers/locale-page';
import { renderWallet } from '../helpers/render-wallet';

function renderIn(locale: string, messages: typeof arMessages, dir: 'rtl' | 'ltr') {
  const backend = createFakeBackend(localeCards());
  renderWallet(backend, {
    locale,
    messages,
    ui: (
      <div lang={locale} dir={dir}>
        <SavedCardList />
      </div>
    ),
  });
}

async function list(name: string) {
  await waitFor(() => expect(screen.getByRole('list', { name })).not.toHaveAttribute('aria-busy'));
  return screen.getByRole('list', { name });
}

describe('Arabic (ar)', () => {
  test('rows, buttons, the bulk count and the dialog in Arabic; card digits stay Latin', async () => {
    renderIn('ar', arMessages, 'rtl');
    const rows = within(await list('البطاقات المحفوظة')).getAllByRole('listitem');
    expect(screen.getByRole('heading', { name: 'البطاقات المحفوظة' })).toBeVisible();
    expect(rows[0]).toHaveTextContent('بطاقة Visa تنتهي بـ 4242');
    // As on the card: no right-to-left mark before the slash (Intl's Arabic month/year has one,
    // which shows it as 31/07).
    expect(rows[0]).toHaveTextContent('صالحة حتى 07/31');
    expect(rows[0]?.textContent).not.toContain('\u200f');
    expect(rows[0]).toHaveTextContent('الافتراضية');
    // Three expired cards: "few" (3–10) takes the plural بطاقات, in Latin digits as named.
    const bulk = screen.getByRole('button', { name: 'إزالة 3 بطاقات منتهية الصلاحية' });
    expect(bulk).toBeVisible();
    await userEvent.click(screen.getByRole('button', { name: 'إزالة بطاقة Visa تنتهي بـ 4242' }));
    const dialog = await screen.findByRole('alertdialog', {
      name: 'إزالة بطاقة Visa تنتهي بـ 4242؟',
    });
    // Visa is the default: the confirm names the card that takes its place.
    expect(dialog).toHaveAccessibleDescription(
      'ستصبح بطاقة Mastercard تنتهي بـ 4444 بطاقتك الافتراضية. لا يمكن التراجع عن ذلك.',
    );
    expect(within(dialog).getByRole('button', { name: 'إلغاء' })).toHaveFocus();
    // The dialog fades in over 150 ms (opacity 0 at its first frame).
    await waitFor(() =>
      expect(within(dialog).getByRole('button', { name: 'إزالة البطاقة' })).toBeVisible(),
    );
  });

  test('a host whose shoppers read Arabic-Indic digits names them in the tag', async () => {
    renderIn('ar-EG-u-nu-arab', arMessages, 'rtl');
    await list('البطاقات المحفوظة');
    expect(screen.getByRole('button', { name: 'إزالة ٣ بطاقات منتهية الصلاحية' })).toBeVisible();
  });
});

describe('Japanese (ja)', () => {
  test('rows, buttons, the bulk count and the dialog in Japanese', async () => {
    renderIn('ja', jaMessages, 'ltr');
    const rows = within(await list('保存済みのカード')).getAllByRole('listitem');
    expect(rows[0]).toHaveTextContent('Visa（末尾4242）');
    expect(rows[0]).toHaveTextContent('メイン');
    expect(screen.getByRole('button', { name: '期限切れのカード3枚を削除' })).toBeVisible();
    await userEvent.click(screen.getByRole('button', { name: 'Visa（末尾4242）を削除' }));
    const dialog = await screen.findByRole('alertdialog', {
      name: 'Visa（末尾4242）を削除しますか？',
    });
    expect(dialog).toHaveAccessibleDescription(
      'Mastercard（末尾4444）がメインのカードになります。 この操作は取り消せません。',
    );
    await userEvent.click(within(dialog).getByRole('button', { name: 'カードを削除' }));
    const live = document.querySelector('[data-slot="live-region"]');
    await waitFor(() => expect(live).toHaveTextContent('Visa（末尾4242）を削除しました'));
  });
});
