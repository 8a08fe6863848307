// A plan section read as plain parts, each a heading and whole sentences, with no tables: the common ground of the
// easy-read and plain-text outputs. The person's own words are kept as written; only full stops are added.
import { medicationSupportLevelLabels, supportLevelLabels } from '../care-plan/support-levels.js';
import type { SectionContent } from '../care-plan/plan-content.js';
import type { SectionDefinition } from '../care-plan/section-definition.js';
import { inDayOrder } from '../care-plan/now-steps.js';

export interface PlanPart {
  /** A plain heading in the person's voice, such as "What I can do". */
  heading: string;
  sentences: string[];
}

const monthNames = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** "2027-03-01" → "1 March 2027", as a screen reader and a reader both say it. Anything else is left as it is. */
export function spokenDate(iso: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  const month = m ? monthNames[Number(m[2]) - 1] : undefined;
  return m && month ? `${Number(m[3])} ${month} ${m[1]}` : iso;
}

/** Ends text with a full stop unless it already ends a sentence (or with a colon, as in "Please do:"). */
export function asSentence(text: string): string {
  const clean = text.trim();
  if (clean === '') return clean;
  return /[.!?:;]["'\u201D\u2019)]?$/.test(clean) ? clean : `${clean}.`;
}

/** A prompt label as a heading: trailing colons dropped, question marks kept. */
function promptHeading(label: string): string {
  return label.replace(/[:\s]+$/, '');
}

/** The parts of one section, in the order a reader meets them in the plan. */
export function sectionParts(section: SectionContent, definition: SectionDefinition | undefined): PlanPart[] {
  if (section.notApplicable)
    return [{ heading: 'This part is not about me', sentences: [asSentence(section.notApplicable.reason)] }];
  const parts: PlanPart[] = [];
  const push = (heading: string, sentences: string[]) => {
    const kept = sentences.map(asSentence).filter((s) => s !== '');
    if (kept.length > 0) parts.push({ heading, sentences: kept });
  };
  for (const answer of section.answers) {
    const label = definition?.prompts.find((p) => p.key === answer.promptKey)?.label ?? answer.promptKey.replace(/_/g, ' ');
    push(promptHeading(label), [answer.text]);
  }
  if (section.strengths) push('What I can do', [section.strengths]);
  if (section.needs) push('What I need help with', [section.needs]);
  if (section.medicationSupportLevel)
    push('Help with my medicines', [medicationSupportLevelLabels[section.medicationSupportLevel]]);
  push(
    'The help I need',
    section.checklist.map((c) => {
      const item =
        definition?.checklists.find((x) => x.key === c.checklistKey)?.items.find((x) => x.key === c.itemKey)?.label ??
        c.itemKey.replace(/_/g, ' ');
      return `${item}: ${supportLevelLabels[c.level]}${c.note ? `. ${asSentence(c.note)}` : ''}`;
    }),
  );
  push(
    'What happens and when',
    inDayOrder(section.steps, (s) => s).map(
      (s) => `${s.when}${s.time ? `, at ${s.time}` : ''}: ${asSentence(s.what)} Who does it: ${s.who}`,
    ),
  );
  push(
    'What I want to achieve',
    section.outcomes.map(
      (o) =>
        `${asSentence(o.goal)} How: ${asSentence(o.howMet)} Who helps: ${asSentence(o.whoInvolved)}${o.targetDate ? ` By ${spokenDate(o.targetDate)}` : ''}`,
    ),
  );
  push(
    'Keeping me safe',
    section.risks.map((r) => `${asSentence(r.risk)} What we do about it: ${r.howManaged}`),
  );
  const assessments =
    section.riskAssessments.general.length + section.riskAssessments.must.length + section.riskAssessments.falls.length;
  if (assessments > 0)
    push('Risk checks', ['Staff have checked the risks in this part of my plan. Ask them to go through the checks with me']);
  push(
    'Things I use',
    section.equipment.map((e) => `${e.item}${e.notes ? `: ${e.notes}` : ''}`),
  );
  if (section.nextReviewDate)
    push('When we look at this again', [`We will look at this part again by ${spokenDate(section.nextReviewDate)}`]);
  return parts;
}
