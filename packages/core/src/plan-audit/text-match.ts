// Word-boundary matching of configured phrases in free text, and small readings of plain English the rules share.
import { isDate } from './dates.js';

const compiled = new Map<string, RegExp>();
const bodies = new Map<string, string>();

/** A phrase as a pattern body: spaces and hyphens are interchangeable, and either apostrophe matches. */
function phraseBody(phrase: string): string {
  let body = bodies.get(phrase);
  if (body === undefined) {
    body = phrase
      .trim()
      .toLowerCase()
      .split(/[\s-]+/)
      .map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/'/g, "['\u2019]"))
      .join('[\\s-]+');
    bodies.set(phrase, body);
  }
  return body;
}

/**
 * One whole-word pattern for a list of phrases, longest first so "standing hoist" wins over "hoist": "regular" does
 * not match inside "irregular", and a plural or third-person "s" matches too ("Tuesdays", "monitors").
 */
function listPattern(phrases: readonly string[]): RegExp | null {
  const usable = phrases.filter((p) => p.trim() !== '');
  if (usable.length === 0) return null;
  const key = usable.join('\u0000');
  let pattern = compiled.get(key);
  if (!pattern) {
    const alternatives = [...new Set(usable.map(phraseBody))].sort((a, b) => b.length - a.length);
    pattern = new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternatives.join('|')})s?(?![\\p{L}\\p{N}])`, 'giu');
    if (compiled.size > 200) compiled.clear();
    compiled.set(key, pattern);
  }
  pattern.lastIndex = 0;
  return pattern;
}

/** A cheap first look: the whole-word pattern only runs when some phrase's first word appears at all. */
function mayContainAny(lower: string, phrases: readonly string[]): boolean {
  return phrases.some((p) => {
    const head = /^[\p{L}\p{N}]+/u.exec(p.trim().toLowerCase())?.[0];
    return head === undefined || lower.includes(head);
  });
}

export interface PhraseMatch {
  /** The configured phrase that matched. */
  phrase: string;
  start: number;
  end: number;
}

/** Every match of any phrase, without overlaps; where two could match at one place, the longest wins. */
export function findPhrases(text: string, phrases: readonly string[]): PhraseMatch[] {
  const pattern = listPattern(phrases);
  if (!pattern || !mayContainAny(text.toLowerCase(), phrases)) return [];
  const found: PhraseMatch[] = [];
  for (const m of text.matchAll(pattern)) {
    const matched = m[0].toLowerCase();
    const phrase = phrases.find((p) => p.trim() !== '' && new RegExp(`^(?:${phraseBody(p)})s?$`, 'iu').test(matched)) ?? matched;
    found.push({ phrase, start: m.index, end: m.index + m[0].length });
  }
  return found;
}

export function mentionsAny(text: string, phrases: readonly string[]): boolean {
  return findPhrases(text, phrases).length > 0;
}

/** Sentences, split at full stops, question and exclamation marks, semicolons and new lines, but not inside "08.30". */
export function sentences(text: string): string[] {
  return text
    .split(/(?<!\d)[.!?]|[.!?](?!\d)|[;\n]/)
    .map((s) => s.trim())
    .filter((s) => s !== '');
}

const numberWithUnit =
  /\d+(?:[.,]\d+)?\s*(?:-|to)?\s*(?:\d+\s*)?(?:am|pm|a\.m\.|p\.m\.|hours?|hrs?|h|minutes?|mins?|times?|x|ml|mls|millilitres?|l|litres?|mg|g|kg|grams?|tablets?|capsules?|days?|weeks?|months?|cups?|glasses?|beakers?|puffs?|drops?|sachets?|units?|doses?|visits?|steps?|metres?|m)(?![\p{L}])/iu;
const numberWordWithUnit =
  /\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|half an?|a couple of)\s+(?:times?|hours?|minutes?|days?|weeks?|tablets?|cups?|glasses?|beakers?|puffs?|drops?|sachets?|spoonfuls?)\b/i;
const clockTime = /(?<!\d)(?:[01]?\d|2[0-3])[:.][0-5]\d(?!\d)/;

/** Whether a sentence names a time, frequency or quantity: "every 4 hours", "at 08:30", "200 ml", "at lunchtime", "daily". */
export function isSpecific(sentence: string, specificWords: readonly string[]): boolean {
  return (
    numberWithUnit.test(sentence) ||
    numberWordWithUnit.test(sentence) ||
    clockTime.test(sentence) ||
    mentionsAny(sentence, specificWords)
  );
}

/** A date written as 2026-03-01, 1/3/2026, 1 March 2026 or March 2026, or a year such as 2019. */
export function mentionsDate(text: string): boolean {
  return /\b(?:19|20)\d{2}\b/.test(text) || /\b\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}\b/.test(text);
}

/** Every date written as YYYY-MM-DD or D/M/YYYY, as YYYY-MM-DD. */
export function datesIn(text: string): string[] {
  const found: string[] = [];
  for (const m of text.matchAll(/\b((?:19|20)\d{2})-(\d{2})-(\d{2})\b/g)) found.push(`${m[1]}-${m[2]}-${m[3]}`);
  for (const m of text.matchAll(/\b(\d{1,2})\/(\d{1,2})\/((?:19|20)\d{2})\b/g)) {
    found.push(`${m[3]}-${(m[2] ?? '').padStart(2, '0')}-${(m[1] ?? '').padStart(2, '0')}`);
  }
  return found.filter(isDate);
}

/** An answer that says no, none or not applicable, so there is nothing more to ask of it. */
export function saysNo(text: string): boolean {
  return /^\s*(?:no\b|none\b|not\b|n\/a\b|nil\b|never\b)/i.test(text);
}

export function saysYes(text: string): boolean {
  return /^\s*(?:yes\b|y\b|in place\b)/i.test(text);
}

/** Parts of the day a plan uses for times of support (am / lunch / teatime / pm), or a clock time. */
export function namesTimesOfDay(text: string): boolean {
  return (
    clockTime.test(text) || /\b(?:am|pm|morning|lunch|lunchtime|midday|tea|teatime|tea-time|evening|bedtime|night)\b/i.test(text)
  );
}

export function wordCount(text: string): number {
  return text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
}

/** Whether the text speaks as the person: I, me, my. */
export function usesFirstPerson(text: string): boolean {
  return (
    /(?<![\p{L}'])I(?:'m|'ve|'d|'ll|\u2019m|\u2019ve|\u2019d|\u2019ll)?(?![\p{L}'])/u.test(text) ||
    /\b(?:me|my|mine|myself)\b/i.test(text)
  );
}

/** How alike two texts are: shared pairs of consecutive words over all pairs (Jaccard), 0 to 1. */
const pairCache = new Map<string, Set<string>>();

function wordPairs(text: string): Set<string> {
  let set = pairCache.get(text);
  if (!set) {
    const w = text.toLowerCase().match(/[\p{L}\p{N}']+/gu) ?? [];
    set = new Set<string>();
    for (let i = 0; i + 1 < w.length; i++) set.add(`${w[i] ?? ''} ${w[i + 1] ?? ''}`);
    // Templates repeat across audits; a plan's own text rarely does, so the cache is kept small.
    if (pairCache.size > 500) pairCache.clear();
    pairCache.set(text, set);
  }
  return set;
}

export function wordPairSimilarity(a: string, b: string): number {
  const pa = wordPairs(a);
  const pb = wordPairs(b);
  if (pa.size === 0 || pb.size === 0) return 0;
  let shared = 0;
  for (const p of pa) if (pb.has(p)) shared++;
  return shared / (pa.size + pb.size - shared);
}
