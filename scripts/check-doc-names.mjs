// `npm run check:doc-names`: the docs name only exports that exist. Every inline `code` span in
// README.md, docs/**/*.md and CHANGELOG.md's "Added" sections whose leading name looks like a
// public name of the kit (useX, createX, xProvider, PascalCase types and components,
// SCREAMING_CASE constants, …) must be exported by one of the entries, as the committed API
// reports in api/ list them (`npm run api:update` keeps those true; CI checks that too).
// Theme tokens named in inline code (`--wallet-…`) must be in src/styles.css.
// Imports inside code blocks are checked by the snippet type-check instead.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { inlineSpans, markdownFiles, root } from './markdown-docs.mjs';

// Names that look like ours but belong to others; each with where it comes from.
const FOREIGN = new Map(
  Object.entries({
    QueryClient: '@tanstack/react-query',
    QueryClientProvider: '@tanstack/react-query',
    HydrationBoundary: '@tanstack/react-query',
    MutationCache: '@tanstack/react-query',
    AlertDialog: 'Radix',
    AbortSignal: 'the DOM',
    AbortController: 'the DOM',
    TypeError: 'JavaScript',
    BroadcastChannel: 'the DOM',
    IntersectionObserver: 'the DOM',
    ServerResponse: 'node:http',
    createSecureServer: 'node:http2',
    ReactNode: 'React',
    useMemo: 'React',
    useSyncExternalStore: 'React',
    RadixToaster: 'the Radix Toast recipe (stories/recipes/radix-toaster.tsx), not the kit',
    useCallback: 'React',
    // Hyperswitch's card_network values (docs/providers/hyperswitch.md).
    AmericanExpress: 'Hyperswitch',
    DinersClub: 'Hyperswitch',
    RuPay: 'Hyperswitch',
    CartesBancaires: 'Hyperswitch',
    // Card-updater webhooks (docs/providers/stripe.md, adyen.md "Card updates").
    StripeSignatureVerificationError: 'stripe-node',
    DEFAULT_TOLERANCE: 'stripe-node',
    PaymentMethodAutomaticallyUpdatedEvent: 'stripe-node',
    HmacSignature: "Adyen's webhook header",
    RecurringTokenStoreOperation: '@adyen/api-library',
    TokenizationUpdatedDetailsNotificationRequest: '@adyen/api-library',
  }),
);
// Internal parts that architecture.md and testing.md name on purpose: they describe the code.
const INTERNAL = new Set([
  'CardRow',
  'RemoveCardDialog',
  'Toaster',
  'LiveRegion',
  // The wallet controller's parts (src/query/), described in architecture.md.
  'CommandKind',
  'describeRemoval',
  'useRemovalFocus',
]);
const INTERNAL_PAGES = new Set(['docs/architecture.md', 'docs/testing.md']);

const PUBLIC_LOOKING = [
  /^use[A-Z]\w*$/, // hooks
  /^(create|is|describe|format|merge|check|to|render|redis|memory)[A-Z]\w*$/, // factories, helpers
  /^[a-z]\w*(Provider|Keys|Messages|Marks|Options)$/, // adapters, key factories, message sets
  /^[A-Z][a-z0-9]+(?:[A-Z][a-z0-9]*)+$/, // PascalCase with two humps: components, types
  // Constants, by the kit's prefixes (other SCREAMING_CASE spans are environment variables
  // and providers' error codes).
  /^(WALLET|CARD|DEFAULT|INVALID|NO|MAX)_[A-Z0-9_]+$/,
  /^[A-Z]+_(TEST_)?BASE_URLS?$/,
];
// Props, options and methods: a lowercase name may be a member of an exported type instead.
const MEMBER_LOOKING = /^[a-z]/;

/** Exported names (and the member names of exported types) per entry, from the API reports. */
function exportedNames() {
  const names = new Map();
  const members = new Set();
  const apiDir = join(root, 'api');
  for (const file of readdirSync(apiDir).filter((name) => name.endsWith('.api.md'))) {
    const text = readFileSync(join(apiDir, file), 'utf8');
    for (const match of text.matchAll(
      /^export (?:declare )?(?:abstract )?(?:function|const|let|class|interface|type|enum|namespace) ([A-Za-z_$][\w$]*)/gm,
    )) {
      names.set(match[1], [...(names.get(match[1]) ?? []), file]);
    }
    for (const match of text.matchAll(/^export \{ ([\w$, ]+) \}/gm)) {
      for (const name of match[1].split(/,\s*/))
        names.set(name, [...(names.get(name) ?? []), file]);
    }
    // Members of exported types, and parameters of exported functions.
    for (const match of text.matchAll(/^\s+(?:readonly )?([A-Za-z_$][\w$]*)\??[(<]/gm)) {
      members.add(match[1]);
    }
    for (const match of text.matchAll(/([A-Za-z_$][\w$]*)\??: /g)) members.add(match[1]);
  }
  return { names, members };
}

const { names: exported, members } = exportedNames();
// Theme tokens the docs name (`--wallet-danger`) are ones styles.css defines or reads.
const tokens = new Set(
  readFileSync(join(root, 'src/styles.css'), 'utf8').match(/--wallet-[a-z-]*[a-z]/g) ?? [],
);
const problems = [];
let checked = 0;
// Pages to check: the ones named on the command line, else every published page.
const only = process.argv.slice(2);
for (const file of only.length > 0 ? only : markdownFiles()) {
  for (const span of inlineSpans(file)) {
    for (const token of span.code.match(/--wallet-[a-z-]*[a-z]/g) ?? []) {
      checked += 1;
      if (!tokens.has(token))
        problems.push(`${file}:${span.line}: ${token} is not in src/styles.css`);
    }
    if (file === 'CHANGELOG.md' && !span.headings.some((h) => /^Added\b/.test(h))) continue;
    const lead = /^[</]*([A-Za-z_$][\w$]*)/.exec(span.code)?.[1];
    if (!lead || !PUBLIC_LOOKING.some((pattern) => pattern.test(lead))) continue;
    if (span.code.startsWith(`${lead}=`)) continue; // an environment variable being set
    if (FOREIGN.has(lead)) continue;
    if (INTERNAL.has(lead) && INTERNAL_PAGES.has(file)) continue;
    checked += 1;
    if (!exported.has(lead) && !(MEMBER_LOOKING.test(lead) && members.has(lead))) {
      problems.push(`${file}:${span.line}: \`${span.code}\` names ${lead}, which no entry exports`);
    }
  }
}

console.log(
  `${checked} public-looking names and theme tokens in the docs' inline code checked against api/ and styles.css`,
);
if (problems.length > 0) {
  console.error(
    `\n${problems.join('\n')}\n\n${problems.length} name(s) the API reports do not list. ` +
      'Fix the docs, or export the name (then `npm run api:update`), or, for a name of another ' +
      'library, add it to FOREIGN in scripts/check-doc-names.mjs.',
  );
  process.exit(1);
}
