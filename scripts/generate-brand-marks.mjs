// `npm run brand-marks`: writes src/brand-marks/<brand>.tsx from the "flat-rounded" artwork of
// react-svg-credit-card-payment-icons (a pinned devDependency; MIT, art by Aaron Fagan). The
// kit vendors the paths instead of depending on the package at run time: the package has no
// RuPay, ships 533 files, and its marks cost ~18 kB gzip; optimised here they cost ~4 kB.
// What changes: coordinates rounded to whole units of the 780×500 box (a unit is 0.06 CSS px
// at the kit's 48 px), gradients flattened to their end colour (no ids to collide across rows),
// full-box clip paths dropped, and Amex's wordmark drawn smaller about the box's centre (the
// source runs it into both edges of its plate, which cut its first and last letters).
// test/unit/brand-marks-generated.test.ts checks the files match.
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { optimize } from 'svgo';

const root = fileURLToPath(new URL('..', import.meta.url));
const require = createRequire(import.meta.url);
const SOURCE = 'react-svg-credit-card-payment-icons';

/** Our file and component name, and the icon's name in the source set. */
export const DERIVED = [
  { file: 'visa', component: 'VisaMark', source: 'Visa', name: 'Visa' },
  { file: 'mastercard', component: 'MastercardMark', source: 'Mastercard', name: 'Mastercard' },
  {
    file: 'amex',
    component: 'AmexMark',
    source: 'AmericanExpress',
    name: 'American Express',
    // 86 %: 7 % of the plate clear at each side, as on the card (test/browser/brand-marks).
    artScale: 0.86,
  },
  { file: 'maestro', component: 'MaestroMark', source: 'Maestro', name: 'Maestro' },
  { file: 'discover', component: 'DiscoverMark', source: 'Discover', name: 'Discover' },
  { file: 'diners', component: 'DinersMark', source: 'DinersClub', name: 'Diners Club' },
  { file: 'jcb', component: 'JcbMark', source: 'Jcb', name: 'JCB' },
  { file: 'unionpay', component: 'UnionPayMark', source: 'UnionPay', name: 'UnionPay' },
];

const VIEW_BOX = '0 0 780 500';

/** Drops clip paths that only clip to the whole box, after checking that is all they do. */
const dropFullBoxClips = {
  name: 'dropFullBoxClips',
  fn: () => ({
    element: {
      enter(node, parent) {
        if (node.name === 'clipPath') {
          const [rect, ...rest] = node.children.filter((child) => child.type === 'element');
          const full = rect?.name === 'rect' && rest.length === 0;
          const { x = '0', y = '0', width, height } = rect?.attributes ?? {};
          if (!full || x !== '0' || y !== '0' || width !== '780' || height !== '500') {
            throw new Error(`unexpected clip path ${node.attributes.id}`);
          }
          parent.children = parent.children.filter((child) => child !== node);
        }
        delete node.attributes['clip-path'];
      },
    },
  }),
};

/** Replaces each gradient fill with its last stop's colour and removes the gradient. */
const flattenGradients = {
  name: 'flattenGradients',
  fn: () => {
    const colours = new Map();
    return {
      element: {
        enter(node, parent) {
          if (node.name === 'linearGradient' || node.name === 'radialGradient') {
            const stops = node.children.filter((child) => child.name === 'stop');
            colours.set(node.attributes.id, stops.at(-1)?.attributes['stop-color']);
            parent.children = parent.children.filter((child) => child !== node);
            return;
          }
          const ref = /^url\(#(.+)\)$/.exec(node.attributes.fill ?? '');
          if (ref) {
            const colour = colours.get(ref[1]);
            if (!colour) throw new Error(`gradient ${ref[1]} is used before it is defined`);
            node.attributes.fill = colour;
          }
        },
      },
    };
  },
};

/**
 * Draws everything after the plate (the first shape) at `scale` about the centre of the box,
 * so it keeps clear of the plate's edges.
 */
function insetArt(svg, scale) {
  const parts = /^(<svg[^>]*>)(<path[^>]*\/>)(.+)(<\/svg>)$/s.exec(svg);
  if (!parts) throw new Error('no plate (a first <path>) to draw the artwork on');
  const [, open, plate, art, close] = parts;
  const [dx, dy] = [390, 250].map((centre) => Number((centre * (1 - scale)).toFixed(1)));
  return `${open}${plate}<g transform="translate(${dx} ${dy}) scale(${scale})">${art}</g>${close}`;
}

function optimise(svg) {
  return optimize(svg, {
    multipass: true,
    floatPrecision: 0,
    plugins: [dropFullBoxClips, flattenGradients, 'preset-default', 'removeXMLNS'],
  }).data;
}

const camel = (name) => name.replace(/-([a-z])/g, (_, letter) => letter.toUpperCase());

/** The children of the optimised <svg>, as JSX. */
function toJsx(svg) {
  const open = /^<svg([^>]*)>/.exec(svg);
  if (!open || !svg.endsWith('</svg>')) throw new Error('not an <svg> element');
  const rootAttributes = Object.fromEntries(
    [...open[1].matchAll(/([\w:-]+)="([^"]*)"/g)].map((m) => [m[1], m[2]]),
  );
  // xml:space only tells editors to keep whitespace, which the paths do not hold.
  const { viewBox, fill, 'xml:space': _, ...other } = rootAttributes;
  if (viewBox !== VIEW_BOX) throw new Error(`viewBox ${viewBox}, want ${VIEW_BOX}`);
  if (Object.keys(other).length > 0) throw new Error(`root attributes ${Object.keys(other)}`);
  const body = svg.slice(open[0].length, -'</svg>'.length);
  // A root fill="none" only matters to children without a fill of their own: there are none.
  if (fill !== undefined && /<(path|rect|circle|ellipse|polygon)(?![^>]*\bfill=)/.test(body)) {
    throw new Error('a shape relies on the root fill');
  }
  if (/style=|<(use|image|text|style|script|foreignObject)\b|url\(/.test(body)) {
    throw new Error('artwork must be plain shapes (no styles, images, text or references)');
  }
  return body.replace(/ ([\w:-]+)="/g, (_, name) => ` ${camel(name)}="`);
}

function moduleFor({ component, name }, jsx) {
  return `// Generated by scripts/generate-brand-marks.mjs from ${SOURCE}
// (MIT, artwork by Aaron Fagan); do not edit by hand.
import type { BrandMarkProps } from './brand-mark-props';
import { MarkSvg } from './mark-svg';

/** ${name}'s artwork: decorative (\`aria-hidden\`), 780×500, sized 1.56em × 1em unless told. */
export function ${component}(props: BrandMarkProps) {
  return <MarkSvg {...props}>${jsx}</MarkSvg>;
}
`;
}

function format(path, code) {
  const biome = join(root, 'node_modules/.bin/biome');
  const result = spawnSync(biome, ['format', `--stdin-file-path=${path}`], {
    input: code,
    encoding: 'utf8',
    cwd: root,
  });
  if (result.status !== 0) throw new Error(`biome format ${path}: ${result.stderr}`);
  return result.stdout;
}

/** Every derived file's path and its contents, as the generator would write them. */
export function generate() {
  const React = require('react');
  const { renderToStaticMarkup } = require('react-dom/server');
  const icons = require(`${SOURCE}/icons/flat-rounded`);
  return DERIVED.map((brand) => {
    const Icon = icons[brand.source];
    if (!Icon) throw new Error(`${SOURCE} has no ${brand.source}`);
    const optimised = optimise(renderToStaticMarkup(React.createElement(Icon)));
    const svg = brand.artScale ? insetArt(optimised, brand.artScale) : optimised;
    const path = join(root, 'src/brand-marks', `${brand.file}.tsx`);
    return { path, code: format(path, moduleFor(brand, toJsx(svg))) };
  });
}

// `--check` writes nothing and exits 1 when a committed file differs from what it would write.
if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const check = process.argv.includes('--check');
  const stale = [];
  for (const { path, code } of generate()) {
    const name = path.slice(root.length);
    if (check) {
      let current = null;
      try {
        current = readFileSync(path, 'utf8');
      } catch {}
      if (current !== code) stale.push(name);
    } else {
      writeFileSync(path, code);
      console.log(`wrote ${name} (${code.length} bytes)`);
    }
  }
  if (stale.length > 0) {
    console.error(`out of date (run npm run brand-marks): ${stale.join(', ')}`);
    process.exit(1);
  }
  if (check) console.log(`brand marks match ${SOURCE} (${DERIVED.length} files)`);
}
