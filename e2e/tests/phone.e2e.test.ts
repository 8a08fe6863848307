// On a small phone (360 CSS pixels wide) nothing needs scrolling sideways.
import { describe, expect, test } from 'vitest';
import { accounts } from '../support/accounts.js';
import { expectNoAxeViolations } from '../support/axe.js';
import { useBrowser } from '../support/browser.js';
import { openPerson, resultNames } from '../support/people.js';
import { expectNoSidewaysScroll, phoneContext } from '../support/phone.js';
import { signIn } from '../support/sign-in.js';

const b = useBrowser(phoneContext);

describe('on a 360-pixel phone', () => {
  test('the people page does not scroll sideways', async () => {
    const page = b.page();
    await signIn(page, accounts.carer);
    await expect.poll(() => resultNames(page)).toContain('Margaret Ellen Thompson');
    await expectNoSidewaysScroll(page);
    await expectNoAxeViolations(page, { label: 'the people page at 360 px' });
  });

  test('a person’s record does not scroll sideways', async () => {
    const page = b.page();
    await signIn(page, accounts.carer);
    await expect.poll(() => resultNames(page)).toContain('Margaret Ellen Thompson');
    await openPerson(page, 'Margaret Ellen Thompson');
    await page.getByRole('region', { name: 'Allergies and alerts' }).waitFor();
    await expectNoSidewaysScroll(page);
  });
});
