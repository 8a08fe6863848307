// ABC records on a phone: a care worker at Oak House opens what a new resident's records show (not enough yet),
// records two incidents through the form (told first, on an empty form, what is missing), one with a restrictive
// intervention that points to the register, and sees the possible function appear, worded as a hypothesis with its
// evidence, with the charts' figures as tables; then corrects a record. The form with errors, the list, the analysis
// with its tables open and one record are checked with axe.
import type { Locator, Page } from 'playwright-core';
import { beforeAll, describe, expect, test } from 'vitest';
import { accounts, demoOrganisation } from '../support/accounts.js';
import { apiSignIn, type ApiSession } from '../support/api.js';
import { expectNoAxeViolations } from '../support/axe.js';
import { useBrowser } from '../support/browser.js';
import { expectErrorSummary, followErrorLink } from '../support/errors.js';
import { createPersonByApi, uniqueName } from '../support/people.js';
import { expectNoSidewaysScroll, phoneContext } from '../support/phone.js';
import { signIn } from '../support/sign-in.js';

const b = useBrowser(phoneContext);
const oakHouseSenior = 'oakhouse.senior@riverside-care.example';
let senior: ApiSession;
let personId = '';
let name = '';

/** Three earlier records by the senior: left alone, then given attention. */
async function recordEarlierIncidents(): Promise<void> {
  for (const hoursAgo of [72, 48, 24]) {
    await senior.post(`/api/people/${personId}/abc-records`, {
      clientId: crypto.randomUUID(),
      occurredAt: new Date(Date.now() - hoursAgo * 3_600_000).toISOString(),
      behaviour: 'Trying to leave the building',
      behaviourForm: 'Pulled at the front door handle',
      intensity: 2,
      durationMinutes: 10,
      restrictiveInterventionUsed: false,
      setting: 'Front hall',
      antecedent: { category: 'left_alone', description: 'On her own in the lounge' },
      consequence: { category: 'attention_given', description: 'Sat with her' },
    });
  }
}

beforeAll(async () => {
  senior = await apiSignIn(oakHouseSenior);
  name = uniqueName('Edna', 'Abcott');
  personId = (await createPersonByApi(senior, name, demoOrganisation.services.care_home)).id;
  await recordEarlierIncidents();
});

const choose = (page: Page, question: string, answer: string) =>
  page.getByRole('group', { name: question }).getByLabel(answer, { exact: true }).check();

/** A table row's cells as read on a phone: each with its column's heading. */
const cellsOf = async (row: Locator) => (await row.getByRole('cell').allTextContents()).map((t) => t.replace(/\s+/g, ' ').trim());

const functionSection = (page: Page) => page.getByRole('region', { name: 'What the behaviour may be for' });

async function recordIncident(page: Page, restrictive: 'Yes' | 'No', behaviour: string): Promise<void> {
  await page.getByLabel('Where it happened', { exact: true }).fill('Front hall');
  await choose(page, 'What happened just before?', 'Left alone or little attention');
  await page
    .getByLabel('Describe what happened just before, in your words')
    .fill('Staff were at handover and she was on her own');
  await page.getByLabel('Behaviour', { exact: true }).fill(behaviour);
  await page.getByLabel(`What did ${name} do?`).fill('Stood at the front door with her coat on, asking to go home');
  await choose(page, 'How intense was it?', '3 – moderate: needed support to settle');
  await page.getByLabel('How long did it last, in minutes?').fill('15');
  await choose(page, 'What happened straight after?', 'Attention given');
  await page
    .getByLabel('Describe what happened straight after, in your words')
    .fill('Olu sat with her and talked about her garden');
  await choose(page, 'Was a restrictive intervention used?', restrictive);
  await page.getByRole('button', { name: 'Save the ABC record' }).click();
  await page.getByText('The ABC record has been saved').waitFor();
}

describe('ABC records on a phone', () => {
  test('a care worker records incidents and sees what the records suggest change', async () => {
    const page = b.page();
    await signIn(page, accounts.oakHouse);

    await page.goto(`/people/${personId}/behaviour-support`);
    await page.getByRole('link', { name: 'What the records show' }).click();
    await page.getByRole('heading', { level: 1, name: /What the ABC records show/ }).waitFor();
    await functionSection(page).waitFor();
    expect(await functionSection(page).textContent()).toContain('Not enough records yet');
    expect(await functionSection(page).textContent()).toContain('2 more are needed');

    await page.goto(`/people/${personId}/behaviour-support/abc/new`);
    await page.getByRole('heading', { level: 1, name: /Record an ABC record/ }).waitFor();
    // Today and the time now are filled in; the rest is the care worker's to answer.
    expect(await page.getByLabel('Day', { exact: true }).inputValue()).not.toBe('');
    expect(await page.getByLabel('Time it started').inputValue()).toMatch(/^\d{2}:\d{2}$/);
    await page.getByRole('button', { name: 'Save the ABC record' }).click();
    const summary = await expectErrorSummary(
      page,
      ['Enter where it happened', 'Choose what happened just before', 'Say whether a restrictive intervention was used'],
      'the ABC form with errors, on a phone',
    );
    await followErrorLink(page, summary, 'Enter where it happened', 'setting');
    await expectNoSidewaysScroll(page);

    await recordIncident(page, 'Yes', 'Trying to leave the building');
    const register = page.getByRole('link', { name: 'Record it in the restrictive interventions register' });
    expect(await register.getAttribute('href')).toBe(`/people/${personId}/behaviour-support/restrictive-interventions`);
    const cards = page.locator('.hearth-abc-card');
    await expect.poll(() => cards.count()).toBe(4);
    expect(await cards.first().textContent()).toContain('Restrictive intervention used');
    await expectNoSidewaysScroll(page);
    await expectNoAxeViolations(page, { label: 'the ABC records list, on a phone' });

    // The behaviour named before is suggested.
    await page.getByRole('button', { name: 'Record an ABC record' }).click();
    await page.getByRole('heading', { level: 1, name: /Record an ABC record/ }).waitFor();
    const suggestions = await page
      .locator('#behaviour-suggestions option')
      .evaluateAll((options) => options.map((o) => (o as HTMLOptionElement).value));
    expect(suggestions).toEqual(['Trying to leave the building']);
    await recordIncident(page, 'No', suggestions[0]!);
    await expect.poll(() => cards.count()).toBe(5);

    await page.goto(`/people/${personId}/behaviour-support/analysis`);
    const hypothesis = page.getByRole('heading', { name: 'Possible function: Attention or company' });
    await hypothesis.waitFor();
    const panel = (await functionSection(page).textContent()) ?? '';
    expect(panel).toContain('This is a hypothesis for the team to test');
    expect(panel).toContain('It is not a diagnosis');
    expect(panel).toContain('5 of 5 records point to it');
    expect(panel).toContain('Left alone or little attention, then attention given: 5 records');
    await functionSection(page).getByText('The records behind it').click();
    expect(await functionSection(page).getByRole('link').count()).toBe(5);
    await functionSection(page).getByText('The evidence for each function').click();
    const attention = functionSection(page).getByRole('row').filter({ hasText: 'Attention or company' });
    expect(await cellsOf(attention)).toEqual([
      'Function Attention or company',
      'Records pointing to it 5',
      'With both parts 5',
      'Weight 10',
    ]);

    const antecedents = page.getByRole('region', { name: 'What happened just before' });
    const chart = antecedents.getByRole('img', { name: /^What happened just before:/ });
    expect(await chart.getAttribute('aria-label')).toContain('Left alone or little attention, 5');
    await antecedents.getByText('Show the figures as a table').click();
    const row = antecedents.getByRole('row').filter({ hasText: 'Left alone or little attention' });
    expect(await cellsOf(row)).toEqual(['Before Left alone or little attention', 'Records 5']);
    await page.getByRole('region', { name: 'What happened straight after' }).getByText('Show the figures as a table').click();
    await expectNoSidewaysScroll(page);
    await expectNoAxeViolations(page, { label: 'the ABC analysis with its tables open, on a phone' });

    // A record behind the hypothesis opens as written, and is corrected by a new record with a reason.
    await functionSection(page).getByRole('link').first().click();
    await page.getByRole('heading', { level: 1, name: /ABC record:/ }).waitFor();
    await expectNoAxeViolations(page, { label: 'one ABC record, on a phone' });
    await page.getByRole('link', { name: 'Correct this record' }).click();
    await page.getByRole('heading', { level: 1, name: /Correct an ABC record/ }).waitFor();
    expect(await page.getByLabel('Where it happened', { exact: true }).inputValue()).toBe('Front hall');
    await page.getByLabel('How long did it last, in minutes?').fill('25');
    await page.getByRole('button', { name: 'Save the ABC record' }).click();
    await expectErrorSummary(page, ['Say why this replaces the earlier record'], 'the ABC correction with errors, on a phone');
    await page.getByLabel('Why are you correcting it?').fill('It lasted longer than first written');
    await page.getByRole('button', { name: 'Save the ABC record' }).click();
    await page.getByText('The correction has been saved').waitFor();
    await expect.poll(() => cards.count()).toBe(6);
    expect(await page.locator('.hearth-abc-card--replaced').textContent()).toContain('Corrected: not counted');
  });
});
