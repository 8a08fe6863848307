// Manual audits: the manager audits a plan by hand against the toolkit checklist, is stopped when a "no" has no
// evidence, sees the score, raises an action from the "no", and looks after a template of the provider's own.
// Every new page is checked with axe.
import { beforeAll, describe, expect, test } from 'vitest';
import { accounts } from '../support/accounts.js';
import { apiSignIn } from '../support/api.js';
import { expectNoAxeViolations } from '../support/axe.js';
import { useBrowser } from '../support/browser.js';
import { expectErrorSummary, followErrorLink } from '../support/errors.js';
import { uniqueName } from '../support/people.js';
import { personWithThinAgreedPlan } from '../support/plans.js';
import { signIn } from '../support/sign-in.js';
import { raiseActionInForm } from '../support/actions.js';

const b = useBrowser();
const homecare = 'Riverside Homecare \u2013 Leeds';
const toolkitTitle = 'Care and support plan toolkit checklist';

let personName = '';
let personId = '';

beforeAll(async () => {
  personName = uniqueName('Mabel', 'Audit');
  personId = await personWithThinAgreedPlan(await apiSignIn(accounts.senior), personName, homecare);
});

describe('manual audits', () => {
  test('audit a plan with the toolkit checklist, fix a "no" without evidence, see the score and raise an action', async () => {
    const page = b.page();
    await signIn(page, accounts.manager);
    await page.goto(`/people/${personId}/plan-quality`);
    await page.getByRole('heading', { level: 2, name: 'Manual audits' }).waitFor();
    await page.getByText('No one has audited this plan by hand yet.').waitFor();
    await expectNoAxeViolations(page, { label: 'a plan’s findings with the manual audits panel' });

    await page.getByRole('button', { name: 'Audit this plan by hand' }).click();
    await page.getByRole('heading', { level: 1, name: 'Audit this plan by hand' }).waitFor();
    await page.getByRole('button', { name: 'Continue' }).click();
    await expectErrorSummary(page, ['Choose a template'], 'choosing a template, with an error');
    await page.getByRole('radio', { name: new RegExp(`^${toolkitTitle}`) }).check();
    await page.getByRole('button', { name: 'Continue' }).click();

    await page.getByRole('heading', { level: 1, name: toolkitTitle }).waitFor();
    await expectNoAxeViolations(page, { label: 'the toolkit questionnaire' });
    const questions = page.getByRole('group', { name: /^Question \d+\./ });
    const count = await questions.count();
    expect(count).toBeGreaterThan(2);

    // The first question by keyboard: focus its first answer, choose it with Space, then arrow down to "No".
    const first = questions.first();
    const firstRadio = first.getByRole('radio', { name: 'Yes', exact: true });
    const firstId = (await firstRadio.getAttribute('id'))!;
    await firstRadio.focus();
    await page.keyboard.press('Space');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    expect(await first.getByRole('radio', { name: 'No', exact: true }).isChecked()).toBe(true);
    await questions.nth(1).getByRole('radio', { name: 'Not applicable' }).check();
    for (let i = 2; i < count; i++) await questions.nth(i).getByRole('radio', { name: 'Yes', exact: true }).check();
    await page.getByRole('button', { name: 'Save the audit' }).click();

    const summary = await expectErrorSummary(page, ['Say what you found in the plan that led you to answer “no”'], 'the questionnaire with an error');
    const evidenceId = firstId.replace(/-answer$/, '-evidence');
    await followErrorLink(page, summary, 'Say what you found in the plan that led you to answer “no”', evidenceId);
    await page.keyboard.type('The one-page profile has nothing about what matters to Mabel.');
    await page.getByRole('button', { name: 'Save the audit' }).click();

    await page.waitForURL(new RegExp(`/people/${personId}/manual-audits/[0-9a-f-]{36}$`));
    const auditUrl = page.url();
    await page.getByText('The audit has been saved.').waitFor();
    const score = Math.round((1000 * (count - 2)) / (count - 1)) / 10;
    await page.getByText(`${score} out of 100`).waitFor();
    await page.getByText('This is the first audit of this plan with this template.').waitFor();
    await page.getByText('The one-page profile has nothing about what matters to Mabel.').waitFor();
    await expectNoAxeViolations(page, { label: 'a completed manual audit' });

    // Only the "no" can raise an action.
    const raise = page.getByRole('button', { name: /^Raise an action about question/ });
    expect(await raise.count()).toBe(1);
    await raise.click();
    await page.waitForURL(/\/raise\?question=/);
    await page.getByRole('button', { name: 'Raise the action' }).waitFor();
    await expectNoAxeViolations(page, { label: 'raising an action from an audit answer' });
    const actionTitle = `Rewrite the profile with ${personName}`;
    await raiseActionInForm(page, { title: actionTitle, dueInDays: 21 });

    await page.goto(new URL(auditUrl).pathname);
    await page.getByRole('link', { name: actionTitle }).waitFor();

    await page.goto(`/people/${personId}/manual-audits`);
    const row = page.getByRole('row').filter({ hasText: toolkitTitle });
    await row.waitFor();
    expect((await row.innerText()).replace(/\s+/g, ' ')).toContain(`${score} out of 100`);
    await expectNoAxeViolations(page, { label: 'a person’s manual audits' });
  });

  test('create a template, change its questions in a new version, and retire it', async () => {
    const page = b.page();
    await signIn(page, accounts.manager);
    await page.goto('/plan-quality');
    await page.getByRole('link', { name: 'Manual audit templates' }).click();
    await page.getByRole('heading', { level: 1, name: 'Audit templates' }).waitFor();
    await page.getByRole('link', { name: toolkitTitle }).waitFor();
    await expectNoAxeViolations(page, { label: 'the audit templates' });

    await page.getByRole('button', { name: 'Create a template' }).click();
    await page.getByRole('heading', { level: 1, name: 'Create an audit template' }).waitFor();
    const title = uniqueName('Night', 'visits');
    await page.getByLabel('Title').fill(title);
    await page.getByRole('group', { name: 'Question 1' }).getByLabel('Question', { exact: true }).fill('Are the night visit times written down?');
    await page.getByRole('button', { name: 'Save the template' }).click();
    await expectErrorSummary(page, ['Enter why this template is needed'], 'a new template with an error');
    await page.getByLabel('Why this template is needed').fill('Night visits were missed');
    await page.getByRole('button', { name: 'Save the template' }).click();
    await page.getByRole('heading', { level: 1, name: title }).waitFor();
    await page.getByText('The template has been saved.').waitFor();
    await expectNoAxeViolations(page, { label: 'an audit template' });

    await page.getByRole('button', { name: 'Change the questions' }).click();
    await page.getByRole('button', { name: 'Add a question' }).click();
    await page.getByRole('group', { name: 'Question 2' }).getByLabel('Question', { exact: true }).fill('Is the on-call number in the plan?');
    await page.getByRole('button', { name: 'Remove question 1' }).click();
    await page.getByLabel('Reason for the change').fill('Times are in the rota now');
    await page.getByRole('button', { name: 'Save the template' }).click();
    const summary = await expectErrorSummary(page, ['Confirm that these questions are to be removed'], 'a new version removing a question, with an error');
    await followErrorLink(page, summary, 'Confirm that these questions are to be removed: “Are the night visit times written down?”', 'removedQuestionIds');
    await page.keyboard.press('Space');
    await page.getByRole('button', { name: 'Save the template' }).click();
    await page.getByRole('heading', { level: 1, name: title }).waitFor();
    await page.getByText('Version 2').first().waitFor();
    await page.getByText('The template has been saved.').waitFor();
    await expect.poll(() => page.getByText('Is the on-call number in the plan?').count()).toBe(1);

    await page.getByLabel('Reason').fill('Replaced by the night checks template');
    await page.getByRole('button', { name: 'Retire the template' }).click();
    await page.getByRole('heading', { name: 'Bring this template back' }).waitFor();
    await expectNoAxeViolations(page, { label: 'a retired audit template' });
  });
});
