// What a refused form must show: the error summary, focused, naming each problem and linking to its field.
import type { Locator, Page } from 'playwright-core';
import { expect } from 'vitest';
import { expectNoAxeViolations } from './axe.js';

/**
 * After a refused submit: the summary names each problem, has focus, the title starts "Error: ", and the page
 * passes axe (`label` names it in a failure). Returns the summary.
 */
export async function expectErrorSummary(page: Page, problems: string[], label: string): Promise<Locator> {
  const summary = page.locator('.nhsuk-error-summary');
  await summary.waitFor();
  const text = (await summary.textContent()) ?? '';
  for (const problem of problems) expect(text).toContain(problem);
  expect(await page.evaluate(() => document.activeElement?.classList.contains('nhsuk-error-summary'))).toBe(true);
  expect(await page.title()).toMatch(/^Error: /);
  await expectNoAxeViolations(page, { label });
  return summary;
}

/** Follows the summary's link for a problem: focus must land on the field with this id. */
export async function followErrorLink(page: Page, summary: Locator, problem: string, fieldId: string): Promise<void> {
  await summary.getByRole('link', { name: problem }).click();
  expect(await page.evaluate(() => document.activeElement?.id)).toBe(fieldId);
}
