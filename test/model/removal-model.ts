import type { QueryClient } from '@tanstack/react-query';
import { act, fireEvent } from '@testing-library/react';
import fc from 'fast-check';
import { expect } from 'vitest';
import { walletKeys } from '../../src/index';
import type { DeleteAnswer, HeldBackend } from '../helpers/held-backend';

/** What the UI must show (DESIGN §5), kept beside the real kit while commands run. */
export interface RemovalModel {
  server: string[];
  cache: string[];
  pending: string[];
  gone: Set<string>;
  listInFlight: boolean;
  deletesSent: number;
}

export interface RemovalReal {
  backend: HeldBackend;
  queryClient: QueryClient;
  /** "Card ending in 1001" for each id. */
  label: (id: string) => string;
  idOf: (label: string) => string;
}

type Cmd = fc.AsyncCommand<RemovalModel, RemovalReal>;

const visible = (m: RemovalModel) => m.cache.filter((id) => !m.pending.includes(id));

/** Lets fetch answers, react-query's notify timers and React commits all run. */
export async function settle(): Promise<void> {
  await act(async () => {
    for (let i = 0; i < 6; i += 1) await new Promise((resolve) => setTimeout(resolve, 0));
  });
}

function button(label: string): HTMLButtonElement {
  const found = document.querySelector<HTMLButtonElement>(
    `[data-slot="saved-card-list"] [aria-label="Remove ${label}"]`,
  );
  if (!found) throw new Error(`no remove button for ${label}`);
  return found;
}

function dialogButton(name: 'Cancel' | 'Remove card'): HTMLButtonElement {
  const found = [
    ...document.querySelectorAll<HTMLButtonElement>('[role="alertdialog"] button'),
  ].find((b) => b.textContent === name);
  if (!found) throw new Error(`no "${name}" in the dialog`);
  return found;
}

/** Every mounted list's rows, as card ids, in order. */
function shownLists(real: RemovalReal): string[][] {
  return [...document.querySelectorAll('[data-slot="saved-card-list"]')].map((list) =>
    [...list.querySelectorAll('[data-slot="card-label"]')].map((el) =>
      real.idOf(el.textContent ?? ''),
    ),
  );
}

/** The invariants of DESIGN §5, checked after every command. */
export function checkInvariants(m: RemovalModel, real: RemovalReal): void {
  const expected = visible(m);
  for (const shown of shownLists(real)) expect(shown).toEqual(expected);
  for (const id of m.gone) expect(expected).not.toContain(id);
  const deletes = real.backend.log.filter((r) => r.method === 'DELETE');
  expect(deletes).toHaveLength(m.deletesSent);
  expect(real.backend.pending('DELETE').sort()).toEqual([...m.pending].sort());
  // No list request may be out while a removal is in flight, and at most one ever.
  expect(real.backend.pending('GET')).toHaveLength(m.listInFlight ? 1 : 0);
}

class ConfirmRemoval implements Cmd {
  constructor(
    readonly k: number,
    readonly doubleClick: boolean,
  ) {}
  check = (m: RemovalModel) => visible(m).length > this.k;
  async run(m: RemovalModel, real: RemovalReal) {
    const id = visible(m)[this.k] as string;
    fireEvent.click(button(real.label(id)));
    await settle();
    const confirm = dialogButton('Remove card');
    fireEvent.click(confirm);
    if (this.doubleClick) fireEvent.click(confirm);
    m.pending.push(id);
    m.deletesSent += 1;
    // Starting a removal cancels a list request under way (DESIGN §5.3).
    m.listInFlight = false;
    await settle();
    checkInvariants(m, real);
  }
  toString = () => `confirm(${this.k}${this.doubleClick ? ', double' : ''})`;
}

class CancelRemoval implements Cmd {
  constructor(readonly k: number) {}
  check = (m: RemovalModel) => visible(m).length > this.k;
  async run(m: RemovalModel, real: RemovalReal) {
    fireEvent.click(button(real.label(visible(m)[this.k] as string)));
    await settle();
    fireEvent.click(dialogButton('Cancel'));
    await settle();
    checkInvariants(m, real);
  }
  toString = () => `cancel(${this.k})`;
}

class AnswerDelete implements Cmd {
  constructor(
    readonly j: number,
    readonly answer: DeleteAnswer,
  ) {}
  check = (m: RemovalModel) => m.pending.length > this.j;
  async run(m: RemovalModel, real: RemovalReal) {
    const id = m.pending[this.j] as string;
    real.backend.answerDelete(id, this.answer);
    m.pending.splice(this.j, 1);
    if (this.answer === 'ok' || this.answer === 'card_not_found') {
      m.server = m.server.filter((x) => x !== id);
      m.cache = m.cache.filter((x) => x !== id);
      m.gone.add(id);
    }
    // One refetch, after the last removal in flight settles.
    if (m.pending.length === 0) m.listInFlight = true;
    await settle();
    checkInvariants(m, real);
  }
  toString = () => `answer(${this.j}, ${this.answer})`;
}

class AnswerList implements Cmd {
  check = (m: RemovalModel) => m.listInFlight;
  async run(m: RemovalModel, real: RemovalReal) {
    real.backend.answerList();
    m.cache = [...m.server];
    m.listInFlight = false;
    await settle();
    checkInvariants(m, real);
  }
  toString = () => 'answerList';
}

class Refetch implements Cmd {
  check = () => true;
  async run(m: RemovalModel, real: RemovalReal) {
    // What a window focus or a host's invalidate does, at any moment.
    void real.queryClient.refetchQueries({ queryKey: walletKeys.cards() });
    if (m.pending.length === 0) m.listInFlight = true;
    await settle();
    checkInvariants(m, real);
  }
  toString = () => 'refetch';
}

class RemovedInOtherTab implements Cmd {
  constructor(readonly k: number) {}
  check = (m: RemovalModel) => m.server.filter((id) => !m.pending.includes(id)).length > this.k;
  async run(m: RemovalModel, real: RemovalReal) {
    const id = m.server.filter((x) => !m.pending.includes(x))[this.k] as string;
    real.backend.removeElsewhere(id);
    const otherTab = new BroadcastChannel('saved-card-kit');
    otherTab.postMessage({ type: 'card_removed', id, tab: 'other-tab' });
    otherTab.close();
    m.server = m.server.filter((x) => x !== id);
    m.cache = m.cache.filter((x) => x !== id);
    m.gone.add(id);
    if (m.pending.length === 0) m.listInFlight = true;
    // The message crosses a real channel: wait until this tab has applied it.
    await act(async () => {
      for (
        let i = 0;
        i < 50 && real.backend.pending('GET').length !== (m.listInFlight ? 1 : 0);
        i += 1
      ) {
        await new Promise((resolve) => setTimeout(resolve, 2));
      }
    });
    await settle();
    checkInvariants(m, real);
  }
  toString = () => `otherTab(${this.k})`;
}

const answers: DeleteAnswer[] = [
  'ok',
  'provider_error',
  'card_not_found',
  'rate_limited',
  'network',
];

/** Random command sequences over every way a removal can go. */
export function removalCommands(cardCount: number) {
  const index = fc.nat({ max: cardCount - 1 });
  return fc.commands(
    [
      fc.tuple(index, fc.boolean()).map(([k, double]) => new ConfirmRemoval(k, double)),
      index.map((k) => new CancelRemoval(k)),
      fc
        .tuple(fc.nat({ max: 3 }), fc.constantFrom(...answers))
        .map(([j, a]) => new AnswerDelete(j, a)),
      fc.constant(new AnswerList()),
      fc.constant(new Refetch()),
      index.map((k) => new RemovedInOtherTab(k)),
    ],
    { maxCommands: 14 },
  );
}
