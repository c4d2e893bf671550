import type { Page } from '@playwright/test';
import {
  confirmDialog,
  expect,
  failNextRemoval,
  liveRegion,
  MASTERCARD,
  REMOVE_FAILED,
  removeButton,
  removeWithMouse,
  SEEDED_COUNT,
  test,
  toast,
  VISA,
} from './demo';

/** One report of a blocked script, style, image or connection. */
interface Violation {
  directive: string;
  blocked: string;
  sample: string;
}

/**
 * Every CSP violation the page reports, from before its first byte is parsed: the event the
 * page itself sees, and Chromium's console line (some refusals, like a favicon's, only log).
 */
async function watchViolations(page: Page): Promise<{ events: Violation[]; console: string[] }> {
  const seen = { events: [] as Violation[], console: [] as string[] };
  await page.exposeFunction('__reportCspViolation', (violation: Violation) => {
    seen.events.push(violation);
  });
  await page.addInitScript(() => {
    document.addEventListener(
      'securitypolicyviolation',
      (event) => {
        const report = (window as unknown as Record<string, (v: unknown) => void>)
          .__reportCspViolation;
        report?.({
          directive: event.effectiveDirective,
          blocked: event.blockedURI,
          sample: event.sample,
        });
      },
      true,
    );
  });
  page.on('console', (message) => {
    if (/Content Security Policy|Refused to/i.test(message.text())) {
      seen.console.push(message.text());
    }
  });
  return seen;
}

test.describe('the production demo under a strict nonce-based Content-Security-Policy', () => {
  test('lists, confirms, fails with a toast and retries with zero CSP violations', async ({
    page,
  }) => {
    const violations = await watchViolations(page);

    const response = await page.goto('/');
    const policy = response?.headers()['content-security-policy'] ?? '';
    const nonce = policy.match(/'nonce-([^']+)'/)?.[1] ?? '';
    expect(nonce, 'the page is served with a nonce in its CSP').not.toBe('');
    expect(policy).toContain(`style-src 'self' 'nonce-${nonce}'`);
    expect(policy).toContain(`script-src 'nonce-${nonce}'`);
    expect(policy).toContain("img-src 'self'");
    expect(policy).not.toContain('unsafe-inline');
    expect(policy).not.toContain('data:');

    const list = page.getByRole('list', { name: 'Saved cards' });
    await expect(list.getByRole('listitem')).toHaveCount(SEEDED_COUNT);
    await expect(page.getByLabel('Make the next removal fail')).toBeEnabled();

    // Opening the dialog locks the page's scroll with an injected <style>: it carries the
    // page's nonce, so it applies.
    await removeButton(page, VISA).click();
    const dialog = confirmDialog(page, VISA);
    await expect(dialog).toBeVisible();
    const lock = await page.evaluate(() => ({
      overflow: getComputedStyle(document.body).overflow,
      nonces: [...document.head.querySelectorAll('style')].map((style) => style.nonce),
    }));
    // Soft: the run goes on, so a failure also lists the violations it caused.
    expect.soft(lock.overflow, 'the scroll lock applies').toBe('hidden');
    expect.soft(lock.nonces, 'every injected <style> carries the nonce').toContain(nonce);
    expect.soft(new Set(lock.nonces).size).toBe(1);
    await dialog.getByRole('button', { name: 'Remove card' }).click();
    await expect(dialog).toBeHidden();
    await expect(list).not.toContainText(VISA);
    await expect(liveRegion(page)).toHaveText(`${VISA} removed`);

    // A failure puts the card back with a toast; "Try again" removes it.
    await failNextRemoval(page);
    await removeWithMouse(page, MASTERCARD);
    const failure = toast(page, REMOVE_FAILED);
    await expect(failure).toBeVisible();
    await expect(list).toContainText(MASTERCARD);
    await failure.getByRole('button', { name: 'Try again' }).click();
    await expect(list).not.toContainText(MASTERCARD);
    await expect(list.getByRole('listitem')).toHaveCount(SEEDED_COUNT - 2);
    await expect(liveRegion(page)).toHaveText(`${MASTERCARD} removed`);

    expect(violations).toEqual({ events: [], console: [] });
  });
});
