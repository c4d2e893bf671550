import { mayHoldCardNumber } from '../../guards/may-hold-card-number';
import type { Checks } from '../checks';
import type { KitRun } from '../run';
import { errorCode } from '../run';
import type { FaultKind } from '../types';

const REFUSALS: ReadonlyArray<[FaultKind, 'list' | 'delete']> = [
  ['unauthorized', 'list'],
  ['unavailable', 'list'],
  ['unauthorized', 'delete'],
  ['unavailable', 'delete'],
];

/**
 * Provider refusals are a generic 502; and nowhere in any answer, log line or audit event of
 * the whole run: a secret, the provider's words, a server-only ref, or a card number.
 */
export async function noLeak(run: KitRun, c: Checks): Promise<void> {
  const { customerId } = run.fixture;
  for (const [kind, operation] of REFUSALS) {
    const name = `a provider that answers '${kind}' to a ${operation} is a generic 502`;
    const wallet = await run.wallet();
    const ids = operation === 'delete' ? await run.ids(wallet, customerId) : [];
    if (!(await run.fault({ kind, operation, customerId }))) {
      c.skip(name, `needs fixture.fault for '${kind}'`);
      continue;
    }
    const reply =
      operation === 'list'
        ? await wallet.list(customerId)
        : await wallet.remove(customerId, ids?.[0] ?? 'missing');
    c.expect(
      name,
      reply.status === 502 && errorCode(reply.json) === 'provider_error',
      `answered ${reply.status}`,
    );
  }

  const words = [...(run.fixture.secrets ?? []), ...(run.fixture.providerText ?? [])];
  const leaked = run.transcript.find((entry) =>
    words.some((word) => word !== '' && entry.includes(word)),
  );
  c.expect(
    'no secret or provider text in any answer, log line or audit event',
    leaked === undefined,
  );
  const refs = [...run.seenRefs].filter((ref) => ref.length >= 6);
  c.expect(
    'no server-only ref (providerRef) outside the server',
    !run.transcript.some((entry) => refs.some((ref) => entry.includes(ref))),
  );
  c.expect(
    'nothing that may be a card number anywhere',
    !run.transcript.some((entry) => mayHoldCardNumber(entry)),
  );
  if (run.adapters.some((adapter) => adapter.cardIdIsProviderToken === true)) {
    const raw = [...run.seenIds];
    c.expect(
      'card ids that are provider tokens reach the audit only as a digest',
      !run.transcript.some(
        (entry) =>
          entry.includes('"type":"card.delete"') && raw.some((id) => entry.includes(`"${id}"`)),
      ),
    );
  }
}
