// The plan-quality dashboard: the manager opens it from the menu, runs the audit for every plan they manage and
// reads the scores, worst first, with the person's plan one link away. Checked with axe, by keyboard and at 360 px.
import { beforeAll, describe, expect, test } from 'vitest';
import { accounts } from '../support/accounts.js';
import { apiSignIn } from '../support/api.js';
import { expectNoAxeViolations } from '../support/axe.js';
import { useBrowser } from '../support/browser.js';
import { uniqueName } from '../support/people.js';
import { personWithThinAgreedPlan } from '../support/plans.js';
import { signIn } from '../support/sign-in.js';
import { followMenuLink, menuLinkNames } from '../support/menu.js';

const b = useBrowser();
const homecare = 'Riverside Homecare \u2013 Leeds';

let personName = '';
let personId = '';

beforeAll(async () => {
  personName = uniqueName('Ivy', 'Audit');
  personId = await personWithThinAgreedPlan(await apiSignIn(accounts.senior), personName, homecare, { strengths: 'I can wash my own face and hands', putIntoUse: true });
});

describe('plan quality dashboard', () => {
  test('the manager runs the audit for every plan they manage and sees scores, worst first', async () => {
    const page = b.page();
    await signIn(page, accounts.manager);
    await followMenuLink(page, 'Plan quality');
    await page.waitForURL(/\/plan-quality$/);
    await page.getByRole('heading', { level: 1, name: 'Plan quality' }).waitFor();

    // By keyboard: the run button takes focus and Enter runs it.
    const runButton = page.getByRole('button', { name: /Run the audit now/ });
    await runButton.focus();
    const ran = page.waitForResponse((r) => new URL(r.url()).pathname === '/api/plan-audits' && r.request().method() === 'POST');
    await page.keyboard.press('Enter');
    expect((await ran).status()).toBe(200);
    await page.getByRole('alert').filter({ hasText: /plans? (was|were) audited/ }).waitFor();

    const plans = page.getByRole('table').filter({ has: page.getByRole('columnheader', { name: 'Findings to consider' }) });
    const row = plans.getByRole('row').filter({ has: page.getByRole('link', { name: personName }) });
    await row.waitFor();
    const cells = (await row.getByRole('cell').allInnerTexts()).map((c) => c.replace(/\s+/g, ' ').trim());
    // Stacked on a phone, each cell starts with its column heading; on a wide screen it does not.
    expect(cells[1]).toMatch(/^(Score )?\d{1,3}$/);
    expect(cells[4]).toMatch(/\(run by hand\)$/);

    // Worst first: the scores down the table never rise.
    const scoreCells = await plans.locator('tbody tr td:nth-child(2)').allInnerTexts();
    const scores = scoreCells.map((text) => /(\d+)$/.exec(text.trim())?.[1]).filter((s): s is string => s !== undefined).map(Number);
    expect(scores.length).toBeGreaterThan(0);
    expect([...scores].sort((x, y) => x - y)).toEqual(scores);

    const services = page.getByRole('table').filter({ has: page.getByRole('columnheader', { name: 'Service' }) });
    await services.getByRole('row').filter({ hasText: homecare }).waitFor();
    await page.getByRole('heading', { name: 'Rules most plans fail' }).waitFor();
    await page.getByRole('heading', { name: /Trend/ }).waitFor();
    // The chart is drawn (a line through this week's average) and says in words what it shows.
    const chart = page.getByRole('img', { name: /^Average score from the week of .* in the (latest|only) week with audits/ });
    await chart.waitFor();
    expect(await chart.locator('svg .recharts-line-curve').count()).toBe(1);
    expect(await chart.locator('svg .recharts-line-dot').count()).toBeGreaterThan(0);
    await expectNoAxeViolations(page, { label: 'the plan quality dashboard' });

    await row.getByRole('link', { name: personName }).click();
    await page.waitForURL(new RegExp(`/people/${personId}/plan$`));
  });

  test('fits a 360-pixel phone and passes axe there', async () => {
    const page = b.page();
    await page.setViewportSize({ width: 360, height: 800 });
    await signIn(page, accounts.manager);
    await page.goto('/plan-quality');
    await page.getByRole('link', { name: personName }).waitFor();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    await expectNoAxeViolations(page, { label: 'the plan quality dashboard at 360 px' });
  });

  test('care workers have no link to it and are told they may not see it', async () => {
    const page = b.page();
    await signIn(page, accounts.carer);
    expect(await menuLinkNames(page)).not.toContain('Plan quality');
    await page.goto('/plan-quality');
    await page.getByText('You do not have permission to see plan-quality audits.').waitFor();
    expect(await page.getByRole('button', { name: /Run the audit now/ }).count()).toBe(0);
  });
});
