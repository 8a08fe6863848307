// Accessibility scans of the pages the journey tests do not reach: adding a person, a staff member, services,
// page not found, and the warning before an idle session is signed out.
import { describe, expect, test } from 'vitest';
import { accounts } from '../support/accounts.js';
import { expectNoAxeViolations } from '../support/axe.js';
import { useBrowser } from '../support/browser.js';
import { signIn } from '../support/sign-in.js';
import { followMenuLink } from '../support/menu.js';

const b = useBrowser();

describe('axe scans of the remaining pages', () => {
  test('the add-a-person form, empty and showing errors, as a senior care worker', async () => {
    const page = b.page();
    await signIn(page, accounts.senior);
    await page.goto('/people/new');
    await page.getByRole('heading', { level: 1, name: 'Add a person' }).waitFor();
    await page.getByLabel(/^Legal name/).waitFor();
    await expectNoAxeViolations(page, { label: 'the add-a-person form' });

    await page.getByRole('button', { name: 'Save person', exact: true }).click();
    await page.locator('.nhsuk-error-summary').waitFor();
    await expectNoAxeViolations(page, { label: 'the add-a-person form showing errors' });
  });

  test('page not found, signed out and signed in', async () => {
    const page = b.page();
    await page.goto('/no-such-page');
    await page.getByRole('heading', { level: 1, name: 'Page not found' }).waitFor();
    await expectNoAxeViolations(page, { label: 'page not found (signed out)' });

    await signIn(page, accounts.carer);
    await page.goto('/people/not-a-real-person/nor-this');
    await page.getByRole('heading', { level: 1, name: 'Page not found' }).waitFor();
    await expectNoAxeViolations(page, { label: 'page not found (signed in)' });
  });

  test('a staff member’s page and the services page, as an administrator', async () => {
    const page = b.page();
    await signIn(page, accounts.admin);
    await followMenuLink(page, 'Staff');
    await page.getByRole('table').getByRole('link', { name: 'Carla Reid' }).click();
    await page.waitForURL(/\/staff\/[0-9a-f-]{36}$/);
    await page.getByRole('heading', { level: 1, name: 'Carla Reid' }).waitFor();
    await expect.poll(async () => await page.getByRole('main').textContent()).toContain('carer@riverside-care.example');
    await expectNoAxeViolations(page, { label: 'a staff member’s page' });

    await page.goto('/services');
    await page.getByRole('heading', { level: 1, name: 'Services' }).waitFor();
    await expect.poll(async () => await page.getByRole('main').textContent()).toContain('Oak House');
    await expectNoAxeViolations(page, { label: 'the services page' });

    // The add-a-service form with nothing filled in shows its errors.
    await page.getByRole('button', { name: 'Add service', exact: true }).click();
    await page.locator('.nhsuk-error-summary').waitFor();
    await expectNoAxeViolations(page, { label: 'the services page showing errors' });
  });

  test('the warning before an idle session is signed out', async () => {
    const page = b.page();
    // The page's clock is fake (it still runs), so the wait for the warning can be skipped; the server's is not.
    await page.clock.install();
    await signIn(page, accounts.carer);
    // Any answer from the server counts as activity and restarts the countdown: let the people list finish loading.
    await page.getByRole('table').waitFor();
    await page.waitForLoadState('networkidle');
    const dialog = page.getByRole('dialog', { name: 'You will be signed out soon' });
    expect(await dialog.isVisible()).toBe(false);

    // The server's idle timeout is 30 minutes by default; the warning shows from 2 minutes before the end.
    await page.clock.fastForward('28:30');
    await dialog.waitFor();
    expect(await dialog.textContent()).toMatch(/signed out in (2 minutes|1 minute)/);
    await expectNoAxeViolations(page, { label: 'the idle-timeout warning' });

    await dialog.getByRole('button', { name: 'Stay signed in' }).click();
    await dialog.waitFor({ state: 'hidden' });
    expect(new URL(page.url()).pathname).toBe('/people');
  });
});
