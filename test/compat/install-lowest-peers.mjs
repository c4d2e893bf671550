// Installs (npm install --no-save) the lowest version each peer range of both packages admits,
// as the registry lists them now, then reads back what node_modules holds and prints it. Exits
// 1 when a peer is not at its lowest version. Run by lowest-peers.sh in a scratch copy of the
// repo: it changes node_modules.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const root = process.cwd();
const manifests = ['package.json', 'packages/server/package.json'].map((path) =>
  JSON.parse(readFileSync(join(root, path), 'utf8')),
);

/** Type packages are not peers; they follow the React major under test. */
const TYPES_FOR = { react: ['@types/react', '@types/react-dom'] };

/** Numeric order of plain x.y.z versions (the registry's answer to a range has no prereleases). */
const byVersion = (a, b) => {
  const [x, y] = [a, b].map((v) => v.split(/[.+-]/).slice(0, 3).map(Number));
  return x[0] - y[0] || x[1] - y[1] || x[2] - y[2];
};

function lowestAdmitted(name, range) {
  const answer = JSON.parse(
    execFileSync('npm', ['view', `${name}@${range}`, 'version', '--json'], { encoding: 'utf8' }),
  );
  const versions = (Array.isArray(answer) ? answer : [answer]).filter((v) => !v.includes('-'));
  if (versions.length === 0) throw new Error(`no release of ${name} satisfies ${range}`);
  return versions.sort(byVersion)[0];
}

const peers = manifests.flatMap((pkg) =>
  Object.entries(pkg.peerDependencies ?? {}).map(([name, range]) => ({
    owner: pkg.name,
    name,
    range,
    version: lowestAdmitted(name, range),
  })),
);
const types = peers.flatMap(({ name, version }) =>
  (TYPES_FOR[name] ?? []).map((typeName) => ({
    name: typeName,
    spec: `^${version.split('.')[0]}`,
  })),
);
const installed = (name) =>
  JSON.parse(readFileSync(join(root, 'node_modules', name, 'package.json'), 'utf8')).version;
// The kit's own dependencies stay at the versions the lockfile installed: asked for the peers
// alone, npm re-resolves every package that peers on React to the newest in its range, and a
// release whose own dependency the registry does not serve yet (@radix-ui/react-visually-hidden
// 1.2.14 on react-primitive 2.2.1) failed the install with what has nothing to do with peers.
const locked = manifests.flatMap((pkg) =>
  Object.keys(pkg.dependencies ?? {})
    .filter((name) => !manifests.some((own) => own.name === name))
    .map((name) => `${name}@${installed(name)}`),
);
const specs = [
  ...peers.map(({ name, version }) => `${name}@${version}`),
  ...types.map(({ name, spec }) => `${name}@${spec}`),
  ...locked,
];
console.log(`npm install --no-save ${specs.join(' ')}`);
execFileSync(
  'npm',
  ['install', '--no-save', '--no-audit', '--no-fund', '--loglevel=error', ...specs],
  { stdio: 'inherit' },
);

const wrong = [];
console.log('\nPeers in use (the lowest each range admits):');
for (const { owner, name, range, version } of peers) {
  const actual = installed(name);
  if (actual !== version) wrong.push(`${name} ${actual}, want ${version}`);
  console.log(`  ${`${name} ${actual}`.padEnd(34)} ${owner}: "${range}"`);
}
for (const { name, spec } of types)
  console.log(`  ${`${name} ${installed(name)}`.padEnd(34)} ${spec}`);
if (wrong.length > 0) {
  console.error(`not the lowest: ${wrong.join('; ')}`);
  process.exit(1);
}
