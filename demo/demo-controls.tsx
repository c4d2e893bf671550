import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useId, useState } from 'react';
import { useSavedCards, walletKeys } from '../src/index';
import { type DemoState, demoApi } from './demo-api';

const SIGNED_OUT = 'signed-out';
const SHOPPERS = [
  { value: 'shopper-1', label: 'Asha Rao (demo shopper)' },
  { value: 'shopper-2', label: 'Ravi Menon (another shopper)' },
  { value: SIGNED_OUT, label: 'Signed out' },
];
const LATENCIES = [
  { value: 0, label: 'None' },
  { value: 300, label: '300 ms' },
  { value: 2000, label: '2 s' },
];

interface RunOptions {
  /** Said in the status line once the server agrees. */
  done?: string;
  /** Shown before the server answers. */
  expect?: Partial<DemoState>;
}

/** Switches for the in-memory sandbox. Demo only: nothing here is part of the kit. */
export function DemoControls() {
  const [state, setState] = useState<DemoState | null>(null);
  const [note, setNote] = useState('');
  const { refetch, removingIds } = useSavedCards();
  const queryClient = useQueryClient();
  const ids = { title: useId(), fail: useId(), latency: useId(), shopper: useId() };

  // Controlled inputs would snap back until the server answers, so show the change at once.
  const run = useCallback(async (action: Promise<DemoState>, { done, expect }: RunOptions = {}) => {
    if (expect) setState((prev) => (prev ? { ...prev, ...expect } : prev));
    try {
      setState(await action);
      if (done) setNote(done);
    } catch {
      setNote('That demo control did not work. Is npm start still running?');
    }
  }, []);

  // Read the state on mount and whenever the last removal in flight settles: a removal that
  // reached the sandbox used up "fail next", and the checkbox must tell the truth.
  useEffect(() => {
    if (removingIds.size === 0) void run(demoApi.state());
  }, [removingIds, run]);

  const customer = state ? (state.customer ?? SIGNED_OUT) : '';
  return (
    <aside className="demo-panel demo-controls" aria-labelledby={ids.title} lang="en">
      <h2 id={ids.title}>Demo controls</h2>
      <p className="demo-hint">Not part of the kit: these drive the demo's in-memory sandbox.</p>
      <div className="demo-control-bar">
        <div className="demo-control-row">
          <input
            id={ids.fail}
            type="checkbox"
            checked={state?.failNextRemoval ?? false}
            disabled={!state}
            onChange={(event) => {
              const failNextRemoval = event.target.checked;
              void run(demoApi.setFailNext(failNextRemoval), { expect: { failNextRemoval } });
            }}
          />
          <label htmlFor={ids.fail}>Make the next removal fail</label>
        </div>
        <div className="demo-control-row">
          <label htmlFor={ids.latency}>Provider latency</label>
          <select
            id={ids.latency}
            value={state?.latencyMs ?? 0}
            disabled={!state}
            onChange={(event) => {
              const latencyMs = Number(event.target.value);
              void run(demoApi.setLatency(latencyMs), { expect: { latencyMs } });
            }}
          >
            {LATENCIES.map((option) => (
              <option key={option.value} value={option.value}>
                {option.label}
              </option>
            ))}
          </select>
        </div>
        <div className="demo-control-row">
          <label htmlFor={ids.shopper}>Signed in as</label>
          <select
            id={ids.shopper}
            value={customer}
            disabled={!state}
            onChange={async (event) => {
              const value = event.target.value === SIGNED_OUT ? null : event.target.value;
              await run(demoApi.signIn(value), { expect: { customer: value } });
              // As a real sign-out would: drop the old shopper's cards instead of showing them
              // beside an error, and never show one shopper's cards to the next.
              await queryClient.resetQueries({ queryKey: walletKeys.all });
            }}
          >
            {SHOPPERS.map((option) => (
              <option key={option.value} value={option.value}>
                {option.label}
              </option>
            ))}
          </select>
        </div>
        <div className="demo-control-row">
          <button
            type="button"
            className="demo-button"
            onClick={async () => {
              await run(demoApi.reset(), { done: 'Cards reset to the seed.' });
              refetch();
            }}
          >
            Reset cards
          </button>
        </div>
      </div>
      <p role="status" className="demo-hint">
        {note}
      </p>
    </aside>
  );
}
