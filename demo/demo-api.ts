import type { DemoState } from './backend/demo-controls';

export type { DemoState };

function isDemoState(value: unknown): value is DemoState {
  const v = value as Partial<DemoState> | null;
  return (
    typeof v?.failNextRemoval === 'boolean' &&
    typeof v.latencyMs === 'number' &&
    (v.customer === null || typeof v.customer === 'string')
  );
}

async function call(path: string, body?: object): Promise<DemoState> {
  const response = await fetch(`/__demo/${path}`, {
    method: body ? 'POST' : 'GET',
    headers: body ? { 'Content-Type': 'application/json' } : undefined,
    body: body ? JSON.stringify(body) : undefined,
  });
  const data: unknown = await response.json();
  if (!response.ok || !isDemoState(data)) throw new Error(`demo control ${path} failed`);
  return data;
}

/** The demo's switches, one function each. */
export const demoApi = {
  state: () => call('state'),
  setFailNext: (enabled: boolean) => call('fail-next', { enabled }),
  setLatency: (ms: number) => call('latency', { ms }),
  reset: () => call('reset', {}),
  signIn: (customer: string | null) => call('session', { customer }),
};
