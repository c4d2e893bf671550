import type { RequestHandler } from 'msw';
import type { SetupWorker } from 'msw/browser';
import { resetBackend } from './backend';

export { endListOutage, type RecordedRequest, requestsSent } from './backend';
export * from './cards';
export * from './handlers';

/**
 * A story `beforeEach` that resets the mock backend and installs fresh handlers, built
 * here so counters (first GET fails, then…) start over every time the story renders.
 * A story's own `mockApi` runs after its meta's; `msw.use` prepends, so the story's win.
 */
export function mockApi(handlers: () => RequestHandler[]) {
  return ({ msw }: { msw: SetupWorker }) => {
    resetBackend();
    msw.use(...handlers());
  };
}
