// Computed colours of the default theme in a page that renders <SavedCardList> with a Visa
// ending in 4242 and an expired card: light, dark through data-theme="dark", dark through
// prefers-color-scheme, and data-theme="light" overriding a dark system. Shared by the
// consumer apps and the static Storybook check (docs/look-and-feel.md).

/** The default palette as Chromium computes it (src/styles.css, no host tokens). */
const PALETTES = {
  light: {
    border: 'rgb(129, 139, 152)',
    surface: 'rgb(255, 255, 255)',
    danger: 'rgb(180, 35, 24)',
    background: 'rgb(255, 255, 255)',
  },
  dark: {
    border: 'rgb(110, 119, 129)',
    surface: 'rgb(22, 27, 34)',
    danger: 'rgb(255, 138, 128)',
    background: 'rgb(13, 17, 23)',
  },
};

/** How each case asks for its scheme: the system's preference and data-theme on <html>. */
export const SCHEMES = [
  { name: 'light', system: 'light', dataTheme: null, palette: 'light' },
  { name: 'dark (data-theme)', system: 'light', dataTheme: 'dark', palette: 'dark' },
  { name: 'dark (prefers-color-scheme)', system: 'dark', dataTheme: null, palette: 'dark' },
  { name: 'light (data-theme, dark system)', system: 'dark', dataTheme: 'light', palette: 'light' },
];

const VISA = 'Visa ending in 4242';

/** `rgb(129, 139, 152)` as `#818b98`, for short report lines; anything else as it is. */
function hex(value) {
  const byte = (part) => Number(part).toString(16).padStart(2, '0');
  return value.replace(
    /rgb\((\d+), (\d+), (\d+)\)/g,
    (_, r, g, b) => `#${[r, g, b].map(byte).join('')}`,
  );
}

/** WCAG relative luminance of an opaque `rgb(r, g, b)`. */
function luminance(color) {
  const [r, g, b] = color
    .match(/[\d.]+/g)
    .slice(0, 3)
    .map((part) => {
      const c = Number(part) / 255;
      return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** WCAG contrast ratio of two opaque colours. */
export function contrast(a, b) {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (light + 0.05) / (dark + 0.05);
}

/** What the shopper sees in one scheme: the computed colours the checks compare. */
async function readColours(page, dataTheme) {
  const list = page.getByRole('list', { name: 'Saved cards' });
  await list.getByText(VISA).waitFor({ timeout: 20_000 });
  if (dataTheme) {
    await page.evaluate((value) => {
      document.documentElement.dataset.theme = value;
    }, dataTheme);
  }
  const row = list.getByRole('listitem').filter({ hasText: VISA });
  const seen = await row.evaluate((element) => {
    const style = getComputedStyle(element);
    return {
      border: `${style.borderTopWidth} ${style.borderTopStyle} ${style.borderTopColor}`,
      surface: style.backgroundColor,
      scheme: getComputedStyle(element.closest('[data-slot="saved-card-list"]')).colorScheme,
    };
  });
  seen.expired = await list
    .getByText(/^Expired /)
    .first()
    .evaluate((element) => getComputedStyle(element).color);
  const remove = page.getByRole('button', { name: `Remove ${VISA}` });
  seen.remove = await remove.evaluate((element) => getComputedStyle(element).color);

  await remove.click();
  const dialog = page.getByRole('alertdialog', { name: `Remove ${VISA}?` });
  await dialog.waitFor();
  seen.dialog = await dialog.evaluate((element) => getComputedStyle(element).backgroundColor);
  await page.keyboard.press('Escape');
  await dialog.waitFor({ state: 'detached' });
  return seen;
}

/**
 * Opens `url` once per scheme and compares what Chromium computes with the default palette.
 * `unset` names host custom properties to reset first (a host's own `--border` is adopted by
 * design; the check is about the kit's palette through the host's CSS pipeline).
 * Returns one printable line per scheme and the mismatches (none when the theme held).
 */
export async function checkTheme(browser, url, label, { unset = [] } = {}) {
  const lines = [`  ${label}`];
  const failures = [];
  for (const scheme of SCHEMES) {
    const expected = PALETTES[scheme.palette];
    const context = await browser.newContext({ colorScheme: scheme.system });
    try {
      const page = await context.newPage();
      const errors = [];
      page.on('pageerror', (error) => errors.push(error.message));
      await page.goto(url);
      if (unset.length > 0) {
        // html:root outranks the host's :root; `initial` makes var() take its fallback.
        await page.addStyleTag({
          content: `html:root { ${unset.map((name) => `${name}: initial;`).join(' ')} }`,
        });
      }
      const seen = await readColours(page, scheme.dataTheme);
      const checks = [
        ['border', seen.border, `1px solid ${expected.border}`],
        ['row', seen.surface, expected.surface],
        ['Expired', seen.expired, expected.danger],
        ['Remove', seen.remove, expected.danger],
        ['dialog', seen.dialog, expected.background],
        ['color-scheme', seen.scheme, scheme.palette],
      ];
      const parts = checks.map(([name, value, want]) => {
        const ok = value === want;
        if (!ok) failures.push(`${label}, ${scheme.name}: ${name} is "${value}", want "${want}"`);
        return `${name} ${hex(value)} ${ok ? '✓' : `✗ (want ${hex(want)})`}`;
      });
      if ([seen.expired, seen.surface].every((color) => color.startsWith('rgb('))) {
        parts[2] += ` ${contrast(seen.expired, seen.surface).toFixed(1)}:1 on row`;
      }
      for (const error of errors) failures.push(`${label}, ${scheme.name}: page error ${error}`);
      lines.push(`    ${scheme.name.padEnd(32)} ${parts.join('  ')}`);
    } finally {
      await context.close();
    }
  }
  return { lines, failures };
}
