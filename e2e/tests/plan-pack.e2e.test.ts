// The pack for the home: printed from the plan page and downloaded, its PDF text checked, a refusal shown as an
// error summary, then flagged out of date on the plans page once a newer plan is put into use.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { accounts } from '../support/accounts.js';
import { apiSignIn, type ApiSession } from '../support/api.js';
import { expectNoAxeViolations } from '../support/axe.js';
import { useBrowser } from '../support/browser.js';
import { uniqueName } from '../support/people.js';
import { signIn } from '../support/sign-in.js';

const b = useBrowser();
const agreement = { method: 'signed_on_screen', agreedBy: 'Ruth Calder', date: '2026-11-20', witness: null, authority: null, bestInterestsDecision: null };

let senior: ApiSession;
let personId = '';
let legalName = '';

function content(time: string) {
  return {
    writtenInFirstPerson: true,
    involvement: [{ kind: 'person', name: 'Ruth Calder', relationship: null, how: 'in_person', date: '2026-11-20' }],
    sections: [
      { sectionKey: 'one_page_profile', answers: [{ promptKey: 'what_matters_to_me', text: 'My allotment and my grandson Ellis' }] },
      { sectionKey: 'personal_care', steps: [{ id: 's1', when: 'Morning visit', time, what: 'Help me into the shower and wash my back', who: 'Care worker' }] },
    ],
  };
}

async function agreeAndUse(time: string): Promise<void> {
  const base = `/api/people/${personId}/care-plan`;
  const draft = await senior.put<{ revision: number }>(`${base}/draft`, { revision: null, reason: `Morning at ${time}`, content: content(time) });
  const agreed = await senior.post<{ version: number }>(`${base}/draft/agree`, { revision: draft.revision, agreement });
  await senior.post(`${base}/versions/${agreed.version}/start-use`);
}

beforeAll(async () => {
  senior = await apiSignIn(accounts.senior);
  const services = await senior.get<{ id: string; name: string }[]>('/api/services');
  const homecare = services.find((s) => s.name.startsWith('Riverside Homecare'));
  legalName = uniqueName('Ruth', 'Calder');
  personId = (await senior.post<{ id: string }>('/api/people', {
    serviceId: homecare?.id, legalName, dateOfBirth: '1939-07-01', nhsNumber: null,
    address: { line1: '4 Canal Wharf', line2: null, town: 'Leeds', postcode: 'LS11 5PS' },
    alerts: [{ kind: 'allergy', description: 'Sulfa drugs' }],
  })).id;
  await agreeAndUse('08:15');
});

function pdfFile(pdf: Buffer): string {
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'hearth-e2e-pack-')), 'pack.pdf');
  fs.writeFileSync(file, pdf);
  return file;
}

function pdfText(pdf: Buffer): string {
  // Large print wraps long lines: compare with the line breaks folded into spaces.
  return execFileSync('pdftotext', [pdfFile(pdf), '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
}

function pdfPages(pdf: Buffer): number {
  const info = execFileSync('pdfinfo', [pdfFile(pdf)], { encoding: 'utf8' });
  return Number(/^Pages:\s+(\d+)/m.exec(info)?.[1]);
}

const busyProblem = {
  type: 'https://hearth.invalid/problems/service-busy',
  title: 'Hearth is busy',
  status: 503,
  code: 'service_busy',
  detail: 'Many packs are being printed at the moment: print this one again in a few seconds.',
};

describe('the pack for the home', () => {
  test('print the pack from the plan page by keyboard; the downloaded PDF holds the guide, the profile, the plan and the alerts', async () => {
    const page = b.page();
    await signIn(page, accounts.senior);
    await page.goto(`/people/${personId}/plan`);
    await page.getByRole('button', { name: 'Print the pack (PDF, large print)' }).focus();
    await page.keyboard.press('Enter');

    const link = page.getByRole('link', { name: /^Download the pack \(PDF, large print, \d+ pages\)$/ });
    await link.waitFor();
    expect(await page.getByRole('status').filter({ hasText: 'The pack' }).textContent()).toBe('The pack (large print) is ready to download.');
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toMatch(/^Download the pack/);
    const surname = legalName.split(' ')[1]?.toLowerCase() ?? '';
    expect(await link.getAttribute('download')).toBe(`pack-${surname}-v1-large.pdf`);

    const [download] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')]);
    expect(download.suggestedFilename()).toBe(`pack-${surname}-v1-large.pdf`);
    const pdf = fs.readFileSync(await download.path());
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const text = pdfText(pdf);
    for (const expected of [legalName, 'Plan version 1', 'Service user guide', 'My allotment and my grandson Ellis', 'Help me into the shower', 'Allergy: Sulfa drugs', 'Medication record']) {
      expect(text).toContain(expected);
    }
    // The page count on the link is the PDF's own.
    expect(await link.textContent()).toBe(`Download the pack (PDF, large print, ${pdfPages(pdf)} pages)`);
    await expectNoAxeViolations(page, { label: 'the plan page with the pack ready to download' });
  });

  // The server's own refusals (busy with Retry-After, render failures) are covered by the server tests; here the answer
  // is stood in for with page.route so the screen can be checked while it waits and once it is refused.
  test('a refusal while many packs are printing shows an error summary with the wait, not raw problem+json', async () => {
    const page = b.page();
    await signIn(page, accounts.senior);
    let answer: () => void = () => undefined;
    const answered = new Promise<void>((resolve) => {
      answer = resolve;
    });
    await page.route((url) => url.pathname === `/api/people/${personId}/pack.pdf`, async (route) => {
      await answered;
      await route.fulfill({
        status: 503,
        headers: { 'content-type': 'application/problem+json', 'retry-after': '5' },
        body: JSON.stringify(busyProblem),
      });
    });
    await page.goto(`/people/${personId}/plan`);
    const standard = page.getByRole('button', { name: 'Print the pack (PDF, standard print)' });
    await standard.click();

    // While the server has not answered: said politely, and neither button can start a second print.
    const status = page.getByRole('status').filter({ hasText: 'Preparing' });
    expect(await status.textContent()).toBe('Preparing the pack (standard print)…');
    expect(await standard.getAttribute('aria-busy')).toBe('true');
    expect(await standard.isDisabled()).toBe(true);
    expect(await page.getByRole('button', { name: 'Print the pack (PDF, large print)' }).isDisabled()).toBe(true);
    answer();

    const summary = page.locator('.nhsuk-error-summary');
    await summary.waitFor();
    expect(await summary.getByRole('heading').textContent()).toBe('The pack was not printed');
    expect(await summary.textContent()).toContain(`${busyProblem.detail} Try again in 5 seconds.`);
    await expect.poll(() => page.evaluate(() => document.activeElement?.classList.contains('nhsuk-error-summary') ?? false)).toBe(true);
    expect(await standard.isDisabled()).toBe(false);
    expect(await page.getByRole('link', { name: /Download the pack/ }).count()).toBe(0);
    expect(await page.locator('body').textContent()).not.toContain('"code"');
    await expectNoAxeViolations(page, { label: 'the plan page with a refused pack' });
  });

  test('a newer plan in use flags the paper copy as out of date on the plans page', async () => {
    await agreeAndUse('09:00');
    const page = b.page();
    await signIn(page, accounts.senior);
    await page.goto('/plans');
    const packs = page.getByRole('region', { name: 'Paper packs out of date' });
    await expect.poll(() => packs.textContent()).toContain(legalName);
    expect(await packs.textContent()).toContain('Version 1');
    expect(await packs.textContent()).toContain('Version 2');
    await expectNoAxeViolations(page, { label: 'the plans page with out-of-date packs' });
  });
});
