// Comments and attached files on the plan page: a senior comments on a section and attaches a PDF, sees both with
// the time, and downloads the file exactly as sent; a care worker comments but is offered no upload.
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
const agreement = {
  method: 'signed_on_screen',
  agreedBy: 'Nora Ellis',
  date: '2026-11-20',
  witness: null,
  authority: null,
  bestInterestsDecision: null,
};
/** "23 November 2026 at 14:05", as the app shows a moment in Europe/London. */
const shownTime = /\d{1,2} [A-Z][a-z]+ \d{4} at \d{1,2}:\d{2}/;

// A small but real one-page PDF.
const pdf = Buffer.from(
  '%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n' +
    '3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 200 200]>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n',
);

let senior: ApiSession;
let personId = '';

beforeAll(async () => {
  senior = await apiSignIn(accounts.senior);
  const services = await senior.get<{ id: string; name: string }[]>('/api/services');
  const homecare = services.find((s) => s.name.startsWith('Riverside Homecare'));
  personId = (
    await senior.post<{ id: string }>('/api/people', {
      serviceId: homecare?.id,
      legalName: uniqueName('Nora', 'Ellis'),
      dateOfBirth: '1941-02-11',
      nhsNumber: null,
      address: { line1: '9 Weaver Row', line2: null, town: 'Leeds', postcode: 'LS6 2AA' },
    })
  ).id;
  const base = `/api/people/${personId}/care-plan`;
  const content = {
    writtenInFirstPerson: true,
    involvement: [{ kind: 'person', name: 'Nora Ellis', relationship: null, how: 'in_person', date: '2026-11-20' }],
    sections: [
      {
        sectionKey: 'personal_care',
        outcomes: [
          {
            id: 'o1',
            goal: 'I want to wash my hair myself',
            howMet: 'A long-handled brush',
            whoInvolved: 'Me',
            targetDate: null,
          },
        ],
      },
    ],
  };
  const draft = await senior.put<{ revision: number }>(`${base}/draft`, { revision: null, reason: null, content });
  const agreed = await senior.post<{ version: number }>(`${base}/draft/agree`, { revision: draft.revision, agreement });
  await senior.post(`${base}/versions/${agreed.version}/start-use`);
});

describe('comments and attachments on the plan', () => {
  test('a senior comments on a section and attaches a PDF; both are listed with the time; the file downloads unchanged', async () => {
    const page = b.page();
    await signIn(page, accounts.senior);
    await page.goto(`/people/${personId}/plan`);

    // A comment with nothing in it is refused, with the summary and the field saying why.
    await page.getByRole('button', { name: 'Add comment', exact: true }).click();
    await expect.poll(() => page.locator('#comment-error-summary-title').isVisible()).toBe(true);
    await expect.poll(() => page.locator('#comment-body-error').textContent()).toContain('Enter your comment');
    await expectNoAxeViolations(page, { label: 'the plan page with a comment error' });

    // From the section itself, by keyboard: the form is set to that section and takes focus.
    await page.getByRole('button', { name: 'Add a comment about My personal care' }).focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('comment-body');
    expect(await page.getByLabel('About which part of the plan (optional)').inputValue()).toBe('personal_care');
    await page.keyboard.type('Washed her own hair on Tuesday with the long-handled brush.');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Add comment');
    await page.keyboard.press('Enter');
    await page.getByRole('status').filter({ hasText: 'Your comment about My personal care was added.' }).waitFor();
    const underSection = page.locator('section[aria-labelledby="section-personal_care"] .hearth-note');
    await expect.poll(() => underSection.count()).toBe(1);
    expect(await underSection.textContent()).toMatch(shownTime);
    expect(await underSection.textContent()).toContain('Sam Okafor (Senior care worker)');

    // Attach the PDF to the same section.
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'hearth-e2e-attach-')), 'Hair wash review.pdf');
    fs.writeFileSync(file, pdf);
    await page.getByLabel('File', { exact: true }).setInputFiles(file);
    await page.getByLabel('Which part of the plan it is about (optional)').selectOption('personal_care');
    await page.getByLabel('What the file is (optional)').fill('Occupational therapist\u2019s note');
    await page.getByRole('button', { name: 'Attach file' }).click();
    await page.getByRole('status').filter({ hasText: 'Hair wash review.pdf was attached.' }).waitFor();
    const row = page.locator('#plan-attachments-heading ~ table tbody tr');
    await expect.poll(() => row.count()).toBe(1);
    const rowText = (await row.textContent()) ?? '';
    expect(rowText).toMatch(shownTime);
    expect(rowText).toContain('by Sam Okafor');
    expect(rowText).toContain('My personal care');

    const link = page.getByRole('link', { name: 'Hair wash review.pdf' });
    const href = (await link.getAttribute('href')) ?? '';
    const response = await page.request.get(href);
    expect(response.status()).toBe(200);
    expect(response.headers()['content-type']).toBe('application/pdf');
    expect(response.headers()['content-disposition']).toContain("filename*=UTF-8''Hair%20wash%20review.pdf");
    expect(response.headers()['x-content-type-options']).toBe('nosniff');
    expect(Buffer.compare(await response.body(), pdf)).toBe(0);

    // The API agrees: the file's time and fingerprint were recorded.
    const listed = await senior.get<{ fileName: string; addedAt: string; sizeBytes: number }[]>(
      `/api/people/${personId}/care-plan/attachments`,
    );
    expect(listed[0]).toMatchObject({ fileName: 'Hair wash review.pdf', sizeBytes: pdf.length });
    expect(Date.now() - Date.parse(listed[0]!.addedAt)).toBeLessThan(5 * 60_000);

    await expectNoAxeViolations(page, { label: 'the plan page with comments and attachments' });
  });

  test('a care worker adds a comment and can download files, but is offered no upload', async () => {
    const page = b.page();
    await page.setViewportSize({ width: 360, height: 800 });
    await signIn(page, accounts.carer);
    await page.goto(`/people/${personId}/plan`);
    await page.getByRole('link', { name: 'Hair wash review.pdf' }).waitFor();
    expect(await page.getByRole('heading', { name: 'Attach a file' }).count()).toBe(0);
    expect(await page.locator('input[type="file"]').count()).toBe(0);

    await page.getByLabel('Your comment').fill('Nora asked to try a shower chair next week.');
    await page.getByRole('button', { name: 'Add comment', exact: true }).click();
    await page.getByRole('status').filter({ hasText: 'Your comment was added.' }).waitFor();
    const first = page.locator('#plan-comments-heading ~ ul .hearth-note').first();
    expect(await first.textContent()).toContain('Carla Reid (Care worker)');
    expect(await first.textContent()).toContain('About the plan as a whole');
    // Nothing wider than the phone's screen.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    await expectNoAxeViolations(page, { label: 'the plan page for a care worker at 360 px' });
  });
});
