// K73: where an advance (end-of-life) care plan and a hospital passport both exist, the passport was last reviewed on
// or after the plan was made or last changed. Read from the advance care plan record, which holds both dates.
import { hospitalPassportReviewDue } from '../../capacity/advance-care-plan.js';
import { evidenceField, newestRecord } from '../capacity-records.js';
import { reporter, type AuditRule } from '../rule.js';

const meta = {
  id: 'K73',
  title: 'Hospital passport reviewed with the end-of-life plan',
  severity: 'warn',
  // The toolkit cites an HCPA page outside the toolkit's own pages (toolkit-pages.ts), so it is spelt here.
  guidance: {
    source: 'HCPA',
    reference: 'HCPA hospital passport (Purple Folder): its last review is on or after the end-of-life plan\u2019s last update',
    url: 'https://www.hcpa.info/?p=173290',
  },
  cqc: ['Planning for the future', 'Safe systems, pathways and transitions'],
} as const;
const report = reporter(meta);

export const hospitalPassportReview: AuditRule = {
  ...meta,
  configKeys: [],
  appliesTo: (input) => newestRecord(input.capacity?.advanceCarePlans)?.body.hospitalPassport.inPlace === true,
  check: (input) => {
    const plan = newestRecord(input.capacity?.advanceCarePlans);
    // The plan's date is the day it was made or last changed: a record replacing it carries the new date.
    if (!plan || !hospitalPassportReviewDue(plan.body, plan.body.madeOn)) return [];
    const reviewed = plan.body.hospitalPassport.lastReviewedOn;
    return [
      report({
        sectionKey: 'advance_care_planning',
        field: evidenceField('advanceCarePlans', plan.id),
        explanation:
          reviewed === null
            ? `The advance care plan of ${plan.body.madeOn} says there is a hospital passport, but not when it was last reviewed.`
            : `The hospital passport was last reviewed on ${reviewed}, before the advance care plan of ${plan.body.madeOn}, so it may not reflect the person\u2019s wishes.`,
        howToFix:
          'Review the hospital passport with the person against their advance care plan, and record the date it was reviewed.',
      }),
    ];
  },
};
