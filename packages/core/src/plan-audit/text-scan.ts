// A fast first reading of a text for the phrase and template rules, in one pass over its characters: which phrase
// lists could match anywhere in it, and its words as numbers. It only ever rules a match out: where it cannot (a
// word list or a text outside plain ASCII, or two words that share a number), the exact matching in text-match.ts
// decides, so results never depend on it.
import { memoByText, wordStore, type WordStore } from './audit-scope.js';
import {
  addToIndex,
  buildFilter,
  gatherLists,
  holdsList,
  indexVersion,
  listSet,
  pairAt,
  startsAt,
  type ListSet,
  type PhraseFilter,
} from './phrase-index.js';

export { pairHash, wordHash } from './phrase-index.js';

/**
 * As a set of lists (phrase-index.ts): the phrase lists that may match in the text. Runs of ASCII letters and digits,
 * lower-cased, are its words here: a phrase matched as text-match.ts matches it always starts with its own runs, in
 * order, with nothing but separators between them.
 */
export interface TextScan extends ListSet {
  /** The index's version when the lists were read: a list added since may be missing from them. */
  version: number;
  /** False when the text holds a character that case-insensitive matching folds to ASCII (ſ, K): runs then prove nothing. */
  runsExact: boolean;
  /** The first and last runs (0 when none), for reading texts joined together without scanning them again. */
  firstRun: number;
  lastRun: number;
  /** Where the words `wordPairsOf` reads (letters, digits and apostrophes, lower-cased) are kept; null: not read. */
  store: WordStore | null;
  /** The store's generation when they were put there. */
  generation: number;
  wordsStart: number;
  wordsEnd: number;
  /** False when the text holds a letter or digit outside ASCII, which the words would not read as `wordPairsOf` does. */
  wordsExact: boolean;
}

/** Characters outside ASCII that are neither letters nor digits, common in typed text: they separate words. */
function isPlainPunctuation(c: number): boolean {
  return c === 0xa0 || (c >= 0x2010 && c <= 0x2027) || (c >= 0x2000 && c <= 0x200b) || c === 0x202f || c === 0x2032;
}

/**
 * For each UTF-16 code unit: its lower-case code when it is an ASCII letter or digit, 39 for an apostrophe, else 0.
 * A table of every code unit rather than a test for ASCII first: one branch fewer for each character read.
 */
const charClass = new Uint8Array(65536);
for (let c = 48; c <= 57; c++) charClass[c] = c;
for (let c = 97; c <= 122; c++) charClass[c] = charClass[c - 32] = c;
charClass[39] = 39;

/** Scans a text; its words go to `store`, or are not read when it is null. */
function scan(text: string, store: WordStore | null): TextScan {
  const wordsStart = store === null ? 0 : store.length;
  // The lists found go straight into the result: scanning a text makes no other object.
  const out: TextScan = {
    low: 0,
    high: 0,
    more: null,
    version: indexVersion(),
    runsExact: true,
    firstRun: 0,
    lastRun: 0,
    store,
    generation: store === null ? 0 : store.generation,
    wordsStart,
    wordsEnd: wordsStart,
    wordsExact: true,
  };
  let runsExact = true;
  let wordsExact = true;
  let run = 0;
  let inRun = false;
  let word = 0;
  let inWord = false;
  let firstRun = 0;
  let lastRun = 0;
  let lastStartsLonger = false;
  // One step past the end, reading a space there, so the last run and word end inside the loop like the others.
  const length = text.length;
  for (let i = 0; i <= length; i++) {
    const c = i < length ? text.charCodeAt(i) : 32;
    const k = charClass[c] ?? 0;
    if (k > 39) {
      // A letter or digit: it extends the run, and the word.
      run = (Math.imul(run, 31) + k) | 0;
      inRun = true;
      word = (Math.imul(word, 31) + k) | 0;
      inWord = true;
      continue;
    }
    if (inRun) {
      const r = run === 0 ? 1 : run;
      // Could a phrase start at the run before, and go on with this one? Could one be this run alone, or start here?
      if (lastStartsLonger) {
        const set = pairAt(lastRun, r);
        if (set !== 0) gatherLists(out, listSet(set));
      }
      const starts = startsAt(r);
      if (starts >>> 1 !== 0) gatherLists(out, listSet(starts >>> 1));
      lastStartsLonger = (starts & 1) === 1;
      if (firstRun === 0) firstRun = r;
      lastRun = r;
      run = 0;
      inRun = false;
    }
    if (k === 39) {
      word = (Math.imul(word, 31) + k) | 0;
      inWord = true;
      continue;
    }
    if (inWord) {
      store?.push(word === 0 ? 1 : word);
      word = 0;
      inWord = false;
    }
    if (c >= 128) {
      if (c === 0x17f || c === 0x212a || c === 0x130 || c === 0x131) runsExact = false;
      if (!isPlainPunctuation(c)) wordsExact = false;
    }
  }
  out.runsExact = runsExact;
  out.firstRun = firstRun;
  out.lastRun = lastRun;
  out.wordsEnd = store === null ? wordsStart : store.length;
  out.wordsExact = wordsExact;
  return out;
}

/**
 * A text the rules read often (a section's texts), with a place to keep its scan: found on the text itself, it is
 * not looked up by its content, which for a text new to the process means reading every character to hash it.
 */
export interface ScannableText {
  readonly text: string;
  scan?: TextScan | undefined;
}

export type TextLike = string | ScannableText;

export function textOf(t: TextLike): string {
  return typeof t === 'string' ? t : t.text;
}

/** The scan of a text, made once per audit for each text however many rules read it. */
export function scanText(t: TextLike): TextScan {
  if (typeof t === 'string') return memoByText(t, scanIntoStore);
  // Kept on the object, which belongs to one audit (plan-reading.ts makes a section's texts once per audit).
  t.scan ??= scanIntoStore(t.text);
  return t.scan;
}

/** Made once rather than as a new function on every call: texts are asked for thousands of times a plan. */
const scanIntoStore = (text: string) => scan(text, wordStore());

/** The text's scan with its words read (a joined text's are read only when asked for). */
export function scanWithWords(t: TextLike): TextScan {
  const s = scanText(t);
  // Read again if never read, or read into a buffer since emptied for another audit (a text kept past its audit).
  if (s.store === null || s.store.generation !== s.generation) {
    const fresh = scan(textOf(t), wordStore());
    s.store = fresh.store;
    s.generation = fresh.generation;
    s.wordsStart = fresh.wordsStart;
    s.wordsEnd = fresh.wordsEnd;
    s.wordsExact = fresh.wordsExact;
  }
  return s;
}

/** Brings a scan's lists up to date after lists were added to the index (while the first audits run). */
function currentLists(s: TextScan, text: string): TextScan {
  if (s.version !== indexVersion()) {
    const fresh = scan(text, null);
    s.low = fresh.low;
    s.high = fresh.high;
    s.more = fresh.more;
    s.version = fresh.version;
  }
  return s;
}

/**
 * Texts joined by new lines, as rules that ask "does the plan mention …" read them. A new line separates runs, so
 * the joined text's lists are its parts' lists and those of the runs either side of each join: it is not scanned again.
 */
export function joinTexts(texts: readonly TextLike[]): string {
  const joined = texts.map(textOf).join('\n');
  memoByText(joined, () => {
    const out: TextScan = {
      low: 0,
      high: 0,
      more: null,
      version: indexVersion(),
      runsExact: true,
      firstRun: 0,
      lastRun: 0,
      store: null,
      generation: 0,
      wordsStart: 0,
      wordsEnd: 0,
      wordsExact: true,
    };
    for (const text of texts) {
      const part = currentLists(scanText(text), textOf(text));
      gatherLists(out, part);
      out.runsExact &&= part.runsExact;
      if (part.firstRun === 0) continue;
      if (out.lastRun !== 0 && (startsAt(out.lastRun) & 1) === 1) {
        const set = pairAt(out.lastRun, part.firstRun);
        if (set !== 0) gatherLists(out, listSet(set));
      }
      if (out.firstRun === 0) out.firstRun = part.firstRun;
      out.lastRun = part.lastRun;
    }
    return out;
  });
  return joined;
}

const filtersByList = new WeakMap<readonly string[], PhraseFilter>();
const filtersByContent = new Map<string, PhraseFilter>();

function filterFor(phrases: readonly string[]): PhraseFilter {
  let filter = filtersByList.get(phrases);
  if (filter === undefined) {
    // Lists built afresh on each call (a rule joining two configured lists) are found again by their content.
    const key = phrases.join('\u0000');
    filter = filtersByContent.get(key);
    if (filter === undefined) {
      filter = buildFilter(phrases);
      if (filtersByContent.size > 500) filtersByContent.clear();
      filtersByContent.set(key, filter);
    }
    filtersByList.set(phrases, filter);
  }
  if (filter.usable) addToIndex(filter);
  return filter;
}

/**
 * What the scan can tell of a list's phrases in a text: 'no' only when none can match anywhere in it as
 * `findPhrases` matches (none of the text's runs, with the run after it, begins one of the phrases); 'perhaps' when
 * some run does; 'unknown' when the scan cannot read the list or the text. Only 'no' decides anything.
 */
export function phrasesSeen(text: TextLike, phrases: readonly string[]): 'no' | 'perhaps' | 'unknown' {
  const filter = filterFor(phrases);
  if (!filter.usable) return 'unknown';
  const s = scanText(text);
  if (!s.runsExact) return 'unknown';
  return holdsList(currentLists(s, textOf(text)), filter.id) ? 'perhaps' : 'no';
}

/** False only when no phrase of the list can match anywhere in the text; true means "perhaps". */
export function mayContainPhrase(text: TextLike, phrases: readonly string[]): boolean {
  return phrasesSeen(text, phrases) !== 'no';
}
