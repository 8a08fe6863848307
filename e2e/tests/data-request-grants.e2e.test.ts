// Answering a data request with an access grant: a manager opens an open request (the count-down shows), answers it
// by keyboard with read-only access for the officer to chosen parts, and sees the request answered, the link to send
// (once) and the grant listed; then revokes it. The officer opens the link, sets a password and sees only the granted
// parts, read-only, until the grant is revoked. Checked with axe, and at 360 px nothing scrolls sideways.
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, test } from 'vitest';
import { accounts } from '../support/accounts.js';
import { apiSignIn, type ApiSession } from '../support/api.js';
import { expectNoAxeViolations } from '../support/axe.js';
import { openPage, useBrowser } from '../support/browser.js';
import { createPersonByApi, uniqueName } from '../support/people.js';
import { signIn } from '../support/sign-in.js';

const b = useBrowser();
const homecare = 'Riverside Homecare \u2013 Leeds';

let personName = '';
let council = '';
let requestId = '';
let personId = '';
let manager: ApiSession;
let serviceId = '';

beforeAll(async () => {
  personName = uniqueName('Gwen', 'Granted');
  council = uniqueName('Wakefield', 'Council');
  manager = await apiSignIn(accounts.manager);
  personId = (await createPersonByApi(manager, personName, homecare)).id;
  serviceId = (await manager.get<{ id: string; name: string }[]>('/api/services')).find((s) => s.name === homecare)?.id ?? '';
  requestId = await logRequest();
});

/** An open request about the person from the council, received 2 hours ago. */
async function logRequest(): Promise<string> {
  return (await manager.post<{ id: string }>('/api/data-requests', {
    serviceId,
    requester: { name: 'Priya Shah', organisation: council, role: 'social_care_professional', email: 'priya.shah@wakefield.example' },
    personIds: [personId],
    whatAsked: 'Daily records for the last fortnight, for a care review',
    receivedAt: new Date(Date.now() - 2 * 3_600_000).toISOString(),
  })).id;
}

async function pressOn(page: Page, role: 'button' | 'checkbox', name: string | RegExp): Promise<void> {
  await page.getByRole(role, typeof name === 'string' ? { name, exact: true } : { name }).focus();
  await page.keyboard.press(role === 'button' ? 'Enter' : 'Space');
}

describe('answering a data request with an access grant', () => {
  test('a manager gives the officer read-only access by keyboard, sees the request answered and the link, then revokes it', async () => {
    const page = b.page();
    await signIn(page, accounts.manager);
    await page.goto(`/data-requests/${requestId}`);
    await page.getByRole('heading', { level: 1, name: `Request from Priya Shah, ${council}` }).waitFor();
    const status = page.locator('main p').filter({ hasText: 'left' }).first();
    await expect.poll(() => status.innerText()).toMatch(/^Open\s+\d+ hours( \d+ minutes?)? left/);

    const form = page.getByRole('form', { name: 'Answer with an access grant' });
    await form.waitFor();
    // The officer comes from the request; the person is ticked; the end is offered 7 days ahead.
    expect(await form.getByLabel('Officer’s name').inputValue()).toBe('Priya Shah');
    expect(await form.getByLabel('Officer’s email address').inputValue()).toBe('priya.shah@wakefield.example');
    expect(await form.getByRole('checkbox', { name: personName }).isChecked()).toBe(true);
    expect(await form.getByLabel('Time access ends').inputValue()).toMatch(/^\d{2}:\d{2}$/);
    await expectNoAxeViolations(page, { label: 'an open request with the access grant form' });

    // Sent with no parts: the error summary says so, linked to the field.
    await pressOn(page, 'button', 'Give access and answer the request');
    const summary = form.locator('.nhsuk-error-summary');
    await summary.getByRole('link', { name: 'Choose at least one part of the record the officer may see' }).waitFor();
    await expectNoAxeViolations(page, { label: 'the access grant form with errors' });
    await page.setViewportSize({ width: 360, height: 800 });
    await expect.poll(() => page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    await page.setViewportSize({ width: 1280, height: 800 });

    await pressOn(page, 'checkbox', 'Care and support plan (everyday sections)');
    await pressOn(page, 'checkbox', 'Daily records of visits');
    await pressOn(page, 'button', 'Give access and answer the request');

    await page.getByText(/^The request is answered: Priya Shah has read-only access until/).waitFor();
    const link = page.getByText(/^Send this link to the officer:/);
    await link.waitFor();
    expect(await link.innerText()).toMatch(/\/shared\/join\/[A-Za-z0-9_-]{43}/);
    await expect.poll(() => page.locator('main').innerText()).toMatch(/Answered\s+2 hours( \d+ minutes?)?, within the deadline/);
    const grants = page.getByRole('region', { name: 'Access grants' });
    const grant = grants.getByRole('listitem').first();
    expect((await grant.innerText()).replace(/\s+/g, ' ')).toContain(`Active Priya Shah (priya.shah@wakefield.example) Read-only, for ${personName}: Care and support plan (everyday sections); Daily records of visits.`);
    const history = await page.getByRole('list', { name: 'Updates, newest first' }).getByRole('listitem').allInnerTexts();
    expect(history[0]).toContain('Answered by an access grant');
    // The forms to answer are gone: the request is closed.
    expect(await page.getByRole('form', { name: 'Answer with an access grant' }).count()).toBe(0);
    await expectNoAxeViolations(page, { label: 'a request answered by an access grant' });

    await page.setViewportSize({ width: 360, height: 800 });
    // The header folds its menu after the resize, a moment later: wait for it.
    await expect.poll(() => page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    await page.setViewportSize({ width: 1280, height: 800 });

    // Revoking needs a reason, then ends the access at once.
    await pressOn(page, 'button', 'Revoke access for Priya Shah');
    await pressOn(page, 'button', 'Revoke access now');
    await grants.locator('.nhsuk-error-summary').getByRole('link', { name: 'Enter why the access is ended' }).waitFor();
    await grants.getByLabel('Why the access is ended').fill('The review is finished');
    await pressOn(page, 'button', 'Revoke access now');
    await page.getByText('Access for Priya Shah is revoked').waitFor();
    await expect.poll(() => grant.innerText()).toMatch(/^Revoked/);
    expect(await grant.innerText()).toContain('The review is finished');
    expect(await page.getByText(/^Send this link to the officer:/).count()).toBe(0);
    await expectNoAxeViolations(page, { label: 'a request with a revoked access grant' });
  });
});

describe('the officer’s side of an access grant', () => {
  test('the officer opens the link, sets a password and sees only the granted parts, read-only, until it is revoked', async () => {
    const request = await logRequest();
    const officerEmail = `officer.${Date.now().toString(36)}@wakefield.example`;
    const issued = await manager.post<{ grant: { id: string }; invitation: { link: string } }>(`/api/data-requests/${request}/grants`, {
      officerName: 'Sam Patel', officerEmail, personIds: [personId], parts: ['daily_records'],
      expiresAt: new Date(Date.now() + 2 * 24 * 3_600_000).toISOString(),
    });

    // The officer's own browser: no staff session in it.
    const officer = await openPage(b.browser());
    try {
      const page = officer.page;
      await page.goto(issued.invitation.link);
      await page.getByRole('heading', { level: 1, name: 'Choose a password' }).waitFor();
      await page.getByText(`has invited Sam Patel (${officerEmail})`).waitFor();
      await expectNoAxeViolations(page, { label: 'the officer’s invitation page' });
      await page.getByLabel('Password', { exact: true }).fill('quiet harbour lantern morning');
      await pressOn(page, 'button', 'Save password and sign in');

      await page.getByRole('heading', { level: 1, name: 'Shared records' }).waitFor();
      await page.getByRole('link', { name: personName }).click();
      await page.getByRole('heading', { level: 1, name: personName }).waitFor();
      await page.getByText('Officer answering a request for information (read only).').waitFor();
      await page.getByText('Shared with you: Daily records of visits').waitFor();
      await page.getByRole('heading', { name: 'Daily records of visits' }).waitFor();
      // Only the granted part, and nothing to add: the plan is not shown and there is no form.
      expect(await page.getByRole('heading', { name: 'Care and support plan' }).count()).toBe(0);
      expect(await page.getByRole('heading', { name: 'Add to the record' }).count()).toBe(0);
      await expectNoAxeViolations(page, { label: 'a record seen by an officer through an access grant' });

      await manager.post(`/api/data-requests/${request}/grants/${issued.grant.id}/revoke`, { reason: 'The review is finished' });
      await page.reload();
      await page.getByRole('heading', { level: 1, name: 'This record is no longer shared with you' }).waitFor();
    } finally {
      await officer.context.close();
    }
  });
});
