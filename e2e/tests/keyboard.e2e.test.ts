// Using Hearth with a keyboard alone: sign in and open a person's record with Tab and Enter, always seeing where focus is.
import { describe, expect, test } from 'vitest';
import { accounts, demoPassword } from '../support/accounts.js';
import { useBrowser } from '../support/browser.js';
import { tabTo } from '../support/keyboard.js';

const b = useBrowser();

describe('keyboard only', () => {
  test('sign in and open a person’s record with Tab and Enter', async () => {
    const page = b.page();
    await page.goto('/sign-in');
    await page.getByLabel('Email address', { exact: true }).waitFor();

    // The first Tab reaches a skip link or the header; every stop must show focus.
    await tabTo(page, (f) => f.tag === 'input' && f.id === 'email', 'the email address field');
    await page.keyboard.type(accounts.carer);
    await tabTo(page, (f) => f.tag === 'input' && f.id === 'password', 'the password field', 3);
    await page.keyboard.type(demoPassword);
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/people$/);
    await page.getByRole('table').getByRole('link', { name: 'Arthur James Pickering' }).waitFor();

    await tabTo(page, (f) => f.tag === 'a' && f.text === 'Arthur James Pickering', 'Arthur Pickering in the results', 60);
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/people\/[0-9a-f-]{36}$/);
    await expect.poll(async () => await page.getByRole('heading', { level: 1 }).textContent()).toContain('Arthur');
  });
});
