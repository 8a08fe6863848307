// Filling in the raise-an-action form (the same form for findings, manual audit answers and personalisation
// areas), and days in England as the date inputs take them.
import type { Page } from 'playwright-core';

export interface DayParts { day: string; month: string; year: string }

/** A day some days from now, as people in England would type it. */
export function londonDay(daysFromNow: number): DayParts {
  const parts = new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/London', day: 'numeric', month: 'numeric', year: 'numeric' })
    .formatToParts(new Date(Date.now() + daysFromNow * 86_400_000));
  const part = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  return { day: part('day'), month: part('month'), year: part('year') };
}

interface RaiseAction {
  title: string;
  /** The owner's name, or the first one offered. */
  owner?: string;
  dueInDays: number;
  detail?: string;
}

/** Fills in and sends the form, then waits for the new action's page. */
export async function raiseActionInForm(page: Page, action: RaiseAction): Promise<void> {
  await page.getByLabel('What needs to be done').fill(action.title);
  await page.getByLabel('Owner').selectOption(action.owner === undefined ? { index: 1 } : { label: action.owner });
  const due = londonDay(action.dueInDays);
  const dueBy = page.getByRole('group', { name: 'Due by' });
  await dueBy.getByLabel('Day').fill(due.day);
  await dueBy.getByLabel('Month').fill(due.month);
  await dueBy.getByLabel('Year').fill(due.year);
  if (action.detail !== undefined) await page.getByLabel('Detail (optional)').fill(action.detail);
  await page.getByRole('button', { name: 'Raise the action' }).click();
  await page.waitForURL(/\/quality-actions\/[0-9a-f-]{36}$/);
  await page.getByRole('heading', { level: 1, name: action.title }).waitFor();
}
