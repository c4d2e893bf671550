import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

/**
 * Every file a built entry loads, following its relative static and dynamic imports, keyed by
 * path. Bare imports (peers such as `react`) stay outside: they are not our output.
 */
export function browserGraph(entry: string): Map<string, string> {
  const files = new Map<string, string>();
  const visit = (file: string) => {
    if (files.has(file)) return;
    const code = readFileSync(file, 'utf8');
    files.set(file, code);
    for (const [, spec] of code.matchAll(/(?:from|import)\s*\(?\s*["'](\.[^"']+)["']/g)) {
      if (spec) visit(join(dirname(file), spec));
    }
  };
  visit(entry);
  return files;
}
