import { createContext } from 'react';
import type { WalletProviderProps } from '../src/index';

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
 * The languages of the toolbar's locale global, by tag. English only for now: a locale entry
 * (`saved-card-kit/locales/<tag>`) plugs in with one line here, and the toolbar shows the
 * locale menu once there are two.
 */
export const STORY_LOCALES: Readonly<Record<string, StoryLocale>> = {
  en: { title: 'English', lang: 'en', dir: 'ltr' },
};

/**
 * The provider props the locale global asks for. StoryWallet reads them, under the story's
 * own props: a story written for one language keeps it whatever the toolbar says.
 */
export const StoryLocaleContext = createContext<StoryLocale['provider']>(undefined);
