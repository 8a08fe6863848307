// Staff training and competence: a senior plans a homecare worker's visit to someone whose behaviour support plan
// allows a physical intervention; the registered manager records the worker's Restraint Reduction Network certified
// restrictive-practice course, which expired last month (told first, on an empty form, what is missing), and sees the
// flag on the worker's training page, on the training overview and on the person's behaviour support page. The
// manager then completes a support worker competence checklist by keyboard and reads it back, and opens the
// behaviour-support-planning audits. Every page is checked with axe.
import { competenceItemIds } from '@hearth/core';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, test } from 'vitest';
import { accounts, demoOrganisation } from '../support/accounts.js';
import { londonDay } from '../support/actions.js';
import { apiSignIn, type ApiSession } from '../support/api.js';
import { expectNoAxeViolations } from '../support/axe.js';
import { useBrowser } from '../support/browser.js';
import { expectErrorSummary } from '../support/errors.js';
import { focused, tabTo, tabToFieldAndType } from '../support/keyboard.js';
import { followMenuLink } from '../support/menu.js';
import { createPersonByApi, uniqueName } from '../support/people.js';
import { signIn } from '../support/sign-in.js';

const b = useBrowser();
let senior: ApiSession;
let personId = '';
let name = '';
let carlaId = '';

const isoDay = (daysFromNow: number) => {
  const d = londonDay(daysFromNow);
  return `${d.year}-${d.month.padStart(2, '0')}-${d.day.padStart(2, '0')}`;
};

/** A behaviour support plan naming a physical intervention, saved and agreed through its API by the senior. */
async function planAllowingPhysicalIntervention(): Promise<void> {
  const base = `/api/people/${personId}/behaviour-support-plan`;
  const saved = await senior.post<{ version: number }>(`${base}/versions`, {
    basedOnVersion: null,
    changeReason: 'First plan, after two weeks of ABC records',
    reviewBy: isoDay(90),
    content: {
      profile: {
        aboutMe: 'I drove buses in Leeds for thirty years.',
        goodDay: 'A walk to the shop for a paper.',
        communication: 'Short sentences, one thing at a time.',
        preferences: 'Quiet rooms; no radio in the morning.',
      },
      behaviours: [
        {
          id: 'b1',
          name: 'Leaving the house at night',
          looksLike: 'Dressed at the front door after dark',
          frequency: 'Twice a week',
          duration: 'Up to an hour',
          intensity: 'Pushes past',
        },
      ],
      functionalAssessment: [
        {
          id: 'f1',
          behaviourId: 'b1',
          functions: ['tangible'],
          whatItAchieves: 'Going to work',
          evidence: 'ABC records over two weeks',
        },
      ],
      primaryPrevention: {
        meetingNeeds: 'A timetable on the fridge',
        environment: 'Coat by the bedroom door',
        skills: 'Reading the timetable',
      },
      secondaryStrategies: [{ id: 's1', sign: 'Asks about his shift', whatToDo: 'Tell him today is his day off' }],
      reactiveStrategies: {
        steps: [{ id: 'r1', whatToDo: 'Walk to the end of the road with him' }],
        neverDo: 'Never lock him in',
        restrictivePractices: [
          {
            id: 'p1',
            kind: 'physical',
            whatStaffDo: 'A guiding hand at the elbow back to the door',
            onlyWhen: 'Only when he is about to step into the road',
          },
        ],
      },
      postIncidentSupport: { person: 'A brew and the paper', staff: 'Talk it through with the senior' },
      reductionPlan: 'Review each use monthly; aim for none within three months.',
    },
  });
  await senior.post(`${base}/versions/${saved.version}/agreement`, {
    agreement: {
      agreedOn: isoDay(0),
      personAgreed: true,
      representatives: [],
      howPersonTookPart: 'Read it through with the senior at home',
      personsWords: null,
    },
  });
}

beforeAll(async () => {
  senior = await apiSignIn(accounts.senior);
  name = uniqueName('Walter', 'Guided');
  personId = (await createPersonByApi(senior, name, demoOrganisation.services.homecare)).id;
  await planAllowingPhysicalIntervention();
  const overview = await senior.get<{ staff: { staffId: string; name: string }[] }>('/api/training');
  carlaId = overview.staff.find((s) => s.name === 'Carla Reid')!.staffId;
  const startsAt = new Date(Date.now() + 86_400_000);
  await senior.post('/api/planned-visits', {
    personId,
    staffId: carlaId,
    startsAt: startsAt.toISOString(),
    endsAt: new Date(startsAt.getTime() + 1_800_000).toISOString(),
    label: 'Morning call',
  });
});

const choose = (page: Page, question: string, answer: string) =>
  page.getByRole('group', { name: question }).getByLabel(answer, { exact: true }).check();

async function fillDate(page: Page, legend: string, daysFromNow: number): Promise<void> {
  const day = londonDay(daysFromNow);
  const group = page.getByRole('group', { name: legend });
  await group.getByLabel('Day').fill(day.day);
  await group.getByLabel('Month').fill(day.month);
  await group.getByLabel('Year').fill(day.year);
}

const flagFor = (page: Page) => page.locator('.nhsuk-warning-callout li').filter({ hasText: name });

describe('staff training and competence', () => {
  test('the manager records an expired certified course and sees the flag, then completes a competence checklist by keyboard', async () => {
    const page = b.page();
    await signIn(page, accounts.manager);
    await followMenuLink(page, 'Behaviour support');
    await page.getByRole('link', { name: 'Training and competence' }).click();
    await page.getByRole('heading', { level: 1, name: 'Training and competence' }).waitFor();
    // Carla is already flagged for the person, without any certified training: open her from the table of staff.
    expect(await flagFor(page).filter({ hasText: 'Carla Reid' }).innerText()).toContain(
      'no restrictive-practice training certified',
    );
    await page.getByRole('table').getByRole('link', { name: 'Carla Reid' }).click();
    await page.getByRole('heading', { level: 1, name: /Training and competence/ }).waitFor();
    await page.getByText('Mental Capacity Act in everyday care').first().waitFor();
    await expectNoAxeViolations(page, { label: 'a member of staff\u2019s training' });

    await page.getByRole('button', { name: 'Add a training record' }).click();
    await page.getByRole('heading', { level: 1, name: 'Add a training record' }).waitFor();
    await page.getByRole('button', { name: 'Save the record' }).click();
    await expectErrorSummary(
      page,
      ['Choose what the training was about', 'Enter the name of the course'],
      'the training record form with errors',
    );

    await choose(page, 'What was the training about?', 'Restrictive practice');
    await page.getByLabel('Name of the course', { exact: true }).fill('Safe holding and de-escalation');
    await page.getByLabel('Who provided it', { exact: true }).fill('Northern Calm Training');
    await fillDate(page, 'Date completed', -400);
    await fillDate(page, 'Expiry date (if it has one)', -30);
    await choose(page, 'Is the course certified against the Restraint Reduction Network standards?', 'Yes, RRN certified');
    await page.getByLabel('Certificate reference', { exact: true }).fill('NCT-RRN-E2E');
    await page.getByRole('button', { name: 'Save the record' }).click();
    await page.getByText('The training record has been added').waitFor();

    const flag = flagFor(page);
    await flag.waitFor();
    const expired = londonDay(-30);
    const expiredOn = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric' }).format(
      new Date(Number(expired.year), Number(expired.month) - 1, Number(expired.day)),
    );
    expect(await flag.innerText()).toMatch(/^Flagged:/);
    expect(await flag.innerText()).toContain('physical intervention');
    expect(await flag.innerText()).toContain(`expired on ${expiredOn}`);
    expect(await page.getByText('Certified training expired', { exact: true }).count()).toBeGreaterThan(0);
    await expectNoAxeViolations(page, { label: 'a member of staff\u2019s training with a flag' });

    await page.getByRole('link', { name: 'Training and competence' }).first().click();
    await page.getByRole('heading', { level: 1, name: 'Training and competence' }).waitFor();
    expect(await flagFor(page).filter({ hasText: 'Carla Reid' }).innerText()).toContain(`expired on ${expiredOn}`);
    await expectNoAxeViolations(page, { label: 'the training overview' });

    await page.goto(`/people/${personId}/behaviour-support`);
    await page.getByRole('heading', { level: 1, name: 'Behaviour support' }).waitFor();
    const onHub = page.locator('.nhsuk-warning-callout li').filter({ hasText: 'Carla Reid' });
    await onHub.waitFor();
    expect(await onHub.innerText()).toContain(`expired on ${expiredOn}`);
    await expectNoAxeViolations(page, { label: 'the person\u2019s behaviour support page with a training flag' });

    // The competence checklist: an empty save first, then every item by keyboard.
    await page.goto(`/training/${carlaId}/competence/new`);
    await page.getByRole('heading', { level: 1, name: 'Support worker competence checklist' }).waitFor();
    await expectNoAxeViolations(page, { label: 'the competence checklist' });
    await page.getByRole('button', { name: 'Save the checklist' }).click();
    await expectErrorSummary(page, ['Choose met, partly or not yet'], 'the competence checklist with errors');

    await page.goto(`/training/${carlaId}/competence/new`);
    await page.getByRole('heading', { level: 1, name: 'Support worker competence checklist' }).waitFor();
    await expect.poll(async () => (await focused(page))?.tag).toBe('h1');
    for (const [i, itemId] of competenceItemIds.entries()) {
      await tabTo(page, (f) => f.id === `answers-${itemId}-answer`, `the answers to item ${i + 1}`, 8);
      await page.keyboard.press('Space');
      if (i === 0) {
        await page.keyboard.press('ArrowDown');
        expect((await focused(page))?.id).toBe(`answers-${itemId}-answer-2`);
      }
      await tabToFieldAndType(
        page,
        `answers-${itemId}-evidence`,
        i === 0 ? 'Explains PBS well; not yet in her own words' : 'Seen on shift',
        3,
      );
    }
    await tabToFieldAndType(page, 'nextSteps', 'Shadow the senior on two visits', 3);
    await tabTo(page, (f) => f.tag === 'button' && f.text === 'Save the checklist', 'the Save button', 3);
    await page.keyboard.press('Enter');
    await page.getByText('The competence checklist has been saved').waitFor();
    const listed = page.getByRole('link', { name: /^Support worker competence checklist,/ }).first();
    expect(await page.getByText(`${competenceItemIds.length - 1} met, 1 partly, 0 not yet`).count()).toBeGreaterThan(0);

    await listed.click();
    await page.getByRole('heading', { level: 1, name: 'Support worker competence checklist' }).waitFor();
    await page.getByText('Explains PBS well; not yet in her own words').waitFor();
    await expectNoAxeViolations(page, { label: 'a completed competence checklist' });

    await page.goto(`/training/${carlaId}/observation/new`);
    await page.getByRole('heading', { level: 1, name: 'Observational checklist' }).waitFor();
    await expectNoAxeViolations(page, { label: 'the observational checklist' });
  });

  test('the quality lead reads Oak House\u2019s audit and its actions, and opens the questionnaire', async () => {
    const page = b.page();
    await signIn(page, accounts.quality);
    await page.goto('/behaviour-support/audits');
    await page.getByRole('heading', { level: 1, name: 'Behaviour support planning audits' }).waitFor();
    await expectNoAxeViolations(page, { label: 'the services\u2019 audits' });
    await page.getByRole('link', { name: 'Oak House' }).click();
    await page.getByRole('heading', { level: 2, name: 'Where the service is now' }).waitFor();
    await expectNoAxeViolations(page, { label: 'Oak House\u2019s audits' });
    await page
      .getByRole('link', { name: /^Audit of / })
      .first()
      .click();
    await page.getByRole('heading', { level: 2, name: 'Actions' }).waitFor();
    expect(await page.getByRole('table', { name: 'Actions for each gap' }).getByRole('row').count()).toBe(3);
    await expectNoAxeViolations(page, { label: 'an audit' });
    await page.getByRole('link', { name: /Back to Oak House/ }).click();
    await page.getByRole('button', { name: 'Start an audit' }).click();
    await page.getByRole('heading', { level: 1, name: 'Behaviour support planning audit' }).waitFor();
    await choose(
      page,
      '1. Everyone whose behaviour may challenge has been identified, and each of them has a behaviour support plan.',
      'Partly',
    );
    await page.getByLabel('Action for question 1').waitFor();
    await expectNoAxeViolations(page, { label: 'the audit questionnaire' });
  });
});
