// Risk assessments in a plan section: the author writes a general risk assessment in the section editor by keyboard
// and clicks, sees the rating the server will store, is shown what is missing, saves it, and reads it on the plan.
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { accounts, demoOrganisation } from '../support/accounts.js';
import { apiSignIn } from '../support/api.js';
import { expectNoAxeViolations } from '../support/axe.js';
import { useBrowser } from '../support/browser.js';
import { tabToFieldAndType } from '../support/keyboard.js';
import { createPersonByApi, uniqueName } from '../support/people.js';
import { expectNoSidewaysScroll, onPhone } from '../support/phone.js';
import { signIn } from '../support/sign-in.js';

const b = useBrowser();

async function heading(page: Page): Promise<string> {
  return ((await page.getByRole('heading', { level: 1 }).textContent()) ?? '').trim();
}

async function fillDate(page: Page, id: string, day: string, month: string, year: string): Promise<void> {
  await page.locator(`#${id}-day`).fill(day);
  await page.locator(`#${id}-month`).fill(month);
  await page.locator(`#${id}-year`).fill(year);
}

interface PlanResponse {
  draft: { revision: number; content: { sections: { sectionKey: string; riskAssessments: { general: { likelihood: number; severity: number }[] } }[] } } | null;
}

describe('risk assessments in the plan', () => {
  test('a senior care worker writes a general risk assessment, sees its rating, saves it and reads it on the plan', async () => {
    const session = await apiSignIn(accounts.senior);
    const legalName = uniqueName('Florence', 'Ackroyd');
    const person = await createPersonByApi(session, legalName, demoOrganisation.services.homecare);
    // A draft that records the person took part, so it can be agreed once the section is written.
    await session.put(`/api/people/${person.id}/care-plan/draft`, {
      revision: null,
      reason: 'First plan',
      content: { sections: [], involvement: [{ kind: 'person', name: legalName, how: 'in_person', date: '2026-02-01' }], writtenInFirstPerson: true },
    });

    const page = b.page();
    await signIn(page, accounts.senior);
    await page.goto(`/people/${person.id}/plan/draft/sections/mobility_and_falls`);
    await expect.poll(() => heading(page)).toContain('My mobility and staying safe from falls');

    // Add an assessment: focus moves to its first field, and the keyboard does the typing.
    await page.getByRole('button', { name: 'Add a risk assessment' }).click();
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('riskAssessments-general-0-hazard');
    await page.keyboard.type('Walking to the corner shop on my own');
    await tabToFieldAndType(page, 'riskAssessments-general-0-whoCouldBeHarmed', 'Me');
    // The first likelihood radio is the next stop; arrow keys move through the group.
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('riskAssessments-general-0-likelihood');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    expect(await page.getByRole('group', { name: 'How likely is harm?' }).getByLabel('4: Likely').isChecked()).toBe(true);
    const status = page.locator('.hearth-risk-rating').first();
    expect(await status.textContent()).toContain('Choose the likelihood and severity');
    await page.getByRole('group', { name: 'How bad would the harm be?' }).getByLabel('3: Moderate').check();
    await expect.poll(async () => await status.textContent()).toContain('Rating before controls: High, 12 out of 25');

    await page.getByLabel('Controls in place (optional)').fill('I take my mobile phone\nI use my walking frame outdoors');
    await page.getByLabel('My view, in my words (optional)').fill('I want to choose my own shopping.');
    await page.getByLabel(/I choose to take this risk/).check();
    await page.locator('#riskAssessments-general-0-positiveRiskTaking-whatThePersonWants').fill('To walk to the shop on dry mornings');
    await page.locator('#riskAssessments-general-0-positiveRiskTaking-benefitToPerson').fill('Independence and fresh air');
    await page.locator('#riskAssessments-general-0-positiveRiskTaking-agreedApproach').fill('I go on dry mornings and phone when I get back');
    await page.locator('#riskAssessments-general-0-positiveRiskTaking-agreedBy').fill('Me, my son and the manager');
    await fillDate(page, 'riskAssessments-general-0-positiveRiskTaking-agreedOn', '1', '2', '2026');
    await expectNoAxeViolations(page, { label: 'the section editor with a risk assessment open' });

    // Saving with the assessment details missing: every problem in the summary, each beside its field.
    await page.getByRole('button', { name: 'Save this section' }).click();
    const summary = page.locator('.nhsuk-error-summary');
    await summary.waitFor();
    const summaryText = (await summary.textContent()) ?? '';
    expect(summaryText).toContain('Enter who carried out the assessment');
    expect(summaryText).toContain('Enter a real date');
    await expectNoAxeViolations(page, { label: 'the section editor with risk assessment errors' });
    await summary.getByRole('link', { name: 'Enter who carried out the assessment' }).click();
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('riskAssessments-general-0-assessedBy');
    expect(await page.locator('#riskAssessments-general-0-assessedBy-error').textContent()).toContain('Enter who carried out the assessment');

    await page.keyboard.type('Priya Shah');
    await fillDate(page, 'riskAssessments-general-0-assessedOn', '1', '2', '2026');
    await fillDate(page, 'riskAssessments-general-0-reviewDate', '1', '5', '2026');
    await page.getByRole('button', { name: 'Save this section' }).click();
    await page.waitForURL(new RegExp(`/people/${person.id}/plan/draft$`));
    await expect.poll(async () => await page.getByRole('main').textContent()).toContain('saved to the draft');

    // The server stored what the browser showed; agree it and put it into use.
    const plan = await session.get<PlanResponse>(`/api/people/${person.id}/care-plan`);
    const saved = plan.draft?.content.sections.find((s) => s.sectionKey === 'mobility_and_falls')?.riskAssessments.general[0];
    expect(saved).toMatchObject({ likelihood: 4, severity: 3 });
    await session.post(`/api/people/${person.id}/care-plan/draft/agree`, {
      revision: plan.draft?.revision,
      agreement: { method: 'signed_on_screen', agreedBy: legalName, date: '2026-02-01' },
    });
    await session.post(`/api/people/${person.id}/care-plan/versions/1/start-use`);

    await page.goto(`/people/${person.id}/plan`);
    const section = page.getByRole('region', { name: 'My mobility and staying safe from falls' });
    await section.waitFor();
    const text = (await section.textContent()) ?? '';
    expect(text).toContain('Risk: Walking to the corner shop on my own');
    expect(text).toContain('High, 12 out of 25');
    expect(text).toContain('I use my walking frame outdoors');
    expect(text).toContain('I go on dry mornings and phone when I get back');
    await expectNoAxeViolations(page, { label: 'the plan page with a risk assessment' });

    // A high risk is among what a care worker must know now.
    await page.goto(`/people/${person.id}/now`);
    const important = page.getByRole('region', { name: 'Important to know' });
    await important.waitFor();
    expect(await important.textContent()).toContain('Walking to the corner shop on my own (high risk, 12 out of 25)');
  });

  test('the risk fields fit a 360-pixel phone, MUST in the nutrition section included', async () => {
    const session = await apiSignIn(accounts.senior);
    const person = await createPersonByApi(session, uniqueName('Ada', 'Sowerby'), demoOrganisation.services.homecare);
    await onPhone(b.browser(), async (page) => {
      await signIn(page, accounts.senior);
      await page.goto(`/people/${person.id}/plan/draft/sections/nutrition_and_hydration`);
      await page.getByRole('button', { name: 'Add a risk assessment' }).click();
      await page.getByRole('button', { name: 'Add a MUST screening' }).click();
      await page.getByRole('group', { name: 'Where the person lives' }).getByLabel('Own home (community)').check();
      await page.getByRole('group', { name: 'Step 1: body mass index (BMI)' }).getByLabel('From weight and height').check();
      await page.locator('#riskAssessments-must-0-bmi-weightKg').fill('47');
      await page.locator('#riskAssessments-must-0-bmi-heightM').fill('1.6');
      await page.getByRole('group', { name: /Step 2/ }).getByLabel('Judged, for example from loose clothes or rings').check();
      await page.getByRole('group', { name: 'Weight lost' }).getByLabel('5% to 10%').check();
      await page.getByRole('group', { name: 'Step 3: is the person acutely ill?' }).getByLabel('No').check();
      await page.getByRole('group', { name: /no nutritional intake/ }).getByLabel('No').check();
      // BMI 18.4 scores 2 and 5–10% loss scores 1: high risk.
      await expect.poll(async () => await page.locator('.hearth-risk-result').textContent()).toContain('MUST score 3: High risk of malnutrition');
      await expectNoAxeViolations(page, { label: 'the nutrition section editor with MUST open, on a phone' });
      await expectNoSidewaysScroll(page);
    });
  });
});
