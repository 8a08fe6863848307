// Moving through a page with the Tab key as a keyboard user would, checking focus can be seen at every stop.
import type { Page } from 'playwright-core';
import { expect } from 'vitest';

export interface Focused {
  tag: string;
  id: string;
  text: string;
  href: string | null;
  visibleIndicator: boolean;
  styles: string;
}

/** What has focus, and whether its focus style can be seen (an outline with width and colour, or a box shadow). */
export function focused(page: Page): Promise<Focused | null> {
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
export async function tabTo(page: Page, matches: (f: Focused) => boolean, what: string, maxStops = 40): Promise<Focused> {
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

/** Tabs to the form control with this id (at most `maxStops` presses away) and types into it. */
export async function tabToFieldAndType(page: Page, id: string, text: string, maxStops = 10): Promise<void> {
  await tabTo(page, (f) => f.id === id, `the field #${id}`, maxStops);
  await page.keyboard.type(text);
}
