/** A budget as its clock sees it: spent by `expiresAt` (performance.now()), unless over first. */
export interface ClockedBudget {
  readonly expiresAt: number;
  /** True once the budget ran out or its request was answered. */
  readonly stopped: boolean;
  /** The clock says the time is up. */
  expire(): void;
}

/**
 * One timer for every budget of one handler, in place of a `setTimeout` per request. Node
 * makes a timer list for a timeout when none is pending and drops it when the last is
 * cleared, so a timer set and cleared in every request was the largest cost of a bench GET
 * after its `Request` (docs/performance.md). All of a handler's budgets have one length, so
 * they run out in the order they started: they wait in that order, and the one timer is set
 * for the first still running. A budget that ends leaves its place at once when it is first,
 * otherwise when the clock next looks; the timer is never cleared, only found idle.
 */
export class BudgetClock {
  #waiting: ClockedBudget[] = [];
  #first = 0;
  #timer: ReturnType<typeof setTimeout> | undefined;
  // Ended budgets behind a running one are dropped once the queue reaches this length, so a
  // request held up for the whole budget cannot make the queue grow with every other one.
  #compactAt = 1024;

  /** How many budgets the clock holds, running or ended behind a running one. */
  get holding(): number {
    return this.#waiting.length - this.#first;
  }

  /** Watches `budget` until it stops. */
  watch(budget: ClockedBudget): void {
    this.#waiting.push(budget);
    if (this.#waiting.length - this.#first >= this.#compactAt) this.#compact();
    if (this.#timer === undefined) this.#arm(budget.expiresAt);
  }

  /** `budget` stopped: forgotten at once when it is the first waiting. */
  ended(budget: ClockedBudget): void {
    if (this.#waiting[this.#first] === budget) this.#dropStopped();
  }

  #tick = (): void => {
    this.#timer = undefined;
    const now = performance.now();
    for (;;) {
      this.#dropStopped();
      const first = this.#waiting[this.#first];
      if (first === undefined) return;
      if (first.expiresAt > now) {
        this.#arm(first.expiresAt);
        return;
      }
      first.expire();
    }
  };

  #arm(expiresAt: number): void {
    const timer = setTimeout(this.#tick, Math.max(0, expiresAt - performance.now()));
    // A watchdog, not work: the request's own I/O keeps the process up, and an idle server
    // must not wait out the last request's budget to exit.
    timer.unref?.();
    this.#timer = timer;
  }

  #dropStopped(): void {
    const waiting = this.#waiting;
    let first = this.#first;
    while (first < waiting.length && (waiting[first] as ClockedBudget).stopped) first += 1;
    if (first === waiting.length) {
      this.#waiting = [];
      this.#first = 0;
    } else if (first > 512 && first * 2 > waiting.length) {
      this.#waiting = waiting.slice(first);
      this.#first = 0;
    } else {
      this.#first = first;
    }
  }

  #compact(): void {
    const running = this.#waiting.slice(this.#first).filter((budget) => !budget.stopped);
    this.#waiting = running;
    this.#first = 0;
    // Room to grow again before the next pass: each pass is paid for by as many new budgets.
    this.#compactAt = Math.max(1024, running.length * 2);
  }
}
