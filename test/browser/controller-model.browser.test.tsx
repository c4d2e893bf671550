import { QueryObserver } from '@tanstack/react-query';
import { fireEvent, render } from '@testing-library/react';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { RETRYABLE_CODES } from '../../src/core/wallet-error';
import {
  cardsQueryOptions,
  createHttpWalletClient,
  type SavedCard,
  SavedCardList,
  WalletProvider,
  walletKeys,
} from '../../src/index';
import { removal } from '../../src/query/remove-command';
import {
  type Command,
  type CommandReport,
  createWalletController,
} from '../../src/query/wallet-controller';
import { card } from '../helpers/cards';
import { createHeldBackend, type DeleteAnswer } from '../helpers/held-backend';
import { testQueryClient } from '../helpers/render-wallet';
import { seedFrom } from '../helpers/seed';

// The same random sequence of commands, run on the wallet controller alone and on the list a
// shopper uses, each against its own held backend: after every command they must agree on the
// cards shown, the requests sent and waiting, what Undo and "Try again" are offered for.

const CARDS = 6;
const EXPIRED = new Set(['card_1', 'card_3', 'card_4']);
const LOCKED = 'card_5';
// Long enough that no window ends within a run: a held DELETE goes by page hide or not at all.
const UNDO_MS = 60_000;
const RUNS = Number(import.meta.env.VITE_CONTROLLER_MODEL_RUNS ?? 30);
const SEED = seedFrom(
  import.meta.env.VITE_CONTROLLER_MODEL_SEED,
  20261205,
  'CONTROLLER_MODEL_SEED',
);

type Op =
  | { kind: 'remove'; k: number }
  | { kind: 'bulk' }
  | { kind: 'undo'; j: number }
  | { kind: 'answer'; j: number; answer: DeleteAnswer }
  | { kind: 'retry'; j: number }
  | { kind: 'retryBulk' }
  | { kind: 'answerList' }
  | { kind: 'pagehide' };

const ANSWERS: DeleteAnswer[] = [
  'ok',
  'ok',
  'provider_error',
  'network',
  'card_not_found',
  'rate_limited',
];
const op: fc.Arbitrary<Op> = fc.oneof(
  { arbitrary: fc.nat({ max: 5 }).map((k) => ({ kind: 'remove' as const, k })), weight: 4 },
  { arbitrary: fc.constant({ kind: 'bulk' as const }), weight: 1 },
  { arbitrary: fc.nat({ max: 3 }).map((j) => ({ kind: 'undo' as const, j })), weight: 2 },
  {
    arbitrary: fc
      .tuple(fc.nat({ max: 3 }), fc.constantFrom(...ANSWERS))
      .map(([j, answer]) => ({ kind: 'answer' as const, j, answer })),
    weight: 5,
  },
  { arbitrary: fc.nat({ max: 3 }).map((j) => ({ kind: 'retry' as const, j })), weight: 2 },
  { arbitrary: fc.constant({ kind: 'retryBulk' as const }), weight: 1 },
  { arbitrary: fc.constant({ kind: 'answerList' as const }), weight: 1 },
  { arbitrary: fc.constant({ kind: 'pagehide' as const }), weight: 1 },
);

function startingCards(): SavedCard[] {
  return Array.from({ length: CARDS }, (_, i) =>
    card({
      id: `card_${i}`,
      brand: 'unknown',
      last4: String(1001 + i),
      ...(EXPIRED.has(`card_${i}`) ? { expired: true, expiryYear: 2024 } : {}),
      ...(`card_${i}` === LOCKED ? { locked: 'subscription' as const } : {}),
    }),
  );
}
const label = (id: string) => `Card ending in ${1001 + Number(id.slice(5))}`;
const idOf = (text: string) => `card_${Number(text.slice(-4)) - 1001}`;

/** Lets answers, react-query's notify timers and React's commits run. */
async function settle() {
  for (let i = 0; i < 4; i += 1) await new Promise((resolve) => setTimeout(resolve, 0));
}

/** The controller alone, over its own QueryClient and backend; what its reports offered. */
async function controllerSide(undoMs: number) {
  const backend = createHeldBackend(startingCards());
  const client = createHttpWalletClient({ fetch: backend.fetch });
  const queryClient = testQueryClient();
  const stop = new QueryObserver(queryClient, cardsQueryOptions(client, queryClient)).subscribe(
    () => {},
  );
  const controller = createWalletController(queryClient);
  // What the UI should offer now: Undo for held cards, "Try again" for retryable failures.
  const held = new Set<string>();
  const retry = new Set<string>();
  const report: CommandReport = {
    held: (c) => {
      held.add(c.id);
      retry.delete(c.id);
    },
    sent: (c) => void held.delete(c.id),
    succeeded: (c) => void retry.delete(c.id),
    failed: (c, error) => {
      if (RETRYABLE_CODES.has(error.code)) retry.add(c.id);
      else retry.delete(c.id);
    },
    restored: (c) => void held.delete(c.id),
  };
  // A bulk removal's failures are summed up in one toast, its "Try again" for the retryable ones.
  const bulkReport: CommandReport = { succeeded: (c) => void retry.delete(c.id) };
  const side = { bulkRetry: [] as SavedCard[] };
  const command = (c: SavedCard, holdMs = 0, bulk = false): Command => ({
    kind: removal,
    card: c,
    client,
    report: bulk ? bulkReport : report,
    holdMs,
  });
  await settle();
  backend.answerList();
  await settle();
  const shown = () => {
    const removing = controller.state.getSnapshot().removing;
    return (queryClient.getQueryData<SavedCard[]>(walletKeys.cards()) ?? []).filter(
      (c) => !removing.has(c.id),
    );
  };
  return {
    backend,
    shown,
    held,
    retry,
    remove: (c: SavedCard) => controller.run(command(c, undoMs)),
    retryOne: (c: SavedCard) => controller.run(command(c)),
    side,
    bulk: (cards: SavedCard[]) =>
      controller.runAll(
        cards.map((c) => command(c, 0, true)),
        (outcome) => {
          side.bulkRetry = outcome.failed.length ? outcome.retry : [];
        },
      ),
    undo: (id: string) => controller.undo(id),
    end: () => {
      stop();
      queryClient.clear();
    },
  };
}

/** The list a shopper uses, driven by clicks. */
async function uiSide(undoMs: number) {
  const backend = createHeldBackend(startingCards());
  const queryClient = testQueryClient();
  const view = render(
    <WalletProvider
      client={createHttpWalletClient({ fetch: backend.fetch })}
      queryClient={queryClient}
      undoMs={undoMs}
    >
      <SavedCardList />
    </WalletProvider>,
  );
  await settle();
  backend.answerList();
  await settle();
  const buttons = (root: ParentNode) => [...root.querySelectorAll<HTMLButtonElement>('button')];
  const toasts = () => [...document.querySelectorAll('[data-slot="toast"]')];
  /** The toasts' buttons named `name`, by the card each toast is about. */
  const offered = (name: string) =>
    new Map(
      toasts().flatMap((toast) => {
        const button = buttons(toast).find((b) => b.textContent === name);
        const text = toast.textContent ?? '';
        const about = [...text.matchAll(/Card ending in \d{4}/g)].map((m) => m[0]);
        // A bulk summary ("2 cards couldn't be removed.") is keyed by '*'.
        const title = toast.querySelector('[data-slot="toast-title"]')?.textContent ?? '';
        const key = /cards? couldn't be removed/.test(title) ? '*' : idOf(about[0] ?? '');
        return button ? [[key, button] as const] : [];
      }),
    );
  const click = async (button: HTMLButtonElement | undefined) => {
    if (!button) throw new Error('no such button');
    fireEvent.click(button);
    await settle();
  };
  const dialog = () => document.querySelector('[role="alertdialog"]');
  return {
    backend,
    shown: () =>
      [...document.querySelectorAll('[data-slot="card-label"]')].map((el) =>
        idOf(el.textContent ?? ''),
      ),
    offered,
    async remove(id: string) {
      await click(
        buttons(document).find((b) => b.getAttribute('aria-label') === `Remove ${label(id)}`),
      );
      // A locked card's button opens nothing (rule 10).
      if (!dialog()) return;
      await click(buttons(dialog() as Element).find((b) => b.textContent === 'Remove card'));
    },
    async bulk(count: number) {
      await click(buttons(document).find((b) => b.textContent === `Remove ${count} expired cards`));
      await click(buttons(dialog() as Element).find((b) => b.textContent === 'Remove cards'));
    },
    end: () => {
      view.unmount();
      queryClient.clear();
      for (const toast of toasts()) toast.remove();
    },
  };
}

type Controller = Awaited<ReturnType<typeof controllerSide>>;
type Ui = Awaited<ReturnType<typeof uiSide>>;

function expectAgreement(ctl: Controller, ui: Ui) {
  expect(ui.shown()).toEqual(ctl.shown().map((c) => c.id));
  const deletes = (side: Controller | Ui) =>
    side.backend.log
      .filter((r) => r.method === 'DELETE')
      .map((r) => `${r.id}${r.keepalive ? ' keepalive' : ''}`);
  expect(deletes(ui)).toEqual(deletes(ctl));
  expect(ui.backend.pending('DELETE')).toEqual(ctl.backend.pending('DELETE'));
  expect(ui.backend.log.filter((r) => r.method === 'GET')).toHaveLength(
    ctl.backend.log.filter((r) => r.method === 'GET').length,
  );
  expect(ui.backend.pending('GET')).toEqual(ctl.backend.pending('GET'));
  expect(new Set(ui.offered('Undo').keys())).toEqual(ctl.held);
  expect(new Set(ui.offered('Try again').keys())).toEqual(
    new Set([...ctl.retry, ...(ctl.side.bulkRetry.length ? ['*'] : [])]),
  );
}

describe('the wallet controller and the UI agree (model-based, docs/removal-rules.md)', () => {
  test(`${RUNS} random sequences of removals, undo, failures, retries and bulk`, async () => {
    const ran = new Map<string, number>();
    const count = (kind: string) => ran.set(kind, (ran.get(kind) ?? 0) + 1);
    const started = performance.now();
    await fc.assert(
      fc.asyncProperty(
        fc.boolean(),
        fc.array(op, { minLength: 8, maxLength: 24 }),
        async (undo, ops) => {
          const undoMs = undo ? UNDO_MS : 0;
          const ctl = await controllerSide(undoMs);
          const ui = await uiSide(undoMs);
          try {
            expectAgreement(ctl, ui);
            for (const step of ops) {
              const cards = ctl.shown();
              if (step.kind === 'remove') {
                const target = cards[step.k % Math.max(cards.length, 1)];
                if (!target) continue;
                count(target.locked ? 'removeLocked' : 'remove');
                expect(ctl.remove(target)).toBe(!target.locked);
                await ui.remove(target.id);
              } else if (step.kind === 'bulk') {
                const expired = cards.filter((c) => c.expired && !c.locked);
                if (expired.length < 2) continue;
                count('bulk');
                ctl.bulk(expired);
                await ui.bulk(expired.length);
              } else if (step.kind === 'undo') {
                const id = [...ctl.held][step.j % Math.max(ctl.held.size, 1)];
                if (!id) continue;
                count('undo');
                expect(ctl.undo(id)).toBe(true);
                fireEvent.click(ui.offered('Undo').get(id) as HTMLButtonElement);
              } else if (step.kind === 'answer') {
                const pending = ctl.backend.pending('DELETE');
                const id = pending[step.j % Math.max(pending.length, 1)];
                if (!id) continue;
                count(`answer ${step.answer}`);
                ctl.backend.answerDelete(id, step.answer);
                ui.backend.answerDelete(id, step.answer);
              } else if (step.kind === 'retry') {
                const id = [...ctl.retry][step.j % Math.max(ctl.retry.size, 1)];
                const target = id ? ctl.shown().find((c) => c.id === id) : undefined;
                if (!id || !target) continue;
                count('retry');
                // Clicking a toast's action closes that toast.
                ctl.retry.delete(id);
                ctl.retryOne(target);
                fireEvent.click(ui.offered('Try again').get(id) as HTMLButtonElement);
              } else if (step.kind === 'retryBulk') {
                const again = ctl.side.bulkRetry;
                if (again.length === 0) continue;
                count('retryBulk');
                ctl.side.bulkRetry = [];
                ctl.bulk(again);
                fireEvent.click(ui.offered('Try again').get('*') as HTMLButtonElement);
              } else if (step.kind === 'answerList') {
                if (ctl.backend.pending('GET').length === 0) continue;
                count('answerList');
                ctl.backend.answerList();
                ui.backend.answerList();
              } else {
                if (ctl.held.size === 0) continue;
                count('pagehide');
                // One event for both: every held DELETE of the page goes at once, with keepalive.
                window.dispatchEvent(new Event('pagehide'));
              }
              await settle();
              expectAgreement(ctl, ui);
            }
          } finally {
            ui.end();
            ctl.end();
          }
        },
      ),
      { numRuns: RUNS, seed: SEED },
    );
    const total = [...ran.values()].reduce((sum, n) => sum + n, 0);
    const counts = [...ran]
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([kind, n]) => `${kind} ${n}`);
    console.log(
      `controller model: ${RUNS} sequences, ${total} commands (${counts.join(', ')}), seed ${SEED}, ${Math.round(performance.now() - started)} ms`,
    );
    for (const kind of [
      'remove',
      'bulk',
      'undo',
      'retry',
      'answer ok',
      'answer provider_error',
      'pagehide',
    ]) {
      expect(ran.get(kind) ?? 0, kind).toBeGreaterThan(0);
    }
  }, 60_000);
});
