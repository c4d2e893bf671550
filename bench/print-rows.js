// The benches' figures as `name  figure` lines: the figures start in one column, wide enough
// for the longest name, so no name runs into its figure.
const MIN_NAME_WIDTH = 42;

/** Prints `[name, figure]` rows to stdout. */
export function printRows(rows) {
  const width = Math.max(MIN_NAME_WIDTH, ...rows.map(([name]) => name.length + 1));
  for (const [name, figure] of rows) console.log(`  ${name.padEnd(width)}${figure}`);
}
