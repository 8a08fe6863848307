// A senior care worker corrects a record: the change is saved, shown, and kept in the history with its reason.
import { describe, expect, test } from 'vitest';
import { accounts } from '../support/accounts.js';
import { expectNoAxeViolations } from '../support/axe.js';
import { useBrowser } from '../support/browser.js';
import { action, openPerson } from '../support/people.js';
import { signIn } from '../support/sign-in.js';

const b = useBrowser();
const person = 'Gwenllian Ŵyn Parry';

describe('editing a person as a senior care worker', () => {
  test('change the preferred name, save, see it, and find the change and its reason in the history', async () => {
    const page = b.page();
    await signIn(page, accounts.senior);
    const personPath = await openPerson(page, person);
    const newName = `Gwen ${Date.now().toString(36).slice(-4)}`;
    const reason = 'She asked to be called this at her review';

    await action(page, 'Edit details').click();
    await page.waitForURL(new RegExp(`${personPath}/edit$`));
    const preferred = page.getByLabel(/^Preferred name/);
    await preferred.waitFor();
    expect(await preferred.inputValue()).toBe('Gwen');
    await preferred.fill(newName);
    await page.getByLabel(/reason/i).first().fill(reason);
    await page.getByRole('button', { name: 'Save changes', exact: true }).click();

    await page.waitForURL(new RegExp(`${personPath}$`));
    await expect.poll(async () => await page.getByRole('main').textContent()).toContain(newName);

    await action(page, 'History of changes').click();
    await page.waitForURL(new RegExp(`${personPath}/history$`));
    // The newest version is the one with this reason: who changed what, from what, to what.
    const entry = page.getByRole('region').filter({ hasText: reason });
    await entry.waitFor();
    const text = (await entry.textContent()) ?? '';
    expect(text).toContain('Sam Okafor');
    expect(text).toContain('Preferred name');
    expect(text).toContain(newName);
    expect(text).toContain('Gwen');
    const first = (await page.getByRole('region').filter({ hasText: /Version \d+/ }).first().textContent()) ?? '';
    expect(first, 'the newest change is listed first').toContain(reason);
  });

  test('an invalid NHS number shows the error summary linked to the field and an inline error, and saves nothing', async () => {
    const page = b.page();
    await signIn(page, accounts.senior);
    const personPath = await openPerson(page, person);
    await action(page, 'Edit details').click();
    await page.waitForURL(new RegExp(`${personPath}/edit$`));

    const nhs = page.getByLabel(/^NHS number/);
    await nhs.waitFor();
    const before = await nhs.inputValue();
    // Gwen’s number is 999 000 0034: this one has the wrong check digit.
    await nhs.fill('999 000 0031');
    await page.getByRole('button', { name: 'Save changes', exact: true }).click();

    const summary = page.locator('.nhsuk-error-summary');
    await summary.waitFor();
    // The summary takes focus so screen reader users hear it at once.
    await expect.poll(() => page.evaluate(() => document.activeElement?.classList.contains('nhsuk-error-summary') ?? false)).toBe(true);
    const link = summary.getByRole('link', { name: /valid 10-digit NHS number/ });
    expect(await link.count()).toBe(1);
    const inputId = await nhs.getAttribute('id');
    expect(await link.getAttribute('href')).toBe(`#${inputId}`);

    // The inline error is beside the field and read with it.
    const describedBy = ((await nhs.getAttribute('aria-describedby')) ?? '').split(/\s+/);
    const errorId = describedBy.find((id) => id.endsWith('-error'));
    expect(errorId).toBeDefined();
    expect(await page.locator(`#${errorId}`).textContent()).toMatch(/valid 10-digit NHS number/);
    expect(await nhs.getAttribute('aria-invalid')).toBe('true');
    await expect.poll(() => page.title()).toMatch(/^Error:/);

    // Following the link puts the cursor in the field.
    await link.click();
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe(inputId);
    expect(new URL(page.url()).pathname).toBe(`${personPath}/edit`);

    await expectNoAxeViolations(page, { label: 'the edit form showing errors' });

    // Nothing was saved: the record still has the number it had.
    await page.goto(`${personPath}/edit`);
    expect(await page.getByLabel(/^NHS number/).inputValue()).toBe(before);
  });
});
