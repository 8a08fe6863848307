// Information and communication needs (the Accessible Information Standard): a senior records a person's needs by
// keyboard; the flag shows on the people list and the person's pages; the plan comes in easy read (their preferred
// format, first and marked), plain text and large print; every new page passes axe.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, test } from 'vitest';
import { accounts, demoOrganisation } from '../support/accounts.js';
import { apiSignIn, type ApiSession } from '../support/api.js';
import { expectNoAxeViolations } from '../support/axe.js';
import { useBrowser } from '../support/browser.js';
import { searchPeople, uniqueName } from '../support/people.js';
import { personWithThinAgreedPlan } from '../support/plans.js';
import { signIn } from '../support/sign-in.js';

const b = useBrowser();
let senior: ApiSession;
let personId = '';
let legalName = '';

beforeAll(async () => {
  senior = await apiSignIn(accounts.senior);
  legalName = uniqueName('Nell', 'Ashworth');
  personId = await personWithThinAgreedPlan(senior, legalName, demoOrganisation.services.homecare, { putIntoUse: true, strengths: 'I can choose my own clothes. I like the radio on while I dress.' });
});

function pdfText(pdf: Buffer): string {
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'hearth-e2e-needs-')), 'plan.pdf');
  fs.writeFileSync(file, pdf);
  return execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' });
}

/** Moves focus to a control and presses a key on it, as a keyboard user tabbing there would. */
async function press(page: Page, locator: ReturnType<Page['getByLabel']>, key: 'Space' | 'Enter'): Promise<void> {
  await locator.focus();
  await page.keyboard.press(key);
}

async function typeInto(page: Page, selector: string, text: string): Promise<void> {
  await page.locator(selector).focus();
  await page.keyboard.type(text);
}

const year = new Date().getFullYear();

describe('information and communication needs', () => {
  test('a senior records easy read and a BSL interpreter by keyboard; the flag shows wherever the person appears', async () => {
    const page = b.page();
    await signIn(page, accounts.senior);
    await page.goto(`/people/${personId}`);
    const flag = page.getByRole('region', { name: 'Information and communication needs' });
    await expect.poll(() => flag.textContent()).toContain('Communication needs not yet recorded');
    await press(page, flag.getByRole('link', { name: 'Ask how they would like information and communication' }), 'Enter');
    await page.getByRole('heading', { level: 1, name: /Information and communication needs/ }).waitFor();
    await expect.poll(() => page.locator('main').textContent()).toContain('Not yet recorded.');
    await expectNoAxeViolations(page, { label: 'the needs page before any are recorded' });

    await press(page, page.getByRole('button', { name: 'Record their needs' }), 'Enter');
    await page.getByRole('heading', { level: 1, name: /Record information and communication needs/ }).waitFor();
    expect(await page.getByLabel('Who asked').inputValue()).toBe('Sam Okafor');
    // Sent with nothing chosen: the error summary names what is missing, and takes focus.
    await press(page, page.getByRole('button', { name: 'Save their needs' }), 'Enter');
    const summary = page.getByRole('alert').filter({ hasText: 'There is a problem' });
    await summary.waitFor();
    for (const message of ['Choose who answered', 'Enter the date they were asked', 'Choose how they were asked', 'Choose whether the person has information or communication needs', 'Enter the date to review these needs']) {
      expect(await summary.textContent()).toContain(message);
    }
    await expectNoAxeViolations(page, { label: 'the needs form with errors' });

    await press(page, page.getByRole('group', { name: 'Who answered' }).getByLabel(legalName, { exact: true }), 'Space');
    await typeInto(page, '#needs-askedOn-day', '2');
    await typeInto(page, '#needs-askedOn-month', '1');
    await typeInto(page, '#needs-askedOn-year', String(year - 1));
    await press(page, page.getByRole('group', { name: 'How were they asked?' }).getByLabel('In person', { exact: true }), 'Space');
    await press(page, page.getByRole('group', { name: /information or communication needs\?$/ }).getByLabel('Yes', { exact: true }), 'Space');
    const formats = page.getByRole('group', { name: 'How should information be given?' });
    await press(page, formats.getByLabel('Easy read', { exact: true }), 'Space');
    await press(page, formats.getByLabel('British Sign Language (BSL) interpreter', { exact: true }), 'Space');
    await press(page, page.getByRole('group', { name: 'How do they prefer to be contacted?' }).getByLabel('Text message', { exact: true }), 'Space');
    await page.getByLabel(/own words/).focus();
    await page.keyboard.type('Pictures help me. Please give me time to answer.');
    await typeInto(page, '#needs-reviewOn-day', '2');
    await typeInto(page, '#needs-reviewOn-month', '1');
    await typeInto(page, '#needs-reviewOn-year', String(year + 1));
    await press(page, page.getByRole('button', { name: 'Save their needs' }), 'Enter');

    await page.getByText('Their needs have been saved').waitFor();
    await expect.poll(() => flag.getByRole('listitem').allTextContents()).toEqual(['Easy read', 'BSL interpreter', 'Contact by text message']);
    // The page loads the saved needs again after saving: wait for them rather than read it mid-load.
    await expect.poll(async () => await page.locator('main').textContent()).toContain('Pictures help me. Please give me time to answer.');
    await expectNoAxeViolations(page, { label: 'the needs page with needs recorded and their history' });

    await page.goto('/people');
    await searchPeople(page, legalName);
    const row = page.getByRole('row').filter({ hasText: legalName });
    expect(await row.getByRole('listitem').allTextContents()).toEqual(['Easy read', 'BSL interpreter', 'Contact by text message']);

    await page.goto(`/people/${personId}/now`);
    const now = page.getByRole('region', { name: `Communicating with ${legalName}` });
    await now.waitFor();
    expect(await now.textContent()).toContain('Pictures help me.');
    expect(await flag.getByRole('listitem').allTextContents()).toEqual(['Easy read', 'BSL interpreter', 'Contact by text message']);
    await expectNoAxeViolations(page, { label: 'the What to do now page with the needs' });
  });

  test('the plan page offers easy read first, marked as preferred; the easy-read PDF, plain text and large-print pack download', async () => {
    const page = b.page();
    await signIn(page, accounts.senior);
    await page.goto(`/people/${personId}/plan`);
    const formats = page.locator('.hearth-comm-formats > li');
    await expect.poll(() => formats.first().textContent()).toContain(`${legalName}’s preferred format`);
    expect(await formats.first().textContent()).toContain('Easy read (PDF)');

    await press(page, page.getByRole('button', { name: 'Get the plan: Easy read (PDF)' }), 'Enter');
    const easyLink = page.getByRole('link', { name: 'Download the plan (Easy read (PDF))' });
    await easyLink.waitFor();
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe('Download the plan (Easy read (PDF))');
    const [easy] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')]);
    expect(easy.suggestedFilename()).toMatch(/^plan-.+-easy-read\.pdf$/);
    const easyPdf = fs.readFileSync(await easy.path());
    expect(easyPdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const text = pdfText(easyPdf);
    for (const expected of ['My care and support plan', `This plan is about ${legalName}.`, 'I can choose my own clothes.', 'I like the radio on while I dress.', 'Plan version 1']) {
      expect(text).toContain(expected);
    }
    await expectNoAxeViolations(page, { label: 'the plan page with the easy-read plan ready' });

    await press(page, page.getByRole('button', { name: 'Get the plan: Plain text for a screen reader' }), 'Enter');
    const textLink = page.getByRole('link', { name: 'Download the plan (Plain text for a screen reader)' });
    await textLink.waitFor();
    const [plain] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')]);
    const plainText = fs.readFileSync(await plain.path(), 'utf8');
    expect(plainText.split('\n')[0]).toBe(`Care and support plan for ${legalName}`);
    expect(plainText).toContain('Easy read. BSL interpreter. Contact by text message.');

    await press(page, page.getByRole('button', { name: 'Print the pack (PDF, large print)' }), 'Enter');
    const packLink = page.getByRole('link', { name: /^Download the pack \(PDF, large print, \d+ pages\)$/ });
    await packLink.waitFor();
    const [pack] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')]);
    const packPdf = fs.readFileSync(await pack.path());
    expect(packPdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(packPdf.length).toBeGreaterThan(5_000);
    expect(pdfText(packPdf).replace(/\s+/g, ' ')).toContain('Information and communication needs Easy read. BSL interpreter. Contact by text message.');
  });

  test('the server answers the easy-read PDF and plain text with their own types', async () => {
    const carer = await apiSignIn(accounts.carer);
    const page = b.page();
    await signIn(page, accounts.carer);
    const pdf = await page.request.get(`/api/people/${personId}/care-plan/easy-read.pdf`);
    expect(pdf.status()).toBe(200);
    expect(pdf.headers()['content-type']).toBe('application/pdf');
    const txt = await page.request.get(`/api/people/${personId}/care-plan.txt`);
    expect(txt.headers()['content-type']).toBe('text/plain; charset=utf-8');
    // A care worker reads the needs but cannot record them.
    const needs = { askedBy: 'Carla Reid', answeredBy: 'person', askedOn: `${year - 1}-01-02`, askedHow: 'in_person', outcome: 'no_needs', reviewOn: `${year + 1}-01-02` };
    await expect(carer.put(`/api/people/${personId}/communication-needs`, { needs, latestVersion: 1, reason: 'Asked again' })).rejects.toThrow(/answered 403/);
  });
});
