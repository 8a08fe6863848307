// A7: the plan is reviewed within the provider's interval, and by every section's own next review date.
import { isDate, plusDays } from '../dates.js';
import { reporter, type AuditRule } from '../rule.js';
import { hcpa } from './sources.js';

const meta = {
  id: 'A7',
  title: 'Reviewed within the interval and by each section\u2019s review date',
  severity: 'fail',
  guidance: hcpa('generalGuidance', 'reviewed, evaluated and updated with the person frequently and whenever something changes'),
  cqc: ['Care provision, integration and continuity', 'Listening to and involving people'],
} as const;
const report = reporter(meta);

const isLive = (status: string) => status === 'agreed' || status === 'in_use' || status === 'under_review';

export const reviewCurrency: AuditRule = {
  ...meta,
  configKeys: ['reviewIntervalDays'],
  appliesTo: (input) =>
    (isLive(input.version.status) && isDate(input.version.agreedOn)) ||
    input.content.sections.some((s) => isDate(s.nextReviewDate)),
  check: (input, config) => {
    const found = [];
    const due = isLive(input.version.status) ? plusDays(input.version.agreedOn, config.reviewIntervalDays) : null;
    if (due !== null && due < input.today) {
      found.push(
        report({
          sectionKey: null,
          field: null,
          explanation: `The plan was agreed on ${input.version.agreedOn ?? ''}; its review was due by ${due} (every ${config.reviewIntervalDays} days).`,
          howToFix: 'Review the plan with the person and those who support them, and agree a new version.',
        }),
      );
    }
    input.content.sections.forEach((section, i) => {
      if (section.notApplicable === null && isDate(section.nextReviewDate) && section.nextReviewDate < input.today) {
        found.push(
          report({
            sectionKey: section.sectionKey,
            field: `sections.${i}.nextReviewDate`,
            explanation: `This section was due to be reviewed by ${section.nextReviewDate}.`,
            howToFix: 'Review the section with the person and set its next review date.',
          }),
        );
      }
    });
    return found;
  },
};
