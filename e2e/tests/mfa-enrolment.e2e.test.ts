// A new registered manager accepts their invitation, chooses a password, and sets up an authenticator app.
import { describe, expect, test } from 'vitest';
import { accounts, totpCode, recordTotpUse } from '../support/accounts.js';
import { apiSignIn } from '../support/api.js';
import { expectNoAxeViolations } from '../support/axe.js';
import { useBrowser } from '../support/browser.js';
import { fillSignInForm } from '../support/sign-in.js';

const b = useBrowser();

interface Service {
  id: string;
  name: string;
  kind: string;
}

describe('setting up an authenticator app', () => {
  test('accept the invitation, sign in, enrol the authenticator from the text key, and land signed in', async () => {
    const page = b.page();
    const email = `new.manager.${Date.now().toString(36)}@riverside-care.example`;
    const name = 'Nadia Brook';
    const password = 'copper kettle meadow 42';

    // Invited through the API, so this test does not depend on the staff pages (tested on their own).
    const admin = await apiSignIn(accounts.admin);
    const services = await admin.get<Service[]>('/api/services');
    const homecare = services.find((s) => s.kind === 'homecare');
    expect(homecare).toBeDefined();
    const invitation = await admin.post<{ link: string }>('/api/staff/invitations', { email, role: 'registered_manager', serviceId: homecare!.id });
    expect(invitation.link).toMatch(/^\/invitations\//);

    await page.goto(invitation.link);
    await page.getByRole('heading', { level: 1, name: 'Set up your Hearth account' }).waitFor();
    expect(await page.getByRole('main').textContent()).toContain(email);
    await expectNoAxeViolations(page, { label: 'the invitation page' });

    await page.getByLabel('Your full name', { exact: true }).fill(name);
    await page.getByLabel('Create a password', { exact: true }).fill(password);
    await page.getByRole('button', { name: 'Create account' }).click();
    await page.waitForURL(/\/sign-in$/);
    await expect.poll(async () => await page.getByRole('main').textContent()).toMatch(/account is ready/i);

    await fillSignInForm(page, email, password);
    await page.waitForURL(/\/sign-in\/set-up-authenticator$/);
    await page.getByRole('img', { name: /QR code/ }).waitFor();
    // The key as text, grouped in fours, for people who cannot scan.
    const keyText = (await page.getByRole('main').locator('code').first().textContent()) ?? '';
    const key = /^\s*([A-Z2-7]{4}(?: ?[A-Z2-7]{1,4})+)\s*$/.exec(keyText)?.[1];
    expect(key, 'the set-up key is shown as text for people who cannot scan the QR code').toBeDefined();
    await expectNoAxeViolations(page, { label: 'the authenticator set-up page' });

    const now = Date.now();
    await page.getByLabel('Security code', { exact: true }).fill(totpCode(key!, now));
    await page.getByRole('button', { name: 'Continue', exact: true }).click();
    await recordTotpUse(email, now);
    await page.waitForURL(/\/people$/);
    await page.getByRole('button', { name: 'Sign out' }).waitFor();
    expect(await page.getByRole('banner').textContent()).toContain(name);

    // The account now has a second factor, and the invitation cannot be used again.
    const staff = await admin.get<{ email: string; mfaEnrolled: boolean }[]>('/api/staff');
    expect(staff.find((s) => s.email === email)?.mfaEnrolled).toBe(true);
    await page.goto(invitation.link);
    await page.getByRole('heading', { level: 1, name: /expired or has already been used/ }).waitFor();
  });
});
