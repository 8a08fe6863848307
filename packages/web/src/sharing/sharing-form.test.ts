import { sharingDecisionBodySchema } from '@hearth/core';
import { describe, expect, test } from 'vitest';
import { basisValue, decisionBody, emptyDecisionForm, type DecisionForm } from './sharing-form';

const A = '0b1e5a4c-8a34-4c57-9a7e-3f1b2c4d5e6f';
const B = '1c2d3e4f-5a6b-4c7d-8e9f-0a1b2c3d4e5f';

const form = (overrides: Partial<DecisionForm>): DecisionForm => ({ ...emptyDecisionForm(['plan']), reason: 'Asked today', ...overrides });
const ids = (f: DecisionForm) => {
  const body = decisionBody(f);
  return [body.capacityAssessmentId, body.bestInterestsDecisionId, body.legalAuthorityRecordId];
};

describe('what a sharing decision sends about the records it rests on', () => {
  test.each<[string, Partial<DecisionForm>, unknown[]]>([
    ['a best-interests decision', { decidedBy: 'legal_authority', capacityAssessmentId: A, authorityBasis: basisValue('best_interests', B) }, [A, B, null]],
    ['a power of attorney', { decidedBy: 'legal_authority', capacityAssessmentId: A, authorityBasis: basisValue('legal_authority', B) }, [A, null, B]],
    ['nothing chosen yet', { decidedBy: 'legal_authority' }, [null, null, null]],
    ['the person decides: choices made before switching are not sent', { decidedBy: 'person', capacityAssessmentId: A, authorityBasis: basisValue('legal_authority', B) }, [null, null, null]],
  ])('%s', (_name, overrides, expected) => {
    expect(ids(form(overrides))).toEqual(expected);
  });

  test('the server\u2019s schema accepts what is sent, and names what is missing', () => {
    expect(sharingDecisionBodySchema.safeParse(decisionBody(form({ decidedBy: 'person', capacityAssessmentId: A }))).success).toBe(true);
    const missing = sharingDecisionBodySchema.safeParse(decisionBody(form({ decidedBy: 'legal_authority' })));
    expect(missing.success ? [] : missing.error.issues.map((i) => i.path.join('.'))).toEqual(['capacityAssessmentId', 'bestInterestsDecisionId']);
  });
});
