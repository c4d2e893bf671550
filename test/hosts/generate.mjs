// The host apps' own files come from the docs: every fenced block in docs/hosts/*.md tagged
// with a file path (```tsx title="app/account/page.tsx") is written into the app that page
// names (`<!-- host-app: test/hosts/next-app-router -->`). The committed apps hold only what
// the framework's generator made (configs, layout, template CSS), so a snippet exists once.
// A block marked `<!-- recipe: stories/recipes/x.ts -->` is also a Storybook recipe: it must
// be that file word for word, except that the recipe imports the kit from '../../src/index'
// where the host imports 'saved-card-kit' (checked here, so the two never drift).
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));
const docsDir = join(root, 'docs/hosts');
const committedDir = join(root, 'test/hosts');
const APP_MARK = /<!-- host-app: (\S+) -->/;
const FENCE = /^```\w+ title="([^"]+)"\n([\s\S]*?)^```$/gm;
const RECIPE = /<!-- recipe: (\S+) -->\n+```\w+ title="([^"]+)"\n([\s\S]*?)^```$/gm;
const KIT_FROM_RECIPES = "from '../../src/index';";

/** Throws when a block marked as a recipe is not that recipe file (with the host's import). */
function checkRecipes(page, text) {
  for (const [, recipe, path, body] of text.matchAll(RECIPE)) {
    const source = readFileSync(join(root, recipe), 'utf8');
    if (!source.includes(KIT_FROM_RECIPES)) {
      throw new Error(`${recipe} does not import the kit ${KIT_FROM_RECIPES}`);
    }
    if (source.replace(KIT_FROM_RECIPES, "from 'saved-card-kit';") !== body) {
      throw new Error(
        `${page}: the block ${path} differs from ${recipe}; copy the recipe into it again ` +
          "(importing 'saved-card-kit' instead of '../../src/index')",
      );
    }
  }
}

/** Every titled block of every host page: which app, which file, what text. */
export function docsFiles() {
  const files = [];
  for (const name of readdirSync(docsDir).filter((file) => file.endsWith('.md'))) {
    const page = `docs/hosts/${name}`;
    const text = readFileSync(join(docsDir, name), 'utf8');
    const app = text.match(APP_MARK)?.[1];
    const blocks = [...text.matchAll(FENCE)];
    checkRecipes(page, text);
    if (blocks.length > 0 && !app) throw new Error(`${page} has files but no host-app mark`);
    for (const [, path, body] of blocks) {
      files.push({ page, app: relative('test/hosts', app), path, body });
    }
  }
  const seen = new Set();
  for (const { page, app, path } of files) {
    const key = `${app}/${path}`;
    if (seen.has(key)) throw new Error(`${page}: ${key} is written by two blocks`);
    seen.add(key);
  }
  return files;
}

/** Writes the docs' files into the apps under `hostsDir` (a copy of test/hosts). */
export function writeDocsFiles(hostsDir) {
  const files = docsFiles();
  for (const { page, app, path, body } of files) {
    // One copy: a file the docs hold is never committed in the app as well.
    if (existsSync(join(committedDir, app, path))) {
      throw new Error(`${page}: test/hosts/${app}/${path} is also committed; keep one copy`);
    }
    const target = join(hostsDir, app, path);
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, body);
  }
  return files;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const into = process.argv[2];
  if (!into) throw new Error('usage: node test/hosts/generate.mjs <copy of test/hosts>');
  for (const { page, app, path } of writeDocsFiles(into)) console.log(`${page} -> ${app}/${path}`);
}
