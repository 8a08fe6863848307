// Restrictive interventions: on a phone, a care worker records a restrictive intervention for a new person (told
// first, on an empty form, what is missing); a senior then records the debrief with the person; the organisation's
// trends page counts it. The form with errors, the register and the trends page (with the chart's table shown) are
// checked with axe, and the phone pages for sideways scrolling.
import type { RestrictiveInterventionTrends } from '@hearth/core';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, test } from 'vitest';
import { accounts, demoOrganisation } from '../support/accounts.js';
import { apiSignIn, type ApiSession } from '../support/api.js';
import { expectNoAxeViolations } from '../support/axe.js';
import { useBrowser } from '../support/browser.js';
import { expectErrorSummary } from '../support/errors.js';
import { createPersonByApi, uniqueName } from '../support/people.js';
import { expectNoSidewaysScroll, onPhone } from '../support/phone.js';
import { signIn } from '../support/sign-in.js';

const b = useBrowser();
let quality: ApiSession;
let personId = '';
let name = '';
let homecareUsesBefore = 0;

/** When the use started: twenty minutes before the test file began, fixed so every test counts the same month. */
const startedAt = new Date(Date.now() - 20 * 60_000);
const startMonth = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/London', year: 'numeric', month: '2-digit' }).format(
  startedAt,
);

/** The uses in the home care service in the month the use started, as the quality lead's trends say. */
async function homecareUsesInStartMonth(): Promise<number> {
  const trends = await quality.get<RestrictiveInterventionTrends>('/api/restrictive-interventions/trends?months=6');
  const homecare = trends.services.find((s) => s.serviceName === demoOrganisation.services.homecare);
  return homecare?.trend.months.find((m) => m.month === startMonth)?.count ?? 0;
}

beforeAll(async () => {
  const senior = await apiSignIn(accounts.senior);
  quality = await apiSignIn(accounts.quality);
  name = uniqueName('Ivor', 'Restraint');
  personId = (await createPersonByApi(senior, name, demoOrganisation.services.homecare)).id;
  homecareUsesBefore = await homecareUsesInStartMonth();
});

const register = () => `/people/${personId}/behaviour-support/restrictive-interventions`;

const choose = (page: Page, question: string, answer: string) =>
  page.getByRole('group', { name: question }).getByLabel(answer, { exact: true }).check();

/** The start on a clock in England, as the form's date and time take it. */
function startAsTyped(): { day: string; month: string; year: string; time: string } {
  const parts = new Intl.DateTimeFormat('en-GB', {
    timeZone: 'Europe/London',
    day: 'numeric',
    month: 'numeric',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(startedAt);
  const part = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  return { day: part('day'), month: part('month'), year: part('year'), time: `${part('hour')}:${part('minute')}` };
}

describe('the restrictive interventions register', () => {
  test('a care worker records a restrictive intervention on a phone, told first what is missing', async () => {
    await onPhone(b.browser(), async (page) => {
      await signIn(page, accounts.carer);
      await page.goto(`/people/${personId}/behaviour-support`);
      await page.getByRole('link', { name: 'Restrictive interventions' }).click();
      await page.getByRole('heading', { level: 1, name: /Restrictive interventions/ }).waitFor();
      await page.getByText(`No restrictive interventions have been recorded for ${name}.`).waitFor();
      await expectNoSidewaysScroll(page);

      await page.getByRole('link', { name: 'Record a restrictive intervention' }).click();
      await page.getByRole('heading', { level: 1, name: /Record a restrictive intervention/ }).waitFor();
      await page.getByRole('button', { name: 'Save the record' }).click();
      await expectErrorSummary(
        page,
        [
          'Choose the kind of restrictive intervention',
          'Enter the time it started, like 16:25',
          'Enter how long it lasted, in minutes',
          'Enter the name of each member of staff involved',
          'Enter why it was used',
          'Say what less restrictive options were tried first, or why none could be',
          'Say whether it followed the behaviour support plan',
          'Say whether the person was injured',
        ],
        'the restrictive intervention form with errors, on a phone',
      );
      await expectNoSidewaysScroll(page);

      await choose(page, 'What kind of restrictive intervention was used?', 'Physical restraint');
      const when = startAsTyped();
      const date = page.getByRole('group', { name: 'Date it started' });
      await date.getByLabel('Day').fill(when.day);
      await date.getByLabel('Month').fill(when.month);
      await date.getByLabel('Year').fill(when.year);
      await page.getByLabel('Time it started').fill(when.time);
      await page.getByLabel('How long it lasted, in minutes').fill('4');
      await page.getByLabel('Name of member of staff 1').fill('Carla Reid');
      await page.getByRole('button', { name: 'Add another member of staff' }).click();
      // The new line takes focus, so typing carries on.
      await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('body-staffInvolved-1-name');
      await page.keyboard.type('Sam Okafor');
      await page.getByLabel('Why it was used').fill('Ivor was hitting his head against the kitchen door frame.');
      await page.getByLabel('The risk it answered').fill('A head injury.');
      await page.getByLabel('Option 1').fill('Talked with him calmly and offered his music');
      await page.getByRole('button', { name: 'Add another option' }).click();
      await page.getByLabel('Option 2').fill('Put a cushion against the door frame');
      await page.getByLabel('What was done').fill('Two-person guided escort to the living room sofa, holding his forearms.');
      await choose(page, `Did it follow ${name}\u2019s behaviour support plan?`, 'Yes, as the behaviour support plan sets out');
      await choose(page, `Was ${name} injured?`, 'No');
      await choose(page, 'Was any member of staff injured?', 'No');
      await page.getByLabel(`${name}\u2019s view of what happened (optional)`).fill('He said the noise in his head stopped.');
      await page.getByRole('button', { name: 'Save the record' }).click();

      await page.getByText('The restrictive intervention has been recorded').waitFor();
      const card = page.getByRole('region', { name: /^Physical restraint on / });
      expect(await card.textContent()).toContain('Put a cushion against the door frame');
      expect(await card.textContent()).toContain('Due within 72 hours');
      await expectNoSidewaysScroll(page);
      await expectNoAxeViolations(page, { label: 'the register with one use, on a phone' });
    });
  });

  test('a senior records the debrief with the person', async () => {
    const page = b.page();
    await signIn(page, accounts.senior);
    await page.goto(register());
    await page.getByRole('heading', { level: 1, name: /Restrictive interventions/ }).waitFor();
    await page.getByRole('link', { name: new RegExp(`^Record the debrief with ${name} after the physical restraint`) }).click();
    await page.getByRole('heading', { level: 1, name: `Record a debrief with ${name}` }).waitFor();
    expect(
      await page.getByRole('group', { name: 'Who was the debrief with?' }).getByLabel(name, { exact: true }).isChecked(),
    ).toBe(true);
    await page.getByLabel('Who took part').fill(`${name} and Sam Okafor, in his kitchen`);
    await page
      .getByLabel(`What ${name} said about what happened, in their own words`)
      .fill('It was too loud. I wanted it to stop.');
    await page.getByLabel('What could be done differently').fill('Turn the radio off before it gets too much.');
    await choose(page, `Does ${name}\u2019s behaviour support plan need changing?`, 'Yes');
    await page.getByLabel('What needs changing').fill('Add loud noise as a trigger; offer ear defenders.');
    await page.getByRole('button', { name: 'Save the debrief' }).click();

    await page.getByText('The debrief has been recorded').waitFor();
    const card = page.getByRole('region', { name: /^Physical restraint on / });
    const status = card.getByRole('listitem').filter({ hasText: `Debrief with ${name}:` });
    expect(await status.textContent()).toContain('Held within 72 hours');
    await card.getByText(`Debrief with ${name},`).click();
    expect(await card.textContent()).toContain('It was too loud. I wanted it to stop.');
    await expectNoAxeViolations(page, { label: 'the register with a debrief open' });
  });

  test('the organisation’s trends page counts it, with the chart’s figures as a table', async () => {
    expect(await homecareUsesInStartMonth()).toBe(homecareUsesBefore + 1);
    const page = b.page();
    await signIn(page, accounts.quality);
    await page.goto('/behaviour-support');
    await page.getByRole('link', { name: 'Restrictive interventions' }).click();
    await page.getByRole('heading', { level: 1, name: 'Restrictive interventions across services' }).waitFor();
    const homecare = page.getByRole('region', { name: demoOrganisation.services.homecare });
    await homecare.locator('.hearth-ri-direction').waitFor();
    expect(await homecare.locator('.hearth-ri-direction').textContent()).toMatch(
      /in the last three months \(since .*\) and .* in the three months before/,
    );
    const chart = homecare.getByRole('img', { name: /^Bar chart of restrictive interventions per month for / });
    await chart.waitFor();
    expect(await chart.getAttribute('aria-label')).toContain('physical restraint');

    await homecare.getByText('Show the figures as a table').click();
    const table = homecare.getByRole('table', {
      name: `Restrictive interventions per month for ${demoOrganisation.services.homecare}`,
    });
    const startMonthName = new Intl.DateTimeFormat('en-GB', { month: 'long', year: 'numeric', timeZone: 'Europe/London' }).format(
      startedAt,
    );
    const row = table.getByRole('row').filter({ hasText: startMonthName });
    const allUses = row.getByRole('cell').nth(5);
    expect((await allUses.textContent())?.replace('All uses', '').trim()).toBe(String(homecareUsesBefore + 1));
    await expectNoAxeViolations(page, { label: 'the trends page with the table shown' });

    await page.getByLabel('Months to show').selectOption('6');
    await page.getByRole('button', { name: 'Show' }).click();
    await page.waitForURL(/months=6/);
    await homecare.getByText('Show the figures as a table').click();
    // A heading row and one row for each of the six months.
    await expect.poll(async () => table.getByRole('row').count()).toBe(7);
  });
});
