// The audit report for inspection: the manager runs the audit from the plan-quality page, then downloads the
// service's report as a PDF (its text checked) and as CSV; the page with the links passes axe.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { accounts } from '../support/accounts.js';
import { apiSignIn } from '../support/api.js';
import { expectNoAxeViolations } from '../support/axe.js';
import { useBrowser } from '../support/browser.js';
import { createPersonByApi, uniqueName } from '../support/people.js';
import { signIn } from '../support/sign-in.js';

const b = useBrowser();
const homecare = 'Riverside Homecare \u2013 Leeds';
const agreement = { method: 'signed_on_screen', date: '2026-11-20', witness: null, authority: null, bestInterestsDecision: null };

let personName = '';

beforeAll(async () => {
  const senior = await apiSignIn(accounts.senior);
  personName = uniqueName('Wynn', 'Report');
  const { id } = await createPersonByApi(senior, personName, homecare);
  const base = `/api/people/${id}/care-plan`;
  const draft = await senior.put<{ revision: number }>(`${base}/draft`, {
    revision: null,
    reason: null,
    content: {
      writtenInFirstPerson: true,
      involvement: [{ kind: 'person', name: personName, relationship: null, how: 'in_person', date: '2026-11-20' }],
      sections: [{ sectionKey: 'one_page_profile', answers: [{ promptKey: 'what_matters_to_me', text: 'My garden and my sister Nell' }] }],
    },
  });
  const agreed = await senior.post<{ version: number }>(`${base}/draft/agree`, { revision: draft.revision, agreement: { ...agreement, agreedBy: personName } });
  await senior.post(`${base}/versions/${agreed.version}/start-use`);
});

function pdfText(pdf: Buffer): string {
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'hearth-e2e-report-')), 'report.pdf');
  fs.writeFileSync(file, pdf);
  return execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
}

describe('the plan-quality report for inspection', () => {
  test('an organisation audit produces the dashboard and the report PDF', async () => {
    const page = b.page();
    await signIn(page, accounts.manager);
    await page.goto('/plan-quality');
    await page.getByRole('heading', { level: 1, name: 'Plan quality' }).waitFor();

    // The organisation's audit reads every plan the whole run has made so far, while another test file runs beside it:
    // it is given a minute, not the 15 s a page step gets.
    const ran = page.waitForResponse((r) => new URL(r.url()).pathname === '/api/plan-audits' && r.request().method() === 'POST', { timeout: 60_000 });
    await page.getByRole('button', { name: /Run the audit now/ }).click();
    expect((await ran).status()).toBe(200);
    await page.getByRole('alert').filter({ hasText: /plans? (was|were) audited/ }).waitFor();
    await page.getByRole('link', { name: personName, exact: true }).waitFor();

    // The manager reads one service's audits, so the whole-organisation view offers that service's report.
    const report = page.getByRole('region', { name: 'Report for inspection' });
    const pdfLink = report.getByRole('link', { name: `Download the report (PDF) for ${homecare}` });
    const pdfHref = await pdfLink.getAttribute('href');
    expect(pdfHref).toMatch(/^\/api\/plan-audits\/report\.pdf\?serviceId=[0-9a-f-]{36}$/);
    const pdf = await page.request.get(pdfHref ?? '');
    expect(pdf.status()).toBe(200);
    expect(pdf.headers()['content-type']).toBe('application/pdf');
    expect(pdf.headers()['content-disposition']).toMatch(/^attachment; filename="plan-quality-audit-riverside-homecare-leeds-[\d-]+\.pdf"$/);
    const bytes = await pdf.body();
    expect(bytes.subarray(0, 5).toString()).toBe('%PDF-');
    const text = pdfText(bytes);
    for (const expected of [`Plan-quality audit report — ${homecare}`, 'By CQC quality statement', personName, 'Person-centred care']) {
      expect(text).toContain(expected);
    }
    expect(text).toMatch(/score \d{1,3} out of 100/);

    const csvHref = await report.getByRole('link', { name: `Download the report (CSV) for ${homecare}` }).getAttribute('href');
    const csv = await page.request.get(csvHref ?? '');
    expect(csv.status()).toBe(200);
    expect(csv.headers()['content-type']).toBe('text/csv; charset=utf-8');
    const csvText = (await csv.body()).toString('utf8');
    expect(csvText.startsWith('\uFEFFService,Person,Plan version,Score,Rule,')).toBe(true);
    expect(csvText).toContain(personName);

    await expectNoAxeViolations(page, { label: 'the plan quality page with the report links' });
  });

  test('a care worker gets no report links, and the report itself is refused', async () => {
    const page = b.page();
    await signIn(page, accounts.carer);
    await page.goto('/plan-quality');
    await page.getByText('You do not have permission to see plan-quality audits.').waitFor();
    expect(await page.getByRole('link', { name: /Download the report/ }).count()).toBe(0);
    const services = await page.request.get('/api/services');
    const serviceId = ((await services.json()) as { id: string; name: string }[]).find((s) => s.name === homecare)?.id ?? '';
    expect((await page.request.get(`/api/plan-audits/report.pdf?serviceId=${serviceId}`)).status()).toBe(403);
  });
});
