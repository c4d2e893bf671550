// @vitest-environment node
// Which Chromium the tests drive, and what a machine without one gets (scripts/). The machine
// is a fake: a set of runnable files, an OS, a user; installs only change that set.
import { describe, expect, test } from 'vitest';
import { type ChromiumProbes, chromiumExecutable, findChromium } from '../../scripts/chromium.mjs';
import { ensureChromium, type InstallStep } from '../../scripts/ensure-chromium.mjs';

const PLAYWRIGHT = '/home/dev/.cache/ms-playwright/chromium-1234/chrome-linux/chrome';
const DEBIAN = 'PRETTY_NAME="Debian GNU/Linux 13 (trixie)"\nID=debian\n';
const UBUNTU = 'NAME="Ubuntu"\nID=ubuntu\nID_LIKE=debian\n';

function machine({
  files = [] as string[],
  env = {} as Record<string, string>,
  platform = 'linux' as NodeJS.Platform,
  isRoot = false,
  osRelease = '',
} = {}) {
  const runnable = new Set(files);
  const probes: ChromiumProbes = {
    env: { PATH: '/usr/local/bin:/usr/bin:/bin', ...env },
    platform,
    isRoot,
    isExecutable: (path) => runnable.has(path),
    playwrightPath: () => PLAYWRIGHT,
    osRelease: () => osRelease,
  };
  return { probes, runnable };
}

/** Runs nothing: records each step, and "installs" what the step would put on disk. */
function installer(runnable: Set<string>, { succeeds = true, installs = true } = {}) {
  const ran: string[] = [];
  const run = (step: InstallStep) => {
    ran.push([step.command, ...step.args].join(' '));
    if (!succeeds) return false;
    if (installs && step.args.includes('install')) {
      runnable.add(step.command === 'apt-get' ? '/usr/bin/chromium' : PLAYWRIGHT);
    }
    return true;
  };
  return { ran, run };
}

const quiet = () => {};

describe('finding Chromium', () => {
  test('CHROMIUM_PATH comes first, even with a system and a Playwright Chromium present', () => {
    const { probes } = machine({
      files: ['/opt/chrome/chrome', '/usr/bin/chromium', PLAYWRIGHT],
      env: { CHROMIUM_PATH: '/opt/chrome/chrome' },
    });
    expect(findChromium(probes)).toEqual({ path: '/opt/chrome/chrome', source: 'CHROMIUM_PATH' });
  });

  test('a CHROMIUM_PATH that is not there stops with one sentence naming it', () => {
    const { probes, runnable } = machine({
      files: ['/usr/bin/chromium'],
      env: { CHROMIUM_PATH: '/opt/missing/chrome' },
    });
    const { ran, run } = installer(runnable);
    const result = ensureChromium({ probes, run, log: quiet });
    expect(result).toEqual({
      ok: false,
      message:
        'CHROMIUM_PATH is /opt/missing/chrome, which is not a runnable file: point it at a Chromium binary or unset it.',
    });
    expect(ran).toEqual([]);
  });

  test('configs get a path or undefined, and never a throw while loading', () => {
    const missing = { CHROMIUM_PATH: '/opt/missing/chrome' };
    expect(chromiumExecutable(machine({ files: [PLAYWRIGHT] }).probes)).toBe(PLAYWRIGHT);
    expect(chromiumExecutable(machine().probes)).toBeUndefined();
    // Left for Playwright's launch error to name (the npm pre-step says it first).
    expect(chromiumExecutable(machine({ env: missing }).probes)).toBe('/opt/missing/chrome');
  });

  test("then Debian's /usr/bin/chromium, before Playwright's own browser", () => {
    const { probes } = machine({ files: ['/usr/bin/chromium', PLAYWRIGHT] });
    expect(findChromium(probes)).toEqual({ path: '/usr/bin/chromium', source: 'system' });
  });

  test('then chromium-browser anywhere on PATH', () => {
    const { probes } = machine({
      files: ['/opt/tools/chromium-browser', PLAYWRIGHT],
      env: { PATH: '/opt/tools:/usr/bin' },
    });
    expect(findChromium(probes)).toEqual({
      path: '/opt/tools/chromium-browser',
      source: 'system',
    });
  });

  test('on macOS, Chromium.app', () => {
    const app = '/Applications/Chromium.app/Contents/MacOS/Chromium';
    expect(findChromium(machine({ platform: 'darwin', files: [app, PLAYWRIGHT] }).probes)).toEqual({
      path: app,
      source: 'system',
    });
  });

  test("then Playwright's browser, only when it is installed", () => {
    expect(findChromium(machine({ files: [PLAYWRIGHT] }).probes)).toEqual({
      path: PLAYWRIGHT,
      source: 'playwright',
    });
    expect(findChromium(machine().probes)).toBeNull();
  });

  test('a machine that has one installs nothing', () => {
    const { probes, runnable } = machine({ files: ['/usr/bin/chromium'], isRoot: true });
    const { ran, run } = installer(runnable);
    expect(ensureChromium({ probes, run, log: quiet })).toEqual({
      ok: true,
      found: { path: '/usr/bin/chromium', source: 'system' },
      installed: false,
    });
    expect(ran).toEqual([]);
  });
});

describe('a machine without Chromium', () => {
  test("Debian as root installs Debian's package, as CI does", () => {
    const { probes, runnable } = machine({
      files: ['/usr/bin/apt-get'],
      isRoot: true,
      osRelease: DEBIAN,
    });
    const { ran, run } = installer(runnable);
    const lines: string[] = [];
    const result = ensureChromium({ probes, run, log: (line) => lines.push(line) });
    expect(ran).toEqual(['apt-get update -qq', 'apt-get install -y -qq chromium']);
    expect(lines).toEqual([
      'No Chromium found for the browser tests; installing one with `apt-get install -y chromium`.',
    ]);
    expect(result).toEqual({
      ok: true,
      found: { path: '/usr/bin/chromium', source: 'system' },
      installed: true,
    });
  });

  test.each([
    ['macOS', machine({ platform: 'darwin' })],
    ['Ubuntu as root', machine({ files: ['/usr/bin/apt-get'], isRoot: true, osRelease: UBUNTU })],
    ['Debian as a user', machine({ files: ['/usr/bin/apt-get'], osRelease: DEBIAN })],
  ])("%s installs Playwright's Chromium", (_, { probes, runnable }) => {
    const { ran, run } = installer(runnable);
    const result = ensureChromium({ probes, run, log: quiet });
    expect(ran).toEqual(['npx playwright install chromium']);
    expect(result).toEqual({
      ok: true,
      found: { path: PLAYWRIGHT, source: 'playwright' },
      installed: true,
    });
  });

  test('a failed install stops with one sentence that says the exact command', () => {
    const { probes, runnable } = machine({ platform: 'darwin' });
    const { run } = installer(runnable, { succeeds: false });
    expect(ensureChromium({ probes, run, log: quiet })).toEqual({
      ok: false,
      message:
        'Chromium is missing and `npx playwright install chromium` failed: run `npx playwright install chromium` (or set CHROMIUM_PATH to a Chromium binary), then run the tests again.',
    });
  });

  test('on Debian without root the sentence names the package to install with sudo', () => {
    const { probes, runnable } = machine({ files: ['/usr/bin/apt-get'], osRelease: DEBIAN });
    const { run } = installer(runnable, { succeeds: false });
    const result = ensureChromium({ probes, run, log: quiet });
    expect(result.ok).toBe(false);
    expect(!result.ok && result.message).toContain('run `sudo apt-get install -y chromium`');
  });

  test('an install that ends without a browser says so instead of claiming success', () => {
    const { probes, runnable } = machine({
      files: ['/usr/bin/apt-get'],
      isRoot: true,
      osRelease: DEBIAN,
    });
    const { run } = installer(runnable, { installs: false });
    const result = ensureChromium({ probes, run, log: quiet });
    expect(result).toEqual({
      ok: false,
      message:
        'Chromium is missing and `apt-get install -y chromium` did not install it: run `apt-get install -y chromium` (or set CHROMIUM_PATH to a Chromium binary), then run the tests again.',
    });
  });
});
