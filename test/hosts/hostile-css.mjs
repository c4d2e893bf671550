// A host stylesheet that fights the kit: create-vite's `#root { text-align: center }` is
// already on the page; this adds content-box sizing everywhere, a large line-height and a
// global button style. The kit's own rules must still start card names at the line's start.

const HOSTILE = `
  * { box-sizing: content-box; }
  body { line-height: 2.5; }
  button { padding: 1em 2em; border: 3px solid; border-radius: 0; text-align: center; }
`;

/** Card name alignment under the hostile sheet; returns a line, throws when it leaks in. */
export async function checkHostileCss(context, url) {
  const page = await context.newPage();
  try {
    await page.goto(url);
    await page.addStyleTag({ content: HOSTILE });
    const name = page.getByRole('list', { name: 'Saved cards' }).getByText('Visa ending in 4242');
    await name.waitFor({ timeout: 30_000 });
    const align = await name.evaluate((element) => getComputedStyle(element).textAlign);
    if (align !== 'start' && align !== 'left') {
      throw new Error(
        `under a hostile host stylesheet the card name is text-align: ${align}, want start`,
      );
    }
    return `card name text-align: ${align} under a hostile host stylesheet`;
  } finally {
    await page.close();
  }
}
