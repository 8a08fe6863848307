// Signing in through the web app, as a person would: email and password, then the authenticator code if asked.
import type { Page } from 'playwright-core';
import { demoAccount, demoPassword, freshTotpCode } from './accounts.js';

export interface SignInOptions {
  password?: string;
  /** The authenticator secret, for accounts that are not in the demo data. */
  totpSecret?: string;
  /** Where the app should land; defaults to the people list. */
  expectPath?: RegExp;
}

export async function fillSignInForm(page: Page, email: string, password = demoPassword): Promise<void> {
  if (page.url() === 'about:blank' || new URL(page.url()).pathname !== '/sign-in') await page.goto('/sign-in');
  await page.getByLabel('Email address', { exact: true }).fill(email);
  await page.getByLabel('Password', { exact: true }).fill(password);
  await page.getByRole('button', { name: 'Sign in', exact: true }).click();
}

export async function signIn(page: Page, email: string, options: SignInOptions = {}): Promise<void> {
  const secret = options.totpSecret ?? (isDemo(email) ? demoAccount(email).totpSecret : null);
  await fillSignInForm(page, email, options.password);
  if (secret) {
    await page.waitForURL(/\/sign-in\/code/);
    const code = await freshTotpCode(email, secret);
    await page.getByLabel('Security code', { exact: true }).fill(code);
    await page.getByRole('button', { name: 'Continue', exact: true }).click();
  }
  await page.waitForURL(options.expectPath ?? /\/people(\?|$)/);
  await page.getByRole('button', { name: 'Sign out' }).waitFor();
}

function isDemo(email: string): boolean {
  try {
    demoAccount(email);
    return true;
  } catch {
    return false;
  }
}
