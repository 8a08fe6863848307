import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { planExchangeJsonSchema, planExchangeSchema } from './exchange.js';
import { checkAgainstDefinitions } from './check-against-definitions.js';
import { toolkitSections } from './sections/index.js';

const docs = path.resolve(import.meta.dirname, '../../../../docs');

describe('the plan exchange format', () => {
  test('the committed JSON Schema is the one the code generates (run `npm run docs:schema` after changing the format)', () => {
    const committed = JSON.parse(fs.readFileSync(path.join(docs, 'exchange/plan.schema.json'), 'utf8')) as unknown;
    expect(committed).toEqual(planExchangeJsonSchema());
  });

  const examples = fs.readdirSync(path.join(docs, 'examples')).filter((f) => f.endsWith('.plan.json'));
  test('there are realistic examples', () => {
    expect(examples.length).toBeGreaterThanOrEqual(2);
  });
  test.each(examples)('%s is a valid plan that follows the toolkit sections', (file) => {
    const doc = planExchangeSchema.parse(JSON.parse(fs.readFileSync(path.join(docs, 'examples', file), 'utf8')));
    for (const version of doc.versions) expect(checkAgainstDefinitions(version.content, toolkitSections)).toEqual([]);
  });

  test('every problem is reported with its path', () => {
    const result = planExchangeSchema.safeParse({
      format: 'something-else', formatVersion: 2, exportedAt: 'yesterday', source: '',
      person: { legalName: 'A', preferredName: null, dateOfBirth: '1940-13-01', nhsNumber: '1234567890' },
      versions: [],
    });
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => i.path.join('.')).sort()).toEqual(
      ['exportedAt', 'format', 'formatVersion', 'person.dateOfBirth', 'person.nhsNumber', 'source', 'versions'].sort(),
    );
  });
});
