import { act, fireEvent } from '@testing-library/react';
import fc from 'fast-check';
import { expect, vi } from 'vitest';
import { walletKeys } from '../../src/index';
import type { DeleteAnswer } from '../helpers/held-backend';
import {
  checkInvariants,
  type HeldRemoval,
  lastSettled,
  listRequested,
  type RemovalModel,
  type RemovalReal,
  sent,
  settle,
  shownLists,
  visible,
} from './removal-model';

type Cmd = fc.AsyncCommand<RemovalModel, RemovalReal>;

/** Counts the commands that ran (fast-check skips those whose check fails), by kind. */
function ran(real: RemovalReal, command: Cmd | string): void {
  const kind = String(command).split('(')[0] as string;
  real.ran.set(kind, (real.ran.get(kind) ?? 0) + 1);
}

function button(name: string): HTMLButtonElement {
  const found = [
    ...document.querySelectorAll<HTMLButtonElement>('[data-slot="saved-card-list"] button'),
  ].find((b) => (b.getAttribute('aria-label') ?? b.textContent) === name);
  if (!found) throw new Error(`no "${name}" button`);
  return found;
}

function dialogButton(name: 'Cancel' | 'Remove card' | 'Remove cards'): HTMLButtonElement {
  const found = [
    ...document.querySelectorAll<HTMLButtonElement>('[role="alertdialog"] button'),
  ].find((b) => b.textContent === name);
  if (!found) throw new Error(`no "${name}" in the dialog`);
  return found;
}

/** The Undo button of the toast saying "<card> removed". */
function undoButton(label: string): HTMLButtonElement {
  const toast = [...document.querySelectorAll('[data-slot="toast"]')].find(
    (el) => el.querySelector('[data-slot="toast-title"]')?.textContent === `${label} removed`,
  );
  const undo = [...(toast?.querySelectorAll<HTMLButtonElement>('button') ?? [])].find(
    (b) => b.textContent === 'Undo',
  );
  if (!undo) throw new Error(`no Undo for ${label}`);
  return undo;
}

class ConfirmRemoval implements Cmd {
  constructor(
    readonly k: number,
    readonly doubleClick: boolean,
  ) {}
  check = (m: RemovalModel) => visible(m).length > this.k;
  async run(m: RemovalModel, real: RemovalReal) {
    ran(real, this);
    const id = visible(m)[this.k] as string;
    fireEvent.click(button(`Remove ${real.label(id)}`));
    await settle();
    if (m.cacheLocked.has(id)) {
      ran(real, 'confirmLocked');
      // docs/removal-rules.md rule 10: a locked card's button opens nothing and sends nothing.
      expect(document.querySelector('[role="alertdialog"]')).toBeNull();
      checkInvariants(m, real);
      return;
    }
    const confirm = dialogButton('Remove card');
    fireEvent.click(confirm);
    if (this.doubleClick) fireEvent.click(confirm);
    m.undone.delete(id);
    // docs/removal-rules.md rule 8: with undoMs the DELETE is held; a held removal counts as in flight.
    if (m.undoMs > 0) m.held.push({ id, deadline: m.now + m.undoMs });
    else sent(m, id);
    await settle();
    checkInvariants(m, real);
  }
  toString = () => `confirm(${this.k}${this.doubleClick ? ', double' : ''})`;
}

class CancelRemoval implements Cmd {
  constructor(readonly k: number) {}
  check = (m: RemovalModel) =>
    visible(m).length > this.k && !m.cacheLocked.has(visible(m)[this.k] as string);
  async run(m: RemovalModel, real: RemovalReal) {
    ran(real, this);
    fireEvent.click(button(`Remove ${real.label(visible(m)[this.k] as string)}`));
    await settle();
    fireEvent.click(dialogButton('Cancel'));
    await settle();
    checkInvariants(m, real);
  }
  toString = () => `cancel(${this.k})`;
}

/** The removable expired cards the bulk action offers (docs/removal-rules.md rule 9). */
const bulkable = (m: RemovalModel) =>
  visible(m).filter((id) => m.expired.has(id) && !m.cacheLocked.has(id));

class RemoveExpired implements Cmd {
  constructor(readonly doubleClick: boolean) {}
  check = (m: RemovalModel) => bulkable(m).length >= 2;
  async run(m: RemovalModel, real: RemovalReal) {
    ran(real, this);
    const ids = bulkable(m);
    fireEvent.click(button(`Remove ${ids.length} expired cards`));
    await settle();
    const confirm = dialogButton('Remove cards');
    fireEvent.click(confirm);
    if (this.doubleClick) fireEvent.click(confirm);
    // Bulk sends every card at once, undoMs or not.
    for (const id of ids) sent(m, id);
    await settle();
    checkInvariants(m, real);
  }
  toString = () => `removeExpired(${this.doubleClick ? 'double' : ''})`;
}

class Undo implements Cmd {
  constructor(readonly j: number) {}
  check = (m: RemovalModel) => m.held.length > 0;
  async run(m: RemovalModel, real: RemovalReal) {
    ran(real, this);
    const { id } = m.held.splice(this.j % m.held.length, 1)[0] as HeldRemoval;
    fireEvent.click(undoButton(real.label(id)));
    m.undone.add(id);
    lastSettled(m);
    await settle();
    checkInvariants(m, real);
  }
  toString = () => `undo(${this.j})`;
}

/** Time passes on the fake clock; every held removal whose window ends goes, once. */
class Wait implements Cmd {
  constructor(readonly ms: number) {}
  check = () => true;
  async run(m: RemovalModel, real: RemovalReal) {
    ran(real, this);
    m.now += this.ms;
    const due = m.held.filter((h) => h.deadline <= m.now).sort((a, b) => a.deadline - b.deadline);
    m.held = m.held.filter((h) => h.deadline > m.now);
    for (const { id } of due) sent(m, id);
    await act(() => vi.advanceTimersByTimeAsync(this.ms));
    await settle();
    checkInvariants(m, real);
  }
  toString = () => `wait(${this.ms})`;
}

/** The tab is hidden or closed: every held DELETE goes at once, with keepalive. */
class PageHide implements Cmd {
  constructor(readonly how: 'pagehide' | 'hidden') {}
  check = () => true;
  async run(m: RemovalModel, real: RemovalReal) {
    ran(real, this);
    if (this.how === 'pagehide') {
      window.dispatchEvent(new Event('pagehide'));
    } else {
      Object.defineProperty(document, 'visibilityState', { value: 'hidden', configurable: true });
      document.dispatchEvent(new Event('visibilitychange'));
      Object.defineProperty(document, 'visibilityState', { value: 'visible', configurable: true });
    }
    for (const { id } of m.held) sent(m, id, true);
    m.held = [];
    await settle();
    checkInvariants(m, real);
  }
  toString = () => this.how;
}

class AnswerDelete implements Cmd {
  constructor(
    readonly j: number,
    readonly answer: DeleteAnswer,
  ) {}
  // Any DELETE on the wire, picked by j: answers land in every order.
  check = (m: RemovalModel) => m.pending.length > 0;
  async run(m: RemovalModel, real: RemovalReal) {
    ran(real, this);
    const j = this.j % m.pending.length;
    const id = m.pending[j] as string;
    real.backend.answerDelete(id, this.answer);
    m.pending.splice(j, 1);
    // A locked card is refused (409) and comes back like any other failure.
    const refused = this.answer === 'ok' && m.serverLocked.has(id);
    if (refused) ran(real, 'refused409');
    const deleted = this.answer === 'card_not_found' || (this.answer === 'ok' && !refused);
    if (deleted) {
      m.server = m.server.filter((x) => x !== id);
      m.cache = m.cache.filter((x) => x !== id);
      m.gone.add(id);
    }
    lastSettled(m);
    await settle();
    checkInvariants(m, real);
  }
  toString = () => `answer(${this.j}, ${this.answer})`;
}

class AnswerList implements Cmd {
  check = (m: RemovalModel) => m.listInFlight;
  async run(m: RemovalModel, real: RemovalReal) {
    ran(real, this);
    real.backend.answerList();
    m.cache = [...m.server];
    m.cacheLocked = new Set(m.serverLocked);
    m.listInFlight = false;
    await settle();
    checkInvariants(m, real);
  }
  toString = () => 'answerList';
}

class Refetch implements Cmd {
  check = () => true;
  async run(m: RemovalModel, real: RemovalReal) {
    ran(real, this);
    // What a window focus or a host's invalidate does, at any moment.
    void real.queryClient.refetchQueries({ queryKey: walletKeys.cards() });
    // With a removal in flight or held it cancels any list request and answers from the cache.
    if (m.pending.length === 0 && m.held.length === 0) listRequested(m);
    else m.listInFlight = false;
    await settle();
    checkInvariants(m, real);
  }
  toString = () => 'refetch';
}

/** Ids neither in flight nor held: what another tab or the server may change under us. */
const untouched = (m: RemovalModel) =>
  m.server.filter((id) => !m.pending.includes(id) && !m.held.some((h) => h.id === id));

/** Server cards, those being removed first: a lock that lands mid-removal is the race. */
const lockable = (m: RemovalModel) =>
  [...new Set([...m.pending, ...m.held.map((h) => h.id), ...m.server])].filter(
    (id) => m.server.includes(id) && !m.serverLocked.has(id),
  );

class LockedOnServer implements Cmd {
  constructor(readonly k: number) {}
  check = (m: RemovalModel) => lockable(m).length > this.k;
  async run(m: RemovalModel, real: RemovalReal) {
    ran(real, this);
    // A subscription starts on the card elsewhere; this tab learns only from the next list.
    const id = lockable(m)[this.k] as string;
    real.backend.lock(id, 'subscription');
    m.serverLocked.add(id);
    checkInvariants(m, real);
  }
  toString = () => `lockedOnServer(${this.k})`;
}

class RemovedInOtherTab implements Cmd {
  constructor(readonly k: number) {}
  check = (m: RemovalModel) => untouched(m).length > this.k;
  async run(m: RemovalModel, real: RemovalReal) {
    ran(real, this);
    const id = untouched(m)[this.k] as string;
    real.backend.removeElsewhere(id);
    const otherTab = new BroadcastChannel('saved-card-kit');
    otherTab.postMessage({ type: 'card_removed', id, tab: 'other-tab' });
    otherTab.close();
    m.server = m.server.filter((x) => x !== id);
    m.cache = m.cache.filter((x) => x !== id);
    m.gone.add(id);
    m.undone.delete(id);
    lastSettled(m);
    // The message crosses a real channel: wait (real time, not the fake clock) until applied.
    const applied = () =>
      shownLists(real).every((shown) => !shown.includes(id)) &&
      real.backend.pending('GET').length === (m.listInFlight ? 1 : 0);
    for (let i = 0; i < 500 && !applied(); i += 1) await settle();
    await settle();
    checkInvariants(m, real);
  }
  toString = () => `otherTab(${this.k})`;
}

// 'ok' twice: most deletes succeed, and a locked card is refused only on an 'ok'.
const answers: DeleteAnswer[] = [
  'ok',
  'ok',
  'provider_error',
  'card_not_found',
  'rate_limited',
  'network',
];

/** Random command sequences over every way a removal can go. */
export function removalCommands(cardCount: number, undoMs: number) {
  const index = fc.nat({ max: cardCount - 1 });
  // Answers and undo appear twice: fast-check draws each kind alike, and they can run only
  // when something is in flight or held, so at even odds too few of them would run.
  const answer = fc
    .tuple(fc.nat({ max: 3 }), fc.constantFrom(...answers))
    .map(([j, a]) => new AnswerDelete(j, a));
  const always = [
    fc.tuple(index, fc.boolean()).map(([k, double]) => new ConfirmRemoval(k, double)),
    index.map((k) => new CancelRemoval(k)),
    fc.boolean().map((double) => new RemoveExpired(double)),
    answer,
    answer,
    fc.constant(new AnswerList()),
    fc.constant(new AnswerList()),
    fc.constant(new Refetch()),
    index.map((k) => new RemovedInOtherTab(k)),
    fc.nat({ max: 2 }).map((k) => new LockedOnServer(k)),
  ];
  const undo = [
    fc.nat({ max: 2 }).map((j) => new Undo(j)),
    fc.nat({ max: 2 }).map((j) => new Undo(j)),
    fc.constantFrom(1_000, undoMs).map((ms) => new Wait(ms)),
    fc.constantFrom('pagehide' as const, 'hidden' as const).map((how) => new PageHide(how)),
  ];
  return fc.commands(undoMs > 0 ? [...always, ...undo] : always, { maxCommands: 16, size: '+1' });
}
