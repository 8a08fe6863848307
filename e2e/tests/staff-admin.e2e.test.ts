// An administrator manages staff: sees the accounts and invites someone with a single-use link.
import { describe, expect, test } from 'vitest';
import { accounts } from '../support/accounts.js';
import { expectNoAxeViolations } from '../support/axe.js';
import { openPage, useBrowser } from '../support/browser.js';
import { signIn } from '../support/sign-in.js';
import { followMenuLink, menuLinkNames } from '../support/menu.js';

const b = useBrowser();

describe('staff administration', () => {
  test('an administrator opens Staff, invites a care worker for Oak House and is shown the link, which works', async () => {
    const page = b.page();
    await signIn(page, accounts.admin);
    await followMenuLink(page, 'Staff');
    await page.waitForURL(/\/staff$/);
    await page.getByRole('heading', { level: 1, name: 'Staff' }).waitFor();
    const table = page.getByRole('table');
    await table.waitFor();
    const tableText = (await table.textContent()) ?? '';
    for (const name of ['Carla Reid', 'Sam Okafor', 'Maya Patel', 'Ade Bello', 'Olu Adeyemi']) expect(tableText).toContain(name);
    await expectNoAxeViolations(page, { label: 'the staff page' });

    const email = `new.carer.${Date.now().toString(36)}@riverside-care.example`;
    await page.getByRole('link', { name: 'Invite a member of staff' }).or(page.getByRole('button', { name: 'Invite a member of staff' })).click();
    await page.waitForURL(/\/staff\/invite$/);
    await page.getByLabel('Email address', { exact: true }).fill(email);
    await page.getByLabel('Role', { exact: true }).selectOption({ label: 'Care worker' });
    await page.getByLabel('Service', { exact: true }).selectOption({ label: 'Oak House' });
    await expectNoAxeViolations(page, { label: 'the invitation form' });
    await page.getByRole('button', { name: 'Create invitation' }).click();

    const linkField = page.getByLabel('Invitation link', { exact: true });
    await linkField.waitFor();
    const link = await linkField.inputValue();
    expect(link).toMatch(new RegExp(`^${page.url().split('/staff')[0]}/invitations/[A-Za-z0-9_-]{20,}$`));
    expect(await page.getByRole('main').textContent()).toContain(email);
    await expectNoAxeViolations(page, { label: 'the invitation link page' });

    // The link opens the invitation for that email address, in a browser with nobody signed in.
    const other = await openPage(b.browser());
    try {
      await other.page.goto(link);
      await other.page.getByRole('heading', { level: 1, name: 'Set up your Hearth account' }).waitFor();
      const text = (await other.page.getByRole('main').textContent()) ?? '';
      expect(text).toContain(email);
      expect(text).toContain('Oak House');
      expect(other.blockedRequests).toEqual([]);
    } finally {
      await other.context.close();
    }
  });

  test('a care worker is not offered staff administration', async () => {
    const page = b.page();
    await signIn(page, accounts.carer);
    expect(await menuLinkNames(page)).not.toContain('Staff');
    const response = await page.request.get('/api/staff');
    expect(response.status()).toBe(403);
  });
});
