// Time-based one-time passwords (RFC 6238) for the second factor, with replay refused.
import { Secret, TOTP } from 'otpauth';
import QRCode from 'qrcode';

const period = 30;

function totpFor(secret: string, label: string): TOTP {
  return new TOTP({ issuer: 'Hearth', label, algorithm: 'SHA1', digits: 6, period, secret: Secret.fromBase32(secret) });
}

export function newTotpSecret(): string {
  return new Secret({ size: 20 }).base32;
}

export async function enrolmentFor(secret: string, email: string): Promise<{ secret: string; otpauthUri: string; qrCodeSvg: string }> {
  const otpauthUri = totpFor(secret, email).toString();
  const qrCodeSvg = await QRCode.toString(otpauthUri, { type: 'svg', margin: 2, errorCorrectionLevel: 'M' });
  return { secret: secret.replace(/(.{4})/g, '$1 ').trim(), otpauthUri, qrCodeSvg };
}

/**
 * Checks a code against the current step and one either side (clock drift), and returns the step it
 * matched, or null. A step at or before lastStep is refused, so a code cannot be used twice.
 */
export function matchTotp(secret: string, code: string, now: number, lastStep: number | null): number | null {
  const delta = totpFor(secret, 'check').validate({ token: code, timestamp: now, window: 1 });
  if (delta === null) return null;
  const step = Math.floor(now / 1000 / period) + delta;
  if (lastStep !== null && step <= lastStep) return null;
  return step;
}

export function currentTotp(secret: string, now: number): string {
  return totpFor(secret, 'demo').generate({ timestamp: now });
}
