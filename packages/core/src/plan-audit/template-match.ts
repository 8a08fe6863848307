// B13's first look: could a text be as alike as the threshold to one of its section's example and guidance texts?
// Counted on numbers, without building the text's set of word pairs; only a text that could be goes on to the
// exact comparison in text-match.ts, so the rule's findings do not depend on this.
import type { SectionDefinition } from '../care-plan/section-definition.js';
import { IntMap } from './int-map.js';
import { pairHash, scanWithWords, wordHash, type TextLike } from './text-scan.js';
import { templateWordPairs } from './text-match.js';

interface TemplateIndex {
  /** How many distinct word pairs each template has. */
  sizes: number[];
  /** A pair's number → which templates hold it, one bit each. */
  holders: IntMap;
  /** False when there are too many templates for the bits: every text then goes to the exact comparison. */
  usable: boolean;
  /** For the last threshold asked about: the fewest shared positions with which some template reaches it. */
  threshold: number;
  fewestNeeded: number;
}

const indexByDefinition = new WeakMap<SectionDefinition, TemplateIndex>();
const indexByContent = new Map<string, TemplateIndex>();

/** The texts B13 compares a section's writing with: its good example, then each paragraph of its guidance. */
export function templatesOf(definition: SectionDefinition): string[] {
  return [definition.goodExample, ...definition.guidance];
}

function buildIndex(templates: readonly string[]): TemplateIndex {
  const holders = new IntMap(256);
  if (templates.length > 31) return { sizes: [], holders, usable: false, threshold: NaN, fewestNeeded: 0 };
  const sizes = templates.map((text, j) => {
    const pairs = templateWordPairs(text);
    for (const pair of pairs) {
      const space = pair.indexOf(' ');
      holders.or(pairHash(wordHash(pair.slice(0, space)), wordHash(pair.slice(space + 1))), 1 << j);
    }
    return pairs.size;
  });
  return { sizes, holders, usable: true, threshold: NaN, fewestNeeded: 0 };
}

function indexOf(definition: SectionDefinition): TemplateIndex {
  let index = indexByDefinition.get(definition);
  if (index === undefined) {
    // Definitions read afresh for each request are the same texts: find them again by content.
    const templates = templatesOf(definition);
    const key = templates.join('\u0000');
    index = indexByContent.get(key);
    if (index === undefined) {
      index = buildIndex(templates);
      if (indexByContent.size > 500) indexByContent.clear();
      indexByContent.set(key, index);
    }
    indexByDefinition.set(definition, index);
  }
  return index;
}

/** The fewest shared positions with which some template reaches the threshold, worked out as the check divides. */
function fewestNeeded(index: TemplateIndex, threshold: number): number {
  if (index.threshold !== threshold) {
    let fewest = Infinity;
    for (const size of index.sizes) {
      // No count reaches an endless threshold: `fewest` stays endless rather than counting towards it.
      if (size === 0 || !Number.isFinite(threshold)) continue;
      let count = Math.max(0, Math.ceil(threshold * size));
      while (count > 0 && (count - 1) / size >= threshold) count--;
      while (count / size < threshold) count++;
      fewest = Math.min(fewest, count);
    }
    index.threshold = threshold;
    index.fewestNeeded = fewest;
  }
  return index.fewestNeeded;
}

/**
 * False only when the text cannot be `threshold` alike (Jaccard, on word pairs) to any template: it shares at most
 * as many pairs as it has positions whose pair a template holds, and shared over all pairs is at most shared over
 * the template's pairs. True means "perhaps": the exact comparison decides.
 */
export function mayMatchTemplate(text: TextLike, definition: SectionDefinition, threshold: number): boolean {
  const index = indexOf(definition);
  if (!index.usable || !(threshold > 0)) return true;
  const scan = scanWithWords(text);
  if (!scan.wordsExact || scan.store === null) return true;
  // A template's count can grow by at most one a position still to read: once the best count so far and every
  // position left cannot reach the fewest any template needs, the text is ruled out. More than a third of a plan's
  // texts are too short to reach it at all, and are ruled out before any pair is looked up.
  const needed = fewestNeeded(index, threshold);
  const last = scan.wordsEnd - 1;
  const words = scan.store.data;
  const counts = sharedCounts.fill(0, 0, index.sizes.length);
  let best = 0;
  for (let i = scan.wordsStart; i < last; i++) {
    if (best + (last - i) < needed) return false;
    let bits = index.holders.get(pairHash(words[i] ?? 0, words[i + 1] ?? 0));
    for (let j = 0; bits !== 0; j++, bits >>>= 1) {
      if ((bits & 1) === 0) continue;
      const count = (counts[j] ?? 0) + 1;
      counts[j] = count;
      if (count > best) best = count;
    }
  }
  return best > 0 && couldReach(index.sizes, counts, threshold);
}

/** Whether some template's share held by the text (as counted) reaches the threshold. */
function couldReach(sizes: readonly number[], counts: Int32Array, threshold: number): boolean {
  // A loop rather than `some` with a callback: this runs for every text of every plan.
  for (let j = 0; j < sizes.length; j++) {
    const size = sizes[j] ?? 0;
    if (size > 0 && (counts[j] ?? 0) / size >= threshold) return true;
  }
  return false;
}

/** The counts for one text at a time (at most 31 templates): reused rather than made for each of a plan's texts. */
const sharedCounts = new Int32Array(32);
