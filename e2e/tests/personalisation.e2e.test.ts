// The personalisation action plan: the quality lead opens Oak House, completes a self-assessment by keyboard, is
// told a priority lacks its why, fixes it, sees the priorities, adds an action to one and finds it in the action
// plan; then changes the areas. Each new page is checked with axe.
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { accounts } from '../support/accounts.js';
import { expectNoAxeViolations } from '../support/axe.js';
import { useBrowser } from '../support/browser.js';
import { focused, tabTo, tabToFieldAndType } from '../support/keyboard.js';
import { signIn } from '../support/sign-in.js';
import { londonDay, raiseActionInForm } from '../support/actions.js';
import { followMenuLink } from '../support/menu.js';

const b = useBrowser();

/** A day some days from now in England, as the day, month and year someone would type. */
/** Rates one area by keyboard: into its radios, down to "Developing", then what people said. */
async function rateArea(page: Page, index: number, evidence: string): Promise<void> {
  await tabTo(page, (f) => f.id === `ratings-${index}-rating`, `the ratings for area ${index}`, 15);
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  expect((await focused(page))?.id).toBe(`ratings-${index}-rating-3`);
  await tabToFieldAndType(page, `ratings-${index}-evidence`, evidence, 5);
}

async function typeDate(page: Page, id: string, date: { day: string; month: string; year: string }): Promise<void> {
  await tabToFieldAndType(page, `${id}-day`, date.day, 5);
  await tabToFieldAndType(page, `${id}-month`, date.month, 2);
  await tabToFieldAndType(page, `${id}-year`, date.year, 2);
}

describe('the personalisation action plan', () => {
  test('a self-assessment by keyboard, a priority without its why refused, then an action added to a priority', async () => {
    const page = b.page();
    await signIn(page, accounts.quality);
    await followMenuLink(page, 'Personalisation');
    await page.waitForURL(/\/personalisation$/);
    const oakHouse = page.getByRole('row').filter({ has: page.getByRole('link', { name: 'Oak House' }) });
    await oakHouse.waitFor();
    expect(await oakHouse.innerText()).toContain('Food and mealtimes');
    await expectNoAxeViolations(page, { label: 'the care homes list' });

    await oakHouse.getByRole('link', { name: 'Oak House' }).click();
    await page.waitForURL(/\/personalisation\/[0-9a-f-]{36}$/);
    const homeUrl = page.url();
    await page.getByRole('heading', { level: 2, name: 'Action plan' }).waitFor();
    await page.getByRole('heading', { level: 2, name: 'Progress since the previous self-assessment' }).waitFor();
    expect(await page.getByText('Overdue', { exact: true }).count()).toBeGreaterThan(0);
    await expectNoAxeViolations(page, { label: 'a care home\u2019s action plan' });

    await page.getByRole('link', { name: 'Self-assessment agreed' }).last().click();
    await page.waitForURL(/\/personalisation\/assessments\/[0-9a-f-]{36}$/);
    await page.getByText('This is the home\u2019s first self-assessment.').waitFor();
    await expectNoAxeViolations(page, { label: 'an earlier self-assessment' });

    await page.goto(homeUrl);
    await page.getByRole('button', { name: 'Start a new self-assessment' }).click();
    await page.getByRole('heading', { level: 1, name: /New self-assessment/ }).waitFor();
    const areaCount = await page.locator('fieldset.hearth-personalisation-area').count();
    expect(areaCount).toBeGreaterThanOrEqual(8);
    await expectNoAxeViolations(page, { label: 'the self-assessment form' });

    // Every area by keyboard; the first two chosen as priorities, the second without saying why.
    for (let i = 0; i < areaCount; i++) {
      await rateArea(page, i, `What residents and staff told us about area ${i + 1}.`);
      if (i < 2) {
        await tabTo(page, (f) => f.id.startsWith('priority-'), `the priority box for area ${i}`, 3);
        await page.keyboard.press('Space');
        if (i === 0) await tabToFieldAndType(page, 'priorities-0-why', 'Residents said mealtimes feel rushed.', 3);
      }
    }
    await tabToFieldAndType(page, 'participants', 'Six residents, three relatives, the cook and four care staff', 5);
    await typeDate(page, 'agreedOn', londonDay(0));
    await tabTo(page, (f) => f.text === 'Record the self-assessment', 'the record button', 5);
    await page.keyboard.press('Enter');

    const summary = page.locator('.nhsuk-error-summary');
    const missingWhy = summary.getByRole('link', { name: 'Say why Choice and control in daily life is a priority' });
    await missingWhy.waitFor();
    expect(await summary.getByRole('listitem').count()).toBe(1);
    await expectNoAxeViolations(page, { label: 'the self-assessment form with an error' });
    await missingWhy.focus();
    await page.keyboard.press('Enter');
    expect((await focused(page))?.id).toBe('priorities-1-why');
    await page.keyboard.type('Bedtimes still follow the night shift.');
    await tabTo(page, (f) => f.text === 'Record the self-assessment', 'the record button', 60);
    await page.keyboard.press('Enter');

    await page.waitForURL(homeUrl);
    await page.getByText('The self-assessment was recorded').waitFor();
    const priorities = page.getByRole('heading', { level: 2, name: 'Priorities' }).locator('xpath=following-sibling::ol[1]');
    expect((await priorities.innerText()).replace(/\s+/g, ' ')).toMatch(/Knowing the person and their life story: Residents said mealtimes feel rushed\..*Choice and control in daily life: Bedtimes still follow the night shift\./);
    await page.getByText('Six residents, three relatives, the cook and four care staff').waitFor();

    await page.getByRole('link', { name: 'Add an action for Choice and control in daily life' }).click();
    await page.waitForURL(/\/actions\/new\?/);
    await page.getByText('Why it is a priority: Bedtimes still follow the night shift.').waitFor();
    await expectNoAxeViolations(page, { label: 'adding an action to a priority' });
    const actionTitle = 'Ask each resident what time they like to go to bed';
    await raiseActionInForm(page, { title: actionTitle, owner: 'Grace Mensah', dueInDays: 21 });

    await page.goto(homeUrl);
    const table = page.getByRole('table', { name: 'Actions for Choice and control in daily life' });
    const row = table.getByRole('row').filter({ has: page.getByRole('link', { name: actionTitle }) });
    await row.waitFor();
    const text = (await row.innerText()).replace(/\s+/g, ' ');
    expect(text).toContain('Grace Mensah');
    expect(text).toContain('Open');
  });

  test('the quality lead adds an area of personalised care with a reason', async () => {
    const page = b.page();
    await signIn(page, accounts.quality);
    await page.goto('/personalisation');
    await page.getByRole('link', { name: 'Change the areas of personalised care' }).click();
    await page.getByRole('heading', { level: 1, name: 'Areas of personalised care' }).waitFor();
    await expectNoAxeViolations(page, { label: 'the areas of personalised care' });
    await page.getByRole('button', { name: 'Add an area' }).click();
    const added = page.getByRole('group', { name: 'New area' });
    await added.getByLabel('Name').fill('Faith and belief');
    await added.getByLabel('What the area is about').fill('People can follow their faith and beliefs as they always have.');
    await page.getByRole('button', { name: 'Save the areas' }).click();
    await page.locator('.nhsuk-error-summary').getByRole('link', { name: 'Enter why the areas are changing' }).waitFor();
    await expectNoAxeViolations(page, { label: 'the areas of personalised care with an error' });
    await page.getByLabel('Why are the areas changing?').fill('Residents asked for faith to be part of the conversation.');
    await page.getByRole('button', { name: 'Save the areas' }).click();
    await page.getByText('The areas were saved as version 1').waitFor();
    await page.getByRole('group', { name: 'Faith and belief' }).waitFor();
  });
});
