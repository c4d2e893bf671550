// The Markdown the project publishes (README.md, CHANGELOG.md, docs/**/*.md) and the two kinds
// of code in it: fenced blocks, and inline `code` spans in the prose around them. Shared by
// check-snippets.mjs (blocks) and check-doc-names.mjs (spans), so both read the same files the
// same way.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = fileURLToPath(new URL('..', import.meta.url));

function* markdownUnder(dir) {
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) yield* markdownUnder(path);
    else if (name.endsWith('.md')) yield path;
  }
}

/** Repo-relative paths of every published Markdown page. */
export function markdownFiles() {
  return [
    join(root, 'README.md'),
    join(root, 'CHANGELOG.md'),
    ...markdownUnder(join(root, 'docs')),
  ].map((path) => relative(root, path));
}

/**
 * Fenced blocks of one page: `lang` is the info string's first word, `tags` the rest
 * (```tsx fragment → lang 'tsx', tags ['fragment']); `line` is the 1-based line of the first
 * line of code (the one after the fence).
 */
export function fencedBlocks(file) {
  const lines = readFileSync(join(root, file), 'utf8').split('\n');
  const blocks = [];
  let open = null;
  lines.forEach((text, index) => {
    const fence = /^(\s*)(`{3,}|~{3,})(.*)$/.exec(text);
    if (!open) {
      if (!fence) return;
      const [lang = '', ...tags] = fence[3].trim().split(/\s+/).filter(Boolean);
      open = { file, lang, tags, line: index + 2, indent: fence[1], fence: fence[2], code: [] };
      return;
    }
    if (fence?.[2].startsWith(open.fence) && fence[3].trim() === '') {
      blocks.push({ ...open, code: open.code.join('\n') });
      open = null;
      return;
    }
    open.code.push(text.startsWith(open.indent) ? text.slice(open.indent.length) : text);
  });
  if (open) throw new Error(`${file}:${open.line - 1}: a code fence is never closed`);
  return blocks;
}

/**
 * Inline code spans outside fenced blocks, each with its line and the heading path above it
 * (CHANGELOG's "### Added" decides whether a name there is a claim about today's exports).
 */
export function inlineSpans(file) {
  const lines = readFileSync(join(root, file), 'utf8').split('\n');
  const spans = [];
  let inFence = false;
  const headings = [];
  lines.forEach((text, index) => {
    if (/^\s*(`{3,}|~{3,})/.test(text)) {
      inFence = !inFence;
      return;
    }
    if (inFence) return;
    const heading = /^(#{1,6})\s+(.*)$/.exec(text);
    if (heading) {
      headings.length = heading[1].length - 1;
      headings[heading[1].length - 1] = heading[2];
      return;
    }
    for (const match of text.matchAll(/(`+)([^`]+?)\1(?!`)/g)) {
      spans.push({ file, line: index + 1, code: match[2].trim(), headings: [...headings] });
    }
  });
  return spans;
}
