// The emergency pack: the registered manager prints every current pack of their service in one step from the plans
// page, by keyboard, follows its progress to the end and downloads one PDF holding a person put into a plan just now.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { accounts } from '../support/accounts.js';
import { apiSignIn } from '../support/api.js';
import { expectNoAxeViolations } from '../support/axe.js';
import { useBrowser } from '../support/browser.js';
import { followMenuLink } from '../support/menu.js';
import { uniqueName } from '../support/people.js';
import { personWithThinAgreedPlan } from '../support/plans.js';
import { signIn } from '../support/sign-in.js';

const b = useBrowser();
let serviceName = '';
let legalName = '';

beforeAll(async () => {
  const senior = await apiSignIn(accounts.senior);
  const services = await senior.get<{ name: string }[]>('/api/services');
  serviceName = services.find((s) => s.name.startsWith('Riverside Homecare'))?.name ?? '';
  legalName = uniqueName('Norah', 'Emmerdale');
  await personWithThinAgreedPlan(senior, legalName, serviceName, { putIntoUse: true });
});

function pdfFile(pdf: Buffer): string {
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'hearth-e2e-emergency-')), 'pack.pdf');
  fs.writeFileSync(file, pdf);
  return file;
}

describe('the emergency pack', () => {
  test('started from the plans page by keyboard, followed to the end, downloaded as one PDF', async () => {
    const page = b.page();
    await signIn(page, accounts.manager);
    await followMenuLink(page, 'Plans');
    await page.getByRole('link', { name: `Print the emergency pack for ${serviceName}` }).click();
    await page.waitForURL(/\/services\/[0-9a-f-]{36}\/emergency-pack$/);

    const start = page.getByRole('button', { name: `Print the emergency pack for ${serviceName}` });
    await start.focus();
    await page.keyboard.press('Enter');
    await page.waitForURL(/\?job=[0-9a-f-]{36}$/);

    // The words beside the bar count the packs up to the end; the end (not each pack) is announced.
    const words = page.locator('#emergency-pack-progress-words');
    await expect
      .poll(() => words.textContent(), { timeout: 60_000 })
      .toMatch(/^Prepared (\d+) of \1 packs?\. The emergency pack is ready to download\.$/);
    const [, total] = /^Prepared (\d+)/.exec((await words.textContent()) ?? '') ?? [];
    expect(await page.locator('progress').getAttribute('value')).toBe(total);
    const link = page.getByRole('link', { name: /^Download the emergency pack \(PDF, \d+ pages\)$/ });
    await link.waitFor();
    expect(await page.getByRole('status').filter({ hasText: 'ready to download' }).textContent()).toBe(
      'The emergency pack is ready to download.',
    );
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toMatch(/^Download the emergency pack/);

    const [download] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')]);
    expect(download.suggestedFilename()).toMatch(/^emergency-pack-riverside-homecare.*\.pdf$/);
    const file = pdfFile(fs.readFileSync(await download.path()));
    const text = execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
    for (const expected of [
      'Emergency pack',
      serviceName,
      'Starts on page',
      legalName,
      'Care and support pack',
      'Service user guide',
    ]) {
      expect(text).toContain(expected);
    }
    const pages = Number(/^Pages:\s+(\d+)/m.exec(execFileSync('pdfinfo', [file], { encoding: 'utf8' }))?.[1]);
    expect(await link.textContent()).toBe(`Download the emergency pack (PDF, ${pages} pages)`);
    await expectNoAxeViolations(page, { label: 'the emergency pack page with the pack ready to download' });
  });
});
