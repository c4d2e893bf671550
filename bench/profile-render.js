// `node bench/profile-render.js [cards]`: where a first render of 1,000 cards (or `cards`) goes.
// Builds the bench page unminified (function names kept, still React's production build),
// mounts the list a few times to warm up, then records one mount with the CDP CPU profiler
// and one with a Chromium trace, and prints the top functions by self time and the
// browser's style, layout and paint time. Figures, not pass/fail.
import { join } from 'node:path';
import { chromium } from 'playwright';
import { chromiumExecutable } from '../scripts/chromium.mjs';
import { buildPage, tmpDir } from './builds.js';
import { serveStatic } from './static-server.js';

const CARDS = Number(process.argv[2] ?? 1000);
const TOP = 25;
const WARM_UPS = 3;

const outDir = join(tmpDir, 'profile-page');
await buildPage({ outDir, minify: false });
const site = await serveStatic(outDir);
const browser = await chromium.launch({
  executablePath: chromiumExecutable(),
  args: ['--disable-gpu', '--disable-background-networking'],
});
try {
  const page = await browser.newPage();
  await page.goto(`${site.url}/?scenario=mount`);
  await page.waitForFunction(() => window.bench?.ready);
  const mount = () => page.evaluate((count) => window.bench.mount(count), CARDS);
  for (let i = 0; i < WARM_UPS; i += 1) await mount();

  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
  await cdp.send('Profiler.start');
  const profiled = await mount();
  const { profile } = await cdp.send('Profiler.stop');

  await browser.startTracing(page, { categories: ['devtools.timeline'] });
  const traced = await mount();
  const trace = JSON.parse((await browser.stopTracing()).toString());

  console.log(
    `\nFirst render of ${CARDS.toLocaleString('en')} cards, Chromium ${browser.version()}: ` +
      `profiled mount ${profiled.toPaintMs.toFixed(1)} ms to paint, traced mount ${traced.toPaintMs.toFixed(1)} ms`,
  );
  printSelfTimes(profile);
  printRenderPhases(trace.traceEvents);
} finally {
  await browser.close();
  await site.close();
}

/** Self time per function (name, file:line), from the profile's samples and time deltas. */
function printSelfTimes(profile) {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const self = new Map();
  let total = 0;
  profile.samples.forEach((id, i) => {
    const node = byId.get(id);
    const { functionName, url, lineNumber } = node.callFrame;
    if (functionName === '(idle)') return;
    const file = url ? `${url.split('/').pop()}:${lineNumber + 1}` : '';
    const key = `${functionName || '(anonymous)'}  ${file}`;
    const ms = (profile.timeDeltas[i + 1] ?? 0) / 1000;
    self.set(key, (self.get(key) ?? 0) + ms);
    total += ms;
  });
  console.log(
    `\nCPU profile, busy ${total.toFixed(1)} ms (idle left out); top ${TOP} by self time:`,
  );
  const top = [...self].sort((a, b) => b[1] - a[1]).slice(0, TOP);
  for (const [key, ms] of top) {
    console.log(
      `  ${ms.toFixed(1).padStart(7)} ms  ${((100 * ms) / total).toFixed(1).padStart(5)} %  ${key}`,
    );
  }
}

/** The browser's own work on the main thread in the traced mount: style, layout, paint. */
function printRenderPhases(events) {
  const phases = ['FunctionCall', 'UpdateLayoutTree', 'Layout', 'PrePaint', 'Paint', 'Commit'];
  const main = events.filter((e) => e.ph === 'X' && phases.includes(e.name));
  console.log('\nChromium trace of one mount, main-thread time by kind:');
  for (const phase of phases) {
    const of = main.filter((e) => e.name === phase);
    const ms = of.reduce((sum, e) => sum + e.dur, 0) / 1000;
    console.log(`  ${phase.padEnd(18)}${ms.toFixed(1).padStart(7)} ms  (${of.length} events)`);
  }
}
