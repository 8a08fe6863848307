// Word-boundary matching of configured phrases in free text, and small readings of plain English the rules share.
import { isDate } from './dates.js';
import { phrasesSeen, textOf, type TextLike } from './text-scan.js';

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
  // The same configured list comes back for every text of every plan: look it up by identity before by content
  // (a list is read, never changed, once the configuration is parsed).
  const known = patternsByList.get(phrases);
  if (known !== undefined) {
    if (known) known.lastIndex = 0;
    return known;
  }
  const usable = phrases.filter((p) => p.trim() !== '');
  if (usable.length === 0) {
    patternsByList.set(phrases, null);
    return null;
  }
  const key = usable.join('\u0000');
  let pattern = compiled.get(key);
  if (!pattern) {
    const alternatives = [...new Set(usable.map(phraseBody))].sort((a, b) => b.length - a.length);
    pattern = new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternatives.join('|')})s?(?![\\p{L}\\p{N}])`, 'giu');
    if (compiled.size > 200) compiled.clear();
    compiled.set(key, pattern);
  }
  pattern.lastIndex = 0;
  patternsByList.set(phrases, pattern);
  return pattern;
}
const patternsByList = new WeakMap<readonly string[], RegExp | null>();

/** A cheap first look: the whole-word pattern only runs when some phrase's first word appears at all. */
function mayContainAny(lower: string, phrases: readonly string[]): boolean {
  let heads = headsByList.get(phrases);
  if (heads === undefined) {
    heads = phrases.map((p) => /^[\p{L}\p{N}]+/u.exec(p.trim().toLowerCase())?.[0]);
    headsByList.set(phrases, heads);
  }
  return heads.some((head) => head === undefined || lower.includes(head));
}
const headsByList = new WeakMap<readonly string[], (string | undefined)[]>();

/** The pattern a match is checked against to name the phrase it matched. */
function exactPattern(phrase: string): RegExp {
  let pattern = exactPatterns.get(phrase);
  if (!pattern) {
    pattern = new RegExp(`^(?:${phraseBody(phrase)})s?$`, 'iu');
    if (exactPatterns.size > 2000) exactPatterns.clear();
    exactPatterns.set(phrase, pattern);
  }
  return pattern;
}
const exactPatterns = new Map<string, RegExp>();

export interface PhraseMatch {
  /** The configured phrase that matched. */
  phrase: string;
  start: number;
  end: number;
}

/** The list's whole-word pattern, or null when the text cannot hold any of its phrases. */
function patternFor(text: TextLike, phrases: readonly string[]): RegExp | null {
  // Most texts hold none of a list's phrases; the scan of their words shows that without running the pattern.
  const seen = phrasesSeen(text, phrases);
  if (seen === 'no') return null;
  const pattern = listPattern(phrases);
  if (!pattern) return null;
  // Where the scan found where a phrase may start, looking for each phrase's first word in the text tells no more.
  if (seen === 'unknown' && !mayContainAny(textOf(text).toLowerCase(), phrases)) return null;
  return pattern;
}

/** One empty answer for the many texts that hold no phrase of a list, rather than a new one each time. */
const noMatches: readonly PhraseMatch[] = Object.freeze([]);

/** Every match of any phrase, without overlaps; where two could match at one place, the longest wins. */
export function findPhrases(t: TextLike, phrases: readonly string[]): readonly PhraseMatch[] {
  const pattern = patternFor(t, phrases);
  if (pattern === null) return noMatches;
  const found: PhraseMatch[] = [];
  for (const m of textOf(t).matchAll(pattern)) {
    const matched = m[0].toLowerCase();
    const phrase = phrases.find((p) => p.trim() !== '' && exactPattern(p).test(matched)) ?? matched;
    found.push({ phrase, start: m.index, end: m.index + m[0].length });
  }
  return found;
}

/** Whether any phrase matches: the first match answers, without naming the phrase or finding the rest. */
export function mentionsAny(t: TextLike, phrases: readonly string[]): boolean {
  const pattern = patternFor(t, phrases);
  if (pattern === null) return false;
  pattern.lastIndex = 0;
  const found = pattern.test(textOf(t));
  pattern.lastIndex = 0;
  return found;
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

/** The pairs of consecutive words in a text, lower-cased. */
export function wordPairsOf(text: string): Set<string> {
  const w = text.toLowerCase().match(/[\p{L}\p{N}']+/gu) ?? [];
  const set = new Set<string>();
  for (let i = 0; i + 1 < w.length; i++) set.add(`${w[i] ?? ''} ${w[i + 1] ?? ''}`);
  return set;
}

/** How alike two sets of word pairs are: shared pairs over all pairs (Jaccard), 0 to 1. */
export function pairSetSimilarity(pa: ReadonlySet<string>, pb: ReadonlySet<string>): number {
  if (pa.size === 0 || pb.size === 0) return 0;
  const [small, large] = pa.size <= pb.size ? [pa, pb] : [pb, pa];
  let shared = 0;
  for (const p of small) if (large.has(p)) shared++;
  return shared / (pa.size + pb.size - shared);
}

/**
 * Whether two sets of word pairs are at least `threshold` alike. Shared pairs are at most the smaller set and all
 * pairs at least the larger, so sets whose sizes differ by more than that are not counted at all.
 */
export function pairSetsAtLeast(pa: ReadonlySet<string>, pb: ReadonlySet<string>, threshold: number): boolean {
  const small = Math.min(pa.size, pb.size);
  // Either the similarity is 0 (an empty set) or it is below the size ratio, itself below the threshold.
  if (small === 0 || small / Math.max(pa.size, pb.size) < threshold) return threshold <= 0;
  return pairSetSimilarity(pa, pb) >= threshold;
}

/** A section's example and guidance recur in every audit, unlike a plan's own text: their pairs are kept. */
const templatePairCache = new Map<string, Set<string>>();
export function templateWordPairs(text: string): Set<string> {
  let set = templatePairCache.get(text);
  if (!set) {
    set = wordPairsOf(text);
    if (templatePairCache.size > 5000) templatePairCache.clear();
    templatePairCache.set(text, set);
  }
  return set;
}

/** How alike two texts are: shared pairs of consecutive words over all pairs (Jaccard), 0 to 1. */
export function wordPairSimilarity(a: string, b: string): number {
  return pairSetSimilarity(wordPairsOf(a), wordPairsOf(b));
}
