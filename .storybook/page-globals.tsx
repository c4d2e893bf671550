import type { Decorator, Preview } from '@storybook/react-vite';
import { type ReactNode, useLayoutEffect } from 'react';
import { darkPage } from '../stories/document-root';
import { STORY_LOCALES, StoryLocaleContext } from '../stories/story-locale';

// Toolbar globals for design review: theme, direction and locale (every locale entry the kit
// ships, stories/story-locale.ts), applied to every story. Unset, a story keeps what it sets
// itself (the Themes stories set dark, right-to-left or Arabic through these same globals, so
// one mechanism draws both). They go on <html> as well as around the story: the dialog and
// toasts render in <body>.

type Theme = 'light' | 'dark';
type Direction = 'ltr' | 'rtl';

const locales = Object.entries(STORY_LOCALES);

export const globalTypes: Preview['globalTypes'] = {
  theme: {
    description: "The kit's theme: data-theme on <html>",
    toolbar: {
      title: 'Theme',
      icon: 'paintbrush',
      items: [
        { value: 'light', title: 'Light' },
        { value: 'dark', title: 'Dark' },
      ],
      dynamicTitle: true,
    },
  },
  dir: {
    description: 'Text direction: dir on <html> and around the story',
    toolbar: {
      title: 'Direction',
      icon: 'transfer',
      items: [
        { value: 'ltr', title: 'Left to right' },
        { value: 'rtl', title: 'Right to left' },
      ],
      dynamicTitle: true,
    },
  },
  ...(locales.length > 1
    ? {
        locale: {
          description: "The kit's language: lang on <html>, locale and messages on the provider",
          toolbar: {
            title: 'Locale',
            icon: 'globe',
            items: locales.map(([value, { title }]) => ({ value, title })),
            dynamicTitle: true,
          },
        },
      }
    : {}),
};

/** Sets `name` on <html> while the story shows and puts back what was there. */
function useRootAttribute(name: string, value: string | undefined) {
  useLayoutEffect(() => {
    if (value === undefined) return;
    const root = document.documentElement;
    const previous = root.getAttribute(name);
    root.setAttribute(name, value);
    return () => {
      if (previous === null) root.removeAttribute(name);
      else root.setAttribute(name, previous);
    };
  }, [name, value]);
}

interface PageGlobalsProps {
  theme?: Theme;
  dir?: Direction;
  locale?: string;
  children: ReactNode;
}

function PageGlobals({ theme, dir: asked, locale: tag, children }: PageGlobalsProps) {
  const locale = tag ? STORY_LOCALES[tag] : undefined;
  const dir = asked ?? locale?.dir;
  useRootAttribute('data-theme', theme);
  useRootAttribute('dir', dir);
  useRootAttribute('lang', locale?.lang);
  // A dark page behind a dark story, as the Themes stories had it: contrast as shoppers see it.
  useLayoutEffect(() => (theme === 'dark' ? darkPage() : undefined), [theme]);
  const story =
    dir || locale ? (
      <div dir={dir} lang={locale?.lang}>
        {children}
      </div>
    ) : (
      children
    );
  return (
    <StoryLocaleContext.Provider value={locale?.provider}>{story}</StoryLocaleContext.Provider>
  );
}

/** Applies the theme, direction and locale globals to every story. */
export const withPageGlobals: Decorator = (Story, { globals }) => (
  <PageGlobals
    theme={globals.theme as Theme | undefined}
    dir={globals.dir as Direction | undefined}
    locale={globals.locale as string | undefined}
  >
    <Story />
  </PageGlobals>
);
