// A care worker signs in with a password alone and sees only the people in their own service.
import { describe, expect, test } from 'vitest';
import { accounts } from '../support/accounts.js';
import { expectNoAxeViolations } from '../support/axe.js';
import { useBrowser } from '../support/browser.js';
import { resultNames } from '../support/people.js';
import { fillSignInForm } from '../support/sign-in.js';

const b = useBrowser();

describe('signing in as a care worker', () => {
  test('a signed-out visitor is sent to sign in, and the sign-in page passes an accessibility scan', async () => {
    const page = b.page();
    await page.goto('/people');
    await page.waitForURL(/\/sign-in$/);
    await expect.poll(() => page.title()).toMatch(/Sign in/);
    await page.getByLabel('Email address', { exact: true }).waitFor();
    await expectNoAxeViolations(page, { label: 'the sign-in page' });
  });

  test('a wrong password is refused with an error summary', async () => {
    const page = b.page();
    await fillSignInForm(page, accounts.carer, 'not the password at all');
    const summary = page.locator('.nhsuk-error-summary');
    await summary.waitFor();
    expect(await summary.textContent()).toContain('Email address or password is not right');
    expect(new URL(page.url()).pathname).toBe('/sign-in');
  });

  test('lands on People and sees only people in Riverside Homecare, not Oak House', async () => {
    const page = b.page();
    await fillSignInForm(page, accounts.carer);
    await page.waitForURL(/\/people$/);
    await page.getByRole('heading', { level: 1, name: 'People' }).waitFor();
    await page.getByRole('button', { name: 'Sign out' }).waitFor();

    await expect.poll(() => resultNames(page)).toContain('Margaret Ellen Thompson');
    const names = await resultNames(page);
    expect(names).toEqual(expect.arrayContaining(['Margaret Ellen Thompson', 'Arthur James Pickering', 'Gwenllian Ŵyn Parry']));
    expect(names).not.toContain('Winifred Mary Osei');
    expect(names).not.toContain('Stanley Whitaker');
    // Preferred names are shown beside legal names.
    expect(await page.getByRole('table').textContent()).toContain('Peggy');

    // A care worker may not add people, so the app does not offer it.
    expect(await page.getByRole('link', { name: 'Add a person' }).count()).toBe(0);
    expect(await page.getByRole('button', { name: 'Add a person' }).count()).toBe(0);

    await expectNoAxeViolations(page, { label: 'the people page (care worker)' });
  });

  test('signing out ends the session: the record is out of reach afterwards', async () => {
    const page = b.page();
    await fillSignInForm(page, accounts.carer);
    await page.waitForURL(/\/people$/);
    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.waitForURL(/\/sign-in$/);
    const me = await page.request.get('/api/auth/me');
    expect(me.status()).toBe(401);
    await page.goto('/people');
    await page.waitForURL(/\/sign-in$/);
  });
});
