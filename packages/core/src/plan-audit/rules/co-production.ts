// B9: the plan records who, besides staff, it was written with: the person, family or an advocate.
import { participantKindLabels } from '../../care-plan/plan-labels.js';
import { always, reporter, type AuditRule } from '../rule.js';
import { hcpa } from './sources.js';

const meta = {
  id: 'B9',
  title: 'Evidence of co-production',
  severity: 'fail',
  guidance: hcpa(
    'generalGuidance',
    'co-produced with the person and/or family/advocate; evidence of co-production must be provided',
  ),
  cqc: ['Listening to and involving people', 'Person-centred care', 'Independence, choice and control'],
} as const;
const report = reporter(meta);

export const coProduction: AuditRule = {
  ...meta,
  configKeys: ['coProducerKinds'],
  appliesTo: always,
  check: (input, config) => {
    const involvement = input.content.involvement;
    if (involvement.some((i) => config.coProducerKinds.includes(i.kind))) return [];
    const who = config.coProducerKinds.map((k) => participantKindLabels[k].toLowerCase()).join(', ');
    return [
      report({
        sectionKey: null,
        field: 'involvement',
        explanation:
          involvement.length === 0
            ? 'The plan does not record who it was written with.'
            : 'The plan records only staff or professionals as taking part; nothing shows it was written with the person or those close to them.',
        howToFix: `Record who took part (for example ${who}), when and how.`,
      }),
    ];
  },
};
