// `node bench/floor.js`: only the kit-against-floor rows of `npm run bench` (about 40 s), for
// trying a change to the rendering without the rest of the bench.
import { cpus, loadavg } from 'node:os';
import { chromium } from 'playwright';
import { chromiumExecutable } from '../scripts/chromium.mjs';
import { buildPage, pageDist } from './builds.js';
import { floorComparison, printFloorTable } from './floor-comparison.js';
import { serveStatic } from './static-server.js';

const started = performance.now();
const log = (message) =>
  console.log(`[${((performance.now() - started) / 1000).toFixed(0).padStart(3)} s] ${message}`);

log('building the bench page');
await buildPage();
const site = await serveStatic(pageDist);
const browser = await chromium.launch({
  executablePath: chromiumExecutable(),
  args: ['--disable-gpu', '--disable-background-networking'],
});
try {
  const comparison = await floorComparison(browser, site.url, { log });
  console.log(
    `\n  ${cpus()[0]?.model} (${cpus().length} cores, load ${loadavg()[0].toFixed(2)} at end), Chromium ${browser.version()}`,
  );
  printFloorTable(comparison);
} finally {
  await browser.close();
  await site.close();
}
