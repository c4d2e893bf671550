// `npm run bench`: builds the bench page and the server entry, drives the page in Chromium
// (scenarios a–d) and loads the handler with autocannon (e); prints a table and writes
// bench/results.json. Figures, not pass/fail.
import { rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright';
import { chromiumExecutable } from '../scripts/chromium.mjs';
import {
  bulkRemovalLatency,
  defaultLatency,
  removalCommits,
  removalLatency,
  requestCounts,
  undoLatency,
} from './browser-scenarios.js';
import { buildPage, buildServer, pageDist, repoRoot, tmpDir } from './builds.js';
import { floorComparison, printFloorTable } from './floor-comparison.js';
import { benchLock } from './lock-bench.js';
import { printRows } from './print-rows.js';
import { benchServer } from './server-bench.js';
import { serverRows } from './server-table.js';
import { serveStatic } from './static-server.js';

const REMOVALS = 50;
const DELETE_MS = 300;
const started = performance.now();
const log = (message) =>
  console.log(`[${((performance.now() - started) / 1000).toFixed(0).padStart(3)} s] ${message}`);

const round = (value, digits = 1) => (value === null ? null : Number(value.toFixed(digits)));
function percentile(values, p) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}
const median = (values) => percentile(values, 50);
const stats = (values) => ({
  n: values.length,
  medianMs: round(median(values)),
  p95Ms: round(percentile(values, 95)),
  minMs: round(Math.min(...values)),
  maxMs: round(Math.max(...values)),
});

log('building the bench page and the server entry');
await buildPage();
const serverModule = await buildServer();

const site = await serveStatic(pageDist);
const browser = await chromium.launch({
  executablePath: chromiumExecutable(),
  args: ['--disable-gpu', '--disable-background-networking'],
});
const results = {
  date: new Date().toISOString(),
  machine: {
    cpu: cpus()[0]?.model ?? 'unknown',
    cores: cpus().length,
    memoryGiB: round(totalmem() / 2 ** 30),
    node: process.version,
    chromium: browser.version(),
    platform: `${process.platform} ${process.arch}`,
    // Other work on the machine moves every figure; this says how busy it was.
    loadAverage1mAtStart: round(loadavg()[0], 2),
  },
  notes:
    'Page: Vite production build, minified, react-dom/profiling (production + Profiler timings); ' +
    'in-page WalletClient, so browser figures cover the UI only. Headless Chromium.',
};
try {
  log(`a: ${REMOVALS} optimistic removals, delete answered after ${DELETE_MS} ms`);
  const optimistic = await removalLatency(browser, site.url, 'optimistic', {
    count: REMOVALS,
    deleteMs: DELETE_MS,
  });
  log(`a: ${REMOVALS} pessimistic removals (baseline)`);
  const pessimistic = await removalLatency(browser, site.url, 'pessimistic', {
    count: REMOVALS,
    deleteMs: DELETE_MS,
  });
  results.removal = {
    deleteDelayMs: DELETE_MS,
    measuredFrom: 'confirm click (capture listener)',
    optimistic: { toDom: stats(optimistic.toDom), toPaint: stats(optimistic.toPaint) },
    pessimistic: { toDom: stats(pessimistic.toDom), toPaint: stats(pessimistic.toPaint) },
    medianRatioToDom: round(median(pessimistic.toDom) / median(optimistic.toDom)),
    medianRatioToPaint: round(median(pessimistic.toPaint) / median(optimistic.toPaint)),
  };

  // b and h: the kit against the floor (plain <li>s of the same text) in the same run.
  results.floor = await floorComparison(browser, site.url, { runs: 7, deleteMs: DELETE_MS, log });
  results.firstRender = results.floor.firstPaint;

  log('c: removing one of 1,000 cards (Profiler)');
  const commitRuns = await removalCommits(browser, site.url, {
    cards: 1000,
    count: 5,
    deleteMs: 50,
  });
  const medianOf = (key) => round(median(commitRuns.map((run) => run[key] ?? 0)), 2);
  results.removeOneOf1000 = {
    removalCommitMedianMs: medianOf('removalCommitMs'),
    commitsToRemovalMedian: medianOf('commitsToRemoval'),
    renderMsUntilSettledMedian: medianOf('renderMsUntilSettled'),
    commitsUntilSettledMedian: medianOf('commitsUntilSettled'),
    rowRendersToRemovalMax: Math.max(...commitRuns.map((run) => run.rowRendersToRemoval)),
    rowRendersUntilSettledMax: Math.max(...commitRuns.map((run) => run.rowRendersUntilSettled)),
    runs: commitRuns,
  };

  log('d: list requests with 3 lists and a burst of 5 removals');
  results.requests = await requestCounts(browser, site.url, {
    lists: 3,
    cards: 8,
    burst: 5,
    deleteMs: 3000,
  });

  log('f: removing 10 expired cards among 1,000 with one confirm, 20 times');
  const bulk = await bulkRemovalLatency(browser, site.url, {
    cards: 1000,
    expired: 10,
    count: 20,
    deleteMs: DELETE_MS,
  });
  results.bulkRemoval = { cards: 1000, expired: 10, deleteDelayMs: DELETE_MS, toDom: stats(bulk) };

  log('g: Undo within a 5 s window, 1,000 cards, 20 times');
  const undo = await undoLatency(browser, site.url, { cards: 1000, count: 20, undoMs: 5000 });
  results.undo = { cards: 1000, undoMs: 5000, toDom: stats(undo.undos), deletesSent: undo.deletes };

  log('i: Make default → badge moved, 1,000 cards, 20 times');
  const switches = await defaultLatency(browser, site.url, {
    cards: 1000,
    count: 20,
    putMs: DELETE_MS,
  });
  results.defaultSwitch = {
    cards: 1000,
    putDelayMs: DELETE_MS,
    measuredFrom: 'Make default click (capture listener)',
    toDom: stats(switches.switches),
    putsSent: switches.puts,
  };
} finally {
  await browser.close();
  await site.close();
}

log('e: server against a bare node:http floor, 10 and 100 connections; then the Redis lock');
results.server = await benchServer(serverModule);
results.lock = await benchLock(serverModule);
rmSync(tmpDir, { recursive: true, force: true });
results.seconds = round((performance.now() - started) / 1000, 0);

writeFileSync(join(repoRoot, 'bench/results.json'), `${JSON.stringify(results, null, 2)}\n`);
printTable(results);

function printTable(r) {
  const ms = (value) => `${value} ms`;
  const a = r.removal;
  const c = r.removeOneOf1000;
  const rows = [
    [
      'a. confirm → card gone, optimistic (kit)',
      `${ms(a.optimistic.toDom.medianMs)} median, ${ms(a.optimistic.toDom.p95Ms)} p95 to DOM; ${ms(a.optimistic.toPaint.medianMs)} / ${ms(a.optimistic.toPaint.p95Ms)} to paint`,
    ],
    [
      'a. same, pessimistic baseline',
      `${ms(a.pessimistic.toDom.medianMs)} median, ${ms(a.pessimistic.toDom.p95Ms)} p95 to DOM; ${ms(a.pessimistic.toPaint.medianMs)} / ${ms(a.pessimistic.toPaint.p95Ms)} to paint`,
    ],
    [
      'a. ratio (medians, 300 ms backend)',
      `${a.medianRatioToDom}× to DOM, ${a.medianRatioToPaint}× to paint`,
    ],
    ...r.firstRender.map((f) => [
      `b. first render, ${f.cards.toLocaleString('en')} cards`,
      `${ms(f.toDomMs)} to DOM, ${ms(f.toPaintMs)} to paint (median of ${f.runs}); floor ${ms(f.floorToPaintMs)}, ${f.ratio}×`,
    ]),
    [
      'c. remove 1 of 1,000',
      `removal commit ${ms(c.removalCommitMedianMs)} (median); rows re-rendered ${c.rowRendersUntilSettledMax} (goal 0)`,
    ],
    [
      'c. … until refetched',
      `${c.commitsUntilSettledMedian} commits, ${ms(c.renderMsUntilSettledMedian)} rendering in all`,
    ],
    ['d. list GETs, 3 mounted lists', `${r.requests.initialGets} (goal 1)`],
    [
      'd. list GETs after 5 removals',
      `${r.requests.getsAfterBurst} (goal 1; ${r.requests.maxDeletesInFlight} deletes in flight at once)`,
    ],
    [
      'f. bulk, 10 expired of 1,000 → all gone',
      `${ms(r.bulkRemoval.toDom.medianMs)} median, ${ms(r.bulkRemoval.toDom.p95Ms)} p95 to DOM (n ${r.bulkRemoval.toDom.n})`,
    ],
    [
      'g. Undo → card back, 1,000 cards',
      `${ms(r.undo.toDom.medianMs)} median, ${ms(r.undo.toDom.p95Ms)} p95 to DOM (n ${r.undo.toDom.n}; ${r.undo.deletesSent} DELETEs sent, goal 0)`,
    ],
    [
      'i. Make default → badge moved, 1,000 cards',
      `${ms(r.defaultSwitch.toDom.medianMs)} median, ${ms(r.defaultSwitch.toDom.p95Ms)} p95 to DOM (n ${r.defaultSwitch.toDom.n}; ${r.defaultSwitch.putsSent} PUTs, answered after ${r.defaultSwitch.putDelayMs} ms)`,
    ],
    ...serverRows(r.server, r.lock),
  ];
  const m = r.machine;
  console.log(
    `\nsaved-card-kit bench — ${m.cpu} (${m.cores} cores, load ${m.loadAverage1mAtStart}), Node ${m.node}, Chromium ${m.chromium}\n`,
  );
  printRows(rows);
  printFloorTable(r.floor);
  console.log(`\n  ${r.seconds} s; full figures in bench/results.json`);
}
