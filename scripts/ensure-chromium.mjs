// The pre-step of every npm script that drives a browser (`pretest`, `pree2e`, …): find
// Chromium (scripts/chromium.mjs); when there is none, install one the way this machine
// allows, or stop with one sentence that says the exact command.
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ChromiumPathError, findChromium, systemProbes, which } from './chromium.mjs';

const APT = { command: 'apt-get', env: { DEBIAN_FRONTEND: 'noninteractive' } };

/**
 * How this machine gets a Chromium: Debian's package when running as root on Debian (what
 * CI does), else Playwright's own download (any OS, no root needed). `display` is the
 * command as a person would type it; `manual` what to tell them when it fails.
 */
export function installPlan(probes) {
  const release = parseOsRelease(probes.osRelease());
  const family = [release.ID, ...(release.ID_LIKE ?? '').split(' ')];
  // Ubuntu's "chromium" is a snap stub that does not run in containers: Playwright's it is.
  const debian =
    probes.platform === 'linux' &&
    family.includes('debian') &&
    !family.includes('ubuntu') &&
    which('apt-get', probes) !== null;
  if (debian && probes.isRoot) {
    return {
      display: 'apt-get install -y chromium',
      manual: 'apt-get install -y chromium',
      steps: [
        { ...APT, args: ['update', '-qq'] },
        { ...APT, args: ['install', '-y', '-qq', 'chromium'] },
      ],
    };
  }
  return {
    display: 'npx playwright install chromium',
    manual: debian ? 'sudo apt-get install -y chromium' : 'npx playwright install chromium',
    steps: [{ command: 'npx', args: ['playwright', 'install', 'chromium'], env: {} }],
  };
}

/**
 * Finds Chromium, installing it when missing. Resolves to `{ ok: true, found, installed }`,
 * or `{ ok: false, message }` with the one sentence to print.
 */
export function ensureChromium({ probes = systemProbes(), run = runStep, log = console.log } = {}) {
  let found;
  try {
    found = findChromium(probes);
  } catch (error) {
    if (error instanceof ChromiumPathError) return { ok: false, message: error.message };
    throw error;
  }
  if (found) return { ok: true, found, installed: false };

  const plan = installPlan(probes);
  log(`No Chromium found for the browser tests; installing one with \`${plan.display}\`.`);
  const ran = plan.steps.every((step) => run(step, probes));
  const after = ran ? findChromium(probes) : null;
  if (after) return { ok: true, found: after, installed: true };
  return {
    ok: false,
    message: `Chromium is missing and \`${plan.display}\` ${ran ? 'did not install it' : 'failed'}: run \`${plan.manual}\` (or set CHROMIUM_PATH to a Chromium binary), then run the tests again.`,
  };
}

function runStep(step, probes) {
  const result = spawnSync(step.command, step.args, {
    stdio: 'inherit',
    env: { ...probes.env, ...step.env },
    // npx is npx.cmd on Windows, which only a shell can start.
    shell: probes.platform === 'win32',
  });
  return result.status === 0;
}

function parseOsRelease(text) {
  const fields = {};
  for (const line of text.split('\n')) {
    const match = line.match(/^([A-Z_]+)=(.*)$/);
    if (match) fields[match[1]] = match[2].replace(/^"|"$/g, '').toLowerCase();
  }
  return fields;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const result = ensureChromium();
  if (!result.ok) {
    console.error(result.message);
    process.exit(1);
  }
  console.log(`Chromium: ${result.found.path} (${result.found.source})`);
}
