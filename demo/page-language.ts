import type { WalletMessages, WalletProviderProps } from '../src/index';

/** The page's text direction, as `dir` on <html>. */
export type Direction = 'ltr' | 'rtl';

/** A language the demo offers: `lang` and `dir` for <html>, its messages for the kit's provider. */
export interface DemoLanguage {
  /** The switch's label, in the language itself. */
  title: string;
  lang: string;
  dir: Direction;
  /** Loads the locale entry's messages (a chunk of their own); none keeps the kit's English. */
  messages?: () => Promise<WalletMessages>;
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
    messages: () => import('../src/locales/hi-in').then((m) => m.hiINMessages),
  },
  ar: {
    title: 'العربية',
    lang: 'ar',
    dir: 'rtl',
    messages: () => import('../src/locales/ar').then((m) => m.arMessages),
  },
  bn: {
    title: 'বাংলা',
    lang: 'bn',
    dir: 'ltr',
    messages: () => import('../src/locales/bn').then((m) => m.bnMessages),
  },
  ta: {
    title: 'தமிழ்',
    lang: 'ta',
    dir: 'ltr',
    messages: () => import('../src/locales/ta').then((m) => m.taMessages),
  },
  te: {
    title: 'తెలుగు',
    lang: 'te',
    dir: 'ltr',
    messages: () => import('../src/locales/te').then((m) => m.teMessages),
  },
  mr: {
    title: 'मराठी',
    lang: 'mr',
    dir: 'ltr',
    messages: () => import('../src/locales/mr').then((m) => m.mrMessages),
  },
  es: {
    title: 'Español',
    lang: 'es',
    dir: 'ltr',
    messages: () => import('../src/locales/es').then((m) => m.esMessages),
  },
  'pt-BR': {
    title: 'Português (Brasil)',
    lang: 'pt-BR',
    dir: 'ltr',
    messages: () => import('../src/locales/pt-br').then((m) => m.ptBRMessages),
  },
  fr: {
    title: 'Français',
    lang: 'fr',
    dir: 'ltr',
    messages: () => import('../src/locales/fr').then((m) => m.frMessages),
  },
  de: {
    title: 'Deutsch',
    lang: 'de',
    dir: 'ltr',
    messages: () => import('../src/locales/de').then((m) => m.deMessages),
  },
  ja: {
    title: '日本語',
    lang: 'ja',
    dir: 'ltr',
    messages: () => import('../src/locales/ja').then((m) => m.jaMessages),
  },
  'zh-CN': {
    title: '简体中文',
    lang: 'zh-CN',
    dir: 'ltr',
    messages: () => import('../src/locales/zh-cn').then((m) => m.zhCNMessages),
  },
  id: {
    title: 'Bahasa Indonesia',
    lang: 'id',
    dir: 'ltr',
    messages: () => import('../src/locales/id').then((m) => m.idMessages),
  },
  // The pseudo-locale: accented, a third longer, bracketed, to catch clipping on sight.
  'en-XA': {
    title: 'Pseudo (en-XA)',
    lang: 'en-XA',
    dir: 'ltr',
    messages: () => import('../src/locales/en-xa').then((m) => m.enXAMessages),
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
