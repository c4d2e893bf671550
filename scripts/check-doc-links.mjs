// `npm run check:doc-links`: every relative link and image in README.md, CHANGELOG.md and
// docs/**/*.md points at a file or folder that exists, and every `#anchor` at a heading of its
// page (GitHub's slugs); inline code naming a repository path (`test/unit/x.test.ts`) names
// one that exists. Pages moved and split often; a stranger should never follow a dead link.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { inlineSpans, markdownFiles, root } from './markdown-docs.mjs';

// Inline code that names a file of this repository (`test/unit/x.test.ts`, `src/ui/`).
const REPO_PATH = /^(src|test|docs|scripts|demo|bench|stories|api|\.ci|\.storybook)\/[\w./-]*$/;

/** GitHub's anchor for a heading: lower case, punctuation dropped, spaces to hyphens. */
const slug = (heading) =>
  heading
    .trim()
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\- _]/gu, '')
    .replace(/ /g, '-');

const anchorsOf = new Map();
function anchors(path) {
  if (!anchorsOf.has(path)) {
    const found = new Set();
    let inFence = false;
    for (const line of readFileSync(path, 'utf8').split('\n')) {
      if (/^\s*(`{3,}|~{3,})/.test(line)) inFence = !inFence;
      const heading = !inFence && /^#{1,6}\s+(.*)$/.exec(line);
      if (heading) found.add(slug(heading[1]));
    }
    anchorsOf.set(path, found);
  }
  return anchorsOf.get(path);
}

const problems = [];
let checked = 0;
// Pages to check: the ones named on the command line, else every published page.
const only = process.argv.slice(2);
for (const file of only.length > 0 ? only : markdownFiles()) {
  const text = readFileSync(join(root, file), 'utf8').replace(
    /^(\s*)(`{3,}|~{3,})[\s\S]*?^\1\2\s*$/gm,
    '',
  );
  const targets = [
    ...[...text.matchAll(/\]\(([^)\s]+)(?:\s+"[^"]*")?\)/g)].map((match) => match[1]),
    ...[...text.matchAll(/<img[^>]*\ssrc="([^"]+)"/g)].map((match) => match[1]),
  ];
  for (const target of targets) {
    if (/^[a-z][a-z0-9+.-]*:/i.test(target)) continue; // https:, mailto:
    checked += 1;
    const [pathPart, anchor] = target.split('#');
    const path = pathPart ? join(dirname(join(root, file)), decodeURI(pathPart)) : join(root, file);
    if (!existsSync(path)) {
      problems.push(`${file}: ${target} → ${relative(root, path)} does not exist`);
      continue;
    }
    if (anchor && statSync(path).isFile() && path.endsWith('.md') && !anchors(path).has(anchor)) {
      problems.push(`${file}: ${target} → no heading "#${anchor}" in ${relative(root, path)}`);
    }
  }
  for (const span of inlineSpans(file)) {
    // Build output (demo/dist, bench/dist) exists only after a build.
    if (!REPO_PATH.test(span.code) || /(^|\/)dist(\/|$)/.test(span.code)) continue;
    checked += 1;
    if (!existsSync(join(root, span.code))) {
      problems.push(`${file}:${span.line}: \`${span.code}\` is no file of this repository`);
    }
  }
}

console.log(`${checked} relative links and repository paths checked`);
if (problems.length > 0) {
  console.error(`\n${problems.join('\n')}\n\n${problems.length} dead link(s) in the docs.`);
  process.exit(1);
}
