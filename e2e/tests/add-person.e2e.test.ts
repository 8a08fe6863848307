// A senior care worker adds a person: with the mouse, and with the keyboard alone. Either way the new record opens
// and the person can be found by name.
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { accounts, demoOrganisation } from '../support/accounts.js';
import { useBrowser } from '../support/browser.js';
import { tabTo, tabToFieldAndType } from '../support/keyboard.js';
import { resultNames, searchPeople, uniqueName } from '../support/people.js';
import { signIn } from '../support/sign-in.js';
import { followMenuLink } from '../support/menu.js';

const b = useBrowser();
const service = demoOrganisation.services.homecare;

async function openAddPersonForm(page: Page): Promise<void> {
  await page
    .getByRole('link', { name: 'Add a person' })
    .or(page.getByRole('button', { name: 'Add a person' }))
    .click();
  await page.waitForURL(/\/people\/new$/);
  await page.getByRole('heading', { level: 1, name: 'Add a person' }).waitFor();
  await page.getByLabel(/^Legal name/).waitFor();
}

/** The new record has opened, saying the person has been added. */
async function expectNewRecord(page: Page, legalName: string): Promise<void> {
  await page.waitForURL(/\/people\/[0-9a-f-]{36}$/);
  await expect.poll(async () => await page.getByRole('heading', { level: 1 }).textContent()).toContain(legalName);
  expect(await page.getByRole('main').textContent()).toContain(`${legalName} has been added`);
}

async function expectFoundByName(page: Page, legalName: string): Promise<void> {
  await followMenuLink(page, 'People');
  await page.waitForURL(/\/people$/);
  await searchPeople(page, legalName);
  expect(await resultNames(page)).toEqual([legalName]);
}

describe('adding a person as a senior care worker', () => {
  test('fill in the required details, save, land on the new record and find them by name', async () => {
    const page = b.page();
    const legalName = uniqueName('Edith', 'Ramsbottom');
    await signIn(page, accounts.senior);
    await openAddPersonForm(page);

    await page.getByLabel(/^Legal name/).fill(legalName);
    const birth = page.getByRole('group', { name: 'Date of birth' });
    await birth.getByLabel('Day', { exact: true }).fill('7');
    await birth.getByLabel('Month', { exact: true }).fill('10');
    await birth.getByLabel('Year', { exact: true }).fill('1941');
    await page.getByLabel('Address line 1', { exact: true }).fill('12 Tower Works');
    await page.getByLabel('Town or city', { exact: true }).fill('Leeds');
    await page.getByLabel('Postcode', { exact: true }).fill('LS11 9AA');
    await page.getByLabel('Service', { exact: true }).selectOption({ label: service });
    await page.getByRole('button', { name: 'Save person', exact: true }).click();

    await expectNewRecord(page, legalName);
    const record = (await page.getByRole('main').textContent()) ?? '';
    expect(record).toContain('12 Tower Works');
    expect(record).toContain('LS11 9AA');
    await expectFoundByName(page, legalName);
  });

  test('the form can be completed and submitted with the keyboard alone', async () => {
    const page = b.page();
    const legalName = uniqueName('Albert', 'Crowther');
    await signIn(page, accounts.senior);
    await openAddPersonForm(page);

    await tabToFieldAndType(page, 'legalName', legalName, 40);
    await tabToFieldAndType(page, 'dateOfBirth-day', '23');
    await tabToFieldAndType(page, 'dateOfBirth-month', '4', 1);
    await tabToFieldAndType(page, 'dateOfBirth-year', '1936', 1);
    await tabToFieldAndType(page, 'address-line1', '3 Brewery Place');
    await tabToFieldAndType(page, 'address-town', 'Leeds', 2);
    await tabToFieldAndType(page, 'address-postcode', 'LS10 1NE', 1);
    // A closed list box chooses by typing the start of an option, as a keyboard user would.
    await tabToFieldAndType(page, 'serviceId', service.slice(0, 9));
    expect(await page.locator('#serviceId option:checked').textContent()).toBe(service);
    await tabTo(page, (f) => f.tag === 'button' && f.text === 'Save person', 'the Save person button', 40);
    await page.keyboard.press('Enter');

    await expectNewRecord(page, legalName);
    expect(await page.getByRole('main').textContent()).toContain('3 Brewery Place');
    await expectFoundByName(page, legalName);
  });
});
