// The demo sign-ins (from the server's seed, the single source of truth) and authenticator codes for them.
import fs from 'node:fs';
import { Secret, TOTP } from 'otpauth';
import { inject } from 'vitest';
import { withFileLock } from './file-lock.js';
import { demoOrganisation, demoPassword, demoPeople, demoStaff } from '../../packages/server/src/seed/demo-data.js';

export { demoOrganisation, demoPassword, demoPeople, demoStaff };

export const accounts = {
  carer: 'carer@riverside-care.example',
  senior: 'senior@riverside-care.example',
  manager: 'manager@riverside-care.example',
  quality: 'quality@riverside-care.example',
  admin: 'admin@riverside-care.example',
  oakHouse: 'oakhouse@riverside-care.example',
} as const;

export function demoAccount(email: string) {
  const found = demoStaff.find((s) => s.email === email);
  if (!found) throw new Error(`${email} is not a demo account`);
  return found;
}

export function demoPerson(legalName: string) {
  const found = demoPeople.find((p) => p.legalName === legalName);
  if (!found) throw new Error(`${legalName} is not a demo person`);
  return found;
}

const period = 30;

export function totpCode(secret: string, timestamp = Date.now()): string {
  const normalised = secret.replace(/\s+/g, '').toUpperCase();
  return new TOTP({ algorithm: 'SHA1', digits: 6, period, secret: Secret.fromBase32(normalised) }).generate({ timestamp });
}

function currentStep(now = Date.now()): number {
  return Math.floor(now / 1000 / period);
}

/**
 * A code the server will accept for this account now. The server refuses a code from a step it has already
 * accepted for the same account, and accepts the steps either side of its clock's (for drift). So the last step
 * used is kept in a ledger shared by every test file of the run (files run two at a time, so it is read and written
 * under a lock), and each sign-in takes the first step not yet used: the current one, or the next one, which the
 * server accepts a step early. Only when both are spent does this wait for the clock (at most 30 s).
 */
export async function freshTotpCode(email: string, secret: string): Promise<string> {
  const ledgerFile = inject('totpLedger');
  for (;;) {
    const now = Date.now();
    const step = currentStep(now);
    const msLeftInStep = (step + 1) * period * 1000 - now;
    const taken = await withFileLock(`${ledgerFile}.lock`, () => {
      const ledger = readLedger(ledgerFile);
      const last = ledger[email];
      // The current step, with a second's margin so the code is not sent just as its step ends.
      const usable = [...(msLeftInStep > 1_000 ? [step] : []), step + 1].find((s) => last === undefined || s > last);
      if (usable === undefined) return null;
      ledger[email] = usable;
      fs.writeFileSync(ledgerFile, JSON.stringify(ledger));
      return usable;
    });
    if (taken !== null) return totpCode(secret, taken * period * 1000);
    await new Promise((resolve) => setTimeout(resolve, Math.min(msLeftInStep + 50, 31_000)));
  }
}

/** Records that a code from the current step was used outside freshTotpCode (an enrolment, say). */
export async function recordTotpUse(email: string, timestamp = Date.now()): Promise<void> {
  const ledgerFile = inject('totpLedger');
  await withFileLock(`${ledgerFile}.lock`, () => {
    const ledger = readLedger(ledgerFile);
    ledger[email] = Math.max(ledger[email] ?? 0, currentStep(timestamp));
    fs.writeFileSync(ledgerFile, JSON.stringify(ledger));
  });
}

function readLedger(file: string): Record<string, number> {
  try {
    return JSON.parse(fs.readFileSync(file, 'utf8')) as Record<string, number>;
  } catch {
    return {};
  }
}
