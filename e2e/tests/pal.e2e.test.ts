// The PAL checklist: a manager imports invented statement text (told first, line by line, what is wrong with a broken
// paste, then choosing a file); an Oak House senior completes a checklist by keyboard for a new resident, is told
// first what is missing, and sees the level, all four totals and the statements ticked. The import page, the form
// with errors and the result are checked with axe. The text here is invented: never the checklist's own statements.
import { palActivities, palActivityNames, palLevelLetters, palLevels } from '@hearth/core';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, test } from 'vitest';
import { accounts, demoOrganisation } from '../support/accounts.js';
import { londonDay } from '../support/actions.js';
import { apiSignIn } from '../support/api.js';
import { expectNoAxeViolations } from '../support/axe.js';
import { useBrowser } from '../support/browser.js';
import { expectErrorSummary } from '../support/errors.js';
import { focused, tabTo, tabToFieldAndType } from '../support/keyboard.js';
import { createPersonByApi, uniqueName } from '../support/people.js';
import { signIn } from '../support/sign-in.js';

const b = useBrowser();
const oakHouseSenior = 'oakhouse.senior@riverside-care.example';
const source = 'Invented text for the browser tests, standing in for a licensed copy';
let personId = '';
let winnieId = '';

const invented = (activity: string, level: string) => `Invented e2e statement: ${activity} at ${level}`;
const inventedCsv = () =>
  ['activity,level,statement', ...palActivities.flatMap((a) => palLevels.map((l) => `${palActivityNames[a]},${palLevelLetters[l]},${invented(a, l)}`))].join('\n');

beforeAll(async () => {
  const senior = await apiSignIn(oakHouseSenior);
  personId = (await createPersonByApi(senior, uniqueName('Ida', 'Pollard'), demoOrganisation.services.care_home)).id;
  const people = await senior.get<{ id: string; legalName: string }[]>('/api/people');
  winnieId = people.find((p) => p.legalName === 'Winifred Mary Osei')?.id ?? '';
});

/**
 * Tabs to a group's first radio (at most `maxStops` presses away). A radio's focus shows as the ring drawn around its
 * label's circle, not on the hidden input, so that is what is checked.
 */
async function tabToRadio(page: Page, id: string, maxStops = 3): Promise<void> {
  const seen: string[] = [];
  for (let i = 0; i < maxStops; i++) {
    await page.keyboard.press('Tab');
    const state = await page.evaluate(() => {
      const el = document.activeElement;
      const label = el instanceof HTMLInputElement ? el.labels?.[0] : undefined;
      return { id: el?.id ?? '', ring: label ? getComputedStyle(label, '::before').boxShadow : 'none' };
    });
    seen.push(state.id);
    if (state.id === id) {
      expect(state.ring, `focus is not visible on #${id}`).not.toBe('none');
      return;
    }
  }
  throw new Error(`Could not reach #${id} with Tab in ${String(maxStops)} presses. Focus went: ${seen.join(' → ')}`);
}

/** Ticks the radio `steps` down from the focused first one, as arrow keys do (Space for the first), then checks it. */
async function tickByKeyboard(page: Page, activity: string, steps: number): Promise<void> {
  if (steps === 0) await page.keyboard.press('Space');
  for (let i = 0; i < steps; i++) await page.keyboard.press('ArrowDown');
  const checked = await page.locator(`input[name="checklist.${activity}.level"]:checked`).getAttribute('value');
  expect(checked).toBe(palLevels[steps]);
}

describe('PAL checklist', () => {
  test('a manager imports invented statement text: a broken paste is refused line by line, then a file is imported', async () => {
    const page = b.page();
    await signIn(page, accounts.manager);
    await page.goto('/settings/pal');
    await page.getByRole('heading', { level: 1, name: 'PAL statement text' }).waitFor();
    await page.getByRole('heading', { name: 'Import statement text' }).waitFor();
    await expectNoAxeViolations(page, { label: 'the PAL statement text page' });

    const broken = inventedCsv()
      .replace('Eating,S,', 'Eating,Q,')
      .split('\n')
      .filter((line) => !line.startsWith('Use of objects,R,'))
      .join('\n');
    await page.getByLabel('Where the text comes from, and the licence you hold it under').fill(source);
    await page.getByLabel('Statement text (CSV or JSON)').fill(broken);
    await page.getByRole('button', { name: 'Import the statement text' }).click();
    await expectErrorSummary(
      page,
      ['Line 12 (level): "Q" is not one of the levels P (Planned), E (Exploratory), S (Sensory), R (Reflex)', 'Eating has no statement at the Sensory level', 'Use of objects has no statement at the Reflex level'],
      'the import with errors by line',
    );

    await page.getByLabel('Choose a file (optional)').setInputFiles({ name: 'pal-statements.csv', mimeType: 'text/csv', buffer: Buffer.from(inventedCsv()) });
    await expect.poll(() => page.getByLabel('Statement text (CSV or JSON)').inputValue()).toContain(invented('eating', 'sensory'));
    await page.getByRole('button', { name: 'Import the statement text' }).click();
    await page.getByText('The statement text has been imported and is now in use').waitFor();
    const inUse = page.getByRole('region', { name: 'Text in use' });
    await expect.poll(() => inUse.textContent()).toContain(source);
    expect(await inUse.textContent()).toMatch(/by Maya Patel/);
    await expectNoAxeViolations(page, { label: 'the PAL statement text page after an import' });
  });

  test('an Oak House senior completes a checklist by keyboard for a new resident and sees its level and totals', async () => {
    const page = b.page();
    await signIn(page, oakHouseSenior);
    await page.goto(`/people/${personId}/pal`);
    await page.getByRole('heading', { level: 1, name: /PAL checklist/ }).waitFor();
    await page.getByText('No PAL checklist has been completed').waitFor();
    const start = page.getByRole('button', { name: 'Complete a PAL checklist' });
    await start.focus();
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: /Complete a PAL checklist/ }).waitFor();
    // Each option shows its level and the statement text the manager imported.
    const eating = page.getByRole('group', { name: /Eating/ });
    expect(await eating.textContent()).toContain(invented('eating', 'sensory'));

    await page.getByRole('button', { name: 'Save the checklist' }).focus();
    await page.keyboard.press('Enter');
    const summary = await expectErrorSummary(
      page,
      ['Choose one statement for bathing/washing', 'Choose one statement for looking at a newspaper/magazine', 'Enter the goals', 'Enter a real date to reassess by'],
      'the PAL checklist with errors',
    );
    expect(await summary.getByRole('link').count()).toBe(9 + 4 + 1);

    // From the summary, by keyboard, to the first activity's first radio.
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    expect((await focused(page))?.id).toBe('checklist-bathing_washing-level');
    // Planned 1, Exploratory 5, Sensory 3: Exploratory.
    const steps = [1, 1, 0, 1, 1, 1, 2, 2, 2];
    for (const [i, activity] of palActivities.entries()) {
      if (i > 0) await tabToRadio(page, `checklist-${activity}-level`);
      await tickByKeyboard(page, activity, steps[i] ?? 0);
      if (activity === 'eating') {
        await page.keyboard.press('Tab');
        await page.keyboard.type('Eats on her own once her meal is cut up');
      }
    }
    await tabToFieldAndType(page, 'profile-lifeHistory', 'Ran a haberdashery in Otley for thirty years');
    await tabToFieldAndType(page, 'profile-interests', 'Knitting and the radio', 2);
    await tabToFieldAndType(page, 'actionPlan-goals', 'Something to do with her hands each afternoon', 6);
    await tabToFieldAndType(page, 'actionPlan-activities', 'Winding wool; sorting buttons by colour', 2);
    await tabToFieldAndType(page, 'actionPlan-howToSupport', 'Set things out ready and show one step at a time', 2);
    await tabToFieldAndType(page, 'actionPlan-who', 'Her key worker, after lunch', 2);
    const reassess = londonDay(90);
    await tabToFieldAndType(page, 'reassessBy-day', reassess.day, 2);
    await tabToFieldAndType(page, 'reassessBy-month', reassess.month, 2);
    await tabToFieldAndType(page, 'reassessBy-year', reassess.year, 2);
    await tabTo(page, (f) => f.tag === 'button' && f.text === 'Save the checklist', 'the save button', 3);
    await page.keyboard.press('Enter');

    await page.waitForURL(new RegExp(`/people/${personId}/pal$`));
    const banner = page.getByRole('alert').filter({ hasText: 'The PAL checklist has been saved' });
    await expect.poll(() => banner.textContent()).toContain('Result: Exploratory level.');
    const latest = page.getByRole('region', { name: /Latest checklist/ });
    await latest.getByText('Level: Exploratory').waitFor();
    const totals = latest.getByRole('table', { name: 'Ticks in each column' });
    const rows = await totals.getByRole('row').allTextContents();
    expect(rows.slice(1).map((r) => r.replace(/\s+/g, ' ').trim())).toEqual(['Planned (P)1', 'Exploratory (E)5', 'Sensory (S)3', 'Reflex (R)0']);
    expect(await latest.textContent()).toContain(invented('eating', 'planned'));
    expect(await latest.textContent()).toContain('Eats on her own once her meal is cut up');
    await expectNoAxeViolations(page, { label: 'the PAL checklist result' });
  });

  test('the demo\u2019s tie is said plainly, naming both levels and choosing neither', async () => {
    const page = b.page();
    await signIn(page, oakHouseSenior);
    await page.goto(`/people/${winnieId}/pal`);
    const latest = page.getByRole('region', { name: /Latest checklist/ });
    await latest.getByText('No single level: Exploratory and Sensory tie, with 4 ticks each').waitFor();
    expect(await latest.getByText(/^Level:/).count()).toBe(0);
    await expectNoAxeViolations(page, { label: 'a PAL checklist whose levels tie' });
  });
});
