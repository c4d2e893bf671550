import type { QueryClient } from '@tanstack/react-query';
import { act } from '@testing-library/react';
import { expect, vi } from 'vitest';
import type { HeldBackend } from '../helpers/held-backend';

/** A confirmed removal waiting out the undo window (docs/removal-rules.md rule 8). */
export interface HeldRemoval {
  id: string;
  /** Fake-clock time at which its DELETE goes. */
  deadline: number;
}

/** What the UI must show (docs/removal-rules.md), kept beside the real kit while commands run. */
export interface RemovalModel {
  /** `undoMs` of this sequence's provider; 0 = removals are sent at once. */
  undoMs: number;
  server: string[];
  serverLocked: Set<string>;
  /** Card ids (and which are locked) as of the last list answer. */
  cache: string[];
  cacheLocked: Set<string>;
  expired: ReadonlySet<string>;
  /** DELETEs on the wire, unanswered. */
  pending: string[];
  held: HeldRemoval[];
  /** Cards the shopper took back with Undo and has not confirmed again. */
  undone: Set<string>;
  gone: Set<string>;
  listInFlight: boolean;
  /** List requests expected so far: the first load, then one per burst after its last settle. */
  lists: number;
  /** DELETEs expected per card, and how many of all were sent with keepalive. */
  deletes: Map<string, number>;
  keepalive: number;
  /** Fake-clock time elapsed since the sequence started. */
  now: number;
}

export interface RemovalReal {
  backend: HeldBackend;
  queryClient: QueryClient;
  /** "Card ending in 1001" for each id. */
  label: (id: string) => string;
  idOf: (label: string) => string;
  /** Commands run so far, by kind, across sequences. */
  ran: Map<string, number>;
}

/** The cards a shopper sees: cached, minus those in flight or held. */
export const visible = (m: RemovalModel) =>
  m.cache.filter((id) => !m.pending.includes(id) && !m.held.some((h) => h.id === id));

/** A DELETE leaves now: counted, and any list request under way is cancelled (docs/removal-rules.md rule 3). */
export function sent(m: RemovalModel, id: string, keepalive = false): void {
  m.pending.push(id);
  m.deletes.set(id, (m.deletes.get(id) ?? 0) + 1);
  if (keepalive) m.keepalive += 1;
  m.undone.delete(id);
  m.listInFlight = false;
}

/** docs/removal-rules.md rule 3: the one refetch, once nothing is in flight or held any more. */
export function lastSettled(m: RemovalModel): void {
  if (m.pending.length === 0 && m.held.length === 0) listRequested(m);
}

/** A list request leaves (one already out is cancelled and replaced). */
export function listRequested(m: RemovalModel): void {
  m.listInFlight = true;
  m.lists += 1;
}

/**
 * Lets fetch answers, react-query's notify timers and React commits all run. Timers are fake,
 * so due ones are run by hand; nothing waits on the wall clock.
 */
export async function settle(): Promise<void> {
  await act(async () => {
    for (let i = 0; i < 4; i += 1) {
      await vi.advanceTimersByTimeAsync(0);
      await new Promise((resolve) => setImmediate(resolve));
    }
  });
}

/** Every mounted list's rows, as card ids, in order. */
export function shownLists(real: RemovalReal): string[][] {
  return [...document.querySelectorAll('[data-slot="saved-card-list"]')].map((list) =>
    [...list.querySelectorAll('[data-slot="card-label"]')].map((el) =>
      real.idOf(el.textContent ?? ''),
    ),
  );
}

/** The cards whose remove button is aria-disabled in the first list. */
function shownLocked(real: RemovalReal): string[] {
  return [
    ...document.querySelectorAll('[data-slot="saved-card-list"] [aria-disabled="true"]'),
  ].flatMap((button) => {
    const label = button.getAttribute('aria-label') ?? '';
    return label.startsWith('Remove ') ? [real.idOf(label)] : [];
  });
}

/** The invariants of docs/removal-rules.md, checked after every command. */
export function checkInvariants(m: RemovalModel, real: RemovalReal): void {
  const expected = visible(m);
  // No card lost, none resurrected: every list shows exactly what is neither in flight nor held.
  for (const shown of shownLists(real)) expect(shown).toEqual(expected);
  for (const id of m.gone) expect(expected).not.toContain(id);
  // A card the shopper undid is still on the server and, once listed, shown.
  for (const id of m.undone) {
    expect(m.server).toContain(id);
    if (m.cache.includes(id)) expect(expected).toContain(id);
  }
  expect(new Set(shownLocked(real))).toEqual(
    new Set(expected.filter((id) => m.cacheLocked.has(id))),
  );
  // One DELETE per confirmation that was not undone; none for a locked card; keepalive on flush.
  const deletes = real.backend.log.filter((r) => r.method === 'DELETE');
  const perCard = new Map<string, number>();
  for (const d of deletes) perCard.set(d.id, (perCard.get(d.id) ?? 0) + 1);
  expect(perCard).toEqual(m.deletes);
  expect(deletes.filter((d) => d.keepalive)).toHaveLength(m.keepalive);
  expect(real.backend.pending('DELETE').sort()).toEqual([...m.pending].sort());
  // No list request may be out while a removal is in flight or held, at most one at a time, and
  // none but the one after each burst's last settle.
  expect(real.backend.pending('GET')).toHaveLength(m.listInFlight ? 1 : 0);
  expect(real.backend.log.filter((r) => r.method === 'GET')).toHaveLength(m.lists);
}
