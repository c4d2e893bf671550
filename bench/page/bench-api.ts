/** What the bench page exposes to the runner on `window.bench`. */
export interface BenchStats {
  lists: number;
  listsInFlight: number;
  deletes: number;
  deletesInFlight: number;
  maxDeletesInFlight: number;
  puts: number;
  putsInFlight: number;
}

/** One React Profiler callback around the list. */
export interface CommitSample {
  phase: string;
  actualDuration: number;
  commitTime: number;
  /** Rows in the first list after this commit: the removal commit is the one where it drops. */
  rows: number;
}

/** The kit's list, or the floor: the same cards as plain `<li>`s of the same text. */
export type RenderVariant = 'kit' | 'floor';

/** One first render: mount → rows in the DOM, and → the frame after they paint. */
export interface RenderSample {
  cards: number;
  variant: RenderVariant;
  toDomMs: number;
  toPaintMs: number;
}

export interface BenchApi {
  scenario: string;
  ready: boolean;
  done: boolean;
  stats: BenchStats;
  /** Confirm click → the removed row leaves the DOM, in ms, one per removal. */
  removals: number[];
  /** Confirm click → the first frame painted after the row left, in ms. */
  removalsPainted: number[];
  confirmAt: number | null;
  lastConfirmAt: number;
  lastRemovalAt: number;
  commits: CommitSample[];
  /** Card rows rendered (CardRow calls `messages.expires`/`expired` once per render). */
  rowRenders: number;
  /** `rowRenders` when the last removed row left the DOM. */
  rowRendersAtRemoval: number;
  renders: RenderSample[];
  /** Bulk confirm click → the last expired row gone from the DOM, in ms, one per bulk removal. */
  bulkRemovals: number[];
  /** Undo click → the card's row back in the DOM, in ms, one per undo. */
  undos: number[];
  /** "Make default" click → the Default badge in that card's row, in ms, one per click. */
  defaultSwitches: number[];
  /** Mounts a list of `count` cards once and unmounts it after its paint (scenario `mount`). */
  mount(count: number): Promise<{ toDomMs: number; toPaintMs: number }>;
  /** Puts every card back (backend and list), for the next bulk run. */
  refill(): Promise<void>;
  reset(): void;
}

declare global {
  interface Window {
    bench: BenchApi;
  }
}

export function createBenchApi(scenario: string): BenchApi {
  const api: BenchApi = {
    scenario,
    ready: false,
    done: false,
    stats: {
      lists: 0,
      listsInFlight: 0,
      deletes: 0,
      deletesInFlight: 0,
      maxDeletesInFlight: 0,
      puts: 0,
      putsInFlight: 0,
    },
    removals: [],
    removalsPainted: [],
    confirmAt: null,
    lastConfirmAt: 0,
    lastRemovalAt: 0,
    commits: [],
    rowRenders: 0,
    rowRendersAtRemoval: 0,
    renders: [],
    bulkRemovals: [],
    undos: [],
    defaultSwitches: [],
    refill: async () => {},
    mount: async () => ({ toDomMs: 0, toPaintMs: 0 }),
    reset() {
      api.commits = [];
      api.rowRenders = 0;
      api.rowRendersAtRemoval = 0;
    },
  };
  return api;
}
