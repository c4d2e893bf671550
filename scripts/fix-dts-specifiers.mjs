// Runs after `npm run build` (the `postbuild` script). tsc copies our extensionless imports
// ('./core/types') into dist/types/**/*.d.ts; TypeScript with `moduleResolution: node16` or
// `nodenext` (common for server code importing saved-card-kit/server) cannot follow those in
// an ESM package, and the public types collapse to errors or `any` (attw: "Internal
// resolution error"). This rewrites each relative specifier to the file it means:
// './core/types' -> './core/types.js', './providers' -> './providers/index.js'.
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const typesDir = resolve(root, process.argv[2] ?? 'dist/types');

// `from './x'`, `import './x'`, `import('./x')` — the only forms tsc emits in declarations.
const SPECIFIER = /(\bfrom\s*|\bimport\s*\(\s*|\bimport\s+)(['"])(\.{1,2}\/[^'"]*)\2/g;

function* declarationFiles(dir) {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) yield* declarationFiles(path);
    else if (name.endsWith('.d.ts')) yield path;
  }
}

function resolveSpecifier(fromFile, specifier) {
  if (/\.(js|mjs|cjs|json)$/.test(specifier)) return specifier;
  const base = resolve(dirname(fromFile), specifier);
  if (existsSync(`${base}.d.ts`)) return `${specifier}.js`;
  if (existsSync(join(base, 'index.d.ts'))) return `${specifier.replace(/\/$/, '')}/index.js`;
  return null;
}

if (!existsSync(typesDir)) {
  console.error(`fix-dts-specifiers: ${relative(root, typesDir)} does not exist (run tsc first)`);
  process.exit(1);
}

const unresolved = [];
let files = 0;
let rewritten = 0;
for (const file of declarationFiles(typesDir)) {
  const text = readFileSync(file, 'utf8');
  const next = text.replace(SPECIFIER, (match, lead, quote, specifier) => {
    const target = resolveSpecifier(file, specifier);
    if (target === null) {
      unresolved.push(`${relative(root, file)}: '${specifier}'`);
      return match;
    }
    if (target !== specifier) rewritten += 1;
    return `${lead}${quote}${target}${quote}`;
  });
  files += 1;
  if (next !== text) writeFileSync(file, next);
}

if (unresolved.length > 0) {
  console.error(`fix-dts-specifiers: no declaration file for\n  ${unresolved.join('\n  ')}`);
  process.exit(1);
}
console.log(`fix-dts-specifiers: ${rewritten} specifiers made explicit in ${files} .d.ts files`);
