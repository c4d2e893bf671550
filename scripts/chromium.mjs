// Which Chromium every browser test, bench and script drives: one answer, decided here.
// Order: CHROMIUM_PATH, else the system's Chromium, else Playwright's own installed browser.
import { accessSync, constants, readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { delimiter, join } from 'node:path';

/** Where a system Chromium lives when it is not on PATH under one of SYSTEM_NAMES. */
export const SYSTEM_PATHS = {
  linux: ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/snap/bin/chromium'],
  darwin: ['/Applications/Chromium.app/Contents/MacOS/Chromium'],
};

/** Command names a system Chromium goes by on PATH. */
export const SYSTEM_NAMES = ['chromium', 'chromium-browser'];

/** A CHROMIUM_PATH that points at nothing runnable: its message is one sentence. */
export class ChromiumPathError extends Error {}

/** What the machine looks like; tests pass their own. */
export function systemProbes() {
  return {
    env: process.env,
    platform: process.platform,
    isRoot: process.getuid?.() === 0,
    isExecutable,
    playwrightPath,
    osRelease: () => readText('/etc/os-release'),
  };
}

/** The first runnable file called `name` on the probes' PATH, or null. */
export function which(name, probes) {
  const dirs = (probes.env.PATH ?? '').split(delimiter).filter(Boolean);
  const exts = probes.platform === 'win32' ? (probes.env.PATHEXT ?? '.EXE;.CMD').split(';') : [''];
  for (const dir of dirs) {
    for (const ext of exts) {
      const path = join(dir, name + ext);
      if (probes.isExecutable(path)) return path;
    }
  }
  return null;
}

/**
 * The Chromium to use, with where it came from, or null when there is none.
 * Throws a ChromiumPathError when CHROMIUM_PATH is set but is not a runnable file.
 */
export function findChromium(probes = systemProbes()) {
  const fromEnv = probes.env.CHROMIUM_PATH;
  if (fromEnv) {
    if (probes.isExecutable(fromEnv)) return { path: fromEnv, source: 'CHROMIUM_PATH' };
    throw new ChromiumPathError(
      `CHROMIUM_PATH is ${fromEnv}, which is not a runnable file: point it at a Chromium binary or unset it.`,
    );
  }
  for (const path of SYSTEM_PATHS[probes.platform] ?? []) {
    if (probes.isExecutable(path)) return { path, source: 'system' };
  }
  for (const name of SYSTEM_NAMES) {
    const path = which(name, probes);
    if (path) return { path, source: 'system' };
  }
  const bundled = probes.playwrightPath();
  if (bundled && probes.isExecutable(bundled)) return { path: bundled, source: 'playwright' };
  return null;
}

/**
 * For launch options: the path to launch, or undefined when none was found (the npm scripts'
 * pre-step, scripts/ensure-chromium.mjs, installs one or says how before a browser starts).
 * Never throws, so loading a config works for runs that start no browser at all.
 */
export function chromiumExecutable(probes = systemProbes()) {
  try {
    return findChromium(probes)?.path;
  } catch (error) {
    // A CHROMIUM_PATH that is not there: Playwright's launch error names it.
    if (error instanceof ChromiumPathError) return probes.env.CHROMIUM_PATH;
    throw error;
  }
}

function isExecutable(path) {
  try {
    if (!statSync(path).isFile()) return false;
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

// Where `npx playwright install chromium` puts its browser; the path is known before it exists.
function playwrightPath() {
  try {
    return createRequire(import.meta.url)('playwright').chromium.executablePath() || undefined;
  } catch {
    return undefined;
  }
}

function readText(path) {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return '';
  }
}
