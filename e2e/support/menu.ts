// The header's menu: links that fit on its one row, and the rest under "More". Tests go through it as a reader does.
import type { Page } from 'playwright-core';

const menu = (page: Page) => page.getByRole('navigation', { name: 'Menu' });

async function openMore(page: Page): Promise<void> {
  const more = menu(page).getByRole('button', { name: /More/ });
  if ((await more.count()) > 0 && (await more.getAttribute('aria-expanded')) !== 'true') await more.click();
}

/** Follows a menu link, opening "More" first when the link is not on the row. */
export async function followMenuLink(page: Page, name: string): Promise<void> {
  await menu(page).getByRole('link').first().waitFor();
  const link = menu(page).getByRole('link', { name, exact: true });
  if ((await link.count()) === 0) await openMore(page);
  await link.click();
}

/** Every link the menu offers, those under "More" included. */
export async function menuLinkNames(page: Page): Promise<string[]> {
  await menu(page).getByRole('link').first().waitFor();
  await openMore(page);
  const names = await menu(page).getByRole('link').allInnerTexts();
  return names.map((n) => n.trim());
}
