// Legal authority and ReSPECT / DNACPR: a senior opens a new person's legal authority, consent and advance care plan
// page, records a health and welfare lasting power of attorney (told first, on an empty form, what is missing), then
// a DNACPR decision; the DNACPR alert, with where the original form is kept, then shows on the person's page and
// their plan page. With a draft plan and an assessment finding the person cannot agree it, the attorney agrees the
// plan under that lasting power of attorney; the printed pack carries the DNACPR decision and where the form is.
// The records page, the form with errors, the agree form and the agreed page are checked with axe.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { planAgreementDecisionRef } from '@hearth/core';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, test } from 'vitest';
import { accounts, demoOrganisation } from '../support/accounts.js';
import { londonDay } from '../support/actions.js';
import { apiSignIn, type ApiSession } from '../support/api.js';
import { expectNoAxeViolations } from '../support/axe.js';
import { useBrowser } from '../support/browser.js';
import { expectErrorSummary } from '../support/errors.js';
import { createPersonByApi, uniqueName } from '../support/people.js';
import { signIn } from '../support/sign-in.js';

const b = useBrowser();
const formLocation = 'Purple folder on the kitchen dresser';
const attorney = 'David Thompson';
let senior: ApiSession;
let personId = '';
let name = '';

beforeAll(async () => {
  senior = await apiSignIn(accounts.senior);
  name = uniqueName('Iris', 'Attorney');
  personId = (await createPersonByApi(senior, name, demoOrganisation.services.homecare)).id;
});

const isoDay = (daysFromNow: number) => {
  const d = londonDay(daysFromNow);
  return `${d.year}-${d.month.padStart(2, '0')}-${d.day.padStart(2, '0')}`;
};

/** A draft written with the person and their attorney, and a signed assessment finding she cannot agree it. */
async function draftPlanTheAttorneyMayAgree(): Promise<void> {
  const today = isoDay(0);
  await senior.put(`/api/people/${personId}/care-plan/draft`, {
    revision: null,
    reason: null,
    content: {
      writtenInFirstPerson: true,
      involvement: [
        { kind: 'person', name, relationship: null, how: 'in_person', date: today },
        { kind: 'attorney', name: attorney, relationship: 'Son', how: 'in_person', date: today },
      ],
      sections: [{ sectionKey: 'one_page_profile', answers: [{ promptKey: 'what_matters_to_me', text: 'My garden and my son David' }] }],
    },
  });
  await senior.post(`/api/people/${personId}/capacity-assessments`, {
    ...planAgreementDecisionRef,
    assessedOn: today,
    assessor: { name: 'Sam Senior', role: 'Senior care worker' },
    practicableSteps: { kinds: ['information_in_their_format'], detail: 'The plan in easy read, with David there' },
    stageOne: { impairment: 'yes', evidence: 'Diagnosed with vascular dementia by the memory clinic' },
    stageTwo: {
      understand: { answer: 'cannot', evidence: 'Could not say what the plan was for after it was explained twice' },
      retain: { answer: 'cannot', evidence: 'Did not remember the conversation a few minutes later' },
      useOrWeigh: null,
      communicate: { answer: 'can', evidence: 'Told us clearly what she likes' },
    },
    causalLink: { answer: 'yes', explanation: 'Her dementia is why she cannot understand or retain the plan' },
    outcome: 'lacks_capacity',
    fluctuates: false,
  });
}

function pdfText(pdf: Buffer): string {
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'hearth-e2e-capacity-')), 'pack.pdf');
  fs.writeFileSync(file, pdf);
  // Lines wrap in the PDF: compare with the line breaks folded into spaces.
  return execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
}

const choose = (page: Page, question: string, answer: string) =>
  page.getByRole('group', { name: question }).getByLabel(answer, { exact: true }).check();

async function fillDate(page: Page, legend: string, daysFromNow: number): Promise<void> {
  const day = londonDay(daysFromNow);
  const group = page.getByRole('group', { name: legend });
  await group.getByLabel('Day').fill(day.day);
  await group.getByLabel('Month').fill(day.month);
  await group.getByLabel('Year').fill(day.year);
}

const dnacprAlert = (page: Page) => page.getByRole('region', { name: 'DNACPR \u2014 do not attempt CPR' });

describe('legal authority, consent and advance care plan', () => {
  test('the senior records a lasting power of attorney and a DNACPR decision, which then shows on every page about the person', async () => {
    const page = b.page();
    await signIn(page, accounts.senior);
    await page.goto(`/people/${personId}/capacity-records`);
    await page.getByRole('heading', { level: 1, name: /Legal authority, consent and advance care plan/ }).waitFor();
    expect(await dnacprAlert(page).count()).toBe(0);

    await page.getByRole('link', { name: 'Record a lasting power of attorney or deputyship' }).click();
    await page.getByRole('heading', { level: 1, name: /Record a lasting power of attorney or deputyship/ }).waitFor();
    await page.getByRole('button', { name: 'Save the record' }).click();
    await expectErrorSummary(
      page,
      ['Choose whether this is a lasting power of attorney or a deputyship'],
      'the lasting power of attorney form with errors',
    );

    await choose(page, 'What is it?', 'Lasting power of attorney');
    await choose(page, 'What does it cover?', 'Health and welfare');
    await page.getByLabel('Name of the attorney', { exact: true }).fill('David Thompson');
    await fillDate(page, 'Date it was registered (optional)', -400);
    await page.getByLabel('Office of the Public Guardian reference (optional)').fill('7000-1234-5678');
    await choose(page, 'Does it give the attorney authority over life-sustaining treatment?', 'Yes');
    await fillDate(page, 'Date the original was seen (optional)', -3);
    await page.getByRole('button', { name: 'Save the record' }).click();
    await page.getByText('The lasting power of attorney or deputyship has been saved').waitFor();
    const authorities = page.getByRole('region', { name: 'Lasting powers of attorney and deputyships' });
    expect(await authorities.textContent()).toContain('David Thompson');

    await page.getByRole('link', { name: 'Record a ReSPECT form or DNACPR decision' }).click();
    await page.getByRole('heading', { level: 1, name: /Record a ReSPECT form or DNACPR decision/ }).waitFor();
    await choose(page, `Does ${name} have a ReSPECT form or a DNACPR decision?`, 'DNACPR decision');
    await page.getByLabel('Name of the clinician who made it').fill('Dr Amara Okafor');
    await page.getByLabel('Their role').fill('GP');
    await fillDate(page, 'Date it was made', -30);
    await page.getByLabel('Where the original form is kept').fill(formLocation);
    await page.getByRole('button', { name: 'Save the record' }).click();
    await page.getByText('The ReSPECT or DNACPR record has been saved').waitFor();
    await expect.poll(async () => (await dnacprAlert(page).count()) > 0).toBe(true);
    expect(await dnacprAlert(page).textContent()).toContain(formLocation);
    await expectNoAxeViolations(page, { label: 'the legal authority, consent and advance care plan page with records' });

    for (const where of [`/people/${personId}`, `/people/${personId}/plan`]) {
      await page.goto(where);
      await dnacprAlert(page).waitFor();
      expect(await dnacprAlert(page).textContent()).toContain(`Original form: ${formLocation}`);
    }

    // The attorney agrees the plan: within the scope of a health and welfare power, once she cannot agree it herself.
    await draftPlanTheAttorneyMayAgree();
    await page.goto(`/people/${personId}/plan/agree`);
    await page.getByRole('heading', { level: 1, name: /Agree version 1 of the plan/ }).waitFor();
    await page.getByLabel('Agreed by an attorney or deputy with authority').check();
    await page
      .getByLabel('The lasting power of attorney or deputyship they hold')
      .selectOption({ label: `${attorney}: Lasting power of attorney (health and welfare)` });
    expect(await page.getByLabel('Who agreed the plan').inputValue()).toBe(attorney);
    await expectNoAxeViolations(page, { label: 'the agree form with the attorney\u2019s lasting power of attorney chosen' });
    await page.getByRole('button', { name: 'Agree the plan' }).click();
    await page.getByRole('heading', { level: 1, name: 'Version 1 agreed' }).waitFor();
    await expectNoAxeViolations(page, { label: 'the plan agreed by the attorney' });
    const plan = await senior.get<{ current: { agreement: { method: string; authority: string | null } | null } | null }>(
      `/api/people/${personId}/care-plan`,
    );
    expect(plan.current?.agreement).toMatchObject({ method: 'attorney_or_deputy', authority: expect.stringContaining(`held by ${attorney}`) });

    // The pack for the home carries the DNACPR decision and where the original form is kept.
    const pack = await page.request.get(`/api/people/${personId}/pack.pdf`);
    expect(pack.status()).toBe(200);
    const printed = pdfText(await pack.body());
    expect(printed).toContain('DNACPR \u2014 do not attempt CPR');
    expect(printed).toContain(`Original form: ${formLocation}`);
  });
});
