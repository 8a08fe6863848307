// A fast first reading of a text for the phrase and template rules: its words as numbers, found in one pass over
// the characters. It only ever rules a match out: where it cannot (a word list or a text outside plain ASCII, or two
// words that share a number), the exact matching in text-match.ts decides, so results never depend on it.
import { memoByText } from './audit-scope.js';

/** A word's number: a 32-bit polynomial hash of its lower-case characters, never 0 (0 marks an empty slot). */
export function wordHash(word: string): number {
  let h = 0;
  for (let i = 0; i < word.length; i++) h = (Math.imul(h, 31) + word.charCodeAt(i)) | 0;
  return h === 0 ? 1 : h;
}

/** The number of a pair of consecutive words; never 0. */
export function pairHash(first: number, second: number): number {
  const h = (Math.imul(first, 0x9e3779b1) ^ second) | 0;
  return h === 0 ? 1 : h;
}

/** A set of non-zero 32-bit numbers with a number kept for each: open addressing, no objects per entry. */
export class IntMap {
  private keys: Int32Array;
  private values: Int32Array;
  private mask: number;
  size = 0;

  constructor(expected = 16) {
    let capacity = 16;
    while (capacity < expected * 2) capacity *= 2;
    this.keys = new Int32Array(capacity);
    this.values = new Int32Array(capacity);
    this.mask = capacity - 1;
  }

  /** The value kept for the key, or 0 when it is not there. */
  get(key: number): number {
    const keys = this.keys;
    let i = (Math.imul(key, 0x9e3779b1) >>> 16) & this.mask;
    for (;;) {
      const k = keys[i];
      if (k === key) return this.values[i] ?? 0;
      if (k === 0) return 0;
      i = (i + 1) & this.mask;
    }
  }

  /** Combines `value` into the key's value with a bitwise or; true when the key is new. */
  or(key: number, value: number): boolean {
    if ((this.size + 1) * 2 > this.keys.length) this.grow();
    const keys = this.keys;
    let i = (Math.imul(key, 0x9e3779b1) >>> 16) & this.mask;
    for (;;) {
      const k = keys[i];
      if (k === key) {
        this.values[i] = (this.values[i] ?? 0) | value;
        return false;
      }
      if (k === 0) {
        keys[i] = key;
        this.values[i] = value;
        this.size++;
        return true;
      }
      i = (i + 1) & this.mask;
    }
  }

  private grow(): void {
    const { keys, values } = this;
    this.keys = new Int32Array(keys.length * 2);
    this.values = new Int32Array(keys.length * 2);
    this.mask = this.keys.length - 1;
    this.size = 0;
    keys.forEach((key, i) => {
      if (key !== 0) this.or(key, values[i] ?? 0);
    });
  }
}

export interface TextScan {
  /**
   * Runs of ASCII letters and digits, lower-cased, as numbers: every other character separates them. A phrase
   * matched as text-match.ts matches it always starts with its own runs, in order, with nothing between them.
   */
  runs: number[];
  /** False when the text holds a character that case-insensitive matching folds to ASCII (ſ, K): runs then prove nothing. */
  runsExact: boolean;
  /** The words `wordPairsOf` reads (letters, digits and apostrophes, lower-cased), as numbers. */
  words: number[];
  /** False when the text holds a letter or digit outside ASCII, which `words` would not read as `wordPairsOf` does. */
  wordsExact: boolean;
  /** Which runs are the first run of some phrase a list has been asked for (see `phraseHeads`); filled when asked. */
  heads: number[] | null;
  headsVersion: number;
}

const isAlnum = (c: number) => (c >= 48 && c <= 57) || (c >= 97 && c <= 122);

/** Characters outside ASCII that are neither letters nor digits, common in typed text: they separate words. */
function isPlainPunctuation(c: number): boolean {
  return c === 0xa0 || (c >= 0x2010 && c <= 0x2027) || (c >= 0x2000 && c <= 0x200b) || c === 0x202f || c === 0x2032;
}

/** For each ASCII character: its lower-case code when it is a letter or digit, 39 for an apostrophe, else 0. */
const asciiClass = new Int32Array(128);
for (let c = 48; c <= 57; c++) asciiClass[c] = c;
for (let c = 97; c <= 122; c++) asciiClass[c] = asciiClass[c - 32] = c;
asciiClass[39] = 39;

function scan(text: string): TextScan {
  // Plain arrays: cheaper to make than typed arrays for the few dozen words of a field.
  const runs: number[] = [];
  const words: number[] = [];
  let runsExact = true;
  let wordsExact = true;
  let run = 0;
  let inRun = false;
  let word = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const k = c < 128 ? (asciiClass[c] ?? 0) : 0;
    if (k > 39) {
      // A letter or digit: it extends the run, and the word.
      run = (Math.imul(run, 31) + k) | 0;
      inRun = true;
      word = (Math.imul(word, 31) + k) | 0;
      inWord = true;
      continue;
    }
    if (inRun) {
      runs.push(run === 0 ? 1 : run);
      run = 0;
      inRun = false;
    }
    if (k === 39) {
      word = (Math.imul(word, 31) + k) | 0;
      inWord = true;
      continue;
    }
    if (inWord) {
      words.push(word === 0 ? 1 : word);
      word = 0;
      inWord = false;
    }
    if (c >= 128) {
      if (c === 0x17f || c === 0x212a || c === 0x130 || c === 0x131) runsExact = false;
      if (!isPlainPunctuation(c)) wordsExact = false;
    }
  }
  if (inRun) runs.push(run === 0 ? 1 : run);
  if (inWord) words.push(word === 0 ? 1 : word);
  return { runs, runsExact, words, wordsExact, heads: null, headsVersion: -1 };
}

/** The scan of a text, made once per audit for each text however many rules read it. */
export function scanText(text: string): TextScan {
  return memoByText(text, scan);
}

/**
 * Texts joined by new lines, as rules that ask "does the plan mention …" read them. A new line separates runs and
 * words, so the joined text's scan is its parts' scans one after another: kept for the joined text, it is not
 * scanned again.
 */
export function joinTexts(texts: readonly string[]): string {
  const joined = texts.join('\n');
  memoByText(joined, () => {
    const joinedScan: TextScan = { runs: [], runsExact: true, words: [], wordsExact: true, heads: null, headsVersion: -1 };
    for (const text of texts) {
      const part = scanText(text);
      for (const r of part.runs) joinedScan.runs.push(r);
      for (const w of part.words) joinedScan.words.push(w);
      joinedScan.runsExact &&= part.runsExact;
      joinedScan.wordsExact &&= part.wordsExact;
    }
    return joinedScan;
  });
  return joined;
}

// Every phrase list asked about so far adds its phrases' first runs here, so a text's runs are looked up once and
// each list then looks only at the few runs that could begin one of its phrases. The version changes when a run is
// added, so a text's positions are found again; the epoch when the set is emptied, so lists add theirs again.
let phraseHeads = new IntMap(256);
let headsVersion = 0;
let headsEpoch = 0;

function addHeads(heads: readonly number[]): void {
  if (phraseHeads.size > 100_000) {
    phraseHeads = new IntMap(256);
    headsEpoch++;
    headsVersion++;
  }
  let added = false;
  for (const h of heads) added = phraseHeads.or(h, 1) || added;
  if (added) headsVersion++;
}

/** The positions of runs that begin some known phrase. */
function headsOf(s: TextScan): number[] {
  if (s.heads !== null && s.headsVersion === headsVersion) return s.heads;
  const found: number[] = [];
  for (let i = 0; i < s.runs.length; i++) if (phraseHeads.get(s.runs[i] ?? 0) !== 0) found.push(i);
  s.heads = found;
  s.headsVersion = headsVersion;
  return s.heads;
}

interface PhraseFilter {
  /** False when the list holds a phrase the runs cannot rule out (outside ASCII, or with no letter or digit). */
  usable: boolean;
  /** First run → the second runs that may follow it, or null when the phrase has one run only. */
  next: Map<number, Set<number> | null>;
  heads: number[];
  epoch: number;
}

/** The ASCII letter-and-digit runs of a lower-case phrase, and whether the phrase ends with one. */
function runsOfPhrase(phrase: string): { runs: string[]; endsWithRun: boolean } {
  const runs = phrase.match(/[a-z0-9]+/g) ?? [];
  return { runs, endsWithRun: isAlnum(phrase.charCodeAt(phrase.length - 1)) };
}

function buildFilter(phrases: readonly string[]): PhraseFilter {
  const next = new Map<number, Set<number> | null>();
  const filter: PhraseFilter = { usable: true, next, heads: [], epoch: -1 };
  for (const raw of phrases) {
    const phrase = raw.trim().toLowerCase();
    if (phrase === '') continue;
    // Only a phrase in plain ASCII can be ruled out by the runs.
    if (!/^[\x00-\x7f]*$/.test(phrase)) return { ...filter, usable: false };
    const { runs, endsWithRun } = runsOfPhrase(phrase);
    const [first, second] = runs;
    if (first === undefined) return { ...filter, usable: false };
    // A match may add an "s" to the phrase's last run ("Tuesdays"), and only to that.
    const variants = (run: string, last: boolean) =>
      last && endsWithRun ? [wordHash(run), wordHash(`${run}s`)] : [wordHash(run)];
    const seconds = second === undefined ? null : variants(second, runs.length === 2);
    for (const head of variants(first, runs.length === 1)) {
      if (seconds === null) next.set(head, null);
      else if (next.get(head) !== null) {
        const set = next.get(head) ?? new Set<number>();
        for (const s of seconds) set.add(s);
        next.set(head, set);
      }
    }
  }
  filter.heads = [...next.keys()];
  return filter;
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
  if (filter.usable && filter.epoch !== headsEpoch) {
    addHeads(filter.heads);
    filter.epoch = headsEpoch;
  }
  return filter;
}

/**
 * False only when no phrase of the list can match anywhere in the text as `findPhrases` matches: none of the
 * text's runs, with the run after it, begins one of the phrases. True means "perhaps": the exact matching decides.
 */
export function mayContainPhrase(text: string, phrases: readonly string[]): boolean {
  const filter = filterFor(phrases);
  if (!filter.usable) return true;
  const s = scanText(text);
  if (!s.runsExact) return true;
  const heads = headsOf(s);
  for (let k = 0; k < heads.length; k++) {
    const i = heads[k] ?? 0;
    const seconds = filter.next.get(s.runs[i] ?? 0);
    if (seconds === null) return true;
    if (seconds !== undefined && i + 1 < s.runs.length && seconds.has(s.runs[i + 1] ?? 0)) return true;
  }
  return false;
}
