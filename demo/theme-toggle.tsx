import { useState } from 'react';
import { applyTheme, currentTheme } from './theme';

/** Says what it will do ("Use light theme" while dark is on); the choice survives reloads. */
export function ThemeToggle() {
  const [theme, setTheme] = useState(currentTheme);
  const next = theme === 'dark' ? 'light' : 'dark';
  return (
    <button
      type="button"
      className="demo-button"
      onClick={() => {
        applyTheme(next);
        setTheme(next);
      }}
    >
      {next === 'dark' ? 'Use dark theme' : 'Use light theme'}
    </button>
  );
}
