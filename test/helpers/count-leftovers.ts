/** One thing still alive that was started while the counter was installed. */
export interface Leftover {
  kind: 'timeout' | 'interval' | 'listener' | 'channel';
  /** `setTimeout 300000 ms`, `document visibilitychange`, `BroadcastChannel saved-card-kit`. */
  what: string;
  /** Where it was started, to find the code that should have ended it. */
  stack: string;
}

/** Counts what the page starts and never ends; knows nothing of whose code starts it. */
export interface LeftoverCounter {
  /** What is alive now of what was started since `countLeftovers()`. */
  leftovers(): Leftover[];
  /** Puts the page's own timers, listeners and channels back. */
  restore(): void;
}

type Listener = EventListenerOrEventListenerObject;
type ListenerOptions = boolean | AddEventListenerOptions | undefined;

const capture = (options: ListenerOptions | EventListenerOptions) =>
  typeof options === 'boolean' ? options : !!options?.capture;

// Elements go with their DOM; what outlives a component is on these.
const watched = (target: EventTarget) =>
  target === window ||
  target === document ||
  (typeof BroadcastChannel !== 'undefined' && target instanceof BroadcastChannel);

const nameOf = (target: EventTarget) =>
  target === window
    ? 'window'
    : target === document
      ? 'document'
      : `BroadcastChannel ${(target as BroadcastChannel).name}`;

const here = () => new Error().stack?.split('\n').slice(3).join('\n') ?? '';

/**
 * Wraps `setTimeout`/`setInterval` (and their clears), `addEventListener`/`removeEventListener`
 * on window, document and BroadcastChannel, and BroadcastChannel itself, so a test can ask what
 * is still alive after the UI under test is unmounted. Install before rendering; restore after.
 * A `once` listener counts until it is removed or its `signal` aborts.
 */
export function countLeftovers(): LeftoverCounter {
  const timers = new Map<unknown, Leftover>();
  const listeners = new Map<EventTarget, Map<string, Leftover>>();
  const channels = new Map<BroadcastChannel, Leftover>();

  const original = {
    setTimeout: globalThis.setTimeout,
    clearTimeout: globalThis.clearTimeout,
    setInterval: globalThis.setInterval,
    clearInterval: globalThis.clearInterval,
    add: EventTarget.prototype.addEventListener,
    remove: EventTarget.prototype.removeEventListener,
    BroadcastChannel: globalThis.BroadcastChannel,
  };
  // The page's timer functions throw unless called on the window.
  const call = {
    setTimeout: original.setTimeout.bind(globalThis),
    clearTimeout: original.clearTimeout.bind(globalThis),
    setInterval: original.setInterval.bind(globalThis),
    clearInterval: original.clearInterval.bind(globalThis),
  };

  globalThis.setTimeout = ((handler: TimerHandler, ms?: number, ...args: unknown[]) => {
    const run = typeof handler === 'function' ? handler : () => {};
    const id: unknown = call.setTimeout(
      (...a: unknown[]) => {
        timers.delete(id);
        run(...a);
      },
      ms,
      ...args,
    );
    timers.set(id, { kind: 'timeout', what: `setTimeout ${ms ?? 0} ms`, stack: here() });
    return id;
  }) as typeof setTimeout;
  globalThis.setInterval = ((handler: TimerHandler, ms?: number, ...args: unknown[]) => {
    const id: unknown = call.setInterval(handler, ms, ...args);
    timers.set(id, { kind: 'interval', what: `setInterval ${ms ?? 0} ms`, stack: here() });
    return id;
  }) as typeof setInterval;
  // Either clear ends either kind of timer, as in the browser.
  const clear = (end: (id?: never) => void) => (id?: never) => {
    if (id !== undefined) timers.delete(id);
    end(id);
  };
  globalThis.clearTimeout = clear(call.clearTimeout) as typeof clearTimeout;
  globalThis.clearInterval = clear(call.clearInterval) as typeof clearInterval;

  const ids = new WeakMap<Listener, number>();
  let nextId = 0;
  // A listener is one (type, function, capture) triple, as the browser counts them.
  const listenerKey = (
    type: string,
    listener: Listener,
    options: ListenerOptions | EventListenerOptions,
  ) => {
    let id = ids.get(listener);
    if (id === undefined) {
      id = nextId++;
      ids.set(listener, id);
    }
    return `${type} ${capture(options)} #${id}`;
  };
  EventTarget.prototype.addEventListener = function (
    this: EventTarget,
    type: string,
    listener: Listener | null,
    options?: ListenerOptions,
  ) {
    original.add.call(this, type, listener, options);
    if (!listener || !watched(this)) return;
    const on = listeners.get(this) ?? new Map<string, Leftover>();
    listeners.set(this, on);
    const id = listenerKey(type, listener, options);
    on.set(id, { kind: 'listener', what: `${nameOf(this)} ${type}`, stack: here() });
    const signal = typeof options === 'object' ? options.signal : undefined;
    signal?.addEventListener('abort', () => on.delete(id), { once: true });
  };
  EventTarget.prototype.removeEventListener = function (
    this: EventTarget,
    type: string,
    listener: Listener | null,
    options?: boolean | EventListenerOptions,
  ) {
    original.remove.call(this, type, listener, options);
    if (listener) listeners.get(this)?.delete(listenerKey(type, listener, options));
  };

  if (original.BroadcastChannel) {
    const Base = original.BroadcastChannel;
    // An open channel hears every message of its name (`onmessage` included) until closed.
    globalThis.BroadcastChannel = class extends Base {
      constructor(name: string) {
        super(name);
        channels.set(this, { kind: 'channel', what: `BroadcastChannel ${name}`, stack: here() });
      }
      override close() {
        channels.delete(this);
        super.close();
      }
    };
  }

  return {
    leftovers: () => [
      ...timers.values(),
      ...[...listeners.values()].flatMap((on) => [...on.values()]),
      ...channels.values(),
    ],
    restore() {
      globalThis.setTimeout = original.setTimeout;
      globalThis.clearTimeout = original.clearTimeout;
      globalThis.setInterval = original.setInterval;
      globalThis.clearInterval = original.clearInterval;
      EventTarget.prototype.addEventListener = original.add;
      EventTarget.prototype.removeEventListener = original.remove;
      if (original.BroadcastChannel) globalThis.BroadcastChannel = original.BroadcastChannel;
    },
  };
}
