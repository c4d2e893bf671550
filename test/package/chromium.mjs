// The one place the package checks find their browser (no browser downloads here).
import { chromium } from 'playwright';

/** Headless Chromium from CHROMIUM_PATH, else Debian's /usr/bin/chromium. */
export function launchChromium() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--disable-gpu', '--disable-background-networking', '--disable-component-update'],
  });
}
