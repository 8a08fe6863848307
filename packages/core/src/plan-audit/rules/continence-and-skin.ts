// H58: support with a catheter, stoma, pads or skin integrity has a matching instruction; skin care says how often.
import type { Finding } from '../finding.js';
import { findSection, needsSupportWith, sectionInUse, sectionTexts } from '../plan-reading.js';
import { reporter, type AuditRule } from '../rule.js';
import { requireAnswer } from '../rule-helpers.js';
import { isSpecific, sentences } from '../text-match.js';
import { derived } from './sources.js';

const meta = {
  id: 'H58',
  title: 'Catheter, stoma and skin instructions',
  severity: 'fail',
  guidance: derived(
    'Personal care check list (catheter, stoma, pad, skin integrity) with the toolkit\u2019s \u201cprecise\u201d example: repositioned every 4 hours',
    'personalCare',
  ),
  cqc: ['Safe systems, pathways and transitions', 'Involving people to manage risks'],
} as const;
const report = reporter(meta);

const continenceItems = ['catheter', 'stoma_bag', 'change_pad'];

export const continenceAndSkin: AuditRule = {
  ...meta,
  configKeys: ['specificWords'],
  appliesTo: (input) => sectionInUse(input.content, 'personal_care') !== null,
  check: (input, config) => {
    const ref = sectionInUse(input.content, 'personal_care');
    if (!ref) return [];
    const found: Finding[] = [];
    if (continenceItems.some((item) => needsSupportWith(ref, 'toileting_and_continence', item))) {
      found.push(
        ...requireAnswer(
          report,
          input,
          ref,
          'continence_care',
          'The check list shows the person needs support with a catheter, stoma or pads.',
        ),
      );
    }
    if (needsSupportWith(ref, 'personal_care', 'manage_skin_integrity')) {
      const skin = findSection(input.content, 'skin_integrity');
      const texts = [...sectionTexts(ref), ...(skin && skin.section.notApplicable === null ? sectionTexts(skin) : [])];
      const withFrequency = texts.some(
        (t) =>
          t.kind === 'instruction' &&
          /skin|pressure|position|cream|turn|heel/i.test(t.text) &&
          sentences(t.text).some((s) => isSpecific(s, config.specificWords)),
      );
      if (!withFrequency) {
        found.push(
          report({
            sectionKey: skin?.key ?? ref.key,
            field: skin ? skin.path : `${ref.path}.checklist`,
            explanation:
              'The person needs support with their skin integrity, but no skin or pressure care instruction says how often.',
            howToFix: 'Write the instruction with its frequency, for example \u201chelp me change position every 4 hours\u201d.',
          }),
        );
      }
    }
    return found;
  },
};
