// What .ci/run's closing lines are made of, read from the three test reports: Vitest's JSON
// (unit, browser, storybook) and Playwright's (e2e, screenshots). `counts` prints "passed failed";
// `failures` names every failed test with its file, so a CI log cut to its tail still says what broke.
import { readFileSync } from 'node:fs';

const read = (file) => {
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    return null;
  }
};

const playwrightReports = ['test-results/e2e.json', 'test-results/visual.json'];

const vitestFailures = (report) =>
  (report?.testResults ?? []).flatMap((file) => {
    const failed = (file.assertionResults ?? []).filter((test) => test.status === 'failed');
    // A file that failed to load has no failed assertion but a message of its own.
    if (failed.length === 0 && file.status === 'failed')
      return [`${file.name}: ${file.message ?? 'failed'}`];
    return failed.map((test) => `${file.name} › ${test.fullName}`);
  });

const playwrightFailures = (suites, file = '') =>
  (suites ?? []).flatMap((suite) => [
    ...(suite.specs ?? []).flatMap((spec) =>
      spec.tests
        .filter((test) => test.status === 'unexpected')
        .map(
          (test) =>
            `${spec.file ?? file} › ${test.projectName ? `[${test.projectName}] ` : ''}${spec.title}`,
        ),
    ),
    ...playwrightFailures(suite.suites, suite.file ?? file),
  ]);

const counts = () => {
  let passed = 0;
  let failed = 0;
  const vitest = read('test-results/vitest.json');
  // A missing or empty report counts as one failure.
  if (vitest) {
    passed += vitest.numPassedTests;
    failed += vitest.numFailedTests + (vitest.numTotalTests ? 0 : 1);
  } else failed += 1;
  for (const file of playwrightReports) {
    const run = read(file);
    if (run) {
      passed += run.stats.expected;
      failed += run.stats.unexpected + (run.stats.expected ? 0 : 1);
    } else failed += 1;
  }
  return `${passed} ${failed}`;
};

const failures = () => {
  const names = [
    ...vitestFailures(read('test-results/vitest.json')),
    ...playwrightReports.flatMap((file) => playwrightFailures(read(file)?.suites)),
  ];
  const cwd = `${process.cwd()}/`;
  return names.map((name) => `  ✗ ${name.replaceAll(cwd, '')}`).join('\n');
};

const what = process.argv[2];
if (what === 'counts') console.log(counts());
else if (what === 'failures') {
  const list = failures();
  if (list) console.log(`\nFailed tests:\n${list}`);
} else {
  console.error('usage: node scripts/ci-summary.mjs counts|failures');
  process.exit(2);
}
