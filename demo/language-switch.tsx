import { DEMO_LANGUAGES, type PageLanguage } from './page-language';

/**
 * Picks the kit's language: a reload with `?lang=<tag>` (the provider's messages are chosen
 * once, at start). Shown only when there is more than one language to pick.
 */
export function LanguageSwitch({ page }: { page: PageLanguage }) {
  const languages = Object.entries(DEMO_LANGUAGES);
  if (languages.length < 2) return null;
  return (
    <label className="demo-control-row">
      Language
      <select
        value={page.tag}
        onChange={(event) => {
          const url = new URL(location.href);
          url.searchParams.set('lang', event.target.value);
          url.searchParams.delete('dir');
          location.assign(url);
        }}
      >
        {languages.map(([tag, { title, lang }]) => (
          <option key={tag} value={tag} lang={lang}>
            {title}
          </option>
        ))}
      </select>
    </label>
  );
}
