import type { Checks } from './checks';
import { createChecks } from './checks';
import type { KitRun } from './run';
import { createRun } from './run';
import { abort } from './scenarios/abort';
import { concurrentDeletes } from './scenarios/concurrent-deletes';
import { idempotentDelete } from './scenarios/idempotent-delete';
import { listShape } from './scenarios/list-shape';
import { noLeak } from './scenarios/no-leak';
import { notFoundHonest } from './scenarios/not-found-honest';
import { notFoundImpostor } from './scenarios/not-found-impostor';
import { ownership } from './scenarios/ownership';
import { sameLastFour } from './scenarios/same-last-four';
import { setDefault } from './scenarios/set-default';
import { staleDelete } from './scenarios/stale-delete';
import { timeout } from './scenarios/timeout';
import type {
  ConformanceFixture,
  ConformanceReport,
  MakeProvider,
  ScenarioId,
  ScenarioResult,
} from './types';

const SCENARIOS: ReadonlyArray<{
  id: ScenarioId;
  title: string;
  run: (run: KitRun, checks: Checks) => Promise<void>;
}> = [
  { id: 'list-shape', title: 'List shape and screening', run: listShape },
  {
    id: 'ownership',
    title: 'Ownership: a foreign id is not found, nothing is deleted',
    run: ownership,
  },
  {
    id: 'same-last-four',
    title: 'Ownership at the provider: another customer’s card with the same last four stays',
    run: sameLastFour,
  },
  { id: 'idempotent-delete', title: 'Idempotent delete', run: idempotentDelete },
  {
    id: 'stale-delete',
    title: 'A card the customer no longer holds is not_found, never deleted',
    run: staleDelete,
  },
  {
    id: 'not-found-honest',
    title: 'Honest not-found: deleted elsewhere counts as deleted',
    run: notFoundHonest,
  },
  {
    id: 'not-found-impostor',
    title: 'Proxy pages and error bodies are not "deleted"',
    run: notFoundImpostor,
  },
  { id: 'timeout', title: 'Timeouts end at the handler’s budget', run: timeout },
  { id: 'abort', title: 'An aborted budget stops the adapter', run: abort },
  { id: 'concurrent-deletes', title: 'Concurrent deletes of one shopper', run: concurrentDeletes },
  {
    id: 'set-default',
    title: 'Set the default card: at the provider, or in the handler’s store when it has none',
    run: setDefault,
  },
  { id: 'no-leak', title: 'No secret, provider text, token or card number leaks', run: noLeak },
];

/**
 * Runs the conformance scenarios against an adapter, through a real `createWalletHandler`
 * (so ownership is checked as in production), and reports what held; after each scenario,
 * every card the adapter said it deleted must be gone from a fresh list. Needs no test runner:
 * assert on `report.ok` or `report.failures` in Vitest, `node:test` or anything else.
 */
export async function checkCardProvider(
  makeProvider: MakeProvider,
  fixture: ConformanceFixture,
): Promise<ConformanceReport> {
  checkFixture(fixture);
  const run = createRun(makeProvider, fixture);
  const scenarios: ScenarioResult[] = [];
  for (const scenario of SCENARIOS) {
    const checks = createChecks();
    try {
      await scenario.run(run, checks);
      const { deleted, stillListed } = await run.endScenario();
      if (deleted > 0) {
        checks.expect(
          'every card the adapter said it deleted is gone from a fresh list',
          stillListed === 0,
          `${stillListed} of ${deleted} still listed`,
        );
      }
    } catch (error) {
      await run.endScenario().catch(() => {});
      // The name only: a merchant's error message may quote a key or the provider's words.
      const name = error instanceof Error ? error.name : typeof error;
      checks.expect('the scenario ran to its end', false, `threw ${name}`);
    }
    const statuses = checks.results.map((check) => check.status);
    scenarios.push({
      id: scenario.id,
      title: scenario.title,
      checks: checks.results,
      // A scenario with a skipped check was not wholly run: never reported as passed.
      status: statuses.includes('failed')
        ? 'failed'
        : statuses.includes('skipped')
          ? 'skipped'
          : 'passed',
    });
  }
  const failures = scenarios.flatMap((scenario) =>
    scenario.checks
      .filter((check) => check.status === 'failed')
      .map((check) => `${scenario.id} › ${check.name}${check.detail ? `: ${check.detail}` : ''}`),
  );
  const count = (status: ScenarioResult['status']) =>
    scenarios.filter((scenario) => scenario.status === status).length;
  const skipped = scenarios
    .flatMap((scenario) => scenario.checks)
    .filter((check) => check.status === 'skipped').length;
  return {
    ok: failures.length === 0,
    scenarios,
    failures,
    skipped,
    summary: `${scenarios.length} scenarios: ${count('passed')} passed, ${count('skipped')} skipped, ${count('failed')} failed; ${skipped} check${skipped === 1 ? '' : 's'} skipped`,
  };
}

function checkFixture(fixture: ConformanceFixture): void {
  const { customerId, otherCustomerId, cards } = fixture;
  if (
    typeof customerId !== 'string' ||
    typeof otherCustomerId !== 'string' ||
    customerId === otherCustomerId
  ) {
    throw new TypeError(
      'checkCardProvider: customerId and otherCustomerId must be two different ids',
    );
  }
  if ((cards?.[customerId] ?? []).length < 1 || (cards?.[otherCustomerId] ?? []).length < 1) {
    throw new TypeError(
      'checkCardProvider: fixture.cards needs at least one card for each customer',
    );
  }
}
