// The design-system names styles.css falls back to (`--wallet-border: var(--border, …)`),
// read from the stylesheet itself. Template CSS defines some of them (create-vite's --border,
// create-next-app's --background) and the kit rightly adopts them; the palette check resets
// them to see the kit's own theme through the host's production CSS pipeline.
import { readFileSync } from 'node:fs';

const css = readFileSync(new URL('../../src/styles.css', import.meta.url), 'utf8');

/** `--border`, `--background`, … every name a `--wallet-*` token falls back to. */
export const HOST_TOKENS = [
  ...new Set([...css.matchAll(/--wallet-[\w-]+:\s*var\((--[\w-]+)/g)].map((m) => m[1])),
];
