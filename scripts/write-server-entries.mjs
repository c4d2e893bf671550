// Runs after `npm run build` (the `postbuild` script). `saved-card-kit/server` and
// `saved-card-kit/server/testing` stay where merchants import them, but the code lives once, in
// @saved-card-kit/server (packages/server), which a backend can install without React. These
// one-line entries re-export it: the same module instances, so a handler or an error class from
// either name is the same object.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const dist = fileURLToPath(new URL('../dist/', import.meta.url));

/** Each file of the browser package and the server package's entry it re-exports. */
const ENTRIES = [
  ['server.js', '@saved-card-kit/server'],
  ['types/server/index.d.ts', '@saved-card-kit/server'],
  ['server/testing.js', '@saved-card-kit/server/testing'],
  ['types/server/testing/index.d.ts', '@saved-card-kit/server/testing'],
];

for (const [file, target] of ENTRIES) {
  const path = join(dist, file);
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, `export * from '${target}';\n`);
}
console.log(`write-server-entries: ${ENTRIES.length} files re-export @saved-card-kit/server`);
