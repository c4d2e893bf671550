import { createContext } from 'react';
import type { WalletMessages, WalletProviderProps } from '../src/index';
import { arActionMessages } from '../src/locales/actions/ar';
import { bnActionMessages } from '../src/locales/actions/bn';
import { deActionMessages } from '../src/locales/actions/de';
import { enXAActionMessages } from '../src/locales/actions/en-xa';
import { esActionMessages } from '../src/locales/actions/es';
import { frActionMessages } from '../src/locales/actions/fr';
import { hiINActionMessages } from '../src/locales/actions/hi-in';
import { idActionMessages } from '../src/locales/actions/id';
import { jaActionMessages } from '../src/locales/actions/ja';
import { mrActionMessages } from '../src/locales/actions/mr';
import { ptBRActionMessages } from '../src/locales/actions/pt-br';
import { taActionMessages } from '../src/locales/actions/ta';
import { teActionMessages } from '../src/locales/actions/te';
import { zhCNActionMessages } from '../src/locales/actions/zh-cn';
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

/** A language the Storybook toolbar offers: what goes on <html> and on the kit's provider. */
export interface StoryLocale {
  /** The toolbar's label, in the language itself ("English", "العربية"). */
  title: string;
  /** `lang` on <html> and on the story. */
  lang: string;
  /** The language's direction; the toolbar's direction global still overrides it. */
  dir: 'ltr' | 'rtl';
  /** `locale` and `messages` for `<WalletProvider>`; none keeps the kit's English. */
  provider?: Pick<WalletProviderProps, 'locale' | 'messages'>;
}

/**
 * A left-to-right locale: `lang` and the provider's `locale` are its tag; its messages are the
 * list's and the wallet actions' (two entries, `locales/<tag>` and `locales/actions/<tag>`).
 */
const ltr = (title: string, tag: string, messages: WalletMessages): StoryLocale => ({
  title,
  lang: tag,
  dir: 'ltr',
  provider: { locale: tag, messages },
});

/**
 * The languages of the toolbar's locale global, by tag: every locale entry the kit ships
 * (`saved-card-kit/locales/<tag>`, scripts/locales.mjs), titled in the language itself, so a
 * designer can see any story in any of them. English keeps the kit's defaults.
 */
export const STORY_LOCALES: Readonly<Record<string, StoryLocale>> = {
  en: { title: 'English', lang: 'en', dir: 'ltr' },
  'hi-IN': ltr('हिन्दी', 'hi-IN', { ...hiINMessages, ...hiINActionMessages }),
  ar: {
    title: 'العربية',
    lang: 'ar',
    dir: 'rtl',
    provider: { locale: 'ar', messages: { ...arMessages, ...arActionMessages } },
  },
  bn: ltr('বাংলা', 'bn', { ...bnMessages, ...bnActionMessages }),
  ta: ltr('தமிழ்', 'ta', { ...taMessages, ...taActionMessages }),
  te: ltr('తెలుగు', 'te', { ...teMessages, ...teActionMessages }),
  mr: ltr('मराठी', 'mr', { ...mrMessages, ...mrActionMessages }),
  es: ltr('Español', 'es', { ...esMessages, ...esActionMessages }),
  'pt-BR': ltr('Português (Brasil)', 'pt-BR', { ...ptBRMessages, ...ptBRActionMessages }),
  fr: ltr('Français', 'fr', { ...frMessages, ...frActionMessages }),
  de: ltr('Deutsch', 'de', { ...deMessages, ...deActionMessages }),
  ja: ltr('日本語', 'ja', { ...jaMessages, ...jaActionMessages }),
  'zh-CN': ltr('简体中文', 'zh-CN', { ...zhCNMessages, ...zhCNActionMessages }),
  id: ltr('Bahasa Indonesia', 'id', { ...idMessages, ...idActionMessages }),
  // The pseudo-locale: accented, a third longer, bracketed, to catch clipping on sight.
  'en-XA': ltr('Pseudo (en-XA)', 'en-XA', { ...enXAMessages, ...enXAActionMessages }),
};

/**
 * The provider props the locale global asks for. StoryWallet reads them, under the story's
 * own props: a story written for one language keeps it whatever the toolbar says.
 */
export const StoryLocaleContext = createContext<StoryLocale['provider']>(undefined);
