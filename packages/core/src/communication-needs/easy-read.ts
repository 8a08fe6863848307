// Easy read: one idea per line, short sentences, plain headings and space for a picture beside each. Text is split,
// never rewritten, so the person's own words stay theirs.
import type { PlanVersion } from '../care-plan/plan-api.js';
import type { SectionDefinition } from '../care-plan/section-definition.js';
import { sectionParts, spokenDate } from './plan-parts.js';

/** A line longer than this many words is split at a natural break (a semicolon, or a comma before "and", "but" ...). */
export const easyReadMaxWords = 12;

/** Words that end with a full stop without ending a sentence. */
const abbreviations = new Set([
  'dr',
  'mr',
  'mrs',
  'ms',
  'st',
  'e.g',
  'i.e',
  'etc',
  'a.m',
  'p.m',
  'approx',
  'no',
  'vs',
  'mx',
  'prof',
]);

const wordCount = (text: string) => text.split(/\s+/).filter(Boolean).length;

/** Splits a paragraph into sentences at . ! or ? followed by a space, leaving abbreviations and decimals alone. */
export function splitSentences(paragraph: string): string[] {
  const sentences: string[] = [];
  let start = 0;
  const end = /[.!?]+["'\u201D\u2019)]?(?=\s+\S)/g;
  for (let m = end.exec(paragraph); m !== null; m = end.exec(paragraph)) {
    const before = paragraph.slice(start, m.index);
    const lastWord = (/(\S+)$/.exec(before)?.[1] ?? '').toLowerCase();
    if (m[0].startsWith('.') && m[0].length === 1 && (abbreviations.has(lastWord) || /^[a-z]$/i.test(lastWord))) continue;
    sentences.push(paragraph.slice(start, m.index + m[0].length).trim());
    start = m.index + m[0].length;
  }
  sentences.push(paragraph.slice(start).trim());
  return sentences.filter((s) => s !== '');
}

/** Natural breaks inside a long sentence, in the order they are tried; the break word stays with the next line. */
const breaks = [/;\s+/g, /,\s+(?=(?:and|but|so|or|because|then|when|if|unless|which)\b)/gi, /,\s+/g];

/** Splits a long sentence into lines of at most `maxWords` words where a natural break allows. */
export function splitLongSentence(sentence: string, maxWords = easyReadMaxWords): string[] {
  if (wordCount(sentence) <= maxWords) return [sentence];
  for (const pattern of breaks) {
    const pieces = sentence
      .split(pattern)
      .map((p) => p.trim())
      .filter((p) => p !== '');
    // A break that leaves a one- or two-word fragment is no help to a reader.
    if (pieces.length > 1 && pieces.every((p) => wordCount(p) >= 3)) return pieces.flatMap((p) => splitLongSentence(p, maxWords));
  }
  return [sentence];
}

/** Easy-read lines from free text: each paragraph and list item apart, one sentence (or short clause) per line. */
export function easyReadLines(text: string, maxWords = easyReadMaxWords): string[] {
  return text
    .split(/\r?\n/)
    .map((line) => line.replace(/^\s*(?:[-*\u2022]|\d+[.)])\s+/, '').trim())
    .filter((line) => line !== '')
    .flatMap((paragraph) => splitSentences(paragraph))
    .flatMap((sentence) => splitLongSentence(sentence, maxWords))
    .map((line) => line.replace(/[,;]$/, ''));
}

/** Plain headings for the toolkit's sections; a provider's own section keeps its title. */
const easyReadHeadings: Record<string, string> = {
  one_page_profile: 'About me',
  visits_and_support: 'My visits',
  personal_care: 'Washing and dressing',
  medication: 'My medicines',
  nutrition_and_hydration: 'Eating and drinking',
  mobility_and_falls: 'Moving about safely',
  communication_and_information: 'How I communicate',
  health_and_wellbeing: 'My health',
  mental_capacity_and_consent: 'Making my own choices',
  emotional_wellbeing_and_mental_health: 'How I feel',
  skin_integrity: 'Looking after my skin',
  sleep_and_night_time: 'Sleeping',
  safety_and_my_home: 'Staying safe at home',
  community_access_and_engagement: 'Going out and things I enjoy',
  culture_religion_identity_and_relationships: 'Who I am and the people I love',
  finances: 'My money',
  advance_care_planning: 'Planning for the future',
  contingency_plans: 'If things change',
  behaviour_support: 'Feeling calm and safe',
};

export function easyReadHeading(sectionKey: string, title: string | undefined): string {
  return easyReadHeadings[sectionKey] ?? title ?? sectionKey.replace(/_/g, ' ');
}

export interface EasyReadBlock {
  /** 1 for a section of the plan, 2 for a part within it; each heading has a space for a picture beside it. */
  level: 1 | 2;
  heading: string;
  lines: string[];
}

export interface EasyReadPlanInput {
  /** The name the person likes to be called. */
  name: string;
  plan: Pick<PlanVersion, 'version' | 'content' | 'agreement'> | null;
  definitions: readonly SectionDefinition[];
}

/** The whole plan as easy-read blocks: what this is, then each section and its parts. */
export function easyReadPlan(input: EasyReadPlanInput): EasyReadBlock[] {
  const intro: EasyReadBlock = {
    level: 1,
    heading: 'My care and support plan',
    lines: [
      `This plan is about ${input.name}.`,
      'It says what matters to me.',
      'It says how I want to be helped.',
      ...(input.plan?.agreement ? [`I agreed this plan on ${spokenDate(input.plan.agreement.date)}.`] : []),
      'You can ask to change it at any time.',
    ],
  };
  if (!input.plan)
    return [{ ...intro, lines: [...intro.lines.slice(0, 1), 'There is no agreed plan yet.', 'Ask the office for help.'] }];
  const byKey = new Map(input.definitions.map((d) => [d.key, d]));
  const blocks: EasyReadBlock[] = [intro];
  for (const section of input.plan.content.sections) {
    const definition = byKey.get(section.sectionKey);
    const parts = sectionParts(section, definition);
    blocks.push({
      level: 1,
      heading: easyReadHeading(section.sectionKey, definition?.title),
      lines: parts.length === 0 ? ['Nothing is written here yet.'] : [],
    });
    for (const part of parts)
      blocks.push({ level: 2, heading: part.heading, lines: part.sentences.flatMap((s) => easyReadLines(s)) });
  }
  return blocks;
}
