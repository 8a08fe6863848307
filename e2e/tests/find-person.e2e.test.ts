// Finding a person on the people page by name, NHS number or date of birth.
import { withNhsCheckDigit } from '@hearth/core';
import { beforeEach, describe, expect, test } from 'vitest';
import { accounts, demoPerson } from '../support/accounts.js';
import { useBrowser } from '../support/browser.js';
import { resultNames, searchPeople } from '../support/people.js';
import { signIn } from '../support/sign-in.js';

const b = useBrowser();

describe('finding a person', () => {
  beforeEach(async () => {
    await signIn(b.page(), accounts.carer);
  });

  test('by preferred name: "Peggy" finds Margaret Ellen Thompson only', async () => {
    const page = b.page();
    await searchPeople(page, 'Peggy');
    await expect.poll(() => resultNames(page)).toEqual(['Margaret Ellen Thompson']);
    expect(new URL(page.url()).searchParams.get('q')).toBe('Peggy');
  });

  test('by NHS number, typed with spaces as it is printed on letters', async () => {
    const page = b.page();
    const nhsNumber = demoPerson('Margaret Ellen Thompson').nhsNumber!;
    expect(nhsNumber).toBe(withNhsCheckDigit('999000001'));
    expect(nhsNumber).toBe('9990000018');
    await searchPeople(page, '999 000 0018');
    await expect.poll(() => resultNames(page)).toEqual(['Margaret Ellen Thompson']);
    expect(await page.getByRole('table').textContent()).toContain('999 000 0018');
  });

  test('by date of birth: 1944-03-02 finds Arthur Pickering', async () => {
    const page = b.page();
    await searchPeople(page, '1944-03-02');
    await expect.poll(() => resultNames(page)).toEqual(['Arthur James Pickering']);
  });

  test('a search that matches no one says so', async () => {
    const page = b.page();
    await searchPeople(page, 'Nobody Byname');
    await expect.poll(() => resultNames(page)).toEqual([]);
    expect(await page.getByRole('status').first().textContent()).toMatch(/0 people found/);
  });

  test('a person in another service is not found even by name', async () => {
    const page = b.page();
    // Winifred Osei lives at Oak House, not in the care worker's service. Her surname is searched, as other
    // tests add people with common first names to the care worker's service.
    await searchPeople(page, 'Osei');
    await expect.poll(() => resultNames(page)).toEqual([]);
  });
});
