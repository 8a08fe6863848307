// A provider's own plan-audit settings: the quality lead adds a vague phrase with a reason, and the plan editor
// flags it as a senior types it. Checked with axe and by keyboard; the settings go back to the defaults after.
import type { Page } from 'playwright-core';
import { afterAll, describe, expect, test } from 'vitest';
import { accounts, demoOrganisation } from '../support/accounts.js';
import { apiSignIn } from '../support/api.js';
import { expectNoAxeViolations } from '../support/axe.js';
import { useBrowser } from '../support/browser.js';
import { createPersonByApi, uniqueName } from '../support/people.js';
import { signIn } from '../support/sign-in.js';
import { followMenuLink } from '../support/menu.js';

const b = useBrowser();

const text = async (page: Page, selector: string) => ((await page.locator(selector).textContent()) ?? '').replace(/\s+/g, ' ').trim();

afterAll(async () => {
  const session = await apiSignIn(accounts.quality);
  const { version } = await session.get<{ version: number }>('/api/plan-audit-settings');
  await session.put('/api/plan-audit-settings', { overrides: {}, reason: 'Back to the defaults after the browser test', latestVersion: version });
});

describe('plan-audit settings', () => {
  test('the quality lead adds a vague phrase with a reason', async () => {
    const page = b.page();
    await signIn(page, accounts.quality);
    await followMenuLink(page, 'Plan quality');
    await page.getByRole('link', { name: 'Plan-audit settings' }).click();
    await page.getByRole('heading', { level: 1, name: 'Plan-audit settings' }).waitFor();
    await expectNoAxeViolations(page, { label: 'the plan-audit settings' });

    const vague = page.getByLabel('Vague phrases');
    await vague.focus();
    await page.keyboard.press('Control+End');
    await page.keyboard.type('\nnow and then');
    // No reason: the error summary takes focus and links to the box.
    await page.getByRole('button', { name: 'Save the settings' }).click();
    const summary = page.locator('.nhsuk-error-summary');
    await summary.waitFor();
    expect(await summary.textContent()).toContain('Enter why the settings are changing');
    await summary.getByRole('link', { name: 'Enter why the settings are changing' }).click();
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('reason');
    await page.keyboard.type('Our carers write “now and then” for checks that need a time');
    await page.getByRole('button', { name: 'Save the settings' }).click();
    await page.getByText(/^Settings saved as version \d+$/).waitFor();
    expect(await vague.inputValue()).toMatch(/\nnow and then$/);
    await expectNoAxeViolations(page, { label: 'the plan-audit settings after saving' });
  });

  test('then a senior writing a plan gets the provider’s phrase flagged beside the step', async () => {
    const senior = await apiSignIn(accounts.senior);
    const legalName = uniqueName('Nora', 'Settings');
    const person = await createPersonByApi(senior, legalName, demoOrganisation.services.homecare);
    await senior.put(`/api/people/${person.id}/care-plan/draft`, {
      revision: null,
      reason: 'First plan',
      content: { sections: [], involvement: [{ kind: 'person', name: legalName, how: 'in_person', date: '2026-02-01' }], writtenInFirstPerson: true },
    });
    const writer = b.page();
    await signIn(writer, accounts.senior);
    await writer.goto(`/people/${person.id}/plan/draft/sections/personal_care`);
    await writer.getByRole('button', { name: 'Add a step' }).click();
    await writer.keyboard.type('Morning visit');
    await writer.locator('#steps-0-what').focus();
    await writer.keyboard.type('Look at the skin on my heels now and then', { delay: 10 });
    await expect.poll(() => text(writer, '#steps-0-what-advice')).toContain('“now and then”');
  });

  test('a senior may read the settings but not change them', async () => {
    const page = b.page();
    await signIn(page, accounts.senior);
    await page.goto('/settings/plan-audit');
    await page.getByText('Only a registered manager or the quality lead can change these settings.').waitFor();
    expect(await page.getByRole('button', { name: 'Save the settings' }).count()).toBe(0);
    await expectNoAxeViolations(page, { label: 'the plan-audit settings, read only' });
  });
});
