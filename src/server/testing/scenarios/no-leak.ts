import { mayHoldCardNumber } from '../../guards/may-hold-card-number';
import type { Checks } from '../checks';
import { leakForms } from '../leak-forms';
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

  const leak = findLeak(run);
  c.expect(
    'no secret or provider text, as is or encoded (base64, URL, hex), in any answer, log line, audit event or listed card',
    leak === null,
    leak ?? '',
  );
  const refs = [...run.seenRefs].filter((ref) => ref.length >= 6);
  c.expect(
    'no server-only ref (providerRef) outside the server',
    !run.transcript.some(({ text }) => refs.some((ref) => text.includes(ref))),
  );
  c.expect(
    'nothing that may be a card number anywhere',
    !run.transcript.some(({ text }) => mayHoldCardNumber(text)),
  );
  if (run.adapters.some((adapter) => adapter.cardIdIsProviderToken === true)) {
    const raw = [...run.seenIds];
    c.expect(
      'card ids that are provider tokens reach the audit only as a digest',
      !run.transcript.some(
        ({ text }) =>
          text.includes('"type":"card.delete"') && raw.some((id) => text.includes(`"${id}"`)),
      ),
    );
  }
}

// Which fixture word leaked, in which form and where: never the word itself.
function findLeak(run: KitRun): string | null {
  const places = [
    ...run.transcript,
    ...run.wallets.flatMap((wallet) =>
      wallet.provider.listedFields.map((text) => ({ where: 'a listed card', text })),
    ),
  ];
  const words: Array<[string, string]> = [
    ...(run.fixture.secrets ?? []).map((word, i): [string, string] => [`secrets[${i}]`, word]),
    ...(run.fixture.providerText ?? []).map((word, i): [string, string] => [
      `providerText[${i}]`,
      word,
    ]),
  ];
  for (const [name, word] of words) {
    for (const { form, text } of leakForms(word)) {
      const place = places.find((entry) => entry.text.includes(text));
      if (place) return `fixture.${name} ${form} in ${place.where}`;
    }
  }
  return null;
}
