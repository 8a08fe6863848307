// Allergies and alerts are at the top of every page about a person: their record, its edit form and its history.
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { accounts } from '../support/accounts.js';
import { expectNoAxeViolations } from '../support/axe.js';
import { useBrowser } from '../support/browser.js';
import { action, openPerson } from '../support/people.js';
import { signIn } from '../support/sign-in.js';

const b = useBrowser();

function banner(page: Page) {
  return page.getByRole('region', { name: 'Allergies and alerts' });
}

/** The banner comes before the rest of the page's content: nothing about the person is read before it. */
async function expectBannerAtTop(page: Page): Promise<void> {
  const box = await banner(page).boundingBox();
  const heading = await page.getByRole('heading', { level: 1 }).boundingBox();
  expect(box).not.toBeNull();
  expect(heading).not.toBeNull();
  // Either above the page heading, or straight below it: never below the details.
  const main = page.getByRole('main');
  const firstDetails = main.locator('dl, table, form').first();
  if ((await firstDetails.count()) > 0) {
    const details = await firstDetails.boundingBox();
    if (details) expect(box!.y).toBeLessThan(details.y);
  }
}

describe('the allergy and alert banner', () => {
  test('Margaret’s record, edit form and history all show Penicillin in the banner', async () => {
    const page = b.page();
    // A senior care worker may edit and see history, so every page about the person is reachable.
    await signIn(page, accounts.senior);
    const personPath = await openPerson(page, 'Margaret Ellen Thompson');

    await banner(page).waitFor();
    expect(await banner(page).textContent()).toContain('Penicillin');
    expect(await banner(page).textContent()).toContain('DNACPR');
    await expectBannerAtTop(page);
    await expectNoAxeViolations(page, { label: 'a person’s record' });

    await action(page, 'Edit details').click();
    await page.waitForURL(new RegExp(`${personPath}/edit$`));
    await page.getByLabel(/^Legal name/).waitFor();
    await banner(page).waitFor();
    expect(await banner(page).textContent()).toContain('Penicillin');
    await expectBannerAtTop(page);
    await expectNoAxeViolations(page, { label: 'the edit form' });

    await page.goto(personPath);
    await action(page, 'History of changes').click();
    await page.waitForURL(new RegExp(`${personPath}/history$`));
    await page.getByRole('heading', { level: 2, name: /^Version 1/ }).waitFor();
    await banner(page).waitFor();
    expect(await banner(page).textContent()).toContain('Penicillin');
    await expectBannerAtTop(page);
    await expectNoAxeViolations(page, { label: 'the history page' });
  });

  test('someone with no alerts recorded says so rather than showing nothing', async () => {
    const page = b.page();
    await signIn(page, accounts.carer);
    await openPerson(page, 'Arthur James Pickering');
    await banner(page).waitFor();
    expect(await banner(page).textContent()).toMatch(/no known allergies/i);
  });
});
