// Plan quality while writing: a vague instruction gets a suggestion beside its field as the author types, which
// clears once the instruction is precise; the section's panel links to what is not answered yet; the draft and
// agree pages show the plan's score; nothing of it needs scrolling sideways on a 360-pixel phone.
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { accounts, demoOrganisation } from '../support/accounts.js';
import { apiSignIn, type ApiSession } from '../support/api.js';
import { expectNoAxeViolations } from '../support/axe.js';
import { useBrowser } from '../support/browser.js';
import { createPersonByApi, uniqueName } from '../support/people.js';
import { expectNoSidewaysScroll, onPhone } from '../support/phone.js';
import { signIn } from '../support/sign-in.js';

const b = useBrowser();

const sectionTitle = 'My personal care';

async function heading(page: Page): Promise<string> {
  return ((await page.getByRole('heading', { level: 1 }).textContent()) ?? '').trim();
}

async function text(page: Page, selector: string): Promise<string> {
  return ((await page.locator(selector).textContent()) ?? '').replace(/\s+/g, ' ').trim();
}

/** A person with a draft that records they took part, and (if given) a personal care section. */
async function personWithDraft(session: ApiSession, first: string, last: string, steps: unknown[] = []): Promise<string> {
  const legalName = uniqueName(first, last);
  const person = await createPersonByApi(session, legalName, demoOrganisation.services.homecare);
  await session.put(`/api/people/${person.id}/care-plan/draft`, {
    revision: null,
    reason: 'First plan',
    content: {
      sections: steps.length > 0 ? [{ sectionKey: 'personal_care', steps }] : [],
      involvement: [{ kind: 'person', name: legalName, how: 'in_person', date: '2026-02-01' }],
      writtenInFirstPerson: true,
    },
  });
  return person.id;
}

describe('plan quality while writing', () => {
  test('a suggestion appears beside a vague step as it is typed and clears once the step is precise', async () => {
    const session = await apiSignIn(accounts.senior);
    const personId = await personWithDraft(session, 'Edith', 'Haigh');
    const page = b.page();
    await signIn(page, accounts.senior);
    await page.goto(`/people/${personId}/plan/draft/sections/personal_care`);
    await expect.poll(() => heading(page)).toContain(sectionTitle);
    // The section's panel is there from the start, with its count.
    await expect.poll(() => text(page, '.hearth-quality-panel > summary')).toMatch(/^Plan quality for this section: /);
    expect(await text(page, '#section-quality-status')).toBe('');

    await page.getByRole('button', { name: 'Add a step' }).click();
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('steps-0-when');
    await page.keyboard.type('Morning visit');
    await page.locator('#steps-0-what').focus();
    await page.keyboard.type('Assist as necessary', { delay: 20 });

    // The suggestion sits under the field, is read with it, and is not an error.
    const advice = '#steps-0-what-advice';
    await expect
      .poll(() => text(page, advice))
      .toContain('Suggestion: “Assist as necessary” leaves a care professional guessing');
    expect(await text(page, advice)).toContain('Say exactly what to do');
    expect(await page.locator('#steps-0-what').getAttribute('aria-describedby')).toContain('steps-0-what-advice');
    expect(await page.locator('#steps-0-what').getAttribute('aria-invalid')).toBeNull();
    expect(await page.locator('.nhsuk-error-message, .nhsuk-error-summary, .nhsuk-form-group--error').count()).toBe(0);
    // A finding about the section's strengths sits under that field, not in the panel.
    await expect.poll(() => text(page, '#strengths-advice')).toContain('what the person can do for themselves');
    // Where the advice comes from, folded away until asked for.
    const source = page.locator(`${advice} details`);
    expect(await source.getAttribute('open')).toBeNull();
    await source.locator('summary').click();
    expect(await text(page, `${advice} details .nhsuk-details__text`)).toContain('HCPA Care/Support Plan toolkit');

    // Once typing pauses, the live region says how many there are now; it said nothing when the page opened.
    await expect.poll(() => text(page, '#section-quality-status'), { timeout: 5_000 }).toMatch(/suggestions? for this section$/);

    // The panel lists what has no field to sit beside: a question not answered yet links to its field.
    await page.locator('.hearth-quality-panel > summary').click();
    const panel = page.locator('.hearth-quality-panel');
    const unanswered = panel.locator('li', { hasText: 'Do I need support with personal care?' });
    expect(await unanswered.textContent()).toContain('Needs attention:');
    await expectNoAxeViolations(page, { label: 'the section editor with plan-quality findings shown' });
    await unanswered.getByRole('link', { name: /Go to the field/ }).focus();
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('answers-personal_care_needed');
    // A whole list with nothing in it links to the button that adds to it.
    const noOutcome = panel.locator('li', { hasText: 'has no desired outcome' });
    await noOutcome.getByRole('link', { name: /Go to the field/ }).click();
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('add-outcomes');
    expect(await panel.textContent()).not.toContain('leaves a care professional guessing');

    // Made precise, the suggestion clears.
    await page.locator('#steps-0-what').fill('');
    await page.locator('#steps-0-what').focus();
    await page.keyboard.type('Help me into the shower at 8am; I wash my own face and hands', { delay: 5 });
    await expect.poll(() => text(page, advice)).toBe('');
    expect(await page.locator('#steps-0-what').getAttribute('aria-describedby')).toContain('steps-0-what-advice');

    // Suggestions never stop a save; the draft page then shows the plan's score and links to the section.
    await page.locator('#steps-0-who').fill('One care professional');
    await page.getByRole('button', { name: 'Save this section' }).click();
    await page.waitForURL(new RegExp(`/people/${personId}/plan/draft$`));
    const quality = page.getByRole('region', { name: 'Plan quality' });
    await quality.waitFor();
    const summary = (await quality.textContent()) ?? '';
    expect(summary).toMatch(/Plan quality: \d{1,3} out of 100 — \d+ things? needs? attention/);
    expect(summary).toContain('it does not stop the plan being agreed');
    expect(await quality.getByRole('link', { name: sectionTitle }).getAttribute('href')).toBe(
      `/people/${personId}/plan/draft/sections/personal_care`,
    );
    await expectNoAxeViolations(page, { label: 'the draft page with the plan-quality summary' });

    // The same score before agreeing, with agreement still open.
    await page.goto(`/people/${personId}/plan/agree`);
    await expect
      .poll(async () => (await page.getByRole('region', { name: 'Plan quality' }).textContent()) ?? '')
      .toContain(summary.match(/Plan quality: \d{1,3} out of 100/)?.[0] ?? 'no score on the draft page');
    expect(await page.getByRole('button', { name: 'Agree the plan' }).isEnabled()).toBe(true);
    await expectNoAxeViolations(page, { label: 'the agree page with the plan-quality summary' });
  });

  test('the findings and the score fit a 360-pixel phone', async () => {
    const session = await apiSignIn(accounts.senior);
    const personId = await personWithDraft(session, 'Ivy', 'Sugden', [
      { id: 's1', when: 'Morning visit', what: 'Assist as necessary and monitor regularly', who: 'One care professional' },
    ]);
    await onPhone(b.browser(), async (page) => {
      await signIn(page, accounts.senior);
      await page.goto(`/people/${personId}/plan/draft/sections/personal_care`);
      await expect.poll(() => text(page, '#steps-0-what-advice')).toContain('Suggestion:');
      await page.locator('.hearth-quality-panel > summary').click();
      await page.locator('#steps-0-what-advice details summary').click();
      await expectNoAxeViolations(page, { label: 'the section editor with findings, on a phone' });
      await expectNoSidewaysScroll(page);

      await page.goto(`/people/${personId}/plan/draft`);
      await page.getByRole('region', { name: 'Plan quality' }).waitFor();
      await page.getByText('About the plan as a whole').click();
      await expectNoAxeViolations(page, { label: 'the draft page with the plan-quality summary, on a phone' });
      await expectNoSidewaysScroll(page);
    });
  });
});
