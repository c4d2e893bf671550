import { useState } from 'react';
import { applyTheme, currentTheme } from './theme';

/** A two-state button: "Dark theme", pressed or not. */
export function ThemeToggle() {
  const [theme, setTheme] = useState(currentTheme);
  const dark = theme === 'dark';
  return (
    <button
      type="button"
      className="demo-button"
      aria-pressed={dark}
      onClick={() => {
        const next = dark ? 'light' : 'dark';
        applyTheme(next);
        setTheme(next);
      }}
    >
      Dark theme
    </button>
  );
}
