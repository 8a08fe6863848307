import { describe, expect, test } from 'vitest';
import { imcaBodySchema } from './imca.js';

const imca = {
  name: 'Jo Adams',
  organisation: 'Herts Advocacy',
  decision: 'Whether to move into residential care',
  instructedOn: '2026-10-01',
};

describe('recording an IMCA', () => {
  test.each([
    ['instructed for a decision', imca, []],
    ['with an end date', { ...imca, endedOn: '2026-12-01' }, []],
    ['ended before being instructed', { ...imca, endedOn: '2026-09-01' }, ['endedOn']],
    ['no decision named', { ...imca, decision: '' }, ['decision']],
    ['no organisation', { ...imca, organisation: undefined }, ['organisation']],
  ])('%s', (_name, value, fields) => {
    const result = imcaBodySchema.safeParse(value);
    expect(result.success ? [] : result.error.issues.map((i) => i.path.join('.'))).toEqual(fields);
  });
});
