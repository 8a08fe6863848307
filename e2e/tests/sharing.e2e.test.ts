// Sharing decided by the person: the senior opens Peggy Thompson's sharing page (David sees her plan and daily
// records), adds a contact, invites them to their own sign-in, records by keyboard that Peggy shares only her daily
// records with them and sees it in force, is told a reason is needed to stop sharing, then stops it and sees
// "Stopped". Every page is checked with axe, and at 360 pixels wide.
import type { Locator, Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { accounts } from '../support/accounts.js';
import { expectNoAxeViolations } from '../support/axe.js';
import { useBrowser } from '../support/browser.js';
import { openPerson, uniqueName } from '../support/people.js';
import { expectNoSidewaysScroll, onPhone } from '../support/phone.js';
import { signIn } from '../support/sign-in.js';

const b = useBrowser();

/** Moves focus to a control and presses a key on it, as a keyboard user tabbing there would. */
async function press(page: Page, locator: Locator, key: 'Space' | 'Enter'): Promise<void> {
  await locator.focus();
  await page.keyboard.press(key);
}

describe('sharing decided by the person', () => {
  test('the senior adds a contact, records that Peggy shares her daily records only, then stops sharing with a reason', async () => {
    const page = b.page();
    const contactName = uniqueName('Rita', 'Neighbour');
    await signIn(page, accounts.senior);
    await page.goto('/people');
    await openPerson(page, 'Margaret Ellen Thompson');

    await press(page, page.getByRole('link', { name: 'Sharing and contacts', exact: true }), 'Enter');
    await page.getByRole('heading', { level: 1, name: /Sharing and contacts/ }).waitFor();
    const davidRow = page.getByRole('row').filter({ hasText: 'David Thompson' });
    await davidRow.waitFor();
    expect(await davidRow.textContent()).toContain('Daily records of visits');
    await expectNoAxeViolations(page, { label: 'the sharing page' });

    await press(page, page.getByRole('button', { name: 'Add a contact' }), 'Enter');
    await page.getByRole('heading', { level: 1, name: /Add a contact/ }).waitFor();
    await page.getByLabel('Their name', { exact: true }).fill(contactName);
    await press(page, page.getByRole('group', { name: 'How do they know Peggy?' }).getByLabel('Friend', { exact: true }), 'Space');
    await page.getByLabel('Email address (optional)').fill('rita.neighbour@friends.example');
    await expectNoAxeViolations(page, { label: 'the add contact form' });
    await press(page, page.getByRole('button', { name: 'Add the contact' }), 'Enter');

    await page.getByRole('heading', { level: 1, name: new RegExp(contactName) }).waitFor();
    await page.getByText(`${contactName} has been added`).waitFor();
    const now = page.getByRole('region', { name: 'What they see now' });
    expect(await now.textContent()).toContain('Not yet decided: nothing is shared');

    // The invitation link is shown once, to copy and send.
    await press(page, page.getByRole('button', { name: 'Invite to sign in' }), 'Enter');
    const link = page.getByLabel('Invitation link', { exact: true });
    await link.waitFor();
    expect(await link.inputValue()).toMatch(/\/shared\/join\/[\w-]{20,}$/);
    await expect.poll(() => page.locator('.nhsuk-summary-list').textContent()).toContain('Invited');

    const decision = page.getByRole('region', { name: 'Record what Peggy decides' });
    await press(page, decision.getByLabel('Daily records of visits', { exact: true }), 'Space');
    // Legal authority reveals where to name it; the person deciding hides it again.
    await press(page, decision.getByLabel(/^Someone with legal authority decided/), 'Space');
    const authority = decision.getByLabel('Who decided, and on what authority');
    await authority.waitFor();
    // A decision for Peggy would rest on an assessment finding she lacks capacity for it; none does, so none is offered.
    await expect
      .poll(() => decision.getByRole('group', { name: 'Which capacity assessment does this rest on?' }).textContent())
      .toContain('No assessment in force finds Peggy lacks capacity to decide who may see their record');
    await press(page, decision.getByLabel('Peggy decided', { exact: true }), 'Space');
    await authority.waitFor({ state: 'detached' });
    await decision.getByLabel('What Peggy said, or why this was decided').fill('Rita pops in most days; she can see how my visits went.');
    await press(page, decision.getByRole('button', { name: 'Save the decision' }), 'Enter');
    await page.getByText('The decision has been saved: sharing').waitFor();
    await expect.poll(() => now.textContent()).toContain('Sharing');
    expect(await now.textContent()).toContain('Daily records of visits');
    expect(await now.textContent()).not.toContain('Care and support plan');
    await expectNoAxeViolations(page, { label: 'the contact page with sharing in force' });

    // Sent with no reason: the error summary says so, and nothing changes.
    const stop = page.getByRole('region', { name: `Stop sharing with ${contactName}` });
    await press(page, stop.getByLabel('Peggy decided', { exact: true }), 'Space');
    await press(page, stop.getByRole('button', { name: 'Stop sharing' }), 'Enter');
    const summary = page.getByRole('alert').filter({ hasText: 'There is a problem' });
    await summary.waitFor();
    expect(await summary.textContent()).toContain('Enter why the sharing is stopping');
    await expect.poll(() => page.evaluate(() => document.activeElement?.closest('.nhsuk-error-summary') !== null)).toBe(true);
    await expectNoAxeViolations(page, { label: 'the contact page with a stop-sharing error' });
    await press(page, summary.getByRole('link', { name: 'Enter why the sharing is stopping' }), 'Enter');
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('stop-reason');
    await page.keyboard.type('Peggy would rather tell Rita herself.');
    await press(page, stop.getByRole('button', { name: 'Stop sharing' }), 'Enter');

    await page.getByText(`Sharing with ${contactName} has stopped`).waitFor();
    await expect.poll(() => now.textContent()).toContain('Stopped');
    const history = page.getByRole('region', { name: 'Decision history' });
    expect(await history.getByRole('heading', { level: 3 }).count()).toBe(2);
    expect(await history.textContent()).toContain('Stopped sharing');
    expect(await history.textContent()).toContain('Share: Daily records of visits');
    expect(await page.getByRole('region', { name: `Stop sharing with ${contactName}` }).count()).toBe(0);
    await expectNoAxeViolations(page, { label: 'the contact page after sharing stopped' });

    await page.goto(new URL(page.url()).pathname.replace(/\/[^/]+$/, ''));
    const row = page.getByRole('row').filter({ hasText: contactName });
    await row.waitFor();
    expect(await row.textContent()).toContain('Stopped');
  });

  test('a care worker reads the sharing page but is offered no way to add or decide', async () => {
    const page = b.page();
    await signIn(page, accounts.carer);
    await page.goto('/people');
    const personPath = await openPerson(page, 'Margaret Ellen Thompson');
    await page.goto(`${personPath}/sharing`);
    await page.getByRole('row').filter({ hasText: 'David Thompson' }).waitFor();
    expect(await page.getByRole('button', { name: 'Add a contact' }).count()).toBe(0);
    await page.getByRole('link', { name: 'David Thompson', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: /David Thompson/ }).waitFor();
    await page.getByRole('region', { name: 'Decision history' }).waitFor();
    expect(await page.getByRole('region', { name: 'Record what Peggy decides' }).count()).toBe(0);
    expect(await page.getByRole('button', { name: 'Invite to sign in' }).count()).toBe(0);
  });

  test('on a 360-pixel phone the sharing page and a contact page need no sideways scrolling', async () => {
    await onPhone(b.browser(), async (page) => {
      await signIn(page, accounts.senior);
      await page.goto('/people');
      const personPath = await openPerson(page, 'Margaret Ellen Thompson');
      await page.goto(`${personPath}/sharing`);
      await page.getByRole('row').filter({ hasText: 'David Thompson' }).waitFor();
      await expectNoSidewaysScroll(page);
      await page.getByRole('link', { name: 'David Thompson', exact: true }).click();
      await page.getByRole('region', { name: 'Record what Peggy decides' }).waitFor();
      await expectNoSidewaysScroll(page);
    });
  });
});
