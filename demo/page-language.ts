import type { WalletProviderProps } from '../src/index';

/** The page's text direction, as `dir` on <html>. */
export type Direction = 'ltr' | 'rtl';

/** A language the demo offers: `lang` and `dir` for <html>, props for the kit's provider. */
export interface DemoLanguage {
  /** The switch's label, in the language itself. */
  title: string;
  lang: string;
  dir: Direction;
  /** `locale` and `messages` for `<WalletProvider>`; none keeps the kit's English. */
  provider?: Pick<WalletProviderProps, 'locale' | 'messages'>;
}

/**
 * The demo's languages, by `?lang=` tag. English only for now: a locale entry
 * (`saved-card-kit/locales/<tag>`) plugs in with one line here, and the header shows a
 * language switch once there are two.
 */
export const DEMO_LANGUAGES: Readonly<Record<string, DemoLanguage>> = {
  en: { title: 'English', lang: 'en', dir: 'ltr' },
};

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
