import { useCallback, useEffect, useId, useState } from 'react';
import { useRemoveCard, useSavedCards } from '../src/index';
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

/** Switches for the in-memory sandbox. Demo only: nothing here is part of the kit. */
export function DemoControls() {
  const [state, setState] = useState<DemoState | null>(null);
  const [note, setNote] = useState('');
  const { refetch } = useSavedCards();
  const ids = { title: useId(), fail: useId(), latency: useId(), shopper: useId() };

  const run = useCallback(async (action: Promise<DemoState>, done?: string) => {
    try {
      setState(await action);
      if (done) setNote(done);
    } catch {
      setNote('That demo control did not work. Is npm start still running?');
    }
  }, []);

  useEffect(() => {
    void run(demoApi.state());
  }, [run]);
  // A removal uses up "fail next" on the server; re-read so the checkbox tells the truth.
  const reload = useCallback(() => void run(demoApi.state()), [run]);
  useRemoveCard({ onRemoved: reload, onError: reload });

  const customer = state ? (state.customer ?? SIGNED_OUT) : '';
  return (
    <aside className="demo-panel demo-controls" aria-labelledby={ids.title}>
      <h2 id={ids.title}>Demo controls</h2>
      <p className="demo-hint">Not part of the kit: these drive the demo's in-memory sandbox.</p>
      <div className="demo-control-row">
        <input
          id={ids.fail}
          type="checkbox"
          checked={state?.failNextRemoval ?? false}
          disabled={!state}
          onChange={(event) => void run(demoApi.setFailNext(event.target.checked))}
        />
        <label htmlFor={ids.fail}>Make the next removal fail</label>
      </div>
      <div className="demo-control-row">
        <label htmlFor={ids.latency}>Provider latency</label>
        <select
          id={ids.latency}
          value={state?.latencyMs ?? 0}
          disabled={!state}
          onChange={(event) => void run(demoApi.setLatency(Number(event.target.value)))}
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
            const value = event.target.value;
            await run(demoApi.signIn(value === SIGNED_OUT ? null : value));
            refetch();
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
            await run(demoApi.reset(), 'Cards reset to the seed.');
            refetch();
          }}
        >
          Reset cards
        </button>
      </div>
      <p role="status" className="demo-hint">
        {note}
      </p>
    </aside>
  );
}
