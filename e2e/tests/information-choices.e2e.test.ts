// Information choices and subject access: the manager sees a new person as "not yet discussed" on the plans dashboard,
// records the conversation by keyboard (told first that no option is ticked), and the person leaves the list; then
// exports everything held about them as a zip. Every new page is checked with axe.
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, test } from 'vitest';
import { accounts } from '../support/accounts.js';
import { apiSignIn } from '../support/api.js';
import { expectNoAxeViolations } from '../support/axe.js';
import { useBrowser } from '../support/browser.js';
import { createPersonByApi, uniqueName } from '../support/people.js';
import { signIn } from '../support/sign-in.js';

const b = useBrowser();
const homecare = 'Riverside Homecare \u2013 Leeds';

let personName = '';
let personId = '';

beforeAll(async () => {
  personName = uniqueName('Ivy', 'Choices');
  personId = (await createPersonByApi(await apiSignIn(accounts.manager), personName, homecare)).id;
});

/** Moves focus to a control and presses a key on it, as a keyboard user tabbing there would. */
async function press(page: Page, locator: ReturnType<Page['getByLabel']>, key: 'Space' | 'Enter'): Promise<void> {
  await locator.focus();
  await page.keyboard.press(key);
}

const notDiscussedSection = (page: Page) => page.getByRole('region', { name: 'Information choices not yet discussed' });

describe('information choices: discussed, not assumed', () => {
  test('a new person shows as not yet discussed; the manager records the conversation by keyboard; they leave the list', async () => {
    const page = b.page();
    await signIn(page, accounts.manager);
    await page.goto('/plans');
    const section = notDiscussedSection(page);
    await section.waitFor();
    const link = section.getByRole('link', { name: personName, exact: true });
    await link.waitFor();
    await expectNoAxeViolations(page, { label: 'the plans dashboard with the information choices section' });

    await press(page, link, 'Enter');
    await page.waitForURL(new RegExp(`/people/${personId}$`));
    const panel = page.getByRole('region', { name: 'Information choices', exact: true });
    await expect.poll(() => panel.textContent()).toContain('Information choices not yet discussed');
    await expectNoAxeViolations(page, { label: 'the person page with information choices and subject access' });

    await press(page, panel.getByRole('link', { name: 'Record a conversation about information choices' }), 'Enter');
    await page.getByRole('heading', { level: 1, name: /Record a conversation about information choices/ }).waitFor();
    await press(
      page,
      page.getByRole('group', { name: `Did ${personName} take part?` }).getByLabel('Yes', { exact: true }),
      'Space',
    );
    // Sent with no option ticked: the error summary says so, and takes focus.
    await press(page, page.getByRole('button', { name: 'Save the conversation' }), 'Enter');
    const summary = page.getByRole('alert').filter({ hasText: 'There is a problem' });
    await summary.waitFor();
    expect(await summary.textContent()).toContain('Choose at least one option you explained');
    expect(await summary.textContent()).toContain('Choose at least one way they want their records kept');
    await expectNoAxeViolations(page, { label: 'the information choices form with errors' });

    const explained = page.getByRole('group', { name: 'Which options did you explain?' });
    await press(page, explained.getByLabel('A paper copy kept in the home', { exact: true }), 'Space');
    await press(page, explained.getByLabel('Reading it in the app', { exact: true }), 'Space');
    const chosen = page.getByRole('group', { name: /want their records kept\?$/ });
    await press(page, chosen.getByLabel('A paper copy kept in the home', { exact: true }), 'Space');
    await press(page, chosen.getByLabel('Reading it in the app', { exact: true }), 'Space');
    // Adding someone moves focus to their name; Tab goes on to how they know the person.
    await press(page, page.getByRole('button', { name: 'Add someone who took part' }), 'Enter');
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('participants-others-0-name');
    await page.keyboard.type('June Choices');
    await page.keyboard.press('Tab');
    await page.keyboard.type('Daughter');
    await expectNoAxeViolations(page, { label: 'the information choices form filled in' });
    await press(page, page.getByRole('button', { name: 'Save the conversation' }), 'Enter');

    await page.getByRole('heading', { level: 1, name: /Information choices/ }).waitFor();
    await page.getByText('The conversation has been saved').waitFor();
    const main = page.locator('main');
    await expect.poll(() => main.textContent()).toContain('Information choices discussed');
    expect(await main.textContent()).toContain('June Choices (Daughter)');
    await expectNoAxeViolations(page, { label: 'the information choices page after a conversation' });

    await page.goto('/plans');
    await notDiscussedSection(page).waitFor();
    expect(await notDiscussedSection(page).getByRole('link', { name: personName, exact: true }).count()).toBe(0);
  });

  test('the manager exports everything held about the person as a zip, with its size and checksum', async () => {
    const page = b.page();
    await signIn(page, accounts.manager);
    await page.goto(`/people/${personId}`);
    const section = page.getByRole('region', { name: 'Export everything we hold (subject access)' });
    await press(page, section.getByRole('button', { name: 'Make the export' }), 'Enter');
    const download = section.getByRole('link', { name: /^Download the export/ });
    await download.waitFor();
    expect(await section.textContent()).toMatch(/Checksum \(SHA-256\): [0-9a-f]{64}/);
    await expectNoAxeViolations(page, { label: 'the person page with an export ready' });
    const file = await page.request.get((await download.getAttribute('href')) ?? '');
    expect(file.status()).toBe(200);
    expect(file.headers()['content-type']).toBe('application/zip');
    expect((await file.body()).subarray(0, 2).toString('latin1')).toBe('PK');
  });

  test('a care worker is not offered the export', async () => {
    const page = b.page();
    await signIn(page, accounts.carer);
    await page.goto(`/people/${personId}`);
    await page.getByRole('region', { name: 'Information choices', exact: true }).waitFor();
    expect(await page.getByRole('region', { name: 'Export everything we hold (subject access)' }).count()).toBe(0);
  });
});
