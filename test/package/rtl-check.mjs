// Where a built page draws a card's nickname on a right-to-left page (issue 20): at the right
// of its row, on an English page set to dir="rtl" and on an Arabic one. A build that lowered
// `:dir(rtl)` to `:lang(ar, he, …)` put it at the left on the English page. Shared by the
// static Storybook check; the production demo has its own in test/e2e/demo-look.e2e.ts.

/** The pages each build is opened as: <html lang> and dir="rtl" set before measuring. */
export const RTL_PAGES = [
  { lang: 'en', name: 'English page, dir="rtl"' },
  { lang: 'ar', name: 'Arabic page, dir="rtl"' },
];

/**
 * Opens `url` once per page of RTL_PAGES and measures every nickname: its text must end at its
 * box's right edge (within 2 px) and start well inside it. Returns printable lines and failures.
 */
export async function checkRtlNicknames(browser, url, label) {
  const lines = [`  ${label}`];
  const failures = [];
  for (const { lang, name } of RTL_PAGES) {
    const context = await browser.newContext();
    try {
      const page = await context.newPage();
      await page.goto(url);
      const nicknames = page.locator('[data-slot="card-nickname"]');
      await nicknames.first().waitFor();
      await page.evaluate((value) => {
        document.documentElement.lang = value;
        document.documentElement.dir = 'rtl';
      }, lang);
      const seen = await nicknames.evaluateAll((elements) =>
        elements.map((element) => {
          const range = document.createRange();
          range.selectNodeContents(element);
          const text = range.getBoundingClientRect();
          const box = element.getBoundingClientRect();
          return {
            text: element.textContent,
            fromRight: box.right - text.right,
            fromLeft: text.left - box.left,
          };
        }),
      );
      for (const { text, fromRight, fromLeft } of seen) {
        const ok = fromRight < 2 && fromLeft > 20;
        if (!ok) {
          failures.push(
            `${label}, ${name}: "${text}" is ${fromRight.toFixed(0)} px from its box's right edge, ${fromLeft.toFixed(0)} px from its left`,
          );
        }
        lines.push(
          `    ${name.padEnd(26)} "${text}" ${ok ? '✓ at the right' : `✗ ${fromRight.toFixed(0)} px short of the right edge`}`,
        );
      }
    } finally {
      await context.close();
    }
  }
  return { lines, failures };
}
