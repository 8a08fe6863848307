// Two people write the same section of a draft: the second save is refused, and the form shows who saved, what they
// changed (their value beside the one the second person started from) and which of the second person's changes clash.
// Nothing is saved until they choose: use theirs, or keep theirs and lay their own changes over them.
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { accounts, demoAccount, demoOrganisation } from '../support/accounts.js';
import { apiSignIn, type ApiSession } from '../support/api.js';
import { expectNoAxeViolations } from '../support/axe.js';
import { useBrowser } from '../support/browser.js';
import { createPersonByApi, uniqueName } from '../support/people.js';
import { signIn } from '../support/sign-in.js';

const b = useBrowser();

interface Section {
  sectionKey: string;
  strengths: string | null;
  needs: string | null;
  checklist: { checklistKey: string; itemKey: string; level: string; note: string | null }[];
}
interface DraftContent {
  sections: Section[];
  involvement: unknown[];
  writtenInFirstPerson: boolean;
}
interface Plan {
  draft: { revision: number; reason: string | null; content: DraftContent } | null;
}

/** A new person whose first draft holds just this personal care section (as the API takes it). */
async function personWithDraft(
  session: ApiSession,
  first: string,
  last: string,
  personalCare: Record<string, unknown>,
  reason: string | null = null,
): Promise<{ id: string }> {
  const person = await createPersonByApi(session, uniqueName(first, last), demoOrganisation.services.homecare);
  await session.put(`/api/people/${person.id}/care-plan/draft`, {
    revision: null,
    reason,
    content: { sections: [{ sectionKey: 'personal_care', ...personalCare }], involvement: [], writtenInFirstPerson: false },
  });
  return person;
}

/** Saves the draft as another person would: over the latest revision. */
async function saveDraftAsOther(
  session: ApiSession,
  personId: string,
  // As the API takes it: a section may leave out what it does not answer.
  change: (c: DraftContent) => Omit<DraftContent, 'sections'> & { sections: object[] },
): Promise<void> {
  const plan = await session.get<Plan>(`/api/people/${personId}/care-plan`);
  const draft = plan.draft!;
  await session.put(`/api/people/${personId}/care-plan/draft`, {
    revision: draft.revision,
    reason: draft.reason,
    content: change(draft.content),
  });
}

/** Saves the draft's personal care section as another person would. */
async function saveAsOther(session: ApiSession, personId: string, change: (s: Section) => Section): Promise<void> {
  await saveDraftAsOther(session, personId, (content) => ({
    ...content,
    sections: content.sections.map((s) => (s.sectionKey === 'personal_care' ? change(s) : s)),
  }));
}

/** Saves the form, which meets the newer save: the notice of what it changed. */
async function saveToConflict(page: Page, button: string) {
  await page.getByRole('button', { name: button }).click();
  const notice = page.locator('.hearth-draft-conflict');
  await notice.waitFor();
  return notice;
}

async function isNoticeFocused(page: Page): Promise<boolean | undefined> {
  return page.evaluate(() => document.activeElement?.classList.contains('hearth-draft-conflict'));
}

describe('a section saved by someone else meanwhile', () => {
  test('the form shows what they changed and what clashes; “keep my changes” saves over theirs, keeping the rest of theirs', async () => {
    const senior = await apiSignIn(accounts.senior);
    const person = await personWithDraft(senior, 'Elsie', 'Haworth', { strengths: 'I can wash my face', checklist: [] });
    const manager = await apiSignIn(accounts.manager);
    const managerName = demoAccount(accounts.manager).name;

    const page = b.page();
    await signIn(page, accounts.senior);
    const editPath = `/people/${person.id}/plan/draft/sections/personal_care`;
    await page.goto(editPath);
    const strengths = page.getByLabel(/^What I can do/);
    const needs = page.getByLabel(/^What I need, in my words/);
    await strengths.waitFor();
    expect(await strengths.inputValue()).toBe('I can wash my face');

    // Both change the strengths; the manager also answers a checklist item, the senior also writes the needs.
    await strengths.fill('I can wash my face and arms');
    await needs.fill('Help to wash my back');
    await saveAsOther(manager, person.id, (s) => ({
      ...s,
      strengths: 'I can wash my face and hands',
      checklist: [{ checklistKey: 'personal_care', itemKey: 'bath_or_shower', level: 'full_support', note: null }],
    }));

    const notice = await saveToConflict(page, 'Save this section');
    expect(await isNoticeFocused(page)).toBe(true);
    expect(new URL(page.url()).pathname).toBe(editPath);
    const noticeText = (await notice.textContent()) ?? '';
    expect(noticeText).toContain(`${managerName} saved this draft after you opened it`);

    // What they changed: their value beside the one this editor started from.
    const theirs = notice.getByRole('table', { name: /changed in this section since you opened it/ });
    const strengthsRow = theirs.getByRole('row', { name: /Strengths/ });
    expect(await strengthsRow.textContent()).toContain('I can wash my face');
    expect(await strengthsRow.textContent()).toContain('I can wash my face and hands');
    const showerRow = theirs.getByRole('row', { name: /Have a bath\/shower/ });
    expect(await showerRow.textContent()).toContain('Nothing written');
    expect(await showerRow.textContent()).toContain('I need full support');

    // Which of this editor's changes clash (the strengths), and which do not (the needs).
    const clashes = notice.getByRole('table', { name: 'Where you both changed the same thing' });
    expect(await clashes.getByRole('row').count()).toBe(2);
    expect(await clashes.textContent()).toContain('I can wash my face and arms');
    expect(noticeText).toMatch(/do not clash with theirs:\s*What I need, in my words/);

    // Nothing half-saved: the draft is as the manager left it, and what this editor typed is still in the form.
    const between = await senior.get<Plan>(`/api/people/${person.id}/care-plan`);
    expect(between.draft?.content.sections[0]?.strengths).toBe('I can wash my face and hands');
    expect(between.draft?.content.sections[0]?.needs ?? null).toBeNull();
    expect(await strengths.inputValue()).toBe('I can wash my face and arms');
    await expectNoAxeViolations(page, { label: 'the section editor showing someone else’s changes' });
    // On a 360-pixel phone the tables stack: nothing scrolls sideways.
    await page.setViewportSize({ width: 360, height: 800 });
    await expect.poll(() => page.evaluate(() => document.scrollingElement?.scrollWidth ?? 0)).toBeLessThanOrEqual(360);

    await notice.getByRole('button', { name: 'Keep my changes and save again' }).click();
    await page.waitForURL(new RegExp(`/people/${person.id}/plan/draft$`));
    const saved = await senior.get<Plan>(`/api/people/${person.id}/care-plan`);
    const section = saved.draft?.content.sections.find((s) => s.sectionKey === 'personal_care');
    expect(section?.strengths).toBe('I can wash my face and arms');
    expect(section?.needs).toBe('Help to wash my back');
    expect(section?.checklist, 'the manager’s checklist answer is kept').toEqual([
      { checklistKey: 'personal_care', itemKey: 'bath_or_shower', level: 'full_support', note: null },
    ]);
  });

  test('“discard my changes” shows the other person’s version in the form, and saves nothing', async () => {
    const senior = await apiSignIn(accounts.senior);
    const person = await personWithDraft(senior, 'Walter', 'Crossley', { strengths: 'I shave myself' });

    const page = b.page();
    await signIn(page, accounts.senior);
    await page.goto(`/people/${person.id}/plan/draft/sections/personal_care`);
    const strengths = page.getByLabel(/^What I can do/);
    await strengths.waitFor();
    await strengths.fill('I shave myself with an electric razor');
    // Another save of the same draft (here by the same account, from elsewhere).
    await saveAsOther(senior, person.id, (s) => ({ ...s, strengths: 'I shave myself in the morning' }));

    const notice = await saveToConflict(page, 'Save this section');
    await notice.getByRole('button', { name: 'Discard my changes and use theirs' }).click();
    await expect.poll(() => strengths.inputValue()).toBe('I shave myself in the morning');
    expect(await page.locator('.hearth-draft-conflict').count()).toBe(0);
    const plan = await senior.get<Plan>(`/api/people/${person.id}/care-plan`);
    expect(plan.draft?.content.sections[0]?.strengths).toBe('I shave myself in the morning');
  });
  test('the draft overview shows the same for who took part and the reason, and keeps both people’s changes', async () => {
    const senior = await apiSignIn(accounts.senior);
    const person = await personWithDraft(senior, 'Ivy', 'Greenwood', { strengths: 'I dress myself' }, 'First plan');

    const page = b.page();
    await signIn(page, accounts.senior);
    await page.goto(`/people/${person.id}/plan/draft`);
    const reason = page.getByLabel('Reason for the change (optional)');
    await reason.waitFor();
    await reason.fill('First plan, written with Ivy at home');
    // Meanwhile the same draft is saved elsewhere: the first-person box ticked and a section changed.
    await saveDraftAsOther(senior, person.id, (content) => ({
      ...content,
      writtenInFirstPerson: true,
      sections: [{ sectionKey: 'personal_care', strengths: 'I dress myself, slowly' }],
    }));

    const notice = await saveToConflict(page, 'Save who took part and the reason');
    expect(await isNoticeFocused(page)).toBe(true);
    const theirRow = notice.getByRole('row', { name: /Written in the first person/ });
    expect(await theirRow.textContent()).toMatch(/No.*Yes/);
    expect(await notice.textContent()).toMatch(/do not clash with theirs:\s*Reason for the change/);
    await expectNoAxeViolations(page, { label: 'the draft overview showing someone else’s changes' });

    await notice.getByRole('button', { name: 'Keep my changes and save again' }).click();
    await expect
      .poll(async () => await page.getByRole('main').textContent())
      .toContain('Who took part and the reason for the change: saved to the draft');
    const saved = await senior.get<Plan>(`/api/people/${person.id}/care-plan`);
    expect(saved.draft?.reason).toBe('First plan, written with Ivy at home');
    expect(saved.draft?.content.writtenInFirstPerson).toBe(true);
    expect(saved.draft?.content.sections[0]?.strengths, 'the section saved meanwhile is kept').toBe('I dress myself, slowly');
  });
});
