import { QueryObserver } from '@tanstack/react-query';
import { fireEvent, render } from '@testing-library/react';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { markDefault } from '../../src/core/mark-default';
import { RETRYABLE_CODES } from '../../src/core/wallet-error';
import {
  cardsQueryOptions,
  createHttpWalletClient,
  type SavedCard,
  WalletProvider,
  walletKeys,
} from '../../src/index';
import { removal } from '../../src/query/remove-command';
import {
  type Command,
  type CommandReport,
  createWalletController,
} from '../../src/query/wallet-controller';
import { settingDefault } from '../../src/wallet/default-command';
import { removableDuplicates } from '../../src/wallet/duplicates';
import { WalletCardList } from '../../src/wallet/index';
import { card } from '../helpers/cards';
import { createHeldBackend, type DeleteAnswer, type PutAnswer } from '../helpers/held-backend';
import { testQueryClient } from '../helpers/render-wallet';
import { seedFrom } from '../helpers/seed';

// The same random sequence of commands, run on the wallet controller alone and on the list a
// shopper uses, each against its own held backend: after every command they must agree on the
// cards shown, which of them is the default, the requests sent and waiting, what Undo and "Try
// again" are offered for. Default changes and "Remove duplicate cards" are interleaved with the
// removals.

const CARDS = 8;
const EXPIRED = new Set(['card_1', 'card_3', 'card_4']);
const LOCKED = 'card_5';
// Repeats as the server marks them: two confirmed (removable in bulk while their kept card is
// listed, not the default and not locked), one only alike (never).
const REPEATS: Readonly<Record<string, Partial<SavedCard>>> = {
  card_6: { duplicateOf: 'card_2' },
  card_7: { duplicateOf: 'card_0' },
  card_3: { duplicateOf: 'card_2', duplicate: 'possible' },
};
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
  | { kind: 'duplicates' }
  | { kind: 'undo'; j: number }
  | { kind: 'answer'; j: number; answer: DeleteAnswer }
  | { kind: 'retry'; j: number }
  | { kind: 'retryBulk' }
  | { kind: 'answerList' }
  | { kind: 'pagehide' }
  | { kind: 'makeDefault'; k: number; anyCard: boolean }
  | { kind: 'answerPut'; answer: PutAnswer }
  | { kind: 'retryDefault'; j: number };

const ANSWERS: DeleteAnswer[] = [
  'ok',
  'ok',
  'provider_error',
  'network',
  'card_not_found',
  'rate_limited',
];
const PUT_ANSWERS: PutAnswer[] = [
  'ok',
  'ok',
  'provider_error',
  'network',
  'card_expired',
  'rate_limited',
];
const op: fc.Arbitrary<Op> = fc.oneof(
  { arbitrary: fc.nat({ max: CARDS - 1 }).map((k) => ({ kind: 'remove' as const, k })), weight: 4 },
  {
    arbitrary: fc
      .tuple(fc.nat({ max: CARDS - 1 }), fc.nat({ max: 3 }))
      // Mostly a card that offers it; now and then any card, to see it offered only there.
      .map(([k, n]) => ({ kind: 'makeDefault' as const, k, anyCard: n === 0 })),
    weight: 4,
  },
  {
    arbitrary: fc
      .nat({ max: PUT_ANSWERS.length - 1 })
      .map((i) => ({ kind: 'answerPut' as const, answer: PUT_ANSWERS[i] as PutAnswer })),
    weight: 4,
  },
  { arbitrary: fc.nat({ max: 3 }).map((j) => ({ kind: 'retryDefault' as const, j })), weight: 1 },
  { arbitrary: fc.constant({ kind: 'bulk' as const }), weight: 1 },
  { arbitrary: fc.constant({ kind: 'duplicates' as const }), weight: 1 },
  { arbitrary: fc.nat({ max: 3 }).map((j) => ({ kind: 'undo' as const, j })), weight: 2 },
  {
    arbitrary: fc
      .tuple(fc.nat({ max: 3 }), fc.constantFrom(...ANSWERS))
      .map(([j, answer]) => ({ kind: 'answer' as const, j, answer })),
    weight: 5,
  },
  { arbitrary: fc.nat({ max: 3 }).map((j) => ({ kind: 'retry' as const, j })), weight: 3 },
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
      ...(i === 0 ? { isDefault: true } : {}),
      ...REPEATS[`card_${i}`],
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
  // Default changes: "Try again" on a failure toast while it may help (a retry closes it
  // first), for the card as it was when it failed, as the toast's own action holds it.
  const retryDefault = new Map<string, SavedCard>();
  const defaultReport: CommandReport = {
    sent: (c) => void retryDefault.delete(c.id),
    failed: (c, error) => {
      if (RETRYABLE_CODES.has(error.code)) retryDefault.set(c.id, c);
      else retryDefault.delete(c.id);
    },
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
    const { removing, defaultId } = controller.state.getSnapshot();
    const cards = (queryClient.getQueryData<SavedCard[]>(walletKeys.cards()) ?? []).filter(
      (c) => !removing.has(c.id),
    );
    // The badge of a default change in flight, as every view shows it.
    return defaultId === null ? cards : markDefault(cards, defaultId);
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
    retryDefault,
    defaultInFlight: () => controller.state.getSnapshot().defaultId,
    makeDefault: (c: SavedCard) =>
      controller.run({ kind: settingDefault, card: c, client, report: defaultReport }),
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
      <WalletCardList canSetDefault />
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
        // A bulk summary ("2 cards couldn't be removed.") is keyed by '*', a failed default
        // change by 'default:' and its card.
        const title = toast.querySelector('[data-slot="toast-title"]')?.textContent ?? '';
        const key = /cards? couldn't be removed/.test(title)
          ? '*'
          : `${title === "We couldn't change your default card." ? 'default:' : ''}${idOf(about[0] ?? '')}`;
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
    /** The card whose row shows the Default badge, else undefined. */
    defaultShown: () => {
      const badge = document.querySelectorAll('[data-slot="default-badge"]');
      expect(badge.length).toBeLessThanOrEqual(1);
      const row = badge[0]?.closest('li');
      const name = row?.querySelector('[data-slot="card-label"]')?.textContent;
      return name ? idOf(name) : undefined;
    },
    /** Clicks the card's "Make default"; false when the row offers none. */
    async makeDefault(id: string) {
      const button = buttons(document).find(
        (b) => b.getAttribute('aria-label') === `Make default: ${label(id)}`,
      );
      if (!button) return false;
      await click(button);
      return true;
    },
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
    async duplicates(count: number) {
      const name = count === 1 ? '1 duplicate card' : `${count} duplicate cards`;
      await click(buttons(document).find((b) => b.textContent === `Remove ${name}`));
      const confirm = count === 1 ? 'Remove card' : 'Remove cards';
      await click(buttons(dialog() as Element).find((b) => b.textContent === confirm));
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
  expect(ui.defaultShown()).toEqual(ctl.shown().find((c) => c.isDefault)?.id);
  const deletes = (side: Controller | Ui) =>
    side.backend.log
      .filter((r) => r.method === 'DELETE')
      .map((r) => `${r.id}${r.keepalive ? ' keepalive' : ''}`);
  expect(deletes(ui)).toEqual(deletes(ctl));
  expect(ui.backend.pending('DELETE')).toEqual(ctl.backend.pending('DELETE'));
  const puts = (side: Controller | Ui) =>
    side.backend.log.filter((r) => r.method === 'PUT').map((r) => r.id);
  expect(puts(ui)).toEqual(puts(ctl));
  expect(ui.backend.pending('PUT')).toEqual(ctl.backend.pending('PUT'));
  expect(ui.backend.log.filter((r) => r.method === 'GET')).toHaveLength(
    ctl.backend.log.filter((r) => r.method === 'GET').length,
  );
  expect(ui.backend.pending('GET')).toEqual(ctl.backend.pending('GET'));
  expect(new Set(ui.offered('Undo').keys())).toEqual(ctl.held);
  expect(new Set(ui.offered('Try again').keys())).toEqual(
    new Set([
      ...ctl.retry,
      ...(ctl.side.bulkRetry.length ? ['*'] : []),
      ...[...ctl.retryDefault.keys()].map((id) => `default:${id}`),
    ]),
  );
}

describe('the wallet controller and the UI agree (model-based, docs/removal-rules.md)', () => {
  test(`${RUNS} random sequences of removals, undo, failures, retries, bulk, duplicates and default changes`, async () => {
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
                // One command per card: none while its default change is in flight either.
                const busy = ctl.defaultInFlight() === target.id;
                count(target.locked ? 'removeLocked' : busy ? 'removeWhileDefaulting' : 'remove');
                expect(ctl.remove(target)).toBe(!target.locked && !busy);
                await ui.remove(target.id);
              } else if (step.kind === 'bulk') {
                const expired = cards.filter((c) => c.expired && !c.locked);
                if (expired.length < 2) continue;
                count('bulk');
                ctl.bulk(expired);
                await ui.bulk(expired.length);
              } else if (step.kind === 'duplicates') {
                const repeats = removableDuplicates(cards);
                if (repeats.length === 0) continue;
                count('duplicates');
                ctl.bulk(repeats);
                await ui.duplicates(repeats.length);
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
              } else if (step.kind === 'makeDefault') {
                const among = step.anyCard ? cards : cards.filter(settingDefault.allowed);
                const target = among[step.k % Math.max(among.length, 1)];
                if (!target) continue;
                // Offered only where the controller would take it: not the default, expired or locked.
                const offered = settingDefault.allowed(target);
                count(offered ? 'makeDefault' : 'makeDefaultNotOffered');
                const started = offered && ctl.makeDefault(target);
                expect(await ui.makeDefault(target.id)).toBe(offered);
                if (offered && !started) count('makeDefaultRefused');
              } else if (step.kind === 'answerPut') {
                const id = ctl.backend.pending('PUT')[0];
                if (!id) continue;
                count(`answerPut ${step.answer}`);
                ctl.backend.answerPut(id, step.answer);
                ui.backend.answerPut(id, step.answer);
              } else if (step.kind === 'retryDefault') {
                const failed = [...ctl.retryDefault.values()];
                const target = failed[step.j % Math.max(failed.length, 1)];
                if (!target) continue;
                count('retryDefault');
                ctl.retryDefault.delete(target.id);
                ctl.makeDefault(target);
                fireEvent.click(
                  ui.offered('Try again').get(`default:${target.id}`) as HTMLButtonElement,
                );
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
      'duplicates',
      'undo',
      'retry',
      'answer ok',
      'answer provider_error',
      'pagehide',
      'makeDefault',
      'answerPut ok',
      'answerPut provider_error',
    ]) {
      expect(ran.get(kind) ?? 0, kind).toBeGreaterThan(0);
    }
  }, 60_000);
});
