// Using Hearth with a keyboard alone: sign in and open a person's record with Tab and Enter, always seeing where focus is.
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { accounts, demoPassword } from '../support/accounts.js';
import { useBrowser } from '../support/browser.js';

const b = useBrowser();

interface Focused {
  tag: string;
  id: string;
  text: string;
  href: string | null;
  visibleIndicator: boolean;
  styles: string;
}

/** What has focus, and whether its focus style can be seen (an outline with width and colour, or a box shadow). */
function focused(page: Page): Promise<Focused | null> {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    if (!el || el === document.body) return null;
    const style = getComputedStyle(el);
    const transparent = (c: string) => c === 'transparent' || /rgba\(.*,\s*0\)$/.test(c);
    const outline = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0 && !transparent(style.outlineColor);
    const shadow = style.boxShadow !== 'none' && style.boxShadow !== '';
    return {
      tag: el.tagName.toLowerCase(),
      id: el.id,
      text: el.textContent.trim().slice(0, 80),
      href: el.getAttribute('href'),
      visibleIndicator: outline || shadow,
      styles: `outline: ${style.outlineStyle} ${style.outlineWidth} ${style.outlineColor}; box-shadow: ${style.boxShadow}; background: ${style.backgroundColor}`,
    };
  });
}

/** Presses Tab until the focused element matches, checking every stop along the way shows where focus is. */
async function tabTo(page: Page, matches: (f: Focused) => boolean, what: string, maxStops = 40): Promise<Focused> {
  const seen: string[] = [];
  for (let i = 0; i < maxStops; i++) {
    await page.keyboard.press('Tab');
    const f = await focused(page);
    if (!f) continue;
    seen.push(`${f.tag}#${f.id} "${f.text}"`);
    expect(f.visibleIndicator, `focus is not visible on ${f.tag}#${f.id} "${f.text}" (${f.styles})`).toBe(true);
    if (matches(f)) return f;
  }
  throw new Error(`Could not reach ${what} with Tab in ${maxStops} presses. Focus went: ${seen.join(' → ')}`);
}

describe('keyboard only', () => {
  test('sign in and open a person’s record with Tab and Enter', async () => {
    const page = b.page();
    await page.goto('/sign-in');
    await page.getByLabel('Email address', { exact: true }).waitFor();

    // The first Tab reaches a skip link or the header; every stop must show focus.
    await tabTo(page, (f) => f.tag === 'input' && f.id === 'email', 'the email address field');
    await page.keyboard.type(accounts.carer);
    await tabTo(page, (f) => f.tag === 'input' && f.id === 'password', 'the password field', 3);
    await page.keyboard.type(demoPassword);
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/people$/);
    await page.getByRole('table').getByRole('link', { name: 'Arthur James Pickering' }).waitFor();

    await tabTo(page, (f) => f.tag === 'a' && f.text === 'Arthur James Pickering', 'Arthur Pickering in the results', 60);
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/people\/[0-9a-f-]{36}$/);
    await expect.poll(async () => await page.getByRole('heading', { level: 1 }).textContent()).toContain('Arthur');
  });
});
