// The scatter plot on a 360-pixel phone: for a new person, ABC records made through the API show in the scatter
// plot's table (the chart's text alternative), and a cell changes when another record is made in its time slot. The
// care worker then fills in yesterday's afternoon directly (told first, on an empty form, that nothing is marked),
// and the marks show beside the ABC records. The plot, its table and the forms pass axe and never scroll sideways.
import { londonInstant, scatterDayLabel } from '@hearth/core';
import { randomUUID } from 'node:crypto';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, test } from 'vitest';
import { accounts, demoOrganisation } from '../support/accounts.js';
import { londonDay } from '../support/actions.js';
import { apiSignIn, type ApiSession } from '../support/api.js';
import { expectNoAxeViolations } from '../support/axe.js';
import { useBrowser } from '../support/browser.js';
import { expectErrorSummary } from '../support/errors.js';
import { createPersonByApi, uniqueName } from '../support/people.js';
import { expectNoSidewaysScroll, phoneContext } from '../support/phone.js';
import { signIn } from '../support/sign-in.js';

const b = useBrowser(phoneContext);
const behaviour = 'Trying to leave the building';
let senior: ApiSession;
let personId = '';

const isoDay = (daysFromNow: number) => {
  const d = londonDay(daysFromNow);
  return `${d.year}-${d.month.padStart(2, '0')}-${d.day.padStart(2, '0')}`;
};
const yesterday = () => isoDay(-1);

/** An ABC record as the ABC form sends it, at a time yesterday on a clock in England. */
async function recordAbc(time: string, intensity: number): Promise<void> {
  const minute = Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5));
  await senior.post(`/api/people/${personId}/abc-records`, {
    clientId: randomUUID(),
    occurredAt: londonInstant(yesterday(), minute).toISOString(),
    behaviour,
    intensity,
    durationMinutes: 10,
    restrictiveInterventionUsed: false,
    behaviourForm: 'Walked to the front door and tried the handle',
    setting: 'Front hall',
    antecedent: { category: 'left_alone', description: 'Visitors had just left' },
    consequence: { category: 'attention_given', description: 'A carer walked back to the lounge with them' },
  });
}

/** The scatter plot table's cell for a time slot and a day, as a screen reader hears it. */
async function cellText(page: Page, slot: string, date: string): Promise<string> {
  const table = page.getByRole('table', { name: new RegExp(`^${behaviour}: each time slot by day`) });
  const headings = (await table.locator('thead th').allTextContents()).map((t) => t.trim());
  const column = headings.indexOf(scatterDayLabel(date));
  expect(column, `no column for ${date} among ${headings.join(', ')}`).toBeGreaterThan(0);
  const row = table.getByRole('row', { name: new RegExp(`^${slot}`) });
  return (
    (await row
      .locator('td')
      .nth(column - 1)
      .locator('.nhsuk-u-visually-hidden')
      .textContent()) ?? ''
  ).trim();
}

async function openPlot(page: Page): Promise<void> {
  await page.goto(`/people/${personId}/behaviour-support/scatter-plot`);
  await page.getByRole('heading', { level: 1, name: /Scatter plot/ }).waitFor();
  await page.getByRole('heading', { level: 2, name: behaviour }).waitFor();
}

beforeAll(async () => {
  senior = await apiSignIn(accounts.senior);
  personId = (await createPersonByApi(senior, uniqueName('Walter', 'Scatter'), demoOrganisation.services.homecare)).id;
});

describe('the scatter plot on a phone', () => {
  test('ABC records show in the table under the chart, and a cell changes when another is recorded', async () => {
    await recordAbc('16:10', 3);
    const page = b.page();
    await signIn(page, accounts.carer);
    await openPlot(page);
    expect(await cellText(page, '16:00 to 16:30', yesterday())).toBe('1 ABC record, intensity 3');
    expect(await cellText(page, '16:00 to 16:30', isoDay(-2))).toBe('Not observed');
    await page.getByRole('img', { name: new RegExp(`^Scatter plot of ${behaviour}`) }).waitFor();
    await expectNoSidewaysScroll(page);
    await expectNoAxeViolations(page, { label: 'the scatter plot with its table, on a phone' });

    await recordAbc('16:25', 4);
    await page.reload();
    await openPlot(page);
    expect(await cellText(page, '16:00 to 16:30', yesterday())).toBe('2 ABC records, highest intensity 4');
    expect(await page.locator('.nhsuk-inset-text').textContent()).toMatch(/not why/);

    // Shaded by how intense: the same cells, the key changes its words.
    await page.getByLabel('Shade by').selectOption({ label: 'How intense it was' });
    await page.getByRole('button', { name: 'Show', exact: true }).click();
    await page.waitForURL(/measure=intensity/);
    await page.getByText('Intensity 4 or 5, or marked high').waitFor();
    expect(await cellText(page, '16:00 to 16:30', yesterday())).toBe('2 ABC records, highest intensity 4');
  });

  test('the care worker fills in yesterday afternoon directly, and the marks show beside the ABC records', async () => {
    const page = b.page();
    await signIn(page, accounts.carer);
    await openPlot(page);
    await page.getByRole('link', { name: 'Fill in a day’s time slots' }).click();
    await page.getByRole('heading', { level: 1, name: /Fill in a day’s time slots/ }).waitFor();
    expect(await page.getByLabel('Behaviour', { exact: true }).inputValue()).toBe(behaviour);

    const day = londonDay(-1);
    const observed = page.getByRole('group', { name: 'Day observed' });
    await observed.getByLabel('Day').fill(day.day);
    await observed.getByLabel('Month').fill(day.month);
    await observed.getByLabel('Year').fill(day.year);
    await page.getByLabel('From', { exact: true }).selectOption({ label: '14:00' });
    await page.getByLabel('Until', { exact: true }).selectOption({ label: '19:00' });
    await page.getByLabel('What was seen, 18:30 to 19:00').waitFor();
    await expectNoSidewaysScroll(page);

    await page.getByRole('button', { name: 'Save the time slots' }).click();
    await expectErrorSummary(
      page,
      ['Choose none, some or high for at least one time slot'],
      'the day form with nothing marked, on a phone',
    );

    await page.getByLabel('What was seen, 15:00 to 15:30').selectOption({ label: 'None' });
    await page.getByLabel('What was seen, 16:00 to 16:30').selectOption({ label: 'High' });
    await page.getByLabel('Activity, 16:00 to 16:30').fill('Visitors leaving');
    await page.getByRole('button', { name: 'Save the time slots' }).click();

    await page.getByText(/2 time slots saved for/).waitFor();
    await page.getByRole('heading', { level: 2, name: behaviour }).waitFor();
    expect(await cellText(page, '16:00 to 16:30', yesterday())).toBe('Marked high; 2 ABC records, highest intensity 4');
    expect(await cellText(page, '15:00 to 15:30', yesterday())).toBe('None seen');
    expect(await cellText(page, '15:30 to 16:00', yesterday())).toBe('Not observed');
    const activity = page
      .getByRole('row', { name: /^16:00 to 16:30/ })
      .locator('td')
      .last();
    expect((await activity.textContent())?.trim()).toBe('Visitors leaving');
    await expectNoSidewaysScroll(page);
    await expectNoAxeViolations(page, { label: 'the scatter plot after filling in a day, on a phone' });

    // Opening the day again shows what was marked, and a marked slot cannot be made blank again.
    await page.getByRole('link', { name: 'Fill in a day’s time slots' }).click();
    await observed.getByLabel('Day').fill(day.day);
    await observed.getByLabel('Month').fill(day.month);
    await observed.getByLabel('Year').fill(day.year);
    const marked = page.getByLabel('What was seen, 16:00 to 16:30');
    await expect.poll(() => marked.inputValue()).toBe('high');
    expect(await marked.locator('option').allTextContents()).toEqual(['None', 'Some', 'High']);
    await expectNoAxeViolations(page, { label: 'the day form with earlier marks, on a phone' });
  });
});
