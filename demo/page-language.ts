import type { WalletMessages, WalletProviderProps } from '../src/index';
import type { WalletActionMessages } from '../src/wallet/index';

/** The page's text direction, as `dir` on <html>. */
export type Direction = 'ltr' | 'rtl';

/** A language the demo offers: `lang` and `dir` for <html>, its messages for the kit's provider. */
export interface DemoLanguage {
  /** The switch's label, in the language itself. */
  title: string;
  lang: string;
  dir: Direction;
  /**
   * Loads the locale's two entries (chunks of their own): the list's messages and the wallet
   * actions' (`saved-card-kit/locales/actions/<tag>`); none keeps the kit's English.
   */
  messages?: () => Promise<WalletMessages & WalletActionMessages>;
}

/**
 * The demo's languages, by `?lang=` tag: every locale entry the kit ships
 * (`saved-card-kit/locales/<tag>`), each imported only when the page starts in it, as a host
 * would load just its shopper's language. The header shows the language switch.
 */
export const DEMO_LANGUAGES: Readonly<Record<string, DemoLanguage>> = {
  en: { title: 'English', lang: 'en', dir: 'ltr' },
  'hi-IN': {
    title: 'हिन्दी',
    lang: 'hi-IN',
    dir: 'ltr',
    messages: () =>
      Promise.all([import('../src/locales/hi-in'), import('../src/locales/actions/hi-in')]).then(
        ([list, actions]) => ({ ...list.hiINMessages, ...actions.hiINActionMessages }),
      ),
  },
  ar: {
    title: 'العربية',
    lang: 'ar',
    dir: 'rtl',
    messages: () =>
      Promise.all([import('../src/locales/ar'), import('../src/locales/actions/ar')]).then(
        ([list, actions]) => ({ ...list.arMessages, ...actions.arActionMessages }),
      ),
  },
  bn: {
    title: 'বাংলা',
    lang: 'bn',
    dir: 'ltr',
    messages: () =>
      Promise.all([import('../src/locales/bn'), import('../src/locales/actions/bn')]).then(
        ([list, actions]) => ({ ...list.bnMessages, ...actions.bnActionMessages }),
      ),
  },
  ta: {
    title: 'தமிழ்',
    lang: 'ta',
    dir: 'ltr',
    messages: () =>
      Promise.all([import('../src/locales/ta'), import('../src/locales/actions/ta')]).then(
        ([list, actions]) => ({ ...list.taMessages, ...actions.taActionMessages }),
      ),
  },
  te: {
    title: 'తెలుగు',
    lang: 'te',
    dir: 'ltr',
    messages: () =>
      Promise.all([import('../src/locales/te'), import('../src/locales/actions/te')]).then(
        ([list, actions]) => ({ ...list.teMessages, ...actions.teActionMessages }),
      ),
  },
  mr: {
    title: 'मराठी',
    lang: 'mr',
    dir: 'ltr',
    messages: () =>
      Promise.all([import('../src/locales/mr'), import('../src/locales/actions/mr')]).then(
        ([list, actions]) => ({ ...list.mrMessages, ...actions.mrActionMessages }),
      ),
  },
  es: {
    title: 'Español',
    lang: 'es',
    dir: 'ltr',
    messages: () =>
      Promise.all([import('../src/locales/es'), import('../src/locales/actions/es')]).then(
        ([list, actions]) => ({ ...list.esMessages, ...actions.esActionMessages }),
      ),
  },
  'pt-BR': {
    title: 'Português (Brasil)',
    lang: 'pt-BR',
    dir: 'ltr',
    messages: () =>
      Promise.all([import('../src/locales/pt-br'), import('../src/locales/actions/pt-br')]).then(
        ([list, actions]) => ({ ...list.ptBRMessages, ...actions.ptBRActionMessages }),
      ),
  },
  fr: {
    title: 'Français',
    lang: 'fr',
    dir: 'ltr',
    messages: () =>
      Promise.all([import('../src/locales/fr'), import('../src/locales/actions/fr')]).then(
        ([list, actions]) => ({ ...list.frMessages, ...actions.frActionMessages }),
      ),
  },
  de: {
    title: 'Deutsch',
    lang: 'de',
    dir: 'ltr',
    messages: () =>
      Promise.all([import('../src/locales/de'), import('../src/locales/actions/de')]).then(
        ([list, actions]) => ({ ...list.deMessages, ...actions.deActionMessages }),
      ),
  },
  ja: {
    title: '日本語',
    lang: 'ja',
    dir: 'ltr',
    messages: () =>
      Promise.all([import('../src/locales/ja'), import('../src/locales/actions/ja')]).then(
        ([list, actions]) => ({ ...list.jaMessages, ...actions.jaActionMessages }),
      ),
  },
  'zh-CN': {
    title: '简体中文',
    lang: 'zh-CN',
    dir: 'ltr',
    messages: () =>
      Promise.all([import('../src/locales/zh-cn'), import('../src/locales/actions/zh-cn')]).then(
        ([list, actions]) => ({ ...list.zhCNMessages, ...actions.zhCNActionMessages }),
      ),
  },
  id: {
    title: 'Bahasa Indonesia',
    lang: 'id',
    dir: 'ltr',
    messages: () =>
      Promise.all([import('../src/locales/id'), import('../src/locales/actions/id')]).then(
        ([list, actions]) => ({ ...list.idMessages, ...actions.idActionMessages }),
      ),
  },
  // The pseudo-locale: accented, a third longer, bracketed, to catch clipping on sight.
  'en-XA': {
    title: 'Pseudo (en-XA)',
    lang: 'en-XA',
    dir: 'ltr',
    messages: () =>
      Promise.all([import('../src/locales/en-xa'), import('../src/locales/actions/en-xa')]).then(
        ([list, actions]) => ({ ...list.enXAMessages, ...actions.enXAActionMessages }),
      ),
  },
};

/** `locale` and `messages` for `<WalletProvider>` in the page's language: {} keeps English. */
export async function providerLanguage({
  tag,
  language,
}: PageLanguage): Promise<Pick<WalletProviderProps, 'locale' | 'messages'>> {
  if (!language.messages) return {};
  return { locale: tag, messages: await language.messages() };
}

/** What the page starts with: the language and the direction. */
export interface PageLanguage {
  tag: string;
  language: DemoLanguage;
  dir: Direction;
}

/**
 * Read once at start from the address: `?lang=<tag>` (an unknown tag falls back to English)
 * and `?dir=rtl` / `?dir=ltr` (else the language's own direction).
 */
export function pageLanguageFrom(search: string): PageLanguage {
  const params = new URLSearchParams(search);
  const asked = params.get('lang') ?? 'en';
  const tag = Object.hasOwn(DEMO_LANGUAGES, asked) ? asked : 'en';
  const language = DEMO_LANGUAGES[tag] as DemoLanguage;
  const dirParam = params.get('dir');
  const dir = dirParam === 'rtl' || dirParam === 'ltr' ? dirParam : language.dir;
  return { tag, language, dir };
}

/**
 * `lang` and `dir` on <html> (the dialog and toasts render in <body>, so the root must carry
 * them), and the same in the address, so a reload or a shared link keeps the page as it is.
 */
export function applyPageLanguage({ tag, language, dir }: PageLanguage): void {
  const root = document.documentElement;
  root.lang = language.lang;
  root.dir = dir;
  const url = new URL(location.href);
  if (tag === 'en') url.searchParams.delete('lang');
  else url.searchParams.set('lang', tag);
  if (dir === language.dir) url.searchParams.delete('dir');
  else url.searchParams.set('dir', dir);
  history.replaceState(history.state, '', url);
}
