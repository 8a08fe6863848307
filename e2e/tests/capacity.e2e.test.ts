// Mental capacity: a senior opens a new person's capacity page (capacity assumed), records by keyboard an assessment
// finding they lack capacity to decide where to live (told first, on an empty form, what is missing), sees the
// status change, then records a best-interests decision with one person consulted and sees it listed. Every page is
// checked with axe, and the assessment form at 360 pixels wide.
import type { Locator, Page } from 'playwright-core';
import { beforeAll, describe, expect, test } from 'vitest';
import { accounts, demoOrganisation } from '../support/accounts.js';
import { apiSignIn } from '../support/api.js';
import { expectNoAxeViolations } from '../support/axe.js';
import { useBrowser } from '../support/browser.js';
import { expectErrorSummary } from '../support/errors.js';
import { createPersonByApi, uniqueName } from '../support/people.js';
import { expectNoSidewaysScroll, onPhone } from '../support/phone.js';
import { signIn } from '../support/sign-in.js';

const b = useBrowser();
const decision = 'Whether to move into a care home';
let personId = '';
let name = '';

beforeAll(async () => {
  name = uniqueName('Rose', 'Capacity');
  personId = (await createPersonByApi(await apiSignIn(accounts.senior), name, demoOrganisation.services.homecare)).id;
});

/** Moves focus to a control and presses a key on it, as a keyboard user tabbing there would. */
async function press(page: Page, locator: Locator, key: 'Space' | 'Enter'): Promise<void> {
  await locator.focus();
  await page.keyboard.press(key);
}

const choose = (page: Page, question: string, answer: string) =>
  press(page, page.getByRole('group', { name: question }).getByLabel(answer, { exact: true }), 'Space');

describe('mental capacity', () => {
  test('the senior records an assessment finding a lack of capacity, then a best-interests decision', async () => {
    const page = b.page();
    await signIn(page, accounts.senior);
    await page.goto(`/people/${personId}`);
    await press(page, page.getByRole('link', { name: 'Mental capacity', exact: true }), 'Enter');
    await page.getByRole('heading', { level: 1, name: /Mental capacity/ }).waitFor();
    const status = page.getByRole('region', { name: 'Capacity status' });
    await expect.poll(() => status.textContent()).toContain('Capacity assumed: no assessment recorded');
    await expectNoAxeViolations(page, { label: 'the capacity page before any assessment' });

    await press(page, page.getByRole('button', { name: 'Record a capacity assessment' }), 'Enter');
    await page.getByRole('heading', { level: 1, name: /Record a capacity assessment/ }).waitFor();
    await press(page, page.getByRole('button', { name: 'Sign and save the assessment' }), 'Enter');
    await expectErrorSummary(
      page,
      ['Enter the decision in question', 'Choose the outcome of the assessment'],
      'the assessment form with errors',
    );

    await page.getByLabel('The decision in question').fill(decision);
    await choose(page, `What was done to help ${name} make the decision?`, 'Somewhere familiar and quiet');
    await page.getByLabel('Describe what was done').fill('Talked at home in the morning with her son, and again two days later.');
    await choose(page, 'Is there an impairment of, or disturbance in the functioning of, the mind or brain?', 'Yes');
    await page.getByLabel('The evidence of the impairment').fill('Alzheimer\u2019s disease, diagnosed in 2023.');
    const understand = page.getByRole('group', { name: 'Can they understand the information relevant to the decision?' });
    await press(page, understand.getByLabel('They cannot', { exact: true }), 'Space');
    await understand.getByLabel(/^The evidence/).fill('Could not say what moving would mean for her, even with pictures.');
    const causal = page.getByRole('group', { name: /is it because of the impairment\?$/ });
    await press(page, causal.getByLabel('Yes', { exact: true }), 'Space');
    await causal.getByLabel(/^Explain how the impairment/).fill('Her memory loss stops her taking in the information.');
    await choose(page, 'What is the outcome?', 'Lacks capacity to make this decision at this time');
    await choose(page, `Does ${name}\u2019s capacity for this decision fluctuate?`, 'No');
    await expectNoAxeViolations(page, { label: 'the assessment form filled in' });
    await press(page, page.getByRole('button', { name: 'Sign and save the assessment' }), 'Enter');

    await page.getByText('The capacity assessment has been signed and saved').waitFor();
    await expect.poll(() => status.textContent()).toContain('Lacks capacity for the decisions in question');
    expect(await status.textContent()).toContain(decision);
    const assessment = page.getByRole('group', { name: decision, exact: true });
    expect(await assessment.textContent()).toContain('Lacks capacity to make this decision at this time');

    await press(page, assessment.getByRole('link', { name: /^Record a best-interests decision/ }), 'Enter');
    await page.getByRole('heading', { level: 1, name: /Record a best-interests decision/ }).waitFor();
    await press(page, page.getByLabel(/^The decision is not based on/), 'Space');
    await page.getByLabel('What are the relevant circumstances?').fill('Two falls at night this month; she lives alone.');
    const regain = page.getByRole('group', { name: `Is ${name} likely to regain capacity for this decision?` });
    await press(page, regain.getByLabel('They are unlikely to regain capacity for this decision'), 'Space');
    await regain.getByLabel('Whether and when they may regain capacity').fill('Her dementia is progressing.');
    await choose(page, 'Can the decision wait until then?', 'No');
    await page.getByLabel('Why can the decision not wait?').fill('She is at risk of another fall at night.');
    await page.getByLabel(`How was ${name} helped to take part in the decision?`).fill('Visited the home with her son.');
    await page.getByLabel(`${name}\u2019s past and present wishes, feelings, beliefs and values`).fill('Wants to stay near her church.');
    await choose(page, 'Is the decision about life-sustaining treatment?', 'No');
    // Adding a row moves focus to its first field; Tab goes on through the row.
    await press(page, page.getByRole('button', { name: 'Add a person consulted' }), 'Enter');
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('consulted-0-name');
    await page.keyboard.type('June Capacity');
    await page.keyboard.press('Tab');
    await page.getByLabel(`How they know ${name}`).selectOption({ label: 'Family member' });
    await page.getByLabel('Their views').fill('She would choose Oak House, near her church.');
    await press(page, page.getByRole('button', { name: 'Add an option considered' }), 'Enter');
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('lessRestrictiveOptions-0-option');
    await page.keyboard.type('More visits at night');
    await page.getByLabel('Why it was or was not chosen').fill('Tried for a month; she still fell.');
    await page.getByLabel(`The decision made, and why it is in ${name}\u2019s best interests`).fill('Move to Oak House.');
    await expectNoAxeViolations(page, { label: 'the best-interests form filled in' });
    await press(page, page.getByRole('button', { name: 'Save the best-interests decision' }), 'Enter');

    await page.getByText('The best-interests decision has been saved').waitFor();
    const decisions = page.getByRole('region', { name: 'Best-interests decisions' });
    await expect.poll(() => decisions.textContent()).toContain('June Capacity (Family member)');
    expect(await decisions.textContent()).toContain('Move to Oak House.');
    await expectNoAxeViolations(page, { label: 'the capacity page with an assessment and a decision' });
  });

  test('on a 360-pixel phone the assessment form needs no sideways scrolling', async () => {
    await onPhone(b.browser(), async (page) => {
      await signIn(page, accounts.senior);
      await page.goto(`/people/${personId}/capacity/assessments/new`);
      await page.getByRole('heading', { level: 1, name: /Record a capacity assessment/ }).waitFor();
      await page.getByRole('group', { name: /^Is there an impairment/ }).getByLabel('Yes', { exact: true }).check();
      await page.getByRole('heading', { name: 'Stage 2: can they make the decision?' }).waitFor();
      await expectNoSidewaysScroll(page);
    });
  });
});
