import { existsSync, readdirSync, rmSync } from 'node:fs';
import { join, relative } from 'node:path';
import { expect, test } from '@playwright/test';
import { DEMO_SHOTS, widthsOf, ZOOM_SHOTS } from './demo-shots';
import { storiesOfBuild } from './storybook-index';

// A renamed or deleted story leaves its pictures behind; Playwright never removes a
// baseline, so this does (under --update) or names them.
// biome-ignore lint/correctness/noEmptyPattern: Playwright reads fixtures from the pattern.
test('every committed baseline belongs to a story or a demo shot', ({}, testInfo) => {
  const dir = testInfo.project.snapshotDir;
  if (!existsSync(dir)) return;
  const wanted = new Set([
    ...storiesOfBuild().flatMap((story) =>
      widthsOf(story).map((width) => `stories/${story.id}.${width}.png`),
    ),
    ...DEMO_SHOTS.map((shot) => `demo/${shot.name}.png`),
    ...ZOOM_SHOTS.map((shot) => `zoom/${shot.story}.${shot.width}x${shot.height}.png`),
  ]);
  const files = readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)).split('\\').join('/'));
  const stale = files.filter((file) => !wanted.has(file));
  if (testInfo.config.updateSnapshots === 'all' || testInfo.config.updateSnapshots === 'changed') {
    for (const file of stale) rmSync(join(dir, file));
    return;
  }
  expect(stale, 'baselines of no story (run `npm run test:visual -- --update`)').toEqual([]);
});
