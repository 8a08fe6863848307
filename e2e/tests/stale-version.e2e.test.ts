// Two people edit the same record at once: the second save is refused rather than silently overwriting the first,
// what the second person typed stays on screen, and they can load the latest version and carry on.
import { describe, expect, test } from 'vitest';
import { accounts, demoOrganisation } from '../support/accounts.js';
import { apiSignIn } from '../support/api.js';
import { expectNoAxeViolations } from '../support/axe.js';
import { openPage, useBrowser } from '../support/browser.js';
import { createPersonByApi, uniqueName } from '../support/people.js';
import { signIn } from '../support/sign-in.js';

const b = useBrowser();

describe('saving over someone else’s change', () => {
  test('the second editor sees the conflict, keeps what they typed, and can reload the latest version', async () => {
    // A person of this test's own, so no other test's expectations depend on their record.
    const legalName = uniqueName('Doris', 'Lumb');
    const person = await createPersonByApi(await apiSignIn(accounts.senior), legalName, demoOrganisation.services.homecare);
    const editPath = `/people/${person.id}/edit`;

    const first = b.page();
    const second = await openPage(b.browser());
    try {
      await signIn(first, accounts.senior);
      await signIn(second.page, accounts.senior);
      for (const page of [first, second.page]) {
        await page.goto(editPath);
        await page.getByLabel(/^Pronouns/).waitFor();
        expect(await page.getByLabel(/^Pronouns/).inputValue()).toBe('');
      }

      await first.getByLabel(/^Pronouns/).fill('she/her');
      await first.getByRole('button', { name: 'Save changes', exact: true }).click();
      await first.waitForURL(new RegExp(`/people/${person.id}$`));
      await expect.poll(async () => await first.getByRole('main').textContent()).toContain('Your changes have been saved');

      const page = second.page;
      const pronouns = page.getByLabel(/^Pronouns/);
      await pronouns.fill('they/them');
      await page.getByRole('button', { name: 'Save changes', exact: true }).click();
      const summary = page.locator('.nhsuk-error-summary');
      await summary.waitFor();
      expect(await summary.textContent()).toContain('Someone else changed this record after you opened it');
      expect(new URL(page.url()).pathname).toBe(editPath);
      expect(await pronouns.inputValue(), 'what the second editor typed is kept').toBe('they/them');
      await expectNoAxeViolations(page, { label: 'the edit form after a conflicting change' });

      await summary.getByRole('button', { name: 'Reload the latest version' }).click();
      await expect.poll(() => pronouns.inputValue()).toBe('she/her');
      expect(await page.locator('.nhsuk-error-summary').count()).toBe(0);

      // From the latest version, the second editor's change saves.
      await pronouns.fill('they/them');
      await page.getByRole('button', { name: 'Save changes', exact: true }).click();
      await page.waitForURL(new RegExp(`/people/${person.id}$`));
      await expect.poll(async () => await page.getByRole('main').textContent()).toContain('they/them');
    } finally {
      await second.context.close();
    }
  });
});
