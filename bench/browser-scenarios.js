// Browser scenarios (a–d, f, g, i and the floor): Playwright drives the built bench page; timings are taken inside the page.
const ROW = 'li[data-slot="card"]';
const REMOVE = '[data-slot="remove-button"]';
const settled = () =>
  window.bench.stats.deletesInFlight === 0 &&
  window.bench.stats.listsInFlight === 0 &&
  !document.querySelector('[role="alertdialog"]');

const FLOOR_ROW = 'ul[data-floor] > li';

async function open(browser, url, rows, row = ROW) {
  const page = await browser.newPage();
  page.setDefaultTimeout(30_000);
  await page.goto(url);
  await page.waitForFunction(
    ([count, selector]) =>
      window.bench?.ready && document.querySelectorAll(selector).length >= count,
    [rows, row],
  );
  return page;
}

async function confirmRemoval(page, removeButton) {
  await removeButton.click();
  const dialog = page.getByRole('alertdialog');
  await dialog.waitFor();
  await dialog.getByRole('button', { name: 'Remove card' }).click();
  return dialog;
}

/**
 * a: confirm click → row gone, `count` removals of the first row one after another, backend
 * delayed, among `cards` (default `count + 5`). The floor variant: a click on the row drops it.
 */
export async function removalLatency(browser, base, variant, { count, deleteMs, cards }) {
  const rows = cards ?? count + 5;
  const floor = variant === 'floor';
  const page = await open(
    browser,
    `${base}/?scenario=${variant}&cards=${rows}&deleteMs=${deleteMs}`,
    rows,
    floor ? FLOOR_ROW : ROW,
  );
  for (let i = 0; i < count; i += 1) {
    if (floor) await page.locator(FLOOR_ROW).first().click();
    else await confirmRemoval(page, page.locator(`${ROW} ${REMOVE}`).first());
    await page.waitForFunction((n) => window.bench.removalsPainted.length >= n, i + 1);
    await page.waitForFunction(settled);
  }
  const samples = await page.evaluate(() => ({
    toDom: window.bench.removals,
    toPaint: window.bench.removalsPainted,
  }));
  await page.close();
  return samples;
}

/** c: remove one of `cards`: Profiler commits and row renders, `count` times. */
export async function removalCommits(browser, base, { cards, count, deleteMs }) {
  const page = await open(
    browser,
    `${base}/?scenario=profile&cards=${cards}&deleteMs=${deleteMs}`,
    cards,
  );
  const runs = [];
  for (let i = 0; i < count; i += 1) {
    const row = page.locator(ROW).nth(Math.floor(cards / 2));
    await row.locator(REMOVE).click();
    await page.getByRole('alertdialog').waitFor();
    await page.evaluate(() => window.bench.reset());
    await page.getByRole('alertdialog').getByRole('button', { name: 'Remove card' }).click();
    await page.waitForFunction((n) => window.bench.removals.length >= n, i + 1);
    await page.waitForFunction(settled);
    // Room for the refetch after the last settle to commit.
    await page.waitForTimeout(300);
    runs.push(
      await page.evaluate(() => {
        const b = window.bench;
        const rowsBefore = document.querySelectorAll('li[data-slot="card"]').length + 1;
        const at = b.commits.findIndex((c) => c.rows < rowsBefore);
        const upTo = b.commits.slice(0, at + 1);
        return {
          crossOriginIsolated: window.crossOriginIsolated,
          removalCommitMs: b.commits[at]?.actualDuration ?? null,
          commitsToRemoval: upTo.length,
          renderMsToRemoval: upTo.reduce((sum, c) => sum + c.actualDuration, 0),
          rowRendersToRemoval: b.rowRendersAtRemoval,
          commitsUntilSettled: b.commits.length,
          renderMsUntilSettled: b.commits.reduce((sum, c) => sum + c.actualDuration, 0),
          rowRendersUntilSettled: b.rowRenders,
          commits: b.commits,
          clickToRemovedMs: b.removals.at(-1),
        };
      }),
    );
  }
  await page.close();
  return runs;
}

/** d: list GETs with `lists` mounted lists, then after a burst of `burst` removals. */
export async function requestCounts(browser, base, { lists, cards, burst, deleteMs }) {
  const page = await open(
    browser,
    `${base}/?scenario=requests&lists=${lists}&cards=${cards}&deleteMs=${deleteMs}`,
    lists * cards,
  );
  await page.waitForTimeout(500);
  const initialGets = await page.evaluate(() => window.bench.stats.lists);
  const first = page.locator('section[data-slot="saved-card-list"]').first();
  for (let i = 0; i < burst; i += 1) {
    const dialog = await confirmRemoval(page, first.locator(`${ROW} ${REMOVE}`).first());
    await dialog.waitFor({ state: 'detached' });
  }
  await page.waitForFunction(settled);
  await page.waitForTimeout(500);
  const after = await page.evaluate(() => ({
    gets: window.bench.stats.lists,
    deletes: window.bench.stats.deletes,
    maxDeletesInFlight: window.bench.stats.maxDeletesInFlight,
    rowsPerList: [...document.querySelectorAll('section[data-slot="saved-card-list"]')].map(
      (section) => section.querySelectorAll('li[data-slot="card"]').length,
    ),
  }));
  await page.close();
  return {
    lists,
    cards,
    initialGets,
    burst,
    getsAfterBurst: after.gets - initialGets,
    deletes: after.deletes,
    maxDeletesInFlight: after.maxDeletesInFlight,
    rowsPerListAfter: after.rowsPerList,
  };
}

/** b: first render of each size, measured mounts after one warm-up each. */
export async function firstRenders(browser, base, { sizes, runs }) {
  const page = await browser.newPage();
  await page.goto(`${base}/?scenario=render&sizes=${sizes.join(',')}&runs=${runs}`);
  await page.waitForFunction(() => window.bench?.done, null, { timeout: 120_000 });
  const samples = await page.evaluate(() => window.bench.renders);
  await page.close();
  return samples;
}

/** f: one confirm removes `expired` expired cards among `cards`: click → all gone, `count` times. */
export async function bulkRemovalLatency(browser, base, { cards, expired, count, deleteMs }) {
  const page = await open(
    browser,
    `${base}/?scenario=bulk&cards=${cards}&expired=${expired}&deleteMs=${deleteMs}`,
    cards,
  );
  const expiredRows = (n) =>
    document.querySelectorAll('li[data-slot="card"][data-state="expired"]').length === n;
  for (let i = 0; i < count; i += 1) {
    await page.getByRole('button', { name: `Remove ${expired} expired cards` }).click();
    const dialog = page.getByRole('alertdialog');
    await dialog.getByRole('button', { name: 'Remove cards' }).click();
    await page.waitForFunction((n) => window.bench.bulkRemovals.length >= n, i + 1);
    await page.waitForFunction(settled);
    // The backend gets its cards back and the list refetches them, for the next run.
    await page.evaluate(() => window.bench.refill());
    await page.waitForFunction(expiredRows, expired);
    await page.waitForFunction(settled);
  }
  const samples = await page.evaluate(() => window.bench.bulkRemovals);
  await page.close();
  return samples;
}

/** g: with `undoMs`, remove a card from the middle of `cards`, then Undo: click → row back. */
export async function undoLatency(browser, base, { cards, count, undoMs }) {
  const page = await open(
    browser,
    `${base}/?scenario=undo&cards=${cards}&undoMs=${undoMs}&deleteMs=50`,
    cards,
  );
  for (let i = 0; i < count; i += 1) {
    await confirmRemoval(page, page.locator(`${ROW} ${REMOVE}`).nth(Math.floor(cards / 2)));
    const undo = page.locator('[data-slot="toast-action"]', { hasText: 'Undo' });
    await undo.click();
    await page.waitForFunction((n) => window.bench.undos.length >= n, i + 1);
    await undo.waitFor({ state: 'detached' });
    await page.waitForFunction(settled);
  }
  const samples = await page.evaluate(() => ({
    undos: window.bench.undos,
    deletes: window.bench.stats.deletes,
  }));
  await page.close();
  return samples;
}

/**
 * i: "Make default" click → the Default badge in that row, among `cards`, `count` times (a
 * different card each time, the PUT answered after `putMs`; each settles before the next).
 */
export async function defaultLatency(browser, base, { cards, count, putMs }) {
  const page = await open(
    browser,
    `${base}/?scenario=default&cards=${cards}&deleteMs=${putMs}`,
    cards,
  );
  for (let i = 0; i < count; i += 1) {
    // Rows spread through the list, none expired (makeCards marks none without `expired`).
    await page
      .locator(`${ROW} [data-slot="default-button"]`)
      .nth(Math.floor(((i + 1) * cards) / (count + 2)))
      .click();
    await page.waitForFunction((n) => window.bench.defaultSwitches.length >= n, i + 1);
    await page.waitForFunction(
      () => window.bench.stats.putsInFlight === 0 && window.bench.stats.listsInFlight === 0,
    );
  }
  const samples = await page.evaluate(() => ({
    switches: window.bench.defaultSwitches,
    puts: window.bench.stats.puts,
  }));
  await page.close();
  return samples;
}
