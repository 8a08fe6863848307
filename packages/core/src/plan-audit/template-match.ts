// B13's first look: could a text be as alike as the threshold to one of its section's example and guidance texts?
// Counted on numbers, without building the text's set of word pairs; only a text that could be goes on to the
// exact comparison in text-match.ts, so the rule's findings do not depend on this.
import type { SectionDefinition } from '../care-plan/section-definition.js';
import { IntMap, pairHash, scanText, wordHash } from './text-scan.js';
import { templateWordPairs } from './text-match.js';

interface TemplateIndex {
  /** How many distinct word pairs each template has. */
  sizes: number[];
  /** A pair's number → which templates hold it, one bit each. */
  holders: IntMap;
  /** False when there are too many templates for the bits: every text then goes to the exact comparison. */
  usable: boolean;
}

const indexByDefinition = new WeakMap<SectionDefinition, TemplateIndex>();
const indexByContent = new Map<string, TemplateIndex>();

/** The texts B13 compares a section's writing with: its good example, then each paragraph of its guidance. */
export function templatesOf(definition: SectionDefinition): string[] {
  return [definition.goodExample, ...definition.guidance];
}

function buildIndex(templates: readonly string[]): TemplateIndex {
  const holders = new IntMap(256);
  if (templates.length > 31) return { sizes: [], holders, usable: false };
  const sizes = templates.map((text, j) => {
    const pairs = templateWordPairs(text);
    for (const pair of pairs) {
      const space = pair.indexOf(' ');
      holders.or(pairHash(wordHash(pair.slice(0, space)), wordHash(pair.slice(space + 1))), 1 << j);
    }
    return pairs.size;
  });
  return { sizes, holders, usable: true };
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

/**
 * False only when the text cannot be `threshold` alike (Jaccard, on word pairs) to any template: it shares at most
 * as many pairs as it has positions whose pair a template holds, and shared over all pairs is at most shared over
 * the template's pairs. True means "perhaps": the exact comparison decides.
 */
export function mayMatchTemplate(text: string, definition: SectionDefinition, threshold: number): boolean {
  const index = indexOf(definition);
  if (!index.usable || !(threshold > 0)) return true;
  const scan = scanText(text);
  if (!scan.wordsExact) return true;
  const words = scan.words;
  const counts = new Array<number>(index.sizes.length).fill(0);
  let any = false;
  for (let i = 0; i + 1 < words.length; i++) {
    let bits = index.holders.get(pairHash(words[i] ?? 0, words[i + 1] ?? 0));
    if (bits === 0) continue;
    any = true;
    for (let j = 0; bits !== 0; j++, bits >>>= 1) if (bits & 1) counts[j] = (counts[j] ?? 0) + 1;
  }
  if (!any) return false;
  return index.sizes.some((size, j) => size > 0 && (counts[j] ?? 0) / size >= threshold);
}
