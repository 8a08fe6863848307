// On a small phone (360 CSS pixels wide) nothing needs scrolling sideways.
import { describe, expect, test } from 'vitest';
import { accounts } from '../support/accounts.js';
import { expectNoAxeViolations } from '../support/axe.js';
import { useBrowser } from '../support/browser.js';
import { openPerson, resultNames } from '../support/people.js';
import { expectNoSidewaysScroll, phoneContext } from '../support/phone.js';
import { menuLinkNames } from '../support/menu.js';
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

  test('the menu keeps to one row, with the rest under More, opened and closed by keyboard', async () => {
    const page = b.page();
    await signIn(page, accounts.quality);
    const menu = page.getByRole('navigation', { name: 'Menu' });
    const row = menu.locator('.hearth-header__navigation-row > li');
    await row.first().waitFor();
    const tops = await row.evaluateAll((items) => items.map((li) => Math.round(li.getBoundingClientRect().top)));
    expect(new Set(tops).size).toBe(1);

    const more = menu.getByRole('button', { name: /More/ });
    expect(await more.getAttribute('aria-expanded')).toBe('false');
    await more.focus();
    await page.keyboard.press('Enter');
    expect(await more.getAttribute('aria-expanded')).toBe('true');
    const underMore = menu.locator('#hearth-header-more').getByRole('link');
    expect(await underMore.count()).toBeGreaterThan(0);
    // The open list pushes the page down: its links sit above the page's heading, not over it.
    const lastLink = await underMore.last().boundingBox();
    const heading = await page.getByRole('heading', { level: 1 }).boundingBox();
    expect(lastLink && heading && lastLink.y + lastLink.height <= heading.y).toBe(true);
    await expectNoSidewaysScroll(page);
    await expectNoAxeViolations(page, { label: 'the menu open at 360 px' });
    await page.keyboard.press('Escape');
    expect(await more.getAttribute('aria-expanded')).toBe('false');
    expect(await page.evaluate(() => document.activeElement?.textContent.trim())).toMatch(/More$/);

    // Every link the role has is on the row or under More.
    const names = await menuLinkNames(page);
    expect(names).toEqual(expect.arrayContaining(['People', 'Plans', 'Plan quality', 'Actions']));
  });
});
