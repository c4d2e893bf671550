// The package checks launch their browser here, found by the repo's one resolver.
import { chromium } from 'playwright';
import { chromiumExecutable } from '../../scripts/chromium.mjs';

/** Headless Chromium as scripts/chromium.mjs finds it (CHROMIUM_PATH, system, Playwright's). */
export function launchChromium(extraArgs = []) {
  return chromium.launch({
    executablePath: chromiumExecutable(),
    args: [
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      ...extraArgs,
    ],
  });
}
