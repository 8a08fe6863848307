// The behaviour support plan: a senior opens a new person's plan, is told on the empty form what is missing, writes
// it (with a guided escort allowed only as a last resort), and agrees it with the person and his daughter. A care
// worker then reads what to do if he becomes distressed on a 360-pixel phone, with nothing scrolling sideways. The
// plan page, the form with errors, the agree page, the version page and the review form are checked with axe.
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, test } from 'vitest';
import { accounts, demoOrganisation } from '../support/accounts.js';
import { londonDay } from '../support/actions.js';
import { apiSignIn } from '../support/api.js';
import { expectNoAxeViolations } from '../support/axe.js';
import { useBrowser } from '../support/browser.js';
import { expectErrorSummary, followErrorLink } from '../support/errors.js';
import { createPersonByApi, uniqueName } from '../support/people.js';
import { expectNoSidewaysScroll, onPhone } from '../support/phone.js';
import { signIn } from '../support/sign-in.js';

const b = useBrowser();
let personId = '';
let name = '';
const neverDo = 'Never block the door or tell him his children are grown up.';
const planPath = () => `/people/${personId}/behaviour-support/plan`;

beforeAll(async () => {
  const senior = await apiSignIn(accounts.senior);
  name = uniqueName('Walter', 'Joiner');
  personId = (await createPersonByApi(senior, name, demoOrganisation.services.homecare)).id;
});

async function fillDate(page: Page, id: string, daysFromNow: number): Promise<void> {
  const day = londonDay(daysFromNow);
  await page.locator(`#${id}-day`).fill(day.day);
  await page.locator(`#${id}-month`).fill(day.month);
  await page.locator(`#${id}-year`).fill(day.year);
}

const fill = (page: Page, id: string, text: string) => page.locator(`#${id}`).fill(text);

async function writeThePlan(page: Page): Promise<void> {
  await fill(page, 'content-profile-aboutMe', 'I was a joiner for forty years. I brought up two children in Armley.');
  await fill(page, 'content-profile-goodDay', 'A brew, the paper, and something to make with my hands.');
  await fill(page, 'content-profile-communication', 'Short sentences, one thing at a time.');
  await fill(page, 'content-profile-preferences', 'Woodwork magazines and brass band music. Not loud rooms.');
  await fill(page, 'content-behaviours-0-name', 'Trying to leave to collect the children');
  await fill(page, 'content-behaviours-0-looksLike', 'Pulls at the front door handle and calls for the children.');
  await fill(page, 'content-behaviours-0-frequency', 'Most afternoons');
  await fill(page, 'content-behaviours-0-duration', '10 to 30 minutes');
  await fill(page, 'content-behaviours-0-intensity', 'Raised voice; no one hurt');
  await page
    .locator('#content-functionalAssessment-0-behaviourId')
    .selectOption({ label: 'Trying to leave to collect the children' });
  await page
    .getByRole('group', { name: 'What the behaviour achieves for the person' })
    .getByLabel('Escaping or avoiding something')
    .check();
  await fill(page, 'content-functionalAssessment-0-whatItAchieves', 'Gets him out of the busy lounge at school-run time.');
  await fill(page, 'content-functionalAssessment-0-evidence', 'Six weeks of ABC records: most between 15:00 and 16:30.');
  await fill(page, 'content-primaryPrevention-meetingNeeds', 'A job to do at 15:00.');
  await fill(page, 'content-primaryPrevention-environment', 'The quiet lounge after lunch.');
  await fill(page, 'content-primaryPrevention-skills', 'Sanding small pieces.');
  await fill(page, 'content-secondaryStrategies-0-sign', 'Checks his watch');
  await fill(page, 'content-secondaryStrategies-0-whatToDo', 'Tell him the children are safe with Jean.');
  await fill(page, 'content-reactiveStrategies-steps-0-whatToDo', 'Walk with him, side by side, and talk about the children.');
  await fill(page, 'content-reactiveStrategies-neverDo', neverDo);
  await page.getByRole('button', { name: 'Add a restrictive practice' }).click();
  await page.getByRole('group', { name: 'What kind' }).getByLabel('Physical intervention').check();
  await fill(
    page,
    'content-reactiveStrategies-restrictivePractices-0-whatStaffDo',
    'Two trained staff guide him by the elbows to the quiet lounge.',
  );
  await fill(
    page,
    'content-reactiveStrategies-restrictivePractices-0-onlyWhen',
    'Only when he is at risk of falling at the door and all else has been tried.',
  );
  await fill(page, 'content-postIncidentSupport-person', 'A brew in his room with the radio on.');
  await fill(page, 'content-postIncidentSupport-staff', 'A debrief with the senior on shift.');
  await fill(page, 'content-reductionPlan', 'No escorts within three months; every use checked at the monthly review.');
  await fill(page, 'changeReason', 'First plan, after the functional assessment');
  await fillDate(page, 'reviewBy', 90);
}

describe('the behaviour support plan', () => {
  test('a senior writes the plan, told first on the empty form what is missing, and agrees it', async () => {
    const page = b.page();
    await signIn(page, accounts.senior);
    await page.goto(planPath());
    await page.getByText(`No behaviour support plan has been written for ${name} yet.`).waitFor();
    await expectNoAxeViolations(page, { label: 'the behaviour support plan page, empty' });

    await page.getByRole('button', { name: 'Write the behaviour support plan' }).click();
    await page.getByRole('heading', { level: 1, name: /Write the behaviour support plan/ }).waitFor();
    await page.getByRole('button', { name: 'Save version 1' }).click();
    const summary = await expectErrorSummary(
      page,
      [
        'Enter who I am and my life so far',
        'Enter what the behaviour looks like',
        'Choose what the behaviour achieves for the person',
        'Enter what never to do',
        'Enter why this version was written',
        'Enter a real date',
      ],
      'the behaviour support plan form with errors',
    );
    await followErrorLink(page, summary, 'Enter what never to do', 'content-reactiveStrategies-neverDo');

    await writeThePlan(page);
    await page.getByRole('button', { name: 'Save version 1' }).click();
    await page.getByText('Version 1 has been saved. It is used once it is agreed.').waitFor();
    expect(await page.getByText('Version 1 is proposed and not agreed yet.').count()).toBe(1);
    await expectNoAxeViolations(page, { label: 'the behaviour support plan page with a proposed version' });

    await page.getByRole('link', { name: 'Version 1', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: /Version 1 of the behaviour support plan/ }).waitFor();
    await expectNoAxeViolations(page, { label: 'a version of the behaviour support plan' });
    await page.goto(planPath());

    await page.getByRole('button', { name: 'Agree version 1' }).click();
    await page.getByRole('heading', { level: 1, name: /Agree version 1 of the behaviour support plan/ }).waitFor();
    await expectNoAxeViolations(page, { label: 'the agree page' });
    await fillDate(page, 'agreement-agreedOn', 0);
    await page
      .getByRole('group', { name: /agree the plan themselves/ })
      .getByLabel('Yes')
      .check();
    await page.getByRole('button', { name: 'Add someone who agreed it' }).click();
    await fill(page, 'agreement-representatives-0-name', 'Jean Joiner');
    await fill(page, 'agreement-representatives-0-relationship', 'Daughter');
    await fill(page, 'agreement-howPersonTookPart', 'Read it through with him over a brew, a section at a time.');
    await page.getByRole('button', { name: 'Agree version 1' }).click();
    await page.getByText('Version 1 has been agreed and is now in use.').waitFor();
    expect(await page.getByText(/Version 1 is in use, agreed on/).count()).toBe(1);

    await page.getByRole('button', { name: 'Record a review' }).click();
    await page.getByRole('heading', { level: 1, name: /Review version 1/ }).waitFor();
    await page.getByRole('button', { name: 'Record the review' }).click();
    await expectErrorSummary(page, ['Enter what the review found', 'Choose what happens next'], 'the review form with errors');
  });

  test('a care worker reads what to do if he becomes distressed on a phone', async () => {
    await onPhone(b.browser(), async (phone) => {
      await signIn(phone, accounts.carer);
      await phone.goto(`/people/${personId}/behaviour-support`);
      await phone.getByText(/Version 1 in use; review by/).waitFor();
      await phone.getByRole('link', { name: 'Behaviour support plan', exact: true }).click();
      await phone.getByRole('heading', { level: 1, name: /Behaviour support plan/ }).waitFor();
      expect(await phone.getByRole('button', { name: /Write a new version|Agree|Record a review/ }).count()).toBe(0);
      await phone.getByRole('link', { name: 'If I become distressed (reactive strategies)' }).click();
      const section = phone.getByRole('region', { name: 'If I become distressed (reactive strategies)' });
      expect(await section.getByRole('listitem').first().textContent()).toContain('Walk with him, side by side');
      expect(await section.textContent()).toContain(neverDo);
      expect(await section.textContent()).toContain('Physical intervention: only as a last resort');
      await expectNoSidewaysScroll(phone);
      await expectNoAxeViolations(phone, { label: 'the behaviour support plan on a phone' });
    });
  });
});
