// Visit records on a 360-pixel phone: a care worker records Peggy's visit by keyboard (one task declined, a concern
// escalated) and reads it back; the senior on duty finds the concern and resolves it with a note; a correction is
// added and the original record still shows. Every new page is checked with axe and for sideways scrolling.
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { accounts } from '../support/accounts.js';
import { expectNoAxeViolations } from '../support/axe.js';
import { useBrowser } from '../support/browser.js';
import { openPerson, resultNames, uniqueName } from '../support/people.js';
import { expectNoSidewaysScroll, phoneContext } from '../support/phone.js';
import { signIn } from '../support/sign-in.js';

const b = useBrowser(phoneContext);
const peggy = 'Margaret Ellen Thompson';
const token = uniqueName('Bruise', 'Check').split(' ')[1]!;
const concern = `Bruise on her right forearm, about 3 cm across (${token})`;
const mood = `\u201cI could do with a nice walk\u201d (${token})`;
let recordPath = '';

/** Axe finds nothing and nothing sticks out sideways at 360 px. */
async function checkPage(page: Page, label: string): Promise<void> {
  await expectNoSidewaysScroll(page);
  await expectNoAxeViolations(page, { label: `${label} at 360 px` });
}

/** Big enough to hit with a thumb: WCAG 2.2 asks for 24 px; the design system's controls are 40 px or more. */
async function expectTouchSize(page: Page, selector: string): Promise<void> {
  const sizes = await page.locator(selector).evaluateAll((els) => els.map((el) => el.getBoundingClientRect()).map((r) => Math.min(r.width, r.height)));
  expect(sizes.length).toBeGreaterThan(0);
  for (const size of sizes) expect(size).toBeGreaterThanOrEqual(40);
}

/** Focuses a control by its accessible name and presses Space, as a keyboard user would to choose it. */
async function chooseByKeyboard(page: Page, scope: ReturnType<Page['locator']>, role: 'radio' | 'checkbox', name: string): Promise<void> {
  await scope.getByRole(role, { name, exact: true }).focus();
  await page.keyboard.press('Space');
  await expect.poll(() => scope.getByRole(role, { name, exact: true }).isChecked()).toBe(true);
}

describe('visit records on a phone', () => {
  test('a care worker records a visit: one task declined, a concern escalated, and reads it back', async () => {
    const page = b.page();
    await signIn(page, accounts.carer);
    await expect.poll(() => resultNames(page)).toContain(peggy);
    await openPerson(page, peggy);
    await page.getByRole('button', { name: 'Record a visit' }).click();
    await page.getByRole('heading', { level: 1, name: /Record a visit/ }).waitFor();
    await page.getByRole('heading', { name: 'Tasks from the plan' }).or(page.getByRole('heading', { name: 'Food and drink' })).first().waitFor();

    // The tea visit, chosen by keyboard; its tasks from the plan appear, each a done / not done pair.
    await chooseByKeyboard(page, page.getByRole('group', { name: 'Which visit is this?' }), 'radio', 'Tea visit (17:00)');
    const tasks = page.locator('.hearth-visit-task');
    await expect.poll(() => tasks.count()).toBeGreaterThan(0);
    await checkPage(page, 'the visit form');
    await expectTouchSize(page, '.nhsuk-radios__input');

    // Sent with nothing answered: the error summary links each task that needs an answer.
    await page.getByRole('button', { name: 'Save the visit record' }).click();
    const summary = page.locator('.nhsuk-error-summary');
    await summary.getByRole('link', { name: 'Say whether this task was done' }).first().waitFor();
    // Each link names its task, so the list says which task each error is about.
    const links = await summary.getByRole('link', { name: /^Say whether this task was done: / }).allInnerTexts();
    expect(links).toHaveLength(await tasks.count());
    expect(new Set(links).size).toBe(links.length);
    await expectNoAxeViolations(page, { label: 'the visit form with errors' });

    const count = await tasks.count();
    for (let i = 0; i < count; i++) {
      const task = tasks.nth(i);
      if (i === 0) {
        await chooseByKeyboard(page, task, 'radio', 'Not done');
        await chooseByKeyboard(page, task, 'radio', 'The person declined');
        await task.getByLabel('Note (optional)').focus();
        await page.keyboard.type('Peggy said she had eaten a big lunch.');
      } else {
        await chooseByKeyboard(page, task, 'radio', 'Done');
      }
    }
    await chooseByKeyboard(page, page.getByRole('group', { name: 'How much did they eat?' }), 'radio', 'Some of it');
    await page.getByLabel('How much did they drink, in millilitres? (optional)').focus();
    await page.keyboard.type('250');
    await page.getByLabel(/^Mood, in .* own words/).focus();
    await page.keyboard.type(mood);
    await page.getByLabel('Concern', { exact: true }).focus();
    await page.keyboard.type(concern);
    await chooseByKeyboard(page, page.locator('.hearth-visit-concern'), 'checkbox', 'Escalate to the senior on duty');
    await expectTouchSize(page, '.nhsuk-checkboxes__input');

    const save = page.getByRole('button', { name: 'Save the visit record' });
    expect((await save.boundingBox())?.height ?? 0).toBeGreaterThanOrEqual(40);
    await save.focus();
    await page.keyboard.press('Enter');
    await page.getByText('The record was saved').waitFor();
    recordPath = new URL(page.url()).pathname;
    expect(recordPath).toMatch(/\/people\/[0-9a-f-]{36}\/visits\/[0-9a-f-]{36}$/);
    const record = page.locator('.hearth-visit-record');
    await record.getByText('Not done: the person declined', { exact: false }).waitFor();
    await record.getByText(mood).waitFor();
    const concernItem = record.getByRole('listitem').filter({ hasText: concern });
    expect((await concernItem.innerText()).replace(/\s+/g, ' ')).toContain('Escalated to the senior on duty: Open');
    await checkPage(page, 'a visit record');

    await page.goto(recordPath.replace(/\/[^/]+$/, ''));
    await page.getByRole('heading', { level: 1, name: 'Visit records' }).waitFor();
    await page.getByRole('link', { name: /^Tea visit,/ }).first().waitFor();
    await checkPage(page, 'the visit records list');
  });

  test('the senior on duty sees the escalated concern and resolves it with a note', async () => {
    const page = b.page();
    await signIn(page, accounts.senior);
    await page.goto('/visits');
    await page.getByRole('heading', { level: 1, name: 'Visits' }).waitFor();
    await page.getByRole('heading', { name: 'Visits needing attention today' }).waitFor();
    await page.getByText(/concerns? (is|are) waiting to be resolved/).waitFor();
    await checkPage(page, 'the visits page');
    // Yesterday Peggy's lunch visit began 40 minutes after its planned time (the demo data).
    await page.getByRole('link', { name: 'Yesterday' }).click();
    await page.getByRole('heading', { name: 'Visits needing attention yesterday' }).waitFor();
    const late = page.getByRole('row').filter({ hasText: peggy }).filter({ hasText: 'Lunch visit' });
    expect((await late.innerText()).replace(/\s+/g, ' ')).toMatch(/Late Arrived at 13:10, 40 minutes late/);
    await checkPage(page, 'yesterday\u2019s late and missed visits');
    await page.getByRole('link', { name: 'Today' }).click();
    await page.getByRole('heading', { name: 'Visits needing attention today' }).waitFor();

    await page.getByRole('button', { name: 'See escalated concerns' }).click();
    await page.getByRole('heading', { level: 1, name: 'Escalated concerns' }).waitFor();
    const card = page.locator('section.hearth-visit-card').filter({ hasText: concern });
    await card.waitFor();
    expect((await card.innerText()).replace(/\s+/g, ' ')).toContain('Open');
    await checkPage(page, 'the escalated concerns page');

    await chooseByKeyboard(page, card, 'radio', 'Resolve: it has been dealt with');
    await card.getByRole('button', { name: 'Save the update' }).click();
    await card.locator('.nhsuk-error-summary').getByRole('link', { name: 'Say what was done to resolve the concern' }).waitFor();
    await expectNoAxeViolations(page, { label: 'resolving a concern without a note' });
    await card.getByLabel('What was done').fill('Looked at it with Peggy: she knocked it on the door frame. Told David; no other marks.');
    await card.getByRole('button', { name: 'Save the update' }).click();
    await page.getByText(/is now resolved/).waitFor();
    expect((await card.innerText()).replace(/\s+/g, ' ')).toContain('she knocked it on the door frame');
    expect(await card.getByRole('button', { name: 'Save the update' }).count()).toBe(0);
    await checkPage(page, 'a resolved concern');

    await page.goto('/visits/concerns');
    await page.getByRole('heading', { level: 1, name: 'Escalated concerns' }).waitFor();
    await page.getByRole('link', { name: 'All, including resolved' }).waitFor();
    await expect.poll(() => page.locator('section.hearth-visit-card').filter({ hasText: concern }).count()).toBe(0);
  });

  test('a correction is added below the record, and the original still shows', async () => {
    const page = b.page();
    await signIn(page, accounts.carer);
    await page.goto(recordPath);
    const record = page.locator('.hearth-visit-record');
    await record.getByText(mood).waitFor();
    expect((await record.getByRole('listitem').filter({ hasText: concern }).innerText()).replace(/\s+/g, ' ')).toContain('Resolved');

    await page.getByRole('button', { name: 'Add the correction' }).click();
    await page.locator('.nhsuk-error-summary').getByRole('link', { name: 'Enter the correction' }).waitFor();
    await page.getByLabel('What needs correcting or adding').fill('She drank 400 ml, not 250 ml: a second cup before I left.');
    await page.getByRole('button', { name: 'Add the correction' }).click();
    await page.getByText('The correction was added').waitFor();
    const corrections = page.getByRole('list', { name: 'Corrections, oldest first' });
    expect(await corrections.getByRole('listitem').allInnerTexts()).toEqual([expect.stringContaining('She drank 400 ml, not 250 ml')]);
    // The original is as it was written.
    await record.getByText('250 ml', { exact: true }).waitFor();
    await record.getByText(mood).waitFor();
    await checkPage(page, 'a corrected visit record');
  });
});
