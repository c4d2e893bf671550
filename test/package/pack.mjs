// What `npm pack` would publish, for every test that installs the kit as a merchant does: the
// browser package (saved-card-kit, which depends on the server package for
// saved-card-kit/server) and the server package (@saved-card-kit/server, which a backend can
// install alone). Packs what dist/ holds now; run `npm run build` first.
import { execFileSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));

/** The folder of each package in this repo, by the name the tarballs are returned under. */
export const PACKAGE_DIRS = {
  browser: root,
  server: join(root, 'packages/server'),
};

/**
 * Packs both packages into `dir` (a new temporary folder when omitted) and returns the path of
 * each tarball. Install both (`npm install <browser> <server>`) for an app that renders the kit:
 * npm then takes the browser package's dependency on @saved-card-kit/server from the second
 * tarball, not from the registry. A server-only app installs `server` alone.
 */
export function packTarballs(dir = mkdtempSync(join(tmpdir(), 'saved-card-kit-pack-'))) {
  const pack = (cwd) => {
    const [packed] = JSON.parse(
      execFileSync(
        'npm',
        ['pack', '--json', '--ignore-scripts', '--loglevel=error', '--pack-destination', dir],
        { cwd, encoding: 'utf8' },
      ),
    );
    return join(dir, packed.filename);
  };
  return { browser: pack(PACKAGE_DIRS.browser), server: pack(PACKAGE_DIRS.server) };
}
