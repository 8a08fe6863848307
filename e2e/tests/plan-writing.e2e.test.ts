// Writing a care and support plan: start the draft, record who took part, write a section one step at a time,
// agree it with the person and put it into use; a plan without the person's involvement cannot be agreed.
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

const b = useBrowser();

async function freshPerson(first: string, last: string): Promise<{ id: string; legalName: string }> {
  const legalName = uniqueName(first, last);
  const person = await createPersonByApi(await apiSignIn(accounts.senior), legalName, demoOrganisation.services.homecare);
  return { id: person.id, legalName };
}

async function heading(page: Page): Promise<string> {
  return ((await page.getByRole('heading', { level: 1 }).textContent()) ?? '').trim();
}

describe('writing a care and support plan', () => {
  test('a senior care worker writes, agrees and puts a plan into use', async () => {
    const person = await freshPerson('Edna', 'Bairstow');
    const page = b.page();
    await signIn(page, accounts.senior);

    // From the person's record to their (empty) plan.
    await page.goto(`/people/${person.id}`);
    await page.getByRole('link', { name: 'Care and support plan', exact: true }).click();
    await page.waitForURL(new RegExp(`/people/${person.id}/plan$`));
    await expect.poll(() => heading(page)).toContain('Care and support plan');
    expect(await page.title()).toContain('Care and support plan');
    expect(await page.getByRole('main').textContent()).toContain('does not have an agreed plan yet');
    await expectNoAxeViolations(page, { label: 'the plan page with no plan' });

    // Start the draft; record that the person took part.
    await page.getByRole('button', { name: 'Start writing the plan' }).click();
    await page.waitForURL(new RegExp(`/people/${person.id}/plan/draft$`));
    await expect.poll(() => heading(page)).toContain('Draft plan, version 1');
    await page.getByRole('button', { name: 'Add someone who took part' }).click();
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('involvement-0-kind');
    await page.locator('#involvement-0-kind').selectOption('person');
    await page.locator('#involvement-0-name').fill(person.legalName);
    await page.locator('#involvement-0-how').selectOption('in_person');
    await page.locator('#involvement-0-date-day').fill('3');
    await page.locator('#involvement-0-date-month').fill('2');
    await page.locator('#involvement-0-date-year').fill('2026');
    await page.getByLabel(/written in the first person/).check();
    await page.getByLabel('Reason for the change (optional)').fill('First plan, written with Edna at her assessment');
    await page.getByRole('button', { name: 'Save who took part and the reason' }).click();
    await expect
      .poll(async () => await page.getByRole('main').textContent())
      .toContain('Who took part and the reason for the change: saved to the draft');
    await expectNoAxeViolations(page, { label: 'the draft overview' });

    // Write the personal care section.
    await page.getByRole('link', { name: 'My personal care', exact: true }).click();
    await page.waitForURL(/\/plan\/draft\/sections\/personal_care$/);
    await expect.poll(() => heading(page)).toContain('My personal care');
    await page.getByText('A good example', { exact: true }).click();
    expect(await page.locator('details').nth(1).getAttribute('open')).not.toBeNull();
    await expectNoAxeViolations(page, { label: 'the personal care section editor' });

    // An empty step is refused in the browser, with the errors beside the step's fields.
    await page.getByRole('button', { name: 'Add a step' }).click();
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('steps-0-when');
    await page.locator('#steps-0-time').fill('8.30');
    await page.getByRole('button', { name: 'Save this section' }).click();
    const summary = await expectErrorSummary(
      page,
      ['Enter the visit or time slot', 'Enter a time like 08:30'],
      'the section editor showing errors',
    );
    await followErrorLink(page, summary, 'Enter a time like 08:30', 'steps-0-time');

    await page.getByRole('group', { name: 'Have a bath/shower' }).getByLabel('I need some support').check();
    await page.locator('#checklist-personal_care-bath_or_shower-note').fill('Ask me first if I am ready');
    await page
      .getByLabel('How I like my personal care done')
      .fill('I wash my face and arms myself. Please wash my back and feet.');
    await page.locator('#steps-0-when').fill('Morning visit');
    await page.locator('#steps-0-time').fill('08:30');
    await page.getByLabel('What to do').fill('Help me into the shower and hand me my towel.');
    await page.getByLabel('Who does it').fill('One care professional');
    await page.getByRole('button', { name: 'Save this section' }).click();
    await page.waitForURL(new RegExp(`/people/${person.id}/plan/draft$`));
    await expect.poll(async () => await page.getByRole('main').textContent()).toContain('My personal care: saved to the draft');
    const personalCareRow = page.locator('.nhsuk-task-list__item', { hasText: 'My personal care' });
    expect(((await personalCareRow.locator('.nhsuk-tag').textContent()) ?? '').trim()).toBe('Written');

    // Agree it: signed on screen by the person.
    await page
      .getByRole('button', { name: 'Agree the draft' })
      .or(page.getByRole('link', { name: 'Agree the draft' }))
      .first()
      .click();
    await page.waitForURL(new RegExp(`/people/${person.id}/plan/agree$`));
    await expect.poll(() => heading(page)).toContain('Agree version 1 of the plan');
    expect(await page.getByRole('main').textContent()).toContain(person.legalName);
    await expectNoAxeViolations(page, { label: 'the agree form' });
    await page.getByLabel('The person signed on screen').check();
    await page.getByLabel('Who agreed the plan').fill(person.legalName);
    await page.getByRole('button', { name: 'Agree the plan' }).click();
    await expect.poll(() => heading(page)).toBe('Version 1 agreed');
    await page.getByRole('button', { name: 'Put into use' }).click();
    await page.waitForURL(new RegExp(`/people/${person.id}/plan$`));
    await expect.poll(async () => await page.getByRole('main').textContent()).toContain('Version 1 is now in use');

    // The plan page shows the section as written, and what can be done next.
    const main = (await page.getByRole('main').textContent()) ?? '';
    expect(main).toContain('In use');
    expect(main).toContain('The person signed on screen');
    const section = page.getByRole('region', { name: 'My personal care' });
    const sectionText = (await section.textContent()) ?? '';
    expect(sectionText).toContain('Have a bath/shower');
    expect(sectionText).toContain('I need some support');
    expect(sectionText).toContain('Ask me first if I am ready');
    expect(sectionText).toContain('I wash my face and arms myself');
    expect(sectionText).toContain('Morning visit (08:30)');
    expect(sectionText).toContain('One care professional');
    expect((await page.getByRole('region', { name: 'My medication' }).textContent()) ?? '').toContain('Not written yet');
    expect(await page.getByRole('link', { name: 'All versions' }).getAttribute('href')).toBe(
      `/people/${person.id}/plan/versions`,
    );
    expect(await page.getByRole('button', { name: 'Start a new draft' }).count()).toBe(1);
    expect(
      await page
        .getByRole('button', { name: 'Start a review' })
        .or(page.getByRole('link', { name: 'Start a review' }))
        .count(),
    ).toBe(1);
    await expectNoAxeViolations(page, { label: 'the plan page with a plan in use' });
  });

  test('a draft that does not record the person’s involvement cannot be agreed', async () => {
    const person = await freshPerson('Harold', 'Sugden');
    const session = await apiSignIn(accounts.senior);
    // A draft with a section written, but only the daughter recorded as taking part.
    await session.put(`/api/people/${person.id}/care-plan/draft`, {
      revision: null,
      reason: null,
      content: {
        sections: [
          {
            sectionKey: 'personal_care',
            checklist: [{ checklistKey: 'personal_care', itemKey: 'wash_my_hair', level: 'full_support', note: null }],
          },
        ],
        involvement: [{ kind: 'family', name: 'Janet Sugden', relationship: 'Daughter', how: 'phone', date: '2026-02-01' }],
        writtenInFirstPerson: false,
      },
    });
    const page = b.page();
    await signIn(page, accounts.senior);
    await page.goto(`/people/${person.id}/plan/agree`);
    await expect.poll(() => heading(page)).toContain('Agree version 1 of the plan');
    expect(await page.getByRole('main').textContent()).toContain('The person’s involvement is not recorded');
    await page.getByLabel('The person signed on screen').check();
    await page.getByLabel('Who agreed the plan').fill(person.legalName);
    await page.getByRole('button', { name: 'Agree the plan' }).click();
    const summary = page.locator('.nhsuk-error-summary');
    await summary.waitFor();
    expect(await summary.textContent()).toContain('Record how the person took part before the plan is agreed');
    await expectNoAxeViolations(page, { label: 'the agree form refused for missing involvement' });
    await summary.getByRole('link', { name: 'Record how the person took part before the plan is agreed' }).click();
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('involvement');

    // Agreed by an attorney: only under a lasting power of attorney or deputyship on the person's record.
    await page.getByLabel('Agreed by an attorney or deputy with authority').check();
    await expect.poll(async () => await page.getByRole('main').textContent()).toContain(
      `No lasting power of attorney or deputyship is recorded for ${person.legalName}`,
    );
    await page.getByRole('button', { name: 'Agree the plan' }).click();
    const choose = 'Choose the lasting power of attorney or deputyship the attorney or deputy holds';
    await expect.poll(async () => await summary.textContent()).toContain(choose);
    await expectNoAxeViolations(page, { label: 'the agree form asking which authority an attorney holds' });
    await summary.getByRole('link', { name: choose }).click();
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('authorityId');
    const plan = await session.get<{ draft: { status: string } | null }>(`/api/people/${person.id}/care-plan`);
    expect(plan.draft?.status).toBe('draft');
  });

  test('the section editor does not scroll sideways on a 360-pixel phone', async () => {
    const person = await freshPerson('Ivy', 'Holroyd');
    await onPhone(b.browser(), async (page) => {
      await signIn(page, accounts.senior);
      await page.goto(`/people/${person.id}/plan/draft/sections/personal_care`);
      await expect.poll(() => heading(page)).toContain('My personal care');
      await page.getByRole('button', { name: 'Add a step' }).click();
      await page.getByRole('button', { name: 'Add an outcome' }).click();
      await page.getByRole('group', { name: 'Wash my hair' }).getByLabel('I need full support').check();
      await expectNoSidewaysScroll(page);
    });
  });
});
