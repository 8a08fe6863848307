import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterEach, describe, expect, test } from 'vitest';
import { compressibleFiles, writeCompressedCopies } from './precompressed-assets';

const made: string[] = [];
afterEach(() => {
  for (const dir of made.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

function buildFolder(files: Record<string, string>): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'hearth-precompress-'));
  made.push(dir);
  for (const [name, content] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    fs.writeFileSync(path.join(dir, name), content);
  }
  return dir;
}

describe('compressed copies of the built web app', () => {
  const script = 'export const plan = "what matters to me";\n'.repeat(200);

  test('text files of 1 KB or more are chosen, in every folder; images, maps and small files are not', () => {
    const dir = buildFolder({
      'index.html': `<!doctype html>${'<p>Hearth</p>'.repeat(100)}`,
      'assets/index-Abc12345.js': script,
      'assets/index-Abc12345.css': 'body { margin: 0 }\n'.repeat(100),
      'assets/index-Abc12345.js.map': script,
      'icons/hearth-192.png': 'x'.repeat(5000),
      'registerSW.js': 'navigator.serviceWorker.register("/sw.js")',
    });
    const chosen = compressibleFiles(dir).map((f) => path.relative(dir, f)).sort();
    expect(chosen).toEqual(['assets/index-Abc12345.css', 'assets/index-Abc12345.js', 'index.html']);
  });

  test('each copy decompresses to exactly the original and is smaller', () => {
    const dir = buildFolder({ 'assets/index-Abc12345.js': script });
    const file = path.join(dir, 'assets/index-Abc12345.js');
    writeCompressedCopies(file);
    const original = fs.readFileSync(file);
    const br = fs.readFileSync(`${file}.br`);
    const gz = fs.readFileSync(`${file}.gz`);
    expect(brotliDecompressSync(br).equals(original)).toBe(true);
    expect(gunzipSync(gz).equals(original)).toBe(true);
    expect(br.length).toBeLessThan(original.length / 4);
    expect(gz.length).toBeLessThan(original.length / 4);
    // A second build over the first does not compress the copies again.
    expect(compressibleFiles(dir).map((f) => path.basename(f))).toEqual(['index-Abc12345.js']);
  });
});
