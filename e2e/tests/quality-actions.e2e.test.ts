// Quality actions: the manager opens a plan's audit findings from the dashboard, raises an action from one with an
// owner and a due date, finds it in the actions list, and closes it saying what was done. Checked with axe.
import { beforeAll, describe, expect, test } from 'vitest';
import { accounts } from '../support/accounts.js';
import { apiSignIn } from '../support/api.js';
import { expectNoAxeViolations } from '../support/axe.js';
import { useBrowser } from '../support/browser.js';
import { uniqueName } from '../support/people.js';
import { personWithThinAgreedPlan } from '../support/plans.js';
import { signIn } from '../support/sign-in.js';
import { raiseActionInForm } from '../support/actions.js';
import { followMenuLink, menuLinkNames } from '../support/menu.js';

const b = useBrowser();
const homecare = 'Riverside Homecare \u2013 Leeds';

let personName = '';
let personId = '';

/** A thin plan, agreed (and so audited) by the senior: it leaves findings to act on. */
beforeAll(async () => {
  personName = uniqueName('Rosa', 'Action');
  personId = await personWithThinAgreedPlan(await apiSignIn(accounts.senior), personName, homecare);
});

describe('quality actions', () => {
  test('raise an action from a finding, see it listed, and close it with what was done', async () => {
    const page = b.page();
    await signIn(page, accounts.manager);
    await followMenuLink(page, 'Plan quality');
    await page.getByRole('heading', { name: 'Overdue actions' }).waitFor();
    const planRow = page.getByRole('row').filter({ has: page.getByRole('link', { name: personName }) });
    await planRow.getByRole('link', { name: 'Findings and actions' }).click();
    await page.waitForURL(new RegExp(`/people/${personId}/plan-quality$`));
    await page.getByRole('heading', { level: 2, name: 'Findings' }).waitFor();
    await expectNoAxeViolations(page, { label: 'a plan’s findings' });

    await page.getByRole('button', { name: /^Raise an action about/ }).first().click();
    await page.waitForURL(/\/plan-quality\/raise\?/);
    const title = page.getByLabel('What needs to be done');
    await expect.poll(() => title.inputValue()).not.toBe('');

    // Nothing chosen yet: the error summary lists each problem and the fields say what is wrong.
    await page.getByRole('button', { name: 'Raise the action' }).click();
    const summary = page.locator('.nhsuk-error-summary');
    await summary.getByRole('link', { name: 'Choose who owns this action' }).waitFor();
    await summary.getByRole('link', { name: 'Enter a real due date' }).waitFor();
    await expectNoAxeViolations(page, { label: 'the raise-an-action form with errors' });

    const actionTitle = `Fill in the plan for ${personName}`;
    await raiseActionInForm(page, { title: actionTitle, dueInDays: 14, detail: 'Talk it through with Rosa first.' });
    await page.getByText('The action was raised').waitFor();
    await expectNoAxeViolations(page, { label: 'an open action' });

    await followMenuLink(page, 'Actions');
    await page.waitForURL(/\/quality-actions$/);
    const row = page.getByRole('row').filter({ has: page.getByRole('link', { name: actionTitle }) });
    await row.waitFor();
    expect((await row.innerText()).replace(/\s+/g, ' ')).toContain('Open');
    await expectNoAxeViolations(page, { label: 'the actions list' });

    await row.getByRole('link', { name: actionTitle }).click();
    await page.getByRole('heading', { level: 1, name: actionTitle }).waitFor();
    await page.getByRole('radio', { name: 'Done' }).check();
    await page.getByRole('button', { name: 'Save the update' }).click();
    await page.locator('.nhsuk-error-summary').getByRole('link', { name: 'Say what was done' }).waitFor();
    await page.getByLabel('What was done').fill('Added morning routine details with Rosa and her son.');
    await page.getByRole('button', { name: 'Save the update' }).click();
    await page.getByText('The action is now done').waitFor();
    const history = page.getByRole('list', { name: 'Updates, newest first' });
    const entries = await history.getByRole('listitem').allInnerTexts();
    expect(entries).toHaveLength(2);
    expect(entries[0]).toContain('Done');
    expect(entries[0]).toContain('Added morning routine details with Rosa and her son.');
    expect(entries[1]).toContain('Open');
    expect(await page.getByRole('button', { name: 'Save the update' }).count()).toBe(0);
    await expectNoAxeViolations(page, { label: 'a closed action' });

    await page.goto('/quality-actions?status=done');
    await page.getByRole('link', { name: actionTitle }).waitFor();
  });

  test('the actions list, a plan’s findings and the raise form fit a 360-pixel phone and pass axe there', async () => {
    const page = b.page();
    await page.setViewportSize({ width: 360, height: 800 });
    await signIn(page, accounts.manager);
    await page.goto('/quality-actions?status=all');
    await page.getByRole('heading', { level: 2, name: 'All actions' }).waitFor();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    await expectNoAxeViolations(page, { label: 'the actions list at 360 px' });

    // The plan itself leads to its findings, audits and actions.
    await page.goto(`/people/${personId}/plan`);
    await page.getByRole('link', { name: 'Plan quality: findings, audits and actions' }).click();
    await page.waitForURL(new RegExp(`/people/${personId}/plan-quality$`));
    await page.getByRole('heading', { level: 2, name: 'Findings' }).waitFor();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    await page.getByRole('button', { name: /^Raise an action about/ }).first().click();
    await page.getByRole('button', { name: 'Raise the action' }).waitFor();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    await expectNoAxeViolations(page, { label: 'the raise-an-action form at 360 px' });
  });

  test('care workers have no Actions link and may not see actions', async () => {
    const page = b.page();
    await signIn(page, accounts.carer);
    expect(await menuLinkNames(page)).not.toContain('Actions');
    await page.goto('/quality-actions');
    await page.getByText('You do not have permission to see actions.').waitFor();
  });
});
