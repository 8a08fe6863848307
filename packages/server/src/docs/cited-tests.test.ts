// The hazard log and the security map name, for each control, the automated test that shows it works, as
// `file › test name`. A renamed or removed test would leave a control with no evidence while the documents still
// claimed it: so every test they cite must exist, under that exact name, in that file.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../..');
/** Where a cited file may be, as the documents explain: server, core, web, then the browser tests. */
const roots = ['packages/server/src', 'packages/core/src', 'packages/web/src', 'e2e/tests'];
const documents = ['docs/clinical-safety/hazard-log.md', 'docs/SECURITY.md'];

interface Citation {
  file: string;
  name: string;
}

export function citationsIn(markdown: string): Citation[] {
  return [...markdown.matchAll(/`([^`\s]+\.test\.ts) › ([^`]+)`/g)].map((m) => ({
    // "core x/y.test.ts" in the text is written as `core x/y.test.ts`: the word is outside the path's characters.
    file: m[1]!,
    name: m[2]!,
  }));
}

/** The names given to test(…), it(…), describe(…) and test.each(…)(…) in a test file, with escapes undone. */
export function testNamesIn(source: string): Set<string> {
  const names = new Set<string>();
  for (const m of source.matchAll(/(?:\btest|\bit|\bdescribe|\))\(\s*(['"`])((?:\\.|(?!\1)[^\\])*)\1/g)) {
    names.add(m[2]!.replace(/\\u([0-9a-fA-F]{4})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16))).replace(/\\(['"`\\])/g, '$1'));
  }
  return names;
}

function findTestFile(file: string): string[] {
  return roots.map((root) => path.join(repo, root, file)).filter((candidate) => fs.existsSync(candidate));
}

describe('the tests the documents cite exist', () => {
  test('a citation is read with its file and name, and names are read as written in the source', () => {
    expect(citationsIn('see `routes/a.int.test.ts › it works, mostly`; and `b.e2e.test.ts › the person’s page`.')).toEqual([
      { file: 'routes/a.int.test.ts', name: 'it works, mostly' },
      { file: 'b.e2e.test.ts', name: 'the person’s page' },
    ]);
    const names = testNamesIn("test('only staff in the person\\'s service', () => {});\ntest.each(cases)('refused: %s', () => {});\ndescribe(\"a group\", () => {});\nit('the person\\u2019s words', () => {});");
    expect([...names].sort()).toEqual(['a group', 'only staff in the person\'s service', 'refused: %s', 'the person’s words']);
  });

  for (const document of documents) {
    test(`every test ${document} cites is there under its name`, () => {
      const citations = citationsIn(fs.readFileSync(path.join(repo, document), 'utf8'));
      expect(citations.length).toBeGreaterThan(20);
      const missing: string[] = [];
      for (const { file, name } of citations) {
        const found = findTestFile(file);
        if (found.length !== 1) {
          missing.push(`${file} › ${name}: ${found.length === 0 ? 'no such file' : 'more than one file of that name'}`);
          continue;
        }
        if (!testNamesIn(fs.readFileSync(found[0]!, 'utf8')).has(name)) missing.push(`${file} › ${name}: no test of that name`);
      }
      expect(missing).toEqual([]);
    });
  }
});
