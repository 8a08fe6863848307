// Data requests: a manager logs, by keyboard, a council's request received 21 hours ago (so under 4 hours are left),
// sees the warning on the plans dashboard and the requests page, makes the export bundle and downloads it, and
// answers the request by export, seeing the response time. Every new page is checked with axe.
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, test } from 'vitest';
import { accounts } from '../support/accounts.js';
import { apiSignIn } from '../support/api.js';
import { expectNoAxeViolations } from '../support/axe.js';
import { useBrowser } from '../support/browser.js';
import { createPersonByApi, uniqueName } from '../support/people.js';
import { signIn } from '../support/sign-in.js';
import { followMenuLink } from '../support/menu.js';

const b = useBrowser();
const homecare = 'Riverside Homecare \u2013 Leeds';

let personName = '';
let council = '';

beforeAll(async () => {
  personName = uniqueName('Dora', 'Request');
  council = uniqueName('Leeds', 'Council');
  await createPersonByApi(await apiSignIn(accounts.manager), personName, homecare);
});

/** A moment as a clock in England shows it: day, month, year and HH:MM. */
function londonParts(at: Date): { day: string; month: string; year: string; time: string } {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/London', hourCycle: 'h23', day: 'numeric', month: 'numeric', year: 'numeric', hour: '2-digit', minute: '2-digit' })
      .formatToParts(at).map((p) => [p.type, p.value]),
  );
  return { day: parts.day ?? '', month: parts.month ?? '', year: parts.year ?? '', time: `${parts.hour ?? ''}:${parts.minute ?? ''}` };
}

/** Focuses a field and replaces what is in it by typing, as a keyboard user would. */
async function typeInto(page: Page, label: string, text: string, exact = true): Promise<void> {
  await page.getByLabel(label, { exact }).focus();
  await page.keyboard.press('Control+A');
  await page.keyboard.type(text);
}

async function chooseByKeyboard(page: Page, role: 'radio' | 'checkbox', name: string | RegExp): Promise<void> {
  const control = page.getByRole(role, typeof name === 'string' ? { name, exact: true } : { name });
  await control.focus();
  await page.keyboard.press('Space');
  await expect.poll(() => control.isChecked()).toBe(true);
}

describe('data requests', () => {
  test('log a request by keyboard, see the warning, make and download the bundle, and answer by export', async () => {
    const page = b.page();
    await signIn(page, accounts.manager);
    await followMenuLink(page, 'Requests');
    await page.getByRole('heading', { level: 1, name: 'Data requests' }).waitFor();
    await page.getByRole('heading', { name: 'Open requests' }).waitFor();
    await expectNoAxeViolations(page, { label: 'the data requests page' });

    await page.getByRole('button', { name: 'Log a request' }).focus();
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: 'Log a data request' }).waitFor();
    await page.getByRole('checkbox', { name: personName }).waitFor();

    // Sent empty: the error summary lists what is missing, linked to the fields.
    await page.getByRole('button', { name: 'Log the request' }).focus();
    await page.keyboard.press('Enter');
    const summary = page.locator('.nhsuk-error-summary');
    await summary.getByRole('link', { name: 'Choose at least one person the request is about' }).waitFor();
    await summary.getByRole('link', { name: 'Choose their role' }).waitFor();
    await expectNoAxeViolations(page, { label: 'the log-a-request form with errors' });

    await chooseByKeyboard(page, 'checkbox', personName);
    await typeInto(page, 'Their name', 'Priya Shah');
    await typeInto(page, 'Their organisation', council);
    await chooseByKeyboard(page, 'radio', 'Social care professional');
    await typeInto(page, 'Their email address', 'priya.shah@leeds.example');
    await typeInto(page, 'What they asked for', 'Visit records for the last four weeks, for a safeguarding enquiry');
    const received = londonParts(new Date(Date.now() - 21 * 3_600_000));
    const receivedDate = page.getByRole('group', { name: 'Date received' });
    for (const [label, value] of [['Day', received.day], ['Month', received.month], ['Year', received.year]] as const) {
      await receivedDate.getByLabel(label, { exact: true }).focus();
      await page.keyboard.press('Control+A');
      await page.keyboard.type(value);
    }
    await typeInto(page, 'Time received', received.time, false);
    await chooseByKeyboard(page, 'radio', '24 hours after it was received');
    await page.getByRole('button', { name: 'Log the request' }).focus();
    await page.keyboard.press('Enter');

    await page.getByText('The request was logged').waitFor();
    await page.getByRole('heading', { level: 1, name: `Request from Priya Shah, ${council}` }).waitFor();
    const status = page.locator('main p').filter({ hasText: 'left' }).first();
    await expect.poll(() => status.innerText()).toMatch(/^Open\s+(2 hours \d+ minutes|3 hours) left\s+Under 4 hours$/);
    await expectNoAxeViolations(page, { label: 'an open data request' });

    // The dashboard panel warns too, in words.
    await followMenuLink(page, 'Plans');
    const panel = page.getByRole('region', { name: 'Open data requests' });
    const item = panel.getByRole('listitem').filter({ hasText: council });
    await item.waitFor();
    expect(await item.innerText()).toMatch(/left Under 4 hours$/);
    await expectNoAxeViolations(page, { label: 'the plans dashboard with the data requests panel' });

    await followMenuLink(page, 'Requests');
    const row = page.getByRole('row').filter({ has: page.getByRole('link', { name: new RegExp(council) }) });
    await row.waitFor();
    expect((await row.innerText()).replace(/\s+/g, ' ')).toContain('Under 4 hours');
    await row.getByRole('link', { name: new RegExp(council) }).click();
    await page.getByRole('heading', { level: 1, name: `Request from Priya Shah, ${council}` }).waitFor();

    await page.getByRole('button', { name: 'Make the export bundle' }).focus();
    await page.keyboard.press('Enter');
    const download = page.getByRole('link', { name: /^Download data-request-.*\.zip$/ });
    await download.waitFor();
    const href = await download.getAttribute('href');
    const file = await page.request.get(href ?? '');
    expect(file.status()).toBe(200);
    expect(file.headers()['content-type']).toBe('application/zip');
    expect((await file.body()).subarray(0, 2).toString('latin1')).toBe('PK');

    await chooseByKeyboard(page, 'radio', 'Answered');
    await chooseByKeyboard(page, 'radio', /^By the export bundle made/);
    await typeInto(page, 'Note (optional)', 'Sent by secure email');
    await page.getByRole('button', { name: 'Save', exact: true }).focus();
    await page.keyboard.press('Enter');
    await page.getByText('The request is now answered').waitFor();
    await expect.poll(() => page.locator('main').innerText()).toMatch(/Answered\s+21 hours( \d+ minutes?)?, within the deadline/);
    const history = await page.getByRole('list', { name: 'Updates, newest first' }).getByRole('listitem').allInnerTexts();
    expect(history[0]).toContain('Answered by export bundle');
    await expectNoAxeViolations(page, { label: 'an answered data request' });

    await page.goto('/data-requests/report');
    await page.getByRole('heading', { level: 1, name: 'Data requests answered within the deadline' }).waitFor();
    await page.getByText(/% within the deadline: \d+ of \d+/).waitFor();
    await expectNoAxeViolations(page, { label: 'the data requests report' });
  });
});
