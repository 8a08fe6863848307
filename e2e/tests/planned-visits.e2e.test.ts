// The rounds, for seniors: Sam plans Carla's visit to a new person on tomorrow's round by the form (its errors first),
// cancels another with a reason, prints the emergency pack for Carla's round with its progress and checks the PDF
// holds the round's people, and sees a record left unsent on Carla's phone for two days. Axe on every page.
import { execFileSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, test } from 'vitest';
import { accounts, demoOrganisation } from '../support/accounts.js';
import { apiSignIn, type ApiSession } from '../support/api.js';
import { expectNoAxeViolations } from '../support/axe.js';
import { useBrowser } from '../support/browser.js';
import { followMenuLink } from '../support/menu.js';
import { uniqueName } from '../support/people.js';
import { personWithThinAgreedPlan } from '../support/plans.js';
import { signIn } from '../support/sign-in.js';

const b = useBrowser();
const serviceName = demoOrganisation.services.homecare;
let senior: ApiSession;
let carlaId = '';
let serviceId = '';
const newcomer = { name: uniqueName('Ivy', 'Threlkeld'), id: '' };

const londonDate = (at: Date) => new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/London' }).format(at);
const tomorrow = () => londonDate(new Date(Date.now() + 24 * 3_600_000));
/** The instant a clock in England shows HH:MM on a day (the e2e browser and server both keep London time). */
function londonInstant(date: string, time: string): string {
  for (const offset of ['+00:00', '+01:00']) {
    const at = new Date(`${date}T${time}:00${offset}`);
    if (new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/London', hour: '2-digit', minute: '2-digit' }).format(at) === time) return at.toISOString();
  }
  throw new Error(`no ${time} on ${date} in England`);
}

beforeAll(async () => {
  senior = await apiSignIn(accounts.senior);
  const services = await senior.get<{ id: string; name: string }[]>('/api/services');
  serviceId = services.find((s) => s.name === serviceName)?.id ?? '';
  const day = await senior.get<{ workers: { id: string; name: string }[] }>(`/api/services/${serviceId}/planned-visits`);
  carlaId = day.workers.find((w) => w.name === 'Carla Reid')?.id ?? '';
  newcomer.id = await personWithThinAgreedPlan(senior, newcomer.name, serviceName, { putIntoUse: true });
});

async function planByApi(time: string, end: string): Promise<{ id: string }> {
  return senior.post('/api/planned-visits', {
    personId: newcomer.id, staffId: carlaId, startsAt: londonInstant(tomorrow(), time), endsAt: londonInstant(tomorrow(), end), label: null,
  });
}

async function openTomorrowsRounds(page: Page): Promise<void> {
  await signIn(page, accounts.senior);
  await followMenuLink(page, 'Rounds');
  await page.getByRole('heading', { level: 1, name: /Rounds: Today, / }).waitFor();
  await page.getByRole('link', { name: /^Next day/ }).click();
  await page.getByRole('heading', { level: 1, name: /Rounds: Tomorrow, / }).waitFor();
}

describe('the rounds', () => {
  test('a senior plans Carla’s visit to a new person on tomorrow’s round, and cancels another with a reason', async () => {
    const page = b.page();
    await openTomorrowsRounds(page);
    await page.getByRole('heading', { level: 2, name: /^Carla Reid’s round \(\d+ visits?\)$/ }).waitFor();
    await expectNoAxeViolations(page, { label: 'the rounds page' });

    await page.getByRole('button', { name: 'Plan a visit' }).click();
    await page.getByRole('heading', { level: 1, name: 'Plan a visit' }).waitFor();
    // Nothing chosen: every problem is listed, each beside its field.
    await page.getByRole('button', { name: 'Plan the visit' }).click();
    const summary = page.getByRole('alert').filter({ hasText: 'There is a problem' });
    await summary.waitFor();
    for (const message of ['Choose who is visited', 'Choose the care worker', 'Enter the start time']) {
      expect(await summary.innerText()).toContain(message);
    }
    await expectNoAxeViolations(page, { label: 'the plan-a-visit form with errors' });

    await page.getByLabel('Who is visited').selectOption({ label: newcomer.name });
    await page.getByLabel('Care worker').selectOption({ label: 'Carla Reid' });
    await page.getByLabel('Starts at').fill('10:00');
    await page.getByLabel('Ends at').fill('10:30');
    await page.getByLabel('Name of the visit (optional)').fill('Mid-morning visit');
    await page.getByRole('button', { name: 'Plan the visit' }).click();
    await page.getByText(`Carla Reid will visit ${newcomer.name} on`).waitFor();
    const carlas = page.getByRole('region', { name: /^Carla Reid’s round/ });
    const row = carlas.getByRole('row').filter({ hasText: newcomer.name });
    expect(await row.innerText()).toMatch(/10:00 to 10:30[\s\S]*Mid-morning visit/);

    // Another visit, cancelled with a reason: it stays on the round, marked.
    await planByApi('15:00', '15:30');
    await page.reload();
    const afternoon = carlas.getByRole('row').filter({ hasText: '15:00 to 15:30' }).filter({ hasText: newcomer.name });
    await afternoon.getByRole('link', { name: /^Cancel/ }).click();
    await page.getByRole('heading', { level: 1, name: 'Cancel a visit' }).waitFor();
    await page.getByRole('button', { name: 'Cancel the visit' }).click();
    await page.getByRole('alert').filter({ hasText: 'Enter why the visit is cancelled' }).waitFor();
    await expectNoAxeViolations(page, { label: 'the cancel form with an error' });
    await page.getByLabel('Why is the visit cancelled?').fill('Ivy is at a hospital appointment');
    await page.getByRole('button', { name: 'Cancel the visit' }).click();
    await page.getByText(/^The visit to .* is cancelled\.$/).waitFor();
    expect(await afternoon.innerText()).toMatch(/Cancelled\s+Ivy is at a hospital appointment/);
    await expectNoAxeViolations(page, { label: 'the rounds page with a cancelled visit' });
  });

  test('the emergency pack for Carla’s round prints with its progress, as one PDF of the round’s people', async () => {
    await planByApi('11:00', '11:30');
    const page = b.page();
    await openTomorrowsRounds(page);
    await page.getByRole('link', { name: 'Print the emergency pack for this round (Carla Reid)' }).click();
    await page.getByRole('heading', { level: 1, name: /Emergency pack: Carla Reid’s round on \w+day \d+ \w+$/ }).waitFor();
    await page.getByRole('listitem').filter({ hasText: newcomer.name }).waitFor();
    await expectNoAxeViolations(page, { label: 'the emergency pack page for a round' });

    await page.getByRole('button', { name: 'Print the emergency pack for this round' }).click();
    const words = page.locator('#emergency-pack-progress-words');
    await expect.poll(() => words.textContent(), { timeout: 60_000 }).toMatch(/^Prepared (\d+) of \1 packs?\. The emergency pack is ready to download\.$/);
    const link = page.getByRole('link', { name: /^Download the emergency pack \(PDF, \d+ pages\)$/ });
    const [download] = await Promise.all([page.waitForEvent('download'), link.click()]);
    expect(download.suggestedFilename()).toBe(`emergency-pack-riverside-homecare-leeds-round-carla-reid-${tomorrow()}.pdf`);
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'hearth-e2e-round-')), 'pack.pdf');
    fs.writeFileSync(file, fs.readFileSync(await download.path()));
    const text = execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
    for (const expected of ['Emergency pack', serviceName, 'Carla Reid’s round on', newcomer.name, 'Care and support pack']) expect(text).toContain(expected);
    await expectNoAxeViolations(page, { label: 'the round’s emergency pack ready to download' });
  });

  test('a senior sees a record left unsent on Carla’s phone for two days: whose phone, who for, since when', async () => {
    const carla = await apiSignIn(accounts.carer);
    const savedAt = new Date(Date.now() - 49 * 3_600_000).toISOString();
    await carla.post('/api/outbox-reports', {
      deviceId: randomUUID(),
      entries: [{ clientId: randomUUID(), personId: newcomer.id, savedAt, state: 'waiting', lastErrorCode: null }],
    });
    const page = b.page();
    await signIn(page, accounts.senior);
    await followMenuLink(page, 'Rounds');
    const section = page.getByRole('region', { name: 'Records not sent from phones' });
    const row = section.getByRole('row').filter({ hasText: newcomer.name });
    await row.waitFor();
    expect(await row.innerText()).toMatch(/Carla Reid[\s\S]*2 days ago[\s\S]*Waiting to send/);
    await expectNoAxeViolations(page, { label: 'the rounds page with a record unsent on a phone' });
  });
});
