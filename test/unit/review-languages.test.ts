import { describe, expect, test } from 'vitest';
import { DEMO_LANGUAGES } from '../../demo/page-language';
import {
  actionLocaleExport,
  actionLocaleSource,
  LOCALES,
  localeExport,
  localeSource,
} from '../../scripts/locales.mjs';
import type { WalletActionMessages, WalletMessages } from '../../src/index';
import { STORY_LOCALES } from '../../stories/story-locale';

// Issue 20: designers review the kit in every language it ships, in Storybook (the toolbar's
// locale global) and in the demo (its language switch): a new locale entry missing from
// either would never be looked at there.

const RIGHT_TO_LEFT = ['ar'];

/** The locale's two entries, the list's strings and the wallet actions', as a host passes them. */
async function entryOf(tag: string): Promise<WalletMessages & WalletActionMessages> {
  const list = (await import(`../../${localeSource(tag)}`)) as Record<string, WalletMessages>;
  const actions = (await import(`../../${actionLocaleSource(tag)}`)) as Record<
    string,
    WalletActionMessages
  >;
  return {
    ...(list[localeExport(tag)] as WalletMessages),
    ...(actions[actionLocaleExport(tag)] as WalletActionMessages),
  };
}

describe('the languages designers can pick', () => {
  test('the Storybook toolbar offers every locale entry, with its own messages and direction', async () => {
    expect(Object.keys(STORY_LOCALES)).toEqual(LOCALES);
    for (const tag of LOCALES) {
      const locale = STORY_LOCALES[tag];
      expect(locale?.dir, tag).toBe(RIGHT_TO_LEFT.includes(tag) ? 'rtl' : 'ltr');
      // English is the kit's default: no messages to pass.
      if (tag === 'en') expect(locale?.provider).toBeUndefined();
      else expect(locale?.provider, tag).toEqual({ locale: tag, messages: await entryOf(tag) });
    }
  });

  test('the demo offers every locale entry, loading its messages only when picked', async () => {
    expect(Object.keys(DEMO_LANGUAGES)).toEqual(LOCALES);
    for (const tag of LOCALES) {
      const language = DEMO_LANGUAGES[tag];
      expect(language?.dir, tag).toBe(RIGHT_TO_LEFT.includes(tag) ? 'rtl' : 'ltr');
      expect(language?.title, tag).toBe(STORY_LOCALES[tag]?.title);
      if (tag === 'en') expect(language?.messages).toBeUndefined();
      else expect(await language?.messages?.(), tag).toEqual(await entryOf(tag));
    }
  });
});
