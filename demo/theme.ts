/** The two themes the kit's stylesheet ships. */
export type Theme = 'light' | 'dark';

const STORAGE_KEY = 'saved-card-kit-demo:theme';

/** The saved choice, else the system's. */
export function initialTheme(): Theme {
  const saved = localStorage.getItem(STORAGE_KEY);
  if (saved === 'light' || saved === 'dark') return saved;
  return matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
}

/** The kit's stylesheet switches on `data-theme` on <html>, so that is all this sets. */
export function applyTheme(theme: Theme): void {
  document.documentElement.dataset.theme = theme;
  localStorage.setItem(STORAGE_KEY, theme);
}

/** The theme currently applied to the page. */
export function currentTheme(): Theme {
  return document.documentElement.dataset.theme === 'dark' ? 'dark' : 'light';
}
