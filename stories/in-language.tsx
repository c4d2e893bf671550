import type { Decorator } from '@storybook/react-vite';
import { type ReactNode, useEffect } from 'react';
import type { WalletProviderProps } from '../src/index';
import { StoryWallet } from './wallet-decorator';

/**
 * The kit's provider over the MSW backend in one language: `locale` and `messages` on the
 * provider, `lang` (and `dir` for a right-to-left one) on the story and on <html>, since the
 * dialog and toasts render in <body>.
 */
export function inLanguage(
  lang: string,
  props: Pick<WalletProviderProps, 'locale' | 'messages'>,
  dir: 'ltr' | 'rtl' = 'ltr',
): Decorator {
  function InLanguage({ children }: { children: ReactNode }) {
    useEffect(() => {
      const root = document.documentElement;
      const previous = { lang: root.lang, dir: root.dir };
      root.lang = lang;
      root.dir = dir;
      return () => {
        root.lang = previous.lang;
        root.dir = previous.dir;
      };
    }, []);
    return (
      <StoryWallet {...props}>
        <div lang={lang} dir={dir}>
          {children}
        </div>
      </StoryWallet>
    );
  }
  return (Story) => (
    <InLanguage>
      <Story />
    </InLanguage>
  );
}
