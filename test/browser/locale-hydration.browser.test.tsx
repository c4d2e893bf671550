// Issue 20: each locale's server HTML (rendered in Node, with Node's ICU) hydrates in Chromium
// (its own ICU) with no mismatch: counts are written in each set's named digits, so the two
// agree even where their ICU data's defaults would not.
import { screen, within } from '@testing-library/react';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { commands } from 'vitest/browser';
import { LOCALES } from '../../scripts/locales.mjs';
import { formatCount } from '../../src/core/format-count';
import { hydrateServerHtml, placeServerHtml, removeServerHtml } from '../helpers/hydrate-html';
import { localeMessages, localePage, stubClient } from '../helpers/locale-page';

declare module 'vitest/browser' {
  interface BrowserCommands {
    renderLocaleOnServer: (tag: string) => Promise<{
      html: string;
      state: import('@tanstack/react-query').DehydratedState;
      icu: string;
    }>;
  }
}

afterEach(async () => {
  await removeServerHtml();
  vi.restoreAllMocks();
});

describe('every locale hydrates what Node rendered', () => {
  test.each(LOCALES)('%s', async (tag) => {
    const messages = await localeMessages(tag);
    const { html, state } = await commands.renderLocaleOnServer(tag);
    // Three expired cards: the bulk button carries a count in the set's digits.
    const bulk = messages.removeExpired(formatCount(3, tag, messages), 3);
    expect(html).toContain(bulk.replace(/&/g, '&amp;'));

    const container = placeServerHtml(html);
    const serverList = container.querySelector('ul');
    const errors = vi.spyOn(console, 'error');
    const recoverable = await hydrateServerHtml(localePage(tag, messages, stubClient(), state));

    expect(recoverable).toEqual([]);
    expect(errors).not.toHaveBeenCalled();
    const list = screen.getByRole('list', { name: messages.listHeading });
    expect(list).toBe(serverList);
    expect(within(list).getAllByRole('listitem')).toHaveLength(6);
    expect(screen.getByRole('button', { name: bulk })).toBeVisible();
  });
});
