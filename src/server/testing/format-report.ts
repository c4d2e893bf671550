import type { ConformanceReport } from './types';

const MARK = { passed: '✓', failed: '✗', skipped: '–' } as const;

/** The report as plain text, one line per scenario and per failed or skipped check. */
export function formatReport(report: ConformanceReport): string {
  const lines = [report.summary];
  for (const scenario of report.scenarios) {
    lines.push(`${MARK[scenario.status]} ${scenario.id}: ${scenario.title}`);
    for (const check of scenario.checks) {
      if (check.status === 'passed') continue;
      lines.push(
        `    ${MARK[check.status]} ${check.name}${check.detail ? ` (${check.detail})` : ''}`,
      );
    }
  }
  return lines.join('\n');
}
