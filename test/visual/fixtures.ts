import type { AddressInfo } from 'node:net';
import { test as base, expect, type Page } from '@playwright/test';
import express from 'express';
import { STORYBOOK_DIR } from './storybook-index';
import { VISUAL_NOW } from './today';

/**
 * `storybook`: the static build served on a free loopback port, one server per worker.
 * Every page's clock is fixed before its first script runs (timers still run, so play
 * functions and MSW delays behave as usual).
 */
export const test = base.extend<{ fixedClock: undefined }, { storybook: string }>({
  storybook: [
    // biome-ignore lint/correctness/noEmptyPattern: Playwright reads fixtures from the pattern.
    async ({}, use) => {
      const app = express().use(express.static(STORYBOOK_DIR));
      const server = await new Promise<ReturnType<typeof app.listen>>((resolve) => {
        const listening = app.listen(0, '127.0.0.1', () => resolve(listening));
      });
      await use(`http://127.0.0.1:${(server.address() as AddressInfo).port}`);
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    },
    { scope: 'worker' },
  ],
  fixedClock: [
    async ({ page }, use) => {
      await page.clock.setFixedTime(VISUAL_NOW);
      await use(undefined);
    },
    { auto: true },
  ],
});

export { expect };

/** The preview's channel: `last(event)` is the payload of that event's latest emit. */
interface PreviewWindow {
  __STORYBOOK_ADDONS_CHANNEL__?: { last(event: string): unknown[] | undefined };
}

/** What the preview said about a story's render, once it finished. */
interface StoryOutcome {
  status: string | undefined;
  errors: string[];
}

/**
 * Until Storybook reports the story finished (STORY_FINISHED: after loaders, render, play,
 * its wait for animations and the afterEach hooks), as its own test tooling waits; nothing
 * here sleeps. A play function that threw or a render error fails the test with Storybook's
 * message instead of a picture of a half-played story.
 */
export async function storyFinished(page: Page, id: string): Promise<void> {
  await page.waitForFunction((storyId) => {
    const channel = (window as PreviewWindow).__STORYBOOK_ADDONS_CHANNEL__;
    const [finished] = (channel?.last('storyFinished') ?? []) as [{ storyId?: string }?];
    return finished?.storyId === storyId;
  }, id);
  const outcome = await page.evaluate((): StoryOutcome => {
    const channel = (window as PreviewWindow).__STORYBOOK_ADDONS_CHANNEL__;
    const said = (event: string) =>
      channel?.last(event)?.[0] as
        | { message?: string; title?: string; status?: string }
        | undefined;
    const errors = ['playFunctionThrewException', 'storyThrewException', 'storyErrored']
      .map((event) => [event, said(event)] as const)
      .filter(([, payload]) => payload !== undefined)
      .map(([event, payload]) => `${event}: ${payload?.message ?? payload?.title ?? ''}`);
    const unhandled = channel?.last('unhandledErrorsWhilePlaying')?.[0];
    if (unhandled) errors.push(`unhandledErrorsWhilePlaying: ${JSON.stringify(unhandled)}`);
    return { status: said('storyFinished')?.status, errors };
  });
  expect(outcome.errors, `story ${id} failed`).toEqual([]);
  expect(outcome.status, `story ${id} finished with a failed check`).toBe('success');
}
