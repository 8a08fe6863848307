// C18: where a DNACPR, advance care plan, TEP, Purple Folder or PBS/crisis plan is in place, the plan says where it is kept.
import type { Finding } from '../finding.js';
import { answerOf, findSection } from '../plan-reading.js';
import { always, reporter, type AuditRule } from '../rule.js';
import { promptLabel } from '../rule-helpers.js';
import { saysYes, wordCount } from '../text-match.js';
import { hcpa } from './sources.js';

const meta = {
  id: 'C18',
  title: 'Location recorded for \u201cyes\u201d answers',
  severity: 'fail',
  guidance: hcpa('onePageProfile', 'DNACPR, advance care plan, TEP, Purple Folder, PBS/crisis plan: state where it can be found'),
  cqc: ['Planning for the future', 'Safe systems, pathways and transitions'],
} as const;
const report = reporter(meta);

const documentQuestions: Record<string, string[]> = {
  one_page_profile: [
    'dnacpr_location',
    'advance_care_plan_location',
    'treatment_escalation_plan',
    'purple_folder_location',
    'behaviour_support_plan_location',
  ],
  advance_care_planning: ['advance_care_plan', 'dnacpr_or_respect', 'treatment_escalation_plan', 'hospital_passport'],
  behaviour_support: ['plan_location'],
};

/** "Yes" with fewer than this many further words cannot say where a document is kept. */
const minLocationWords = 3;

export const yesAnswersLocated: AuditRule = {
  ...meta,
  configKeys: [],
  appliesTo: always,
  check: (input) => {
    const found: Finding[] = [];
    for (const [sectionKey, prompts] of Object.entries(documentQuestions)) {
      const ref = findSection(input.content, sectionKey);
      if (!ref || ref.section.notApplicable !== null) continue;
      for (const promptKey of prompts) {
        const answer = answerOf(ref, promptKey);
        if (!answer || !saysYes(answer.text) || wordCount(answer.text) - 1 >= minLocationWords) continue;
        found.push(
          report({
            sectionKey,
            field: answer.field,
            explanation: `\u201c${promptLabel(input, sectionKey, promptKey)}\u201d is answered yes, but does not say where it is kept.`,
            howToFix:
              'Say exactly where the document is kept (for example \u201cthe red folder on the kitchen shelf\u201d), so staff and paramedics can find it.',
          }),
        );
      }
    }
    return found;
  },
};
