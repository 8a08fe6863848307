// The plan views: every version, one version as it was, two versions side by side, the care worker's "now"
// view on a phone, and the list of plans needing attention. Plans are set up through the API as the senior.
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, test } from 'vitest';
import { accounts } from '../support/accounts.js';
import { apiSignIn, type ApiSession } from '../support/api.js';
import { expectNoAxeViolations } from '../support/axe.js';
import { useBrowser } from '../support/browser.js';
import { action, uniqueName } from '../support/people.js';
import { signIn } from '../support/sign-in.js';
import { followMenuLink, menuLinkNames } from '../support/menu.js';

const b = useBrowser();

interface SectionDefinition {
  key: string;
  title: string;
  checklists: { key: string; title: string; items: { key: string; label: string }[] }[];
  prompts: { key: string; label: string }[];
}

interface PlanVersion {
  version: number;
  revision: number;
}

const homecare = 'Riverside Homecare \u2013 Leeds';
const allergy = 'Penicillin: rash and swelling';

/** The hour now where the browser runs (the tests' browser is in Europe/London). */
function londonHour(offset = 0): number {
  const hour = Number(
    new Intl.DateTimeFormat('en-GB', { hour: '2-digit', hourCycle: 'h23', timeZone: 'Europe/London' }).format(new Date()),
  );
  return (hour + offset + 24) % 24;
}
const hh = (hour: number, minutes = '00') => `${String(hour).padStart(2, '0')}:${minutes}`;

function londonDateDaysAgo(days: number): string {
  const d = new Date(Date.now() - days * 24 * 60 * 60 * 1000);
  return new Intl.DateTimeFormat('en-CA', {
    timeZone: 'Europe/London',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(d);
}

async function createPerson(session: ApiSession, legalName: string, extra: Record<string, unknown>): Promise<string> {
  const services = await session.get<{ id: string; name: string }[]>('/api/services');
  const service = services.find((s) => s.name === homecare);
  if (!service) throw new Error(`No service called ${homecare}`);
  const person = await session.post<{ id: string }>('/api/people', {
    serviceId: service.id,
    legalName,
    dateOfBirth: '1941-02-14',
    nhsNumber: null,
    address: { line1: '9 Kirkstall Road', line2: null, town: 'Leeds', postcode: 'LS3 1LH' },
    ...extra,
  });
  return person.id;
}

const agreement = {
  method: 'signed_on_screen',
  agreedBy: 'Edith Marsh',
  date: '2026-11-20',
  witness: null,
  authority: null,
  bestInterestsDecision: null,
};

/** Saves a new draft with this content, agrees it and puts it into use. */
async function agreeAndUse(session: ApiSession, personId: string, reason: string, content: unknown): Promise<number> {
  const base = `/api/people/${personId}/care-plan`;
  const draft = await session.put<PlanVersion>(`${base}/draft`, { revision: null, reason, content });
  const agreed = await session.post<PlanVersion>(`${base}/draft/agree`, { revision: draft.revision, agreement });
  await session.post(`${base}/versions/${agreed.version}/start-use`);
  return agreed.version;
}

const nowStep = 'Help me wash at the sink, and let me do my face myself';
const laterStep = 'Make me a cup of tea and sit with me while I drink it';
const nowHour = londonHour();
const laterTimes = { before: hh(londonHour(6)), after: hh(londonHour(7), '30') };

let personId = '';
let personName = '';
let overdueName = '';
let item = { checklistTitle: '', label: '' };
let prompt = { label: '' };

beforeAll(async () => {
  const senior = await apiSignIn(accounts.senior);
  const definitions = await senior.get<SectionDefinition[]>('/api/care-plan-sections');
  // A section with a checklist and a prompt, taken from the definitions so the content is valid by construction.
  const section =
    definitions.find((d) => d.key === 'personal_care') ??
    definitions.find((d) => d.checklists.length > 0 && d.prompts.length > 0);
  if (!section) throw new Error('No section with a checklist and a prompt');
  const checklist = section.checklists[0]!;
  const firstItem = checklist.items[0]!;
  const firstPrompt = section.prompts[0]!;
  item = { checklistTitle: checklist.title, label: firstItem.label };
  prompt = { label: firstPrompt.label };

  personName = uniqueName('Edith', 'Marsh');
  personId = await createPerson(senior, personName, {
    preferredName: 'Edie',
    alerts: [{ kind: 'allergy', description: allergy }],
  });

  const content = (laterTime: string) => ({
    writtenInFirstPerson: true,
    involvement: [{ kind: 'person', name: 'Edith Marsh', relationship: null, how: 'in_person', date: '2026-11-20' }],
    sections: [
      {
        sectionKey: 'one_page_profile',
        answers: [{ promptKey: 'dnacpr_location', text: 'Yes: the DNACPR form is in the red folder by the front door' }],
      },
      {
        sectionKey: section.key,
        checklist: [{ checklistKey: checklist.key, itemKey: firstItem.key, level: 'some_support', note: null }],
        answers: [{ promptKey: firstPrompt.key, text: 'I like to take my time in the morning' }],
        strengths: 'I can wash my own face and hands',
        steps: [
          { id: 's1', when: 'Morning visit', time: hh(nowHour), what: nowStep, who: 'Care worker' },
          { id: 's2', when: 'Tea visit', time: laterTime, what: laterStep, who: 'Care worker' },
        ],
        risks: [
          { id: 'r1', risk: 'I might slip on the bathroom floor', howManaged: 'Put the non-slip mat down before I stand up' },
        ],
      },
    ],
  });
  await agreeAndUse(senior, personId, 'First plan', content(laterTimes.before));
  await agreeAndUse(senior, personId, 'Tea visit moved later', content(laterTimes.after));

  // Someone whose service started 5 days ago with no plan: the first plan (due within 2 days) is overdue.
  overdueName = uniqueName('Norman', 'Beckett');
  await createPerson(senior, overdueName, { serviceStartDate: londonDateDaysAgo(5) });
});

async function open(page: Page, path: string): Promise<void> {
  await page.goto(path);
  await page.getByRole('heading', { level: 1 }).waitFor();
}

describe('plan versions', () => {
  test('lists every version, shows one as it was, and compares two side by side', async () => {
    const page = b.page();
    await signIn(page, accounts.senior);
    await open(page, `/people/${personId}/plan/versions`);
    expect(await page.title()).toMatch(/^Versions of .* plan – Hearth$/);
    const rows = page.getByRole('table').getByRole('row');
    await expect.poll(() => rows.count()).toBe(3); // the heading row and two versions
    const table = (await page.getByRole('table').innerText()).replace(/\s+/g, ' ');
    expect(table).toContain('Tea visit moved later');
    expect(table).toContain('First plan');
    expect(table).toMatch(/In use/);
    expect(table).toMatch(/Superseded/);
    await expectNoAxeViolations(page, { label: 'the plan versions page' });

    // One version, exactly as it was, with labels rather than keys.
    await page.getByRole('link', { name: 'View version 1' }).click();
    await page.waitForURL(new RegExp(`/people/${personId}/plan/versions/1$`));
    await page.getByRole('heading', { level: 1, name: /version 1/ }).waitFor();
    await page.getByRole('region', { name: 'Allergies and alerts' }).getByText(allergy).waitFor();
    const main = page.locator('main');
    await main.getByText(item.label, { exact: true }).waitFor();
    await main.getByText('I need some support', { exact: true }).first().waitFor();
    await main.getByText(prompt.label, { exact: true }).waitFor();
    await main.getByText(`Tea visit, ${laterTimes.before}`).waitFor();
    expect(await main.innerText()).not.toContain('some_support');
    await expectNoAxeViolations(page, { label: 'one plan version' });

    // Compare version 1 with version 2 through the form.
    await page.getByRole('link', { name: 'All versions of the plan' }).click();
    await page.getByLabel('Compare version', { exact: true }).selectOption('1');
    await page.getByLabel('with version', { exact: true }).selectOption('2');
    await page.getByRole('button', { name: 'Compare', exact: true }).click();
    await page.waitForURL(/\/plan\/compare\?from=1&to=2$/);
    await page.getByRole('heading', { level: 1, name: 'Version 1 compared with version 2' }).waitFor();
    const diff = page.getByRole('table', { name: /What changed in/ });
    const stepRow = diff.getByRole('row', { name: /Step: Tea visit/ });
    await stepRow.waitFor();
    const cells = stepRow.getByRole('cell');
    expect(await cells.nth(0).innerText()).toContain(`At ${laterTimes.before}, Tea visit`);
    expect(await cells.nth(1).innerText()).toContain(`At ${laterTimes.after}, Tea visit`);
    // Only the step changed.
    await expect.poll(() => diff.getByRole('row').count()).toBe(2);
    await expectNoAxeViolations(page, { label: 'the comparison of two versions' });
  });

  test('choosing the same version twice asks for two different ones', async () => {
    const page = b.page();
    await signIn(page, accounts.senior);
    await open(page, `/people/${personId}/plan/versions`);
    await page.getByLabel('Compare version', { exact: true }).selectOption('2');
    await page.getByLabel('with version', { exact: true }).selectOption('2');
    await page.getByRole('button', { name: 'Compare', exact: true }).click();
    await page.getByRole('alert').getByText('Choose two different versions to compare').waitFor();
    expect(new URL(page.url()).pathname).toBe(`/people/${personId}/plan/versions`);
  });
});

describe('the "now" view', () => {
  test('a care worker on a phone sees the allergy, the risks and what to do now', async () => {
    const page = b.page();
    await page.setViewportSize({ width: 360, height: 740 });
    await signIn(page, accounts.carer);
    await open(page, `/people/${personId}`);
    await action(page, 'What to do now').click();
    await page.waitForURL(new RegExp(`/people/${personId}/now$`));
    await page.getByRole('heading', { level: 1, name: 'Supporting Edie now' }).waitFor();
    expect(await page.title()).toBe(`What to do now for ${personName} – Hearth`);

    await page.getByRole('region', { name: 'Allergies and alerts' }).getByText(allergy).waitFor();
    const important = page.getByRole('region', { name: 'Important to know' });
    await important.getByText(/red folder by the front door/).waitFor();
    await important.getByText('I might slip on the bathroom floor').waitFor();

    const now = page.getByRole('list', { name: 'What to do now' });
    await now.getByText(nowStep).waitFor();
    expect(await now.innerText()).not.toContain(laterStep);
    const day = page.getByRole('list', { name: 'Whole day' });
    const dayText = await day.innerText();
    expect(dayText).toContain(nowStep);
    expect(dayText).toContain(laterStep);
    expect(dayText.indexOf(hh(nowHour))).toBeGreaterThanOrEqual(0);

    const scrollWidth = await page.evaluate(() => document.scrollingElement?.scrollWidth ?? 0);
    expect(scrollWidth).toBeLessThanOrEqual(360);
    await expectNoAxeViolations(page, { label: 'the "now" view at 360 px' });
  });
});

describe('plans needing attention', () => {
  test('a senior sees a first plan overdue for someone whose service started 5 days ago', async () => {
    const senior = await apiSignIn(accounts.senior);
    await senior.post(`/api/people/${personId}/capacity-assessments`, {
      decision: 'Choosing what to spend her money on each week',
      assessedOn: londonDateDaysAgo(60),
      assessor: { name: 'Sam Senior', role: 'Senior care worker' },
      practicableSteps: { kinds: [] },
      stageOne: { impairment: 'no' },
      outcome: 'has_capacity',
      fluctuates: true,
      reassessOn: londonDateDaysAgo(1),
    });
    await senior.post(`/api/people/${personId}/liberty-safeguards`, {
      scheme: 'dols',
      status: 'authorised',
      appliedOn: londonDateDaysAgo(400),
      authorisedOn: londonDateDaysAgo(380),
      expiresOn: londonDateDaysAgo(15),
      authorisedBy: 'Leeds City Council',
    });
    const page = b.page();
    await signIn(page, accounts.senior);
    await followMenuLink(page, 'Plans');
    await page.waitForURL(/\/plans$/);
    await page.getByRole('heading', { level: 1, name: 'Plans needing attention' }).waitFor();
    const overdue = page.getByRole('region', { name: /First plan overdue/ });
    const link = overdue.getByRole('link', { name: overdueName });
    await link.waitFor();
    expect(await link.getAttribute('href')).toMatch(/^\/people\/[0-9a-f-]{36}\/plan$/);
    // Overdue comes before anything merely due.
    const headings = await page.getByRole('heading', { level: 2 }).allInnerTexts();
    expect(headings[0]).toMatch(/First plan overdue/);
    // Capacity work due for the people the senior supports: a reassessment overdue, an authorisation expired.
    const capacity = page.getByRole('region', { name: 'Capacity reassessments and liberty safeguards' });
    // The visually hidden words after the name tell the two links apart for screen reader users.
    const reassess = capacity.getByRole('link', { name: new RegExp(`^${personName} \\(Edie\\)\\s*: mental capacity$`) });
    expect(await reassess.getAttribute('href')).toBe(`/people/${personId}/capacity`);
    const liberty = capacity.getByRole('link', { name: new RegExp(`^${personName} \\(Edie\\)\\s*: capacity and consent records$`) });
    expect(await liberty.getAttribute('href')).toBe(`/people/${personId}/capacity-records`);
    await expectNoAxeViolations(page, { label: 'the plans needing attention page' });
  });

  test('an administrator, who has no access to plans, is not offered the link', async () => {
    const page = b.page();
    await signIn(page, accounts.admin);
    const names = await menuLinkNames(page);
    expect(names).toContain('Staff');
    expect(names).not.toContain('Plans');
  });
});
