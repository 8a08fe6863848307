// Where the e2e run keeps things: artifacts (logs, screenshots) are gitignored.
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const e2eDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const repoRoot = path.resolve(e2eDir, '..');
export const artifactsDir = path.join(e2eDir, 'artifacts');
export const serverDir = path.join(repoRoot, 'packages', 'server');
export const webDist = path.join(repoRoot, 'packages', 'web', 'dist');
