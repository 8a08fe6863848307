// A round kept on the phone ahead of need: a senior plans Carla's visit to someone new; Carla signs in on her phone,
// sees the visit on My visits with when the copy was last refreshed, loses signal, and opens the person's "now" page
// and plan from the phone's copy, never having opened them before, after a reload too.
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, test } from 'vitest';
import { accounts, demoOrganisation } from '../support/accounts.js';
import { apiSignIn } from '../support/api.js';
import { expectNoAxeViolations } from '../support/axe.js';
import { openPage, useBrowser } from '../support/browser.js';
import { followMenuLink } from '../support/menu.js';
import { uniqueName } from '../support/people.js';
import { expectNoSidewaysScroll, phoneContext } from '../support/phone.js';
import { personWithThinAgreedPlan } from '../support/plans.js';
import { signIn } from '../support/sign-in.js';

const b = useBrowser({ ...phoneContext, serviceWorkers: 'allow' });
const serviceName = demoOrganisation.services.homecare;
const newcomer = { name: uniqueName('Wilfred', 'Ambler'), id: '' };
const waitLong = { timeout: 30_000 };

beforeAll(async () => {
  const senior = await apiSignIn(accounts.senior);
  newcomer.id = await personWithThinAgreedPlan(senior, newcomer.name, serviceName, { putIntoUse: true });
});

/** The paths of the answers kept on the phone (IndexedDB), without creating the store. */
async function keptPaths(page: Page): Promise<string[]> {
  return page.evaluate(
    () =>
      new Promise<string[]>((resolve) => {
        const open = indexedDB.open('hearth-offline');
        open.onupgradeneeded = () => {
          open.transaction?.abort();
        };
        open.onerror = () => {
          resolve([]);
        };
        open.onsuccess = () => {
          const all = open.result.transaction('copies').objectStore('copies').getAll();
          all.onsuccess = () => {
            open.result.close();
            resolve((all.result as { path: string }[]).map((c) => c.path));
          };
        };
      }),
  );
}

async function checkPage(page: Page, label: string): Promise<void> {
  await expectNoSidewaysScroll(page);
  await expectNoAxeViolations(page, { label: `${label} at 360 px` });
}

describe('the records of a round kept on the phone', () => {
  test('Carla opens a person she has never opened, offline, because the visit was planned', async () => {
    // The senior plans the visit on a desktop: tomorrow at 10:00, always within the next 36 hours.
    const desk = await openPage(b.browser());
    try {
      await signIn(desk.page, accounts.senior);
      await followMenuLink(desk.page, 'Rounds');
      await desk.page.getByRole('link', { name: /^Next day/ }).click();
      await desk.page.getByRole('heading', { level: 1, name: /Rounds: Tomorrow, / }).waitFor();
      await desk.page.getByRole('button', { name: 'Plan a visit' }).click();
      await desk.page.getByLabel('Who is visited').selectOption({ label: newcomer.name });
      await desk.page.getByLabel('Care worker').selectOption({ label: 'Carla Reid' });
      await desk.page.getByLabel('Starts at').fill('10:00');
      await desk.page.getByLabel('Ends at').fill('10:30');
      await desk.page.getByRole('button', { name: 'Plan the visit' }).click();
      await desk.page.getByText(`Carla Reid will visit ${newcomer.name} on`).waitFor();
    } finally {
      await desk.context.close();
    }

    const { page, context } = b.current();
    await signIn(page, accounts.carer);
    await page.evaluate(async () => {
      await navigator.serviceWorker.ready;
    });
    await followMenuLink(page, 'My visits');
    await page.getByRole('heading', { level: 1, name: 'My visits' }).waitFor();
    const tomorrow = page.getByRole('region', { name: /^Tomorrow, / });
    const visit = tomorrow.getByRole('listitem').filter({ hasText: newcomer.name });
    expect(await visit.innerText()).toMatch(/^10:00 to 10:30/);
    // The phone keeps the records of everyone on the upcoming visits by itself; it says when it last did.
    const kept = page.locator('#kept-on-phone');
    await expect.poll(() => kept.innerText(), waitLong).toMatch(/Last refreshed at \d\d:\d\d \((just now|\d+ minutes? ago)\)/);
    await expect
      .poll(() => keptPaths(page), waitLong)
      .toEqual(expect.arrayContaining([`/api/people/${newcomer.id}`, `/api/people/${newcomer.id}/care-plan`, `/api/people/${newcomer.id}/communication-needs`]));
    await checkPage(page, 'My visits');

    // No signal. The person's "now" page opens from the copy, though Carla never opened it.
    await context.setOffline(true);
    await visit.getByRole('link', { name: /what to do now$/ }).click();
    await page.getByRole('heading', { level: 1, name: new RegExp(`Supporting ${newcomer.name} now`) }).waitFor();
    await page.locator('[aria-live="polite"]').filter({ hasText: 'You are offline' }).waitFor();
    await checkPage(page, 'the now page offline');

    // After a reload without signal too, and on to the plan.
    await page.reload();
    await page.getByRole('heading', { level: 1, name: new RegExp(`Supporting ${newcomer.name} now`) }).waitFor();
    await page.getByRole('link', { name: 'Back to the record' }).click();
    await page.getByRole('heading', { level: 1, name: newcomer.name }).waitFor();
    await page.getByRole('link', { name: 'Care and support plan' }).click();
    await page.getByRole('heading', { level: 1, name: 'Care and support plan' }).waitFor();
    await page.getByText('I like to take my time in the morning').first().waitFor();
    await checkPage(page, 'the plan offline');

    // My visits offline: the kept copy of the visits, with the notice.
    await followMenuLink(page, 'My visits');
    await page.getByRole('region', { name: /^Tomorrow, / }).getByRole('listitem').filter({ hasText: newcomer.name }).waitFor();
    await checkPage(page, 'My visits offline');
    await context.setOffline(false);
  });
});
