// The pack for the home: printed from the plan page, its PDF text checked, then flagged out of date on the
// plans page once a newer plan is put into use.
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

function pdfText(pdf: Buffer): string {
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'hearth-e2e-pack-')), 'pack.pdf');
  fs.writeFileSync(file, pdf);
  // Large print wraps long lines: compare with the line breaks folded into spaces.
  return execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
}

describe('the pack for the home', () => {
  test('print the pack from the plan page; the PDF holds the guide, the profile, the plan and the alerts', async () => {
    const page = b.page();
    await signIn(page, accounts.senior);
    await page.goto(`/people/${personId}/plan`);
    const link = page.getByRole('link', { name: 'Print the pack (PDF, large print)' });
    const href = await link.getAttribute('href');
    expect(href).toBe(`/api/people/${personId}/pack.pdf?size=large`);
    const response = await page.request.get(href ?? '');
    expect(response.headers()['content-type']).toBe('application/pdf');
    const text = pdfText(await response.body());
    for (const expected of [legalName, 'Plan version 1', 'Service user guide', 'My allotment and my grandson Ellis', 'Help me into the shower', 'Allergy: Sulfa drugs', 'Medication record']) {
      expect(text).toContain(expected);
    }
    await expectNoAxeViolations(page, { label: 'the plan page with the pack links' });
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
