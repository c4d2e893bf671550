import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, screen, waitFor, within } from 'storybook/test';
import { renderBrandMark } from '../src/brand-marks/index';
import { formatCount } from '../src/core/format-count';
import { cardLabel, defaultMessages, SavedCardList, type WalletMessages } from '../src/index';
import { arMessages } from '../src/locales/ar';
import { bnMessages } from '../src/locales/bn';
import { deMessages } from '../src/locales/de';
import { enXAMessages } from '../src/locales/en-xa';
import { esMessages } from '../src/locales/es';
import { frMessages } from '../src/locales/fr';
import { hiINMessages } from '../src/locales/hi-in';
import { idMessages } from '../src/locales/id';
import { jaMessages } from '../src/locales/ja';
import { mrMessages } from '../src/locales/mr';
import { ptBRMessages } from '../src/locales/pt-br';
import { taMessages } from '../src/locales/ta';
import { teMessages } from '../src/locales/te';
import { zhCNMessages } from '../src/locales/zh-cn';
import { inLanguage } from './in-language';
import { deleteHandler, listHandler, mockApi } from './mocks';
import { LOAD_TIMEOUT } from './play-helpers';
import { walletCards } from './wallet-cards';

/**
 * Issue 20: the management list (a locked card with Replace, "Expires soon", two expired cards
 * and the bulk button) in every locale the kit ships, one story each, for translators and
 * designers to review. The screenshot suite shoots each at a phone's 360 px only (the
 * `phone-shot` tag): long words and scripts wrap first there. Fonts: `.storybook/preview.css`
 * names one Noto family per script (fonts-noto-core, fonts-noto-cjk), so no glyph falls back
 * to whatever a machine has.
 */
const meta = {
  title: 'SavedCardList/Locale management',
  component: SavedCardList,
  tags: ['phone-shot'],
  args: { onReplaceCard: fn(), renderBrandMark },
  beforeEach: mockApi(() => [listHandler(walletCards()), deleteHandler()]),
} satisfies Meta<typeof SavedCardList>;

export default meta;
type Story = StoryObj<typeof meta>;

/** The list in `lang` with `messages`; the play checks each state in that set's own words. */
function managementIn(lang: string, messages: WalletMessages, dir?: 'rtl'): Story {
  return {
    decorators: [inLanguage(lang, { locale: lang, messages }, dir)],
    play: async () => {
      const name = messages.listHeading;
      await waitFor(
        () => expect(screen.getByRole('list', { name })).not.toHaveAttribute('aria-busy'),
        LOAD_TIMEOUT,
      );
      const rows = within(screen.getByRole('list', { name })).getAllByRole('listitem');
      const rowOf = (label: string) =>
        rows.find((row) => row.textContent?.includes(label)) as HTMLElement;
      const locked = cardLabel({ brand: 'mastercard', last4: '4444' }, messages);
      await expect(
        within(rowOf(locked)).getByText(messages.lockReasons.subscription),
      ).toBeVisible();
      await expect(
        screen.getByRole('button', { name: messages.replaceButton(locked) }),
      ).toBeVisible();
      await expect(
        within(rowOf(cardLabel({ brand: 'amex', last4: '0005' }, messages))).getByText(
          messages.expiresSoon,
        ),
      ).toBeVisible();
      const bulk = messages.removeExpired(formatCount(2, lang, messages), 2);
      await expect(screen.getByRole('button', { name: bulk })).toBeVisible();
    },
  };
}

export const English = managementIn('en', defaultMessages);
export const Hindi = managementIn('hi-IN', hiINMessages);
export const Arabic = managementIn('ar', arMessages, 'rtl');
export const Bengali = managementIn('bn', bnMessages);
export const Tamil = managementIn('ta', taMessages);
export const Telugu = managementIn('te', teMessages);
export const Marathi = managementIn('mr', mrMessages);
export const Spanish = managementIn('es', esMessages);
export const PortugueseBrazil = managementIn('pt-BR', ptBRMessages);
export const French = managementIn('fr', frMessages);
export const German = managementIn('de', deMessages);
export const Japanese = managementIn('ja', jaMessages);
export const ChineseSimplified = managementIn('zh-CN', zhCNMessages);
export const Indonesian = managementIn('id', idMessages);
/** The pseudo-locale: a third longer, accented and bracketed, to catch clipping on sight. */
export const Pseudo = managementIn('en-XA', enXAMessages);
