import { useState } from 'react';
import { applyPageLanguage, type PageLanguage } from './page-language';

/**
 * Flips the page between left-to-right and right-to-left (`dir` on <html>, `?dir=` in the
 * address), so the kit can be reviewed mirrored without an RTL language. Says what it will do.
 */
export function DirectionToggle({ initial }: { initial: PageLanguage }) {
  const [page, setPage] = useState(initial);
  const next = page.dir === 'rtl' ? 'ltr' : 'rtl';
  return (
    <button
      type="button"
      className="demo-button"
      onClick={() => {
        const flipped = { ...page, dir: next } as const;
        applyPageLanguage(flipped);
        setPage(flipped);
      }}
    >
      {next === 'rtl' ? 'Use right-to-left layout' : 'Use left-to-right layout'}
    </button>
  );
}
