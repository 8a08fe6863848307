// Finding people through the people page, as a user would.
import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import type { ApiSession } from './api.js';

export const searchLabel = 'Search by name, NHS number or date of birth';

/** The names linked in the results table, in order. */
export async function resultNames(page: Page): Promise<string[]> {
  return (await page.getByRole('table').getByRole('link').allTextContents()).map((s) => s.trim());
}

/** Searches and waits until the results for this search are on the page. */
export async function searchPeople(page: Page, query: string): Promise<void> {
  await page.getByLabel(searchLabel, { exact: true }).fill(query);
  const answered = page.waitForResponse(
    (r) => new URL(r.url()).pathname === '/api/people' && new URL(r.url()).searchParams.get('q') === query.trim(),
  );
  await page.getByRole('button', { name: 'Search', exact: true }).click();
  await answered;
  // The count is announced in a status message once the results are shown.
  await expect.poll(async () => (await page.getByRole('status').allTextContents()).join(' ')).toMatch(/found/);
}

/** Opens a person's page from the people list (the caller is on /people). */
export async function openPerson(page: Page, legalName: string): Promise<string> {
  await page.getByRole('link', { name: legalName, exact: true }).click();
  await page.waitForURL(/\/people\/[0-9a-f-]{36}$/);
  await page.getByRole('heading', { level: 1 }).waitFor();
  return new URL(page.url()).pathname;
}

/** A link styled as a button (role="button"), or a plain link: the app uses both for actions like "Edit details". */
export function action(page: Page, name: string | RegExp) {
  return page.getByRole('button', { name }).or(page.getByRole('link', { name })).first();
}

/** A name no demo person or earlier run has, so a test can find exactly the person it made. */
export function uniqueName(first: string, last: string): string {
  // Letters only: a name with digits in it would be searched as an NHS number or a date.
  const suffix = Date.now()
    .toString(26)
    .replace(/\d/g, (d) => String.fromCharCode(97 + Number(d)));
  return `${first} ${last}-${suffix.slice(-6)}`;
}

/** Adds a person to a service through the API, for tests that need a record no other test touches. */
export async function createPersonByApi(session: ApiSession, legalName: string, serviceName: string): Promise<{ id: string }> {
  const services = await session.get<{ id: string; name: string }[]>('/api/services');
  const service = services.find((s) => s.name === serviceName);
  if (!service) throw new Error(`No service called ${serviceName}`);
  return session.post<{ id: string }>('/api/people', {
    serviceId: service.id,
    legalName,
    dateOfBirth: '1947-05-19',
    nhsNumber: null,
    address: { line1: '4 Canal Wharf', line2: null, town: 'Leeds', postcode: 'LS11 5PS' },
  });
}
