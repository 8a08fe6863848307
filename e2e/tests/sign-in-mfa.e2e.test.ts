// A registered manager signs in with a password and then the code from their authenticator app.
import { describe, expect, test } from 'vitest';
import { accounts, demoAccount, freshTotpCode, totpCode } from '../support/accounts.js';
import { expectNoAxeViolations } from '../support/axe.js';
import { useBrowser } from '../support/browser.js';
import { fillSignInForm } from '../support/sign-in.js';

const b = useBrowser();

/** Six digits that are not the code for the step before, now or after, so the server must refuse them. */
function wrongCode(secret: string): string {
  const now = Date.now();
  const valid = new Set([-30_000, 0, 30_000].map((d) => totpCode(secret, now + d)));
  for (let n = 123456; ; n = (n + 111111) % 1_000_000) {
    const candidate = String(n).padStart(6, '0');
    if (!valid.has(candidate)) return candidate;
  }
}

describe('signing in with a second factor as a registered manager', () => {
  test('password, then a wrong code is refused, then the right code signs in', async () => {
    const page = b.page();
    const manager = demoAccount(accounts.manager);
    const secret = manager.totpSecret!;

    await fillSignInForm(page, accounts.manager);
    await page.waitForURL(/\/sign-in\/code$/);
    const codeInput = page.getByLabel('Security code', { exact: true });
    await codeInput.waitFor();
    await expectNoAxeViolations(page, { label: 'the security code page' });

    await codeInput.fill(wrongCode(secret));
    await page.getByRole('button', { name: 'Continue', exact: true }).click();
    const summary = page.locator('.nhsuk-error-summary');
    await summary.waitFor();
    expect(await summary.textContent()).toMatch(/code is not right/i);
    // The inline error sits with the field and is announced with it.
    const describedBy = (await codeInput.getAttribute('aria-describedby')) ?? '';
    expect(describedBy).toContain('code-error');
    expect(await page.locator('#code-error').textContent()).toMatch(/code is not right/i);
    expect(await codeInput.getAttribute('aria-invalid')).toBe('true');
    expect(new URL(page.url()).pathname).toBe('/sign-in/code');
    await expectNoAxeViolations(page, { label: 'the security code page with an error' });

    await codeInput.fill(await freshTotpCode(accounts.manager, secret));
    await page.getByRole('button', { name: 'Continue', exact: true }).click();
    await page.waitForURL(/\/people$/);
    await page.getByRole('button', { name: 'Sign out' }).waitFor();
    expect(await page.getByRole('banner').textContent()).toContain(manager.name);
    // A registered manager may add people.
    expect(await page.getByRole('link', { name: 'Add a person' }).or(page.getByRole('button', { name: 'Add a person' })).count()).toBe(1);
  });

  test('without the code there is no session: the record stays out of reach', async () => {
    const page = b.page();
    await fillSignInForm(page, accounts.manager);
    await page.waitForURL(/\/sign-in\/code$/);
    const people = await page.request.get('/api/people');
    expect(people.status()).toBe(401);
    await page.goto('/people');
    await page.waitForURL(/\/sign-in/);
    expect(new URL(page.url()).pathname).not.toBe('/people');
  });
});
