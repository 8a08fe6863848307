// The shared record portal: David Thompson (Peggy Thompson's son) signs in at /shared/sign-in, sees Peggy's plan and
// daily records but no health section, searches, adds a comment (told first what is missing), and after the office
// records that Peggy stopped sharing with him, a reload shows the record is no longer shared. Peggy herself sees who
// has looked at her record; an advocate joins from an invitation link. Every page is checked with axe; the record
// page also at 360 px wide.
import { sectionPart, toolkitSections } from '@hearth/core';
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { accounts, demoPassword } from '../support/accounts.js';
import { apiSignIn, type ApiSession } from '../support/api.js';
import { expectNoAxeViolations } from '../support/axe.js';
import { useBrowser } from '../support/browser.js';

const b = useBrowser();
const peggyLegalName = 'Margaret Ellen Thompson';
const healthTitles = toolkitSections.filter((s) => sectionPart(s.key) === 'health').map((s) => s.title);

let senior: ApiSession;
let peggyId = '';
let davidContactId = '';

beforeAll(async () => {
  senior = await apiSignIn(accounts.senior);
  const list = await senior.get<{ id: string; legalName: string }[]>(`/api/people?q=${encodeURIComponent('Thompson')}`);
  peggyId = list.find((p) => p.legalName === peggyLegalName)?.id ?? '';
  expect(peggyId).not.toBe('');
  const contacts = await senior.get<{ id: string; name: string }[]>(`/api/people/${peggyId}/contacts`);
  davidContactId = contacts.find((c) => c.name === 'David Thompson')?.id ?? '';
  expect(davidContactId).not.toBe('');
});

afterAll(async () => {
  // Peggy's demo choice is put back as it was (plan and daily records), so other tests find the demo as seeded.
  if (davidContactId) {
    await senior.post(`/api/people/${peggyId}/contacts/${davidContactId}/sharing`, {
      parts: ['plan', 'daily_records'], decidedBy: 'person', reason: 'Peggy asked to share with David again',
    });
  }
});

async function press(page: Page, locator: Locator, key: 'Space' | 'Enter'): Promise<void> {
  await locator.focus();
  await page.keyboard.press(key);
}

async function sharedSignIn(page: Page, email: string): Promise<void> {
  await page.goto('/shared/sign-in');
  await page.getByRole('heading', { level: 1, name: 'Sign in to see a shared record' }).waitFor();
  await page.getByLabel('Email address', { exact: true }).fill(email);
  await page.getByLabel('Password', { exact: true }).fill(demoPassword);
  await press(page, page.getByRole('button', { name: 'Sign in', exact: true }), 'Enter');
  await page.getByRole('heading', { level: 1, name: 'Shared records' }).waitFor();
}

describe('the shared record portal', () => {
  test('David sees what Peggy shares with him, adds a comment, and sees nothing once she stops sharing', async () => {
    const page = b.page();
    await page.goto('/shared/sign-in');
    await page.getByRole('heading', { level: 1, name: 'Sign in to see a shared record' }).waitFor();
    // Hearth and no staff navigation in the header; never the NHS name.
    const header = page.getByRole('banner');
    expect(await header.textContent()).toContain('Hearth');
    expect(await header.textContent()).not.toContain('NHS');
    expect(await page.getByRole('link', { name: 'People', exact: true }).count()).toBe(0);
    await expectNoAxeViolations(page, { label: 'the shared sign-in page' });

    // A wrong password is refused with the error summary.
    await page.getByLabel('Email address', { exact: true }).fill('david.thompson@family.example');
    await page.getByLabel('Password', { exact: true }).fill('not the right password');
    await press(page, page.getByRole('button', { name: 'Sign in', exact: true }), 'Enter');
    const refused = page.getByRole('alert').filter({ hasText: 'There is a problem' });
    await refused.waitFor();
    expect(await refused.textContent()).toContain('Email address or password is not right');
    await expectNoAxeViolations(page, { label: 'the shared sign-in page with an error' });

    await sharedSignIn(page, 'david.thompson@family.example');
    expect(await page.getByRole('banner').textContent()).toContain('Riverside Care');
    expect(await page.getByRole('link', { name: 'Plans', exact: true }).count()).toBe(0);
    await expectNoAxeViolations(page, { label: 'the shared records list' });

    await press(page, page.getByRole('link', { name: /Margaret Ellen Thompson/ }), 'Enter');
    await page.getByRole('heading', { level: 1, name: /Margaret Ellen Thompson/ }).waitFor();
    await page.getByRole('heading', { level: 2, name: 'Care and support plan' }).waitFor();
    await page.getByRole('heading', { level: 2, name: 'Daily records of visits' }).waitFor();
    expect(await page.getByRole('heading', { level: 3 }).count()).toBeGreaterThan(1);
    for (const title of healthTitles) {
      expect(await page.getByRole('heading', { name: title, exact: true }).count(), `no "${title}" heading`).toBe(0);
    }
    expect(await page.getByRole('link', { name: 'Plain text' }).getAttribute('href')).toBe(`/api/shared/people/${peggyId}/record.txt`);
    // Peggy asked for large print: it comes first, marked as hers, and easy read is offered too.
    expect(await page.getByRole('region', { name: 'Other versions of this record' }).getByRole('listitem').allTextContents()).toEqual([
      expect.stringMatching(/^Peggy’s preferred format\s+Large print PDF/), expect.stringContaining('Easy read PDF'), expect.stringContaining('Plain text'),
    ]);
    expect(await page.getByRole('link', { name: 'Who has looked at my record' }).count()).toBe(0);
    await expectNoAxeViolations(page, { label: 'the shared record page' });

    // Search finds words in what is shared.
    await page.getByLabel('Words to find').fill('cardigan');
    await press(page, page.getByRole('button', { name: 'Search', exact: true }), 'Enter');
    await expect.poll(() => page.getByRole('status').filter({ hasText: 'found for' }).textContent()).toMatch(/\d+ found for “cardigan”/);

    // Sent empty: the error summary names both fields and takes focus.
    await press(page, page.getByRole('button', { name: 'Add to the record' }), 'Enter');
    const summary = page.getByRole('alert').filter({ hasText: 'There is a problem' });
    await summary.waitFor();
    expect(await summary.textContent()).toContain('Choose what you are adding');
    expect(await summary.textContent()).toContain('Enter what you want to say');
    await expectNoAxeViolations(page, { label: 'the add to the record form with errors' });
    await press(page, page.getByRole('group', { name: 'What are you adding?' }).getByLabel('A comment', { exact: true }), 'Space');
    await page.getByLabel('What you want to say').fill('Mum enjoyed the lunch visit chat about the garden.');
    await press(page, page.getByRole('button', { name: 'Add to the record' }), 'Enter');
    const yours = page.getByRole('region', { name: 'What you have added' });
    await yours.waitFor();
    expect(await yours.textContent()).toContain('Added by you');
    expect(await yours.textContent()).toContain('Mum enjoyed the lunch visit chat about the garden.');

    // At 360 px wide the page still fits.
    await page.setViewportSize({ width: 360, height: 740 });
    await page.reload();
    await page.getByRole('heading', { level: 1, name: /Margaret Ellen Thompson/ }).waitFor();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    await expectNoAxeViolations(page, { label: 'the shared record page at 360 px' });
    await page.setViewportSize({ width: 1280, height: 900 });

    // Peggy stops sharing with David: the office records it, and his next load shows nothing of her record.
    await senior.post(`/api/people/${peggyId}/contacts/${davidContactId}/sharing/revoke`, { decidedBy: 'person', reason: 'Peggy asked to stop sharing for now' });
    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'This record is no longer shared with you' }).waitFor();
    expect(await page.getByRole('heading', { name: 'Care and support plan' }).count()).toBe(0);
    expect(await page.getByRole('heading', { name: 'Daily records of visits' }).count()).toBe(0);
    await expectNoAxeViolations(page, { label: 'the no longer shared page' });
    await page.goto('/shared');
    await page.getByText('No records are shared with you at the moment').waitFor();
  });

  test('Peggy sees who has looked at her record', async () => {
    const page = b.page();
    await sharedSignIn(page, 'peggy@family.example');
    await press(page, page.getByRole('link', { name: /Margaret Ellen Thompson/ }), 'Enter');
    await page.getByRole('heading', { level: 1, name: /Margaret Ellen Thompson/ }).waitFor();
    // She shares everything with herself: her ReSPECT form (where the original is) and advance care plan are there.
    const capacity = page.getByRole('region', { name: 'Mental capacity, legal authority and advance care planning' });
    await capacity.waitFor();
    expect(await capacity.textContent()).toContain('Original form:');
    expect(await capacity.textContent()).toContain('Advance care plan');
    await expectNoAxeViolations(page, { label: 'the shared record page with capacity records' });
    await press(page, page.getByRole('link', { name: 'Who has looked at my record' }), 'Enter');
    await page.getByRole('heading', { level: 1, name: 'Who has looked at my record' }).waitFor();
    const table = page.getByRole('table');
    await table.waitFor();
    expect(await table.textContent()).toContain('David Thompson (someone you share with)');
    expect(await table.textContent()).toContain('(care staff)');
    await expectNoAxeViolations(page, { label: 'who has looked at my record' });
  });

  test('an advocate opens their invitation, is told a weak password will not do, chooses one and sees the record', async () => {
    const email = `advocate.${Date.now()}@advocacy.example`;
    const contact = await senior.post<{ id: string }>(`/api/people/${peggyId}/contacts`, { name: 'Alex Advocate', relationship: 'advocate', email });
    await senior.post(`/api/people/${peggyId}/contacts/${contact.id}/sharing`, { parts: ['daily_records'], decidedBy: 'person', reason: 'Peggy wants Alex to follow her visits' });
    const { link } = await senior.post<{ link: string }>(`/api/people/${peggyId}/contacts/${contact.id}/invitations`);
    const page = b.page();
    await page.goto(link);
    await page.getByRole('heading', { level: 1, name: 'Choose a password' }).waitFor();
    expect(await page.getByRole('main').textContent()).toMatch(/Riverside Care.* has invited Alex Advocate \(advocate./);
    await expectNoAxeViolations(page, { label: 'the invitation page' });
    await page.getByLabel('Password', { exact: true }).fill('password123');
    await press(page, page.getByRole('button', { name: 'Save password and sign in' }), 'Enter');
    const summary = page.getByRole('alert').filter({ hasText: 'There is a problem' });
    await summary.waitFor();
    await expectNoAxeViolations(page, { label: 'the invitation page with an error' });
    await page.getByLabel('Password', { exact: true }).fill('lantern orchard kettle');
    await press(page, page.getByRole('button', { name: 'Save password and sign in' }), 'Enter');
    await page.getByRole('heading', { level: 1, name: 'Shared records' }).waitFor();
    await press(page, page.getByRole('link', { name: /Margaret Ellen Thompson/ }), 'Enter');
    await page.getByRole('heading', { level: 2, name: 'Daily records of visits' }).waitFor();
    expect(await page.getByRole('heading', { name: 'Care and support plan' }).count()).toBe(0);
    // The large print holds the visits too, so it is offered with daily records alone.
    expect(await page.getByRole('link', { name: 'Large print PDF' }).count()).toBe(1);
    // The link is used up.
    await page.goto(link);
    await page.getByRole('heading', { level: 1, name: 'This invitation link cannot be used' }).waitFor();
  });

  test('an invitation link that is not known says so', async () => {
    const page = b.page();
    await page.goto(`/shared/join/${'n'.repeat(43)}`);
    await page.getByRole('heading', { level: 1, name: 'This invitation link cannot be used' }).waitFor();
    await expectNoAxeViolations(page, { label: 'the unknown invitation page' });
  });
});
