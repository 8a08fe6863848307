// A small phone (360 CSS pixels wide), and the check that nothing on a page needs scrolling sideways there.
import type { Browser, BrowserContextOptions, Page } from 'playwright-core';
import { expect } from 'vitest';
import { openPage } from './browser.js';

export const phoneWidth = 360;

export const phoneContext: BrowserContextOptions = {
  viewport: { width: phoneWidth, height: 740 },
  isMobile: true,
  hasTouch: true,
  deviceScaleFactor: 2,
};

/** Runs `use` on a page of its own on the phone, in a file whose other tests use a desktop browser. */
export async function onPhone(browser: Browser, use: (page: Page) => Promise<void>): Promise<void> {
  const phone = await openPage(browser, phoneContext);
  try {
    await use(phone.page);
  } finally {
    await phone.context.close();
  }
}

/** How wide the page is, and the first few elements that stick out past the phone's edge. */
export async function horizontalOverflow(page: Page): Promise<{ scrollWidth: number; widest: string }> {
  return page.evaluate((w) => {
    const scrollWidth = document.scrollingElement?.scrollWidth ?? 0;
    // Name the elements that stick out, to make a failure easy to fix.
    const widest = [...document.querySelectorAll<HTMLElement>('body *')]
      .filter((el) => el.getBoundingClientRect().right > w + 0.5)
      .slice(0, 5)
      .map((el) => `${el.tagName.toLowerCase()}.${[...el.classList].join('.')} (right ${Math.round(el.getBoundingClientRect().right)})`)
      .join(', ');
    return { scrollWidth, widest };
  }, phoneWidth);
}

/** Fails, naming what sticks out, when the page is wider than the phone. */
export async function expectNoSidewaysScroll(page: Page): Promise<void> {
  const { scrollWidth, widest } = await horizontalOverflow(page);
  expect(scrollWidth, `the page is ${scrollWidth}px wide; too wide: ${widest}`).toBeLessThanOrEqual(phoneWidth);
}
