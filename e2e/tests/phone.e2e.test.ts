// On a small phone (360 CSS pixels wide) nothing needs scrolling sideways.
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { accounts } from '../support/accounts.js';
import { expectNoAxeViolations } from '../support/axe.js';
import { useBrowser } from '../support/browser.js';
import { openPerson, resultNames } from '../support/people.js';
import { signIn } from '../support/sign-in.js';

const width = 360;
const b = useBrowser({ viewport: { width, height: 740 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 });

async function horizontalOverflow(page: Page): Promise<{ scrollWidth: number; widest: string }> {
  return page.evaluate((w) => {
    const scrollWidth = document.scrollingElement?.scrollWidth ?? 0;
    // Name the elements that stick out, to make a failure easy to fix.
    const widest = [...document.querySelectorAll<HTMLElement>('body *')]
      .filter((el) => el.getBoundingClientRect().right > w + 0.5)
      .slice(0, 5)
      .map((el) => `${el.tagName.toLowerCase()}.${[...el.classList].join('.')} (right ${Math.round(el.getBoundingClientRect().right)})`)
      .join(', ');
    return { scrollWidth, widest };
  }, width);
}

describe('on a 360-pixel phone', () => {
  test('the people page does not scroll sideways', async () => {
    const page = b.page();
    await signIn(page, accounts.carer);
    await expect.poll(() => resultNames(page)).toContain('Margaret Ellen Thompson');
    const { scrollWidth, widest } = await horizontalOverflow(page);
    expect(scrollWidth, `the page is ${scrollWidth}px wide; too wide: ${widest}`).toBeLessThanOrEqual(width);
    await expectNoAxeViolations(page, { label: 'the people page at 360 px' });
  });

  test('a person’s record does not scroll sideways', async () => {
    const page = b.page();
    await signIn(page, accounts.carer);
    await expect.poll(() => resultNames(page)).toContain('Margaret Ellen Thompson');
    await openPerson(page, 'Margaret Ellen Thompson');
    await page.getByRole('region', { name: 'Allergies and alerts' }).waitFor();
    const { scrollWidth, widest } = await horizontalOverflow(page);
    expect(scrollWidth, `the page is ${scrollWidth}px wide; too wide: ${widest}`).toBeLessThanOrEqual(width);
  });
});
