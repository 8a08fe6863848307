// Legal authority and ReSPECT / DNACPR: a senior opens a new person's legal authority, consent and advance care plan
// page, records a health and welfare lasting power of attorney (told first, on an empty form, what is missing), then
// a DNACPR decision; the DNACPR alert, with where the original form is kept, then shows on the person's page and
// their plan page. The records page and the form with errors are checked with axe.
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, test } from 'vitest';
import { accounts, demoOrganisation } from '../support/accounts.js';
import { londonDay } from '../support/actions.js';
import { apiSignIn } from '../support/api.js';
import { expectNoAxeViolations } from '../support/axe.js';
import { useBrowser } from '../support/browser.js';
import { expectErrorSummary } from '../support/errors.js';
import { createPersonByApi, uniqueName } from '../support/people.js';
import { signIn } from '../support/sign-in.js';

const b = useBrowser();
const formLocation = 'Purple folder on the kitchen dresser';
let personId = '';
let name = '';

beforeAll(async () => {
  name = uniqueName('Iris', 'Attorney');
  personId = (await createPersonByApi(await apiSignIn(accounts.senior), name, demoOrganisation.services.homecare)).id;
});

const choose = (page: Page, question: string, answer: string) =>
  page.getByRole('group', { name: question }).getByLabel(answer, { exact: true }).check();

async function fillDate(page: Page, legend: string, daysFromNow: number): Promise<void> {
  const day = londonDay(daysFromNow);
  const group = page.getByRole('group', { name: legend });
  await group.getByLabel('Day').fill(day.day);
  await group.getByLabel('Month').fill(day.month);
  await group.getByLabel('Year').fill(day.year);
}

const dnacprAlert = (page: Page) => page.getByRole('region', { name: 'DNACPR \u2014 do not attempt CPR' });

describe('legal authority, consent and advance care plan', () => {
  test('the senior records a lasting power of attorney and a DNACPR decision, which then shows on every page about the person', async () => {
    const page = b.page();
    await signIn(page, accounts.senior);
    await page.goto(`/people/${personId}/capacity-records`);
    await page.getByRole('heading', { level: 1, name: /Legal authority, consent and advance care plan/ }).waitFor();
    expect(await dnacprAlert(page).count()).toBe(0);

    await page.getByRole('link', { name: 'Record a lasting power of attorney or deputyship' }).click();
    await page.getByRole('heading', { level: 1, name: /Record a lasting power of attorney or deputyship/ }).waitFor();
    await page.getByRole('button', { name: 'Save the record' }).click();
    await expectErrorSummary(
      page,
      ['Choose whether this is a lasting power of attorney or a deputyship'],
      'the lasting power of attorney form with errors',
    );

    await choose(page, 'What is it?', 'Lasting power of attorney');
    await choose(page, 'What does it cover?', 'Health and welfare');
    await page.getByLabel('Name of the attorney', { exact: true }).fill('David Thompson');
    await fillDate(page, 'Date it was registered (optional)', -400);
    await page.getByLabel('Office of the Public Guardian reference (optional)').fill('7000-1234-5678');
    await choose(page, 'Does it give the attorney authority over life-sustaining treatment?', 'Yes');
    await fillDate(page, 'Date the original was seen (optional)', -3);
    await page.getByRole('button', { name: 'Save the record' }).click();
    await page.getByText('The lasting power of attorney or deputyship has been saved').waitFor();
    const authorities = page.getByRole('region', { name: 'Lasting powers of attorney and deputyships' });
    expect(await authorities.textContent()).toContain('David Thompson');

    await page.getByRole('link', { name: 'Record a ReSPECT form or DNACPR decision' }).click();
    await page.getByRole('heading', { level: 1, name: /Record a ReSPECT form or DNACPR decision/ }).waitFor();
    await choose(page, `Does ${name} have a ReSPECT form or a DNACPR decision?`, 'DNACPR decision');
    await page.getByLabel('Name of the clinician who made it').fill('Dr Amara Okafor');
    await page.getByLabel('Their role').fill('GP');
    await fillDate(page, 'Date it was made', -30);
    await page.getByLabel('Where the original form is kept').fill(formLocation);
    await page.getByRole('button', { name: 'Save the record' }).click();
    await page.getByText('The ReSPECT or DNACPR record has been saved').waitFor();
    await expect.poll(async () => (await dnacprAlert(page).count()) > 0).toBe(true);
    expect(await dnacprAlert(page).textContent()).toContain(formLocation);
    await expectNoAxeViolations(page, { label: 'the legal authority, consent and advance care plan page with records' });

    for (const path of [`/people/${personId}`, `/people/${personId}/plan`]) {
      await page.goto(path);
      await dnacprAlert(page).waitFor();
      expect(await dnacprAlert(page).textContent()).toContain(`Original form: ${formLocation}`);
    }
  });
});
