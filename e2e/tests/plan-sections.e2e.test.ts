// A provider extends the toolkit's plan sections: the registered manager adds a checklist item and a section of the
// organisation's own, with a reason; a senior then sees and answers both in a draft's section editor.
// Every test in the run shares the demo organisation, so what is added here is named uniquely and only added to.
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { accounts, demoOrganisation } from '../support/accounts.js';
import { apiSignIn } from '../support/api.js';
import { expectNoAxeViolations } from '../support/axe.js';
import { useBrowser } from '../support/browser.js';
import { expectErrorSummary, followErrorLink } from '../support/errors.js';
import { createPersonByApi, uniqueName } from '../support/people.js';
import { expectNoSidewaysScroll, onPhone } from '../support/phone.js';
import { signIn } from '../support/sign-in.js';
import { followMenuLink, menuLinkNames } from '../support/menu.js';

const b = useBrowser();

// Letters only, so the generated keys stay readable; unique to this run.
const suffix = uniqueName('x', 'y').split('-').pop()!;
const itemLabel = `Using the garden steps ${suffix}`;
const sectionTitle = `My garden ${suffix}`;
const mobilityActivities = 'My mobility and staying safe from falls: Activities';

async function heading(page: Page): Promise<string> {
  return ((await page.getByRole('heading', { level: 1 }).textContent()) ?? '').trim();
}

async function mainText(page: Page): Promise<string> {
  return (await page.getByRole('main').textContent()) ?? '';
}

describe('a provider’s own plan sections', () => {
  test('the registered manager adds a checklist item and a section, each with a reason', async () => {
    const page = b.page();
    await signIn(page, accounts.manager);
    await followMenuLink(page, 'Plan sections');
    await page.waitForURL(/\/settings\/plan-sections$/);
    await expect.poll(() => heading(page)).toBe('Plan sections');
    await page.getByRole('button', { name: 'Add the item' }).waitFor();
    await page.locator('summary', { hasText: 'My mobility and staying safe from falls' }).click();
    await expectNoAxeViolations(page, { label: 'the plan sections page' });

    // Nothing filled in: the browser refuses, with each problem in the summary and beside its field.
    await page.getByRole('button', { name: 'Add the item' }).click();
    const summary = await expectErrorSummary(
      page,
      ['Choose the checklist to add the item to', 'Enter the checklist item', 'Enter the reason for the change'],
      'the plan sections page showing errors',
    );
    await followErrorLink(page, summary, 'Enter the checklist item', 'item-label');

    await page.getByLabel('Checklist', { exact: true }).selectOption({ label: mobilityActivities });
    await page.getByLabel('Item', { exact: true }).fill(itemLabel);
    await page.locator('#item-reason').fill('Our garden flats have steps down to the garden');
    await page.getByRole('button', { name: 'Add the item' }).click();
    await expect.poll(() => mainText(page)).toContain(`“${itemLabel}” has been added to ${mobilityActivities}`);
    const mobility = page.locator('details', { hasText: 'My mobility and staying safe from falls' }).first();
    expect(await mobility.locator('li', { hasText: itemLabel }).textContent()).toContain('Added by you');

    // Meanwhile the quality lead saves a change: the manager's next save is refused until they reload.
    const quality = await apiSignIn(accounts.quality);
    const current = await quality.get<{ version: number; content: { sections: unknown[]; additions: unknown[] } }>(
      '/api/section-definitions/extension',
    );
    await quality.put('/api/section-definitions/extension', {
      baseVersion: current.version,
      content: {
        ...current.content,
        additions: [
          ...current.content.additions,
          { sectionKey: 'finances', prompts: [{ key: `bank_card_${suffix}`, label: `Who holds my bank card ${suffix}` }] },
        ],
      },
      reason: 'Asked for at the quality meeting',
    });

    await page.locator('#section-title').fill(sectionTitle);
    await page.locator('#section-purpose').fill('How I like my garden kept, and what I do in it myself.');
    await page
      .locator('#section-guidance')
      .fill('Ask what the person enjoys doing outside.\n\nNote who else helps with the garden.');
    await page.locator('#section-goodExample').fill('I water the pots by the door myself; please fill the can for me.');
    await page.locator('#section-checklistTitle').fill('In the garden');
    await page.locator('#section-items').fill('Watering the pots\nFeeding the birds');
    await page.locator('#section-reason').fill('Many of the people we support love their gardens');
    await page.getByRole('button', { name: 'Add the section' }).click();
    await expect
      .poll(async () => (await summary.textContent()) ?? '')
      .toContain('Someone else changed these since you opened the page');
    await expectNoAxeViolations(page, { label: 'the plan sections page after someone else saved' });
    expect(await page.locator('#section-title').inputValue()).toBe(sectionTitle);
    await page.getByRole('button', { name: 'Reload the plan sections' }).click();
    await expect.poll(() => summary.count()).toBe(0);
    await page.getByRole('button', { name: 'Add the section' }).click();
    await expect.poll(() => mainText(page)).toContain(`The section “${sectionTitle}” has been added`);

    const history = page.getByRole('table');
    const historyText = (await history.textContent()) ?? '';
    expect(historyText).toContain('Our garden flats have steps down to the garden');
    expect(historyText).toContain('Asked for at the quality meeting');
    expect(historyText).toContain('Many of the people we support love their gardens');
    await expectNoAxeViolations(page, { label: 'the plan sections page after adding a section' });
  });

  test('a senior sees the new item and section in a draft and answers both', async () => {
    const senior = await apiSignIn(accounts.senior);
    const person = await createPersonByApi(senior, uniqueName('Wilf', 'Ackroyd'), demoOrganisation.services.homecare);
    await senior.put(`/api/people/${person.id}/care-plan/draft`, {
      revision: null,
      reason: null,
      content: { sections: [], involvement: [], writtenInFirstPerson: true },
    });
    const page = b.page();
    await signIn(page, accounts.senior);

    await page.goto(`/people/${person.id}/plan/draft/sections/mobility_and_falls`);
    await expect.poll(() => heading(page)).toContain('My mobility and staying safe from falls');
    await page.getByRole('group', { name: itemLabel }).getByLabel('I need some support').check();
    await page.getByRole('button', { name: 'Save this section' }).click();
    await page.waitForURL(new RegExp(`/people/${person.id}/plan/draft$`));
    await expect.poll(() => mainText(page)).toContain('My mobility and staying safe from falls: saved to the draft');

    await page.getByRole('link', { name: sectionTitle, exact: true }).click();
    await expect.poll(() => heading(page)).toContain(sectionTitle);
    const editor = await mainText(page);
    expect(editor).toContain('In the garden');
    await page.getByText('How to write this section').click();
    expect(await mainText(page)).toContain('Note who else helps with the garden.');
    await expectNoAxeViolations(page, { label: 'the editor for a section the provider added' });
    await page.getByRole('group', { name: 'Feeding the birds' }).getByLabel('I need full support').check();
    await page.getByRole('button', { name: 'Save this section' }).click();
    await page.waitForURL(new RegExp(`/people/${person.id}/plan/draft$`));
    await expect.poll(() => mainText(page)).toContain(`${sectionTitle}: saved to the draft`);

    const plan = await senior.get<{
      draft: { content: { sections: { sectionKey: string; checklist: { itemKey: string; level: string }[] }[] } };
    }>(`/api/people/${person.id}/care-plan`);
    const answers = plan.draft.content.sections.map((s) => [s.sectionKey, s.checklist.map((c) => `${c.itemKey}=${c.level}`)]);
    expect(answers).toContainEqual(['mobility_and_falls', [`using_the_garden_steps_${suffix}=some_support`]]);
    expect(answers).toContainEqual([`my_garden_${suffix}`, ['feeding_the_birds=full_support']]);
  });

  test('the page does not scroll sideways on a 360-pixel phone, and a senior has no forms', async () => {
    await onPhone(b.browser(), async (page) => {
      await signIn(page, accounts.quality);
      await page.goto('/settings/plan-sections');
      await page.getByRole('button', { name: 'Add the section' }).waitFor();
      await page.locator('summary', { hasText: sectionTitle }).click();
      await expectNoSidewaysScroll(page);
    });
    const page = b.page();
    await signIn(page, accounts.senior);
    expect(await menuLinkNames(page)).not.toContain('Plan sections');
    await page.goto('/settings/plan-sections');
    await page.locator('summary', { hasText: sectionTitle }).waitFor();
    expect(await page.getByRole('button', { name: 'Add the item' }).count()).toBe(0);
  });
});
