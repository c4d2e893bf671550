import { MutationObserver, type QueryClient } from '@tanstack/react-query';
import { markDefault } from '../core/mark-default';
import type { SavedCard } from '../core/types';
import type { WalletClient } from '../core/wallet-client';
import { RETRYABLE_CODES, toWalletError, type WalletError } from '../core/wallet-error';
import type { CrossTabChange } from './cross-tab';
import { createHolds } from './holds';
import { walletKeys } from './wallet-keys';
import { type WalletState, type WalletStateStore, walletState } from './wallet-state';

/**
 * One kind of command on one card: which cards it may touch, the request it sends and what it
 * writes into the cache once the server agreed. Removal is the first kind; another plugs in
 * beside it and gets holding, tracking, cooldown and the one refetch for free.
 */
export interface CommandKind {
  /** Its mutations' key in the MutationCache. */
  key: readonly unknown[];
  /** Its card leaves every list while the command is in flight or held. */
  hides: boolean;
  /** Its card shows as the default while the command is in flight; one such command at a time. */
  makesDefault?: boolean;
  allowed(card: SavedCard): boolean;
  send(client: WalletClient, card: SavedCard, keepalive: boolean): Promise<unknown>;
  /** Writes what the server agreed to into the cache; `answer` is what `send` resolved with. */
  applied(queryClient: QueryClient, card: SavedCard, answer: unknown): void;
}

/** What a command tells the view that started it, as it happens. */
export interface CommandReport {
  /** Waiting out its undo window: nothing sent yet. */
  held?(card: SavedCard): void;
  /** Its request has left. */
  sent?(card: SavedCard): void;
  succeeded?(card: SavedCard): void;
  failed?(card: SavedCard, error: WalletError): void;
  /** Undone within its window: nothing was sent. */
  restored?(card: SavedCard): void;
}

/** One command on one card, and who hears how it goes. */
export interface Command {
  kind: CommandKind;
  card: SavedCard;
  client: WalletClient;
  report: CommandReport;
  /** Holds the request this long, offering undo (docs/removal-rules.md rule 8); absent or 0: sent at once. */
  holdMs?: number;
}

/** What commands run together gathered once the last of them settled (docs/removal-rules.md rule 9). */
export interface BatchOutcome {
  succeeded: SavedCard[];
  failed: SavedCard[];
  /** The failed ones another try may mend. */
  retry: SavedCard[];
}

/**
 * The wallet of one QueryClient, outside React: commands in flight and held, the cooldown after
 * a 429 and the load failure, for every view sharing the client. Views subscribe to its state
 * and call its commands; every request leaves from one place in it.
 */
export interface WalletController {
  /** Its state: what is in flight or held, the default being set, and the cooldown (see {@link walletState}). */
  state: WalletStateStore;
  /** Starts a command, unless its card may not take it, has one in flight or held (rule 4), or a cooldown runs; true when it started. */
  run(command: Command): boolean;
  /** Sends those that may start at once, never held; `done` once the last of them settled. */
  runAll(commands: readonly Command[], done: (outcome: BatchOutcome) => void): void;
  /** Takes back a held command before it was sent: true when it was still held. */
  undo(cardId: string): boolean;
  /**
   * Another tab removed this card (it leaves the cache) or made it the default (the badge moves);
   * a refetch follows unless one will anyway.
   */
  changedElsewhere(change: CrossTabChange, cardId: string): void;
  /** Starts (or lengthens, never shortens) the wait after a 429. */
  startCooldown(until: number): void;
}

const controllers = new WeakMap<QueryClient, WalletController>();

/** The one controller of this QueryClient. */
export function walletController(queryClient: QueryClient): WalletController {
  const known = controllers.get(queryClient);
  if (known) return known;
  const controller = createWalletController(queryClient);
  controllers.set(queryClient, controller);
  return controller;
}

type Batch = BatchOutcome & { settled(): void };

export function createWalletController(queryClient: QueryClient): WalletController {
  const state = walletState(queryClient);
  // Commands in flight or held, by card: one at a time per card.
  const pending = new Map<string, Command>();
  const holds = createHolds();
  const queryKey = walletKeys.cards();

  const update = (next: Partial<WalletState>) => state.set({ ...state.getSnapshot(), ...next });
  const track = (command: Command, on: boolean) => {
    if (on) pending.set(command.card.id, command);
    else pending.delete(command.card.id);
    const commands = [...pending.values()];
    const hidden = commands.filter((c) => c.kind.hides).map((c) => c.card.id);
    // A failure clears it, so the badge goes back to the card the cache still names.
    const defaultId = commands.find((c) => c.kind.makesDefault)?.card.id ?? null;
    update({ removing: new Set(hidden), defaultId });
  };
  // docs/removal-rules.md rule 3: one refetch, after the last command in flight or held settles.
  const settle = (command: Command) => {
    track(command, false);
    if (pending.size === 0) void queryClient.invalidateQueries({ queryKey });
  };
  const canRun = ({ kind, card }: Command) =>
    kind.allowed(card) &&
    !pending.has(card.id) &&
    !(kind.makesDefault && state.getSnapshot().defaultId !== null) &&
    state.getSnapshot().cooldownUntil <= Date.now();
  const startCooldown = (until: number) => {
    if (until > state.getSnapshot().cooldownUntil) update({ cooldownUntil: until });
  };

  // The one place a request leaves. Synchronously: a page-hide flush is on the wire before unload.
  const send = (command: Command, keepalive: boolean, batch?: Batch) => {
    const { kind, card, client, report } = command;
    const request = kind.send(client, card, keepalive);
    // Answered below; this only keeps a rejection that lands first from counting as unhandled.
    request.catch(() => {});
    report.sent?.(card);
    // A list fetch already under way could land mid-flight with this card in it.
    void queryClient.cancelQueries({ queryKey });
    // One observer per command, reset once settled: with gcTime 0 the mutation then leaves the
    // MutationCache at once (a host's client keeps its own defaults for its own mutations).
    const observer = new MutationObserver<unknown, WalletError, void>(queryClient, {
      mutationKey: kind.key,
      networkMode: 'always',
      gcTime: 0,
      mutationFn: () => request.catch((error) => Promise.reject(toWalletError(error))),
    });
    observer
      .mutate()
      .then(
        (answer) => {
          kind.applied(queryClient, card, answer);
          batch?.succeeded.push(card);
          report.succeeded?.(card);
        },
        (error: WalletError) => {
          // Every view of this client waits out the server's Retry-After (a minute if unsaid).
          if (error.code === 'rate_limited') {
            startCooldown(Date.now() + (error.retryAfterMs ?? 60_000));
          }
          batch?.failed.push(card);
          if (RETRYABLE_CODES.has(error.code)) batch?.retry.push(card);
          report.failed?.(card, error);
        },
      )
      // Settled even when a host's callback throws: the card must not stay hidden.
      .finally(() => {
        batch?.settled();
        settle(command);
        observer.reset();
      });
  };

  return {
    state,
    run(command) {
      if (!canRun(command)) return false;
      // Hidden in this frame and counted as in flight before any request can settle.
      track(command, true);
      if (!command.holdMs) send(command, false);
      else {
        holds.hold(command.card.id, command.holdMs, (keepalive) => send(command, keepalive));
        command.report.held?.(command.card);
      }
      return true;
    },
    runAll(commands, done) {
      const started = commands.filter(canRun);
      let left = started.length;
      const outcome: BatchOutcome = { succeeded: [], failed: [], retry: [] };
      const batch: Batch = {
        ...outcome,
        settled: () => {
          if (--left === 0) done(outcome);
        },
      };
      for (const command of started) track(command, true);
      for (const command of started) send(command, false, batch);
    },
    undo(cardId) {
      const command = pending.get(cardId);
      if (!command || !holds.cancel(cardId)) return false;
      settle(command);
      command.report.restored?.(command.card);
      return true;
    },
    changedElsewhere(change, cardId) {
      queryClient.setQueryData<SavedCard[]>(
        queryKey,
        (cards) =>
          cards &&
          (change === 'card_removed'
            ? cards.filter((card) => card.id !== cardId)
            : markDefault(cards, cardId)),
      );
      // A refetch now could land mid-flight (rule 3); the last settle refetches anyway.
      if (pending.size === 0) void queryClient.invalidateQueries({ queryKey });
    },
    startCooldown,
  };
}
