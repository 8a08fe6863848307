// Working offline on a care worker's phone, in Chromium with the network cut: Peggy's plan opens from the phone's copy
// after a reload, with the notice saying how old the copy is; three visits recorded offline wait on the phone across a
// reload and are each stored exactly once when the network returns; a record the server refuses (the person's support
// ended meanwhile) stays on the phone, marked as needing attention.
import type { Page } from 'playwright-core';
import { describe, expect, inject, test } from 'vitest';
import { accounts, demoOrganisation } from '../support/accounts.js';
import { apiSignIn } from '../support/api.js';
import { expectNoAxeViolations } from '../support/axe.js';
import { useBrowser } from '../support/browser.js';
import { createPersonByApi, openPerson, uniqueName } from '../support/people.js';
import { expectNoSidewaysScroll, phoneContext } from '../support/phone.js';
import { signIn } from '../support/sign-in.js';

const b = useBrowser({ ...phoneContext, serviceWorkers: 'allow' });
const peggy = 'Margaret Ellen Thompson';
const token = uniqueName('Offline', 'Check').split(' ')[1]!;
const waitLong = { timeout: 20_000 };

interface StoredEntry {
  clientId: string;
  personId: string;
  state: string;
}

/** What the app keeps in the phone's IndexedDB; [] until the app has made its store (never creates it). */
async function readStore<T>(page: Page, store: 'copies' | 'outbox' | 'session'): Promise<T[]> {
  return page.evaluate(
    (name) =>
      new Promise<unknown[]>((resolve) => {
        const open = indexedDB.open('hearth-offline');
        open.onupgradeneeded = () => {
          open.transaction?.abort();
        };
        open.onerror = () => {
          resolve([]);
        };
        open.onsuccess = () => {
          const db = open.result;
          const all = db.transaction(name).objectStore(name).getAll();
          all.onsuccess = () => {
            db.close();
            resolve(all.result);
          };
        };
      }),
    store,
  ) as Promise<T[]>;
}

const keptPaths = async (page: Page) => (await readStore<{ path: string }>(page, 'copies')).map((c) => c.path);

async function checkPage(page: Page, label: string): Promise<void> {
  await expectNoSidewaysScroll(page);
  await expectNoAxeViolations(page, { label: `${label} at 360 px` });
}

/** On a person's page: records a visit the plan does not name, and waits for it to be kept on the phone. */
async function recordVisitOffline(page: Page, label: string): Promise<void> {
  await page.getByRole('button', { name: 'Record a visit' }).click();
  await page.getByRole('heading', { level: 1, name: /Record a visit/ }).waitFor();
  await page.getByRole('radio', { name: 'A visit not in the plan' }).check();
  await page.getByLabel('What was it?', { exact: true }).fill(label);
  await page.getByLabel(/^Mood, in .* own words/).fill(`“Quite cheerful today” (${token})`);
  await page.getByRole('button', { name: 'Save the visit record' }).click();
  await page.getByRole('alert').filter({ hasText: 'Saved on this phone — it will be sent when you are back online' }).waitFor();
}

function londonToday(): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/London' }).format(new Date());
}

describe('working offline on the phone', () => {
  test('the app is installable: a manifest with icons, and a service worker the browser always checks for updates', async () => {
    const baseUrl = inject('baseUrl');
    const manifest = (await (await fetch(`${baseUrl}/manifest.webmanifest`)).json()) as { name: string; icons: { src: string; purpose: string }[] };
    expect(manifest.name).toBe('Hearth');
    expect(manifest.icons.map((i) => i.purpose)).toContain('maskable');
    for (const icon of manifest.icons) {
      const response = await fetch(`${baseUrl}${icon.src}`);
      expect([response.status, response.headers.get('content-type')]).toEqual([200, 'image/png']);
    }
    const worker = await fetch(`${baseUrl}/sw.js`);
    expect(worker.status).toBe(200);
    expect(worker.headers.get('cache-control')).toBe('no-cache');
  });

  test('a care worker reads Peggy’s plan offline, records three visits, and each reaches the server once', async () => {
    const { page, context } = b.current();
    const senior = await apiSignIn(accounts.senior);
    const leaving = await createPersonByApi(senior, uniqueName('Rowan', 'Hale'), demoOrganisation.services.homecare);

    await signIn(page, accounts.carer);
    // The service worker has precached the app shell, so every page loaded from now on is one it looks after.
    await page.evaluate(async () => {
      await navigator.serviceWorker.ready;
    });
    // Online: the visit form for someone whose support is about to end, then Peggy's record and her plan.
    await page.goto(`/people/${leaving.id}/visits/new`);
    await page.getByRole('heading', { level: 1, name: /Record a visit/ }).waitFor();
    await page.goto('/people');
    const peggyPath = await openPerson(page, peggy);
    const peggyId = peggyPath.split('/').pop()!;
    await page.getByRole('link', { name: 'Care and support plan' }).click();
    await page.getByRole('heading', { level: 1, name: 'Care and support plan' }).waitFor();
    await page.getByText(/my cat Biscuit/).first().waitFor();

    // The service worker controls the page, and the answers are kept on the phone.
    expect(await page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);
    await expect
      .poll(() => keptPaths(page), waitLong)
      .toEqual(expect.arrayContaining([`/api/people/${peggyId}`, `/api/people/${peggyId}/care-plan`, `/api/people/${leaving.id}/visits/planned`]));

    // The network is cut and the page reloaded: the plan still shows, with the notice of how old the copy is.
    await context.setOffline(true);
    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Care and support plan' }).waitFor();
    await page.getByText(/my cat Biscuit/).first().waitFor();
    const notice = page.locator('[aria-live="polite"]').filter({ hasText: 'You are offline' });
    await notice.waitFor();
    expect(await notice.innerText()).toMatch(/You are offline — showing the copy from \d\d:\d\d \((just now|\d+ minutes? ago)\)/);
    await checkPage(page, 'the plan offline');

    // Three of Peggy's visits recorded offline, each kept on the phone at once.
    await page.getByRole('link', { name: 'Back to the record' }).click();
    await page.getByRole('heading', { level: 1, name: peggy }).waitFor();
    for (const n of [1, 2, 3]) await recordVisitOffline(page, `Offline visit ${n} (${token})`);
    await checkPage(page, 'the record with a visit saved on the phone');

    // And one for the person whose support ends while the phone is offline: the server will refuse it.
    await page.goto(`/people/${leaving.id}`);
    await recordVisitOffline(page, `Last visit (${token})`);
    const people = await senior.get<{ id: string; version: number; serviceId: string; legalName: string; dateOfBirth: string; address: unknown }>(
      `/api/people/${leaving.id}`,
    );
    await senior.put(`/api/people/${leaving.id}`, {
      serviceId: people.serviceId,
      legalName: people.legalName,
      dateOfBirth: people.dateOfBirth,
      nhsNumber: null,
      address: people.address,
      status: 'ended',
      statusDate: londonToday(),
      version: people.version,
      reason: 'Moved to live with family',
    });

    // A reload offline: nothing is lost, and the people list shows all four waiting, with their age.
    await page.reload();
    await page.getByRole('heading', { level: 2, name: 'Waiting to send (1)' }).waitFor();
    await page.getByRole('link', { name: 'Back to people' }).click();
    const waiting = page.getByRole('region', { name: /^Waiting to send/ });
    await page.getByRole('heading', { level: 2, name: 'Waiting to send (4)' }).waitFor();
    const items = await waiting.getByRole('listitem').allInnerTexts();
    expect(items.filter((t) => t.includes(`(${token})`) && t.includes(peggy))).toHaveLength(3);
    for (const item of items) expect(item).toMatch(/Saved on this phone at \d\d:\d\d \((just now|\d+ minutes? ago)\)/);
    await checkPage(page, 'the people list with records waiting to send');
    const kept = await readStore<StoredEntry>(page, 'outbox');
    const peggyIds = kept.filter((e) => e.personId === peggyId).map((e) => e.clientId);
    expect(peggyIds).toHaveLength(3);

    // The network returns: Peggy's three are sent; the refused one stays, marked as needing attention, with the reason.
    await context.setOffline(false);
    await page.getByRole('heading', { level: 2, name: 'Waiting to send (1)' }).waitFor(waitLong);
    const refused = waiting.getByRole('listitem').filter({ hasText: `Last visit (${token})` });
    await refused.getByText('Needs attention').waitFor();
    expect(await refused.innerText()).toContain('support has ended');
    await refused.getByRole('button', { name: 'Try sending again' }).waitFor();
    await checkPage(page, 'a record the server refused');
    expect((await readStore<StoredEntry>(page, 'outbox')).map((e) => e.state)).toEqual(['needs_attention']);

    // On the server, each of Peggy's records exactly once; nothing for the person whose support ended.
    const carer = await apiSignIn(accounts.carer);
    const stored = await carer.get<{ records: { clientId: string }[] }>(`/api/people/${peggyId}/visit-records`);
    for (const clientId of peggyIds) expect(stored.records.filter((r) => r.clientId === clientId)).toHaveLength(1);
    const none = await senior.get<{ records: unknown[] }>(`/api/people/${leaving.id}/visit-records`);
    expect(none.records).toHaveLength(0);
  });
});
