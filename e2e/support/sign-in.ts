// Signing in through the web app, as a person would: email and password, then the authenticator code if asked.
import fs from 'node:fs';
import type { Page } from 'playwright-core';
import { inject } from 'vitest';
import { demoAccount, demoPassword, freshTotpCode } from './accounts.js';
import { withFileLock } from './file-lock.js';

export interface SignInOptions {
  password?: string;
  /** The authenticator secret, for accounts that are not in the demo data. */
  totpSecret?: string;
  /** Where the app should land; defaults to the people list. */
  expectPath?: RegExp;
  /** Sign in through the form even where an earlier session of the account could be resumed. */
  fresh?: boolean;
}

const sessionCookie = 'hearth_session';

export async function fillSignInForm(page: Page, email: string, password = demoPassword): Promise<void> {
  if (page.url() === 'about:blank' || new URL(page.url()).pathname !== '/sign-in') await page.goto('/sign-in');
  await page.getByLabel('Email address', { exact: true }).fill(email);
  await page.getByLabel('Password', { exact: true }).fill(password);
  await page.getByRole('button', { name: 'Sign in', exact: true }).click();
}

/**
 * Signs in through the form. For a demo account with a second factor, a session that an earlier test of this run
 * signed in through the form is resumed instead, while the server still accepts it: the server takes one
 * authenticator code per 30-second step, so signing in afresh for every test would mostly be waiting for the clock.
 * Signing in with a second factor has its own tests (sign-in-mfa, mfa-enrolment), which do it through the form.
 */
export async function signIn(page: Page, email: string, options: SignInOptions = {}): Promise<void> {
  const secret = options.totpSecret ?? (isDemo(email) ? demoAccount(email).totpSecret : null);
  const expectPath = options.expectPath ?? /\/people(\?|$)/;
  if (secret && !options.fresh && options.totpSecret === undefined && (await resumeSession(page, email, expectPath))) return;
  await fillSignInForm(page, email, options.password);
  if (secret) {
    await page.waitForURL(/\/sign-in\/code/);
    const code = await freshTotpCode(email, secret);
    await page.getByLabel('Security code', { exact: true }).fill(code);
    await page.getByRole('button', { name: 'Continue', exact: true }).click();
  }
  await page.waitForURL(expectPath);
  await page.getByRole('button', { name: 'Sign out' }).waitFor();
  if (secret && options.totpSecret === undefined) await keepSession(page, email);
}

async function resumeSession(page: Page, email: string, expectPath: RegExp): Promise<boolean> {
  const value = readSessions()[email];
  if (!value) return false;
  const baseUrl = inject('baseUrl');
  const me = await fetch(`${baseUrl}/api/auth/me`, { headers: { cookie: `${sessionCookie}=${value}`, accept: 'application/json' } });
  if (me.status !== 200 || ((await me.json()) as { email?: string }).email !== email) return false;
  await page.context().addCookies([{ name: sessionCookie, value, url: baseUrl, httpOnly: true, sameSite: 'Strict' }]);
  await page.goto('/');
  await page.waitForURL(expectPath);
  await page.getByRole('button', { name: 'Sign out' }).waitFor();
  return true;
}

async function keepSession(page: Page, email: string): Promise<void> {
  const cookie = (await page.context().cookies()).find((c) => c.name === sessionCookie);
  if (!cookie) return;
  const file = inject('sessionStore');
  await withFileLock(`${file}.lock`, () => {
    fs.writeFileSync(file, JSON.stringify({ ...readSessions(), [email]: cookie.value }));
  });
}

function readSessions(): Record<string, string> {
  try {
    return JSON.parse(fs.readFileSync(inject('sessionStore'), 'utf8')) as Record<string, string>;
  } catch {
    return {};
  }
}

function isDemo(email: string): boolean {
  try {
    demoAccount(email);
    return true;
  } catch {
    return false;
  }
}
