import type { ProfilerOnRenderCallback } from 'react';
import { defaultMessages, type WalletMessagesOverrides } from '../../src/index';
import { afterPaint } from './after-paint';
import type { BenchApi } from './bench-api';

const CONFIRM = '[data-slot="dialog"] [data-variant="danger"]';
const ROW = 'li[data-slot="card"]';
const EXPIRED_ROW = 'li[data-slot="card"][data-state="expired"]';
const UNDO = '[data-slot="toast-action"]';
const DEFAULT_BUTTON = '[data-slot="default-button"]';

/**
 * Times confirm click (the floor: the row's click) → row gone inside the page: a capture listener stamps the click before
 * React sees it, a MutationObserver stamps the row's removal (no CDP round trips in between).
 */
export function installRemovalTimer(api: BenchApi, click = CONFIRM, row = ROW): void {
  window.addEventListener(
    'click',
    (event) => {
      if (event.target instanceof Element && event.target.closest(click)) {
        api.confirmAt = performance.now();
        api.lastConfirmAt = api.confirmAt;
      }
    },
    { capture: true },
  );
  new MutationObserver((records) => {
    const now = performance.now();
    if (api.confirmAt === null) return;
    for (const record of records) {
      for (const node of record.removedNodes) {
        if (node instanceof Element && node.matches(row) && api.confirmAt !== null) {
          const confirmAt = api.confirmAt;
          api.removals.push(now - confirmAt);
          afterPaint().then((painted) => api.removalsPainted.push(painted - confirmAt));
          api.lastRemovalAt = now;
          api.rowRendersAtRemoval = api.rowRenders;
          api.confirmAt = null;
        }
      }
    }
  }).observe(document.body, { childList: true, subtree: true });
}

/**
 * Times the bulk confirm click → the last expired row gone, and an Undo click → the card's row
 * back, inside the page as `installRemovalTimer` does.
 */
export function installBulkAndUndoTimers(api: BenchApi): void {
  let bulkAt: number | null = null;
  let undoAt: number | null = null;
  window.addEventListener(
    'click',
    (event) => {
      const target = event.target instanceof Element ? event.target : null;
      if (target?.closest(CONFIRM) && document.querySelector(EXPIRED_ROW) && !undoAt) {
        bulkAt = performance.now();
      }
      if (target?.closest(UNDO)) undoAt = performance.now();
    },
    { capture: true },
  );
  new MutationObserver((records) => {
    const now = performance.now();
    if (bulkAt !== null && !document.querySelector(EXPIRED_ROW)) {
      api.bulkRemovals.push(now - bulkAt);
      bulkAt = null;
    }
    const added = records.some((r) =>
      [...r.addedNodes].some((n) => n instanceof Element && n.matches(ROW)),
    );
    if (undoAt !== null && added) {
      api.undos.push(now - undoAt);
      undoAt = null;
    }
  }).observe(document.body, { childList: true, subtree: true });
}

/**
 * Times a "Make default" click → the Default badge in that card's row, inside the page as
 * `installRemovalTimer` does.
 */
export function installDefaultTimer(api: BenchApi): void {
  let clicked: { row: Element; at: number } | null = null;
  window.addEventListener(
    'click',
    (event) => {
      const target = event.target instanceof Element ? event.target : null;
      const row = target?.closest(DEFAULT_BUTTON)?.closest(ROW);
      if (row) clicked = { row, at: performance.now() };
    },
    { capture: true },
  );
  new MutationObserver(() => {
    if (clicked?.row.querySelector('[data-slot="default-badge"]')) {
      api.defaultSwitches.push(performance.now() - clicked.at);
      clicked = null;
    }
  }).observe(document.body, { childList: true, subtree: true });
}

/** Default messages whose expiry lines count renders: CardRow calls one of them per render. */
export function countingMessages(api: BenchApi): WalletMessagesOverrides {
  return {
    expires: (expiry) => {
      api.rowRenders += 1;
      return defaultMessages.expires(expiry);
    },
    expired: (expiry) => {
      api.rowRenders += 1;
      return defaultMessages.expired(expiry);
    },
  };
}

export function profilerCallback(api: BenchApi): ProfilerOnRenderCallback {
  return (_id, phase, actualDuration, _baseDuration, _startTime, commitTime) => {
    const rows = document.querySelector('[data-slot="list"]')?.childElementCount ?? 0;
    api.commits.push({ phase, actualDuration, commitTime, rows });
  };
}
