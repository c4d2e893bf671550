// The one minify of the theme: the build ships its output, `npm run size` weighs it and the
// browser tests load it. No `targets`, so Lightning CSS lowers nothing: `:dir()` must not turn
// into `:lang()` (that left-aligned nicknames on dir="rtl" pages whose lang was not ar/he).
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { transform } from 'lightningcss';

export const STYLES_SOURCE = fileURLToPath(new URL('../src/styles.css', import.meta.url));

export function minifyStyles(source) {
  const { code, warnings } = transform({
    filename: 'styles.css',
    code: Buffer.from(source),
    minify: true,
  });
  if (warnings.length > 0) {
    throw new Error(`styles.css: ${warnings.map((w) => w.message).join('; ')}`);
  }
  return code.toString();
}

export function shippedStyles() {
  return minifyStyles(readFileSync(STYLES_SOURCE, 'utf8'));
}
