// Every phrase list the rules have asked about, indexed by how its phrases begin, so that scanning a text once tells
// which lists could match anywhere in it. A text's scan then answers "could this list match?" for any list at the
// cost of one comparison, however many lists and texts there are (see text-scan.ts).
import { IntMap } from './int-map.js';

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

export interface PhraseFilter {
  /** False when the list holds a phrase the runs cannot rule out (outside ASCII, or with no letter or digit). */
  usable: boolean;
  /** The list's number while the index holds it; -1 before it is added. */
  id: number;
  /** The first runs of the list's one-run phrases, and the first two runs (as pairs) of its longer ones. */
  singles: number[];
  firstsOfLonger: number[];
  pairs: number[];
  epoch: number;
}

/**
 * Which lists a key of the index may begin: the first 64 lists' numbers as bits in two 32-bit masks, so that a
 * text's scan gathers them with an "or" and nothing to allocate; lists beyond those (a provider with many word
 * lists) in an array.
 */
export interface ListSet {
  low: number;
  high: number;
  more: number[] | null;
}

/** Whether a set gathered from the index holds a list's number. */
export function holdsList(set: ListSet, id: number): boolean {
  if (id < 32) return ((set.low >>> id) & 1) === 1;
  if (id < 64) return ((set.high >>> (id - 32)) & 1) === 1;
  return set.more?.includes(id) ?? false;
}

/** Adds the lists of `from` to `into`. */
export function gatherLists(into: ListSet, from: ListSet): void {
  into.low |= from.low;
  into.high |= from.high;
  if (from.more !== null) for (const id of from.more) if (!holdsList(into, id)) (into.more ??= []).push(id);
}

// The index: a run → which lists have a one-run phrase that is that run (a set number, shifted left one) and, in
// the lowest bit, whether some longer phrase starts with it; a pair of runs → which lists have a phrase starting
// with both. Different keys may share a number: that only makes a list look possible where it is not, never the
// other way round. `version` changes whenever something is added, so scans made before are read again.
let starts = new IntMap(512);
let pairs = new IntMap(512);
/** The sets of lists the index points to; set 0 is never used, so 0 can mean "none". */
let sets: ListSet[] = [{ low: 0, high: 0, more: null }];
let nextId = 0;
let epoch = 0;
let version = 0;

/** Changes whenever something is added to the index, so a scan made before knows to look again. */
export function indexVersion(): number {
  return version;
}

/** The set of lists that might match at a run (shifted left one; see above), or 0. */
export function startsAt(run: number): number {
  return starts.get(run);
}

/** The set of lists that might match at a pair of runs, or 0. */
export function pairAt(first: number, second: number): number {
  return pairs.get(pairHash(first, second));
}

/** The lists of a set the index points to. */
export function listSet(set: number): ListSet {
  return sets[set] ?? { low: 0, high: 0, more: null };
}

function addTo(current: number, id: number): number {
  let index = current;
  if (index === 0) {
    sets.push({ low: 0, high: 0, more: null });
    index = sets.length - 1;
  }
  const set = listSet(index);
  if (!holdsList(set, id)) {
    if (id < 32) set.low |= 1 << id;
    else if (id < 64) set.high |= 1 << (id - 32);
    else (set.more ??= []).push(id);
    version++;
  }
  return index;
}

/** Puts a list into the index (again, after the index was emptied): its number is what scans report. */
export function addToIndex(filter: PhraseFilter): void {
  if (filter.epoch === epoch) return;
  // Providers may configure many lists over the life of a process: start afresh rather than grow without end.
  if (nextId > 10_000 || sets.length > 50_000 || starts.size > 100_000 || pairs.size > 100_000) {
    starts = new IntMap(512);
    pairs = new IntMap(512);
    sets = [{ low: 0, high: 0, more: null }];
    nextId = 0;
    epoch++;
    version++;
  }
  const id = nextId++;
  for (const run of filter.singles) {
    const v = starts.get(run);
    starts.set(run, (addTo(v >>> 1, id) << 1) | (v & 1));
  }
  for (const run of filter.firstsOfLonger) {
    if ((starts.get(run) & 1) === 0) version++;
    starts.or(run, 1);
  }
  for (const pair of filter.pairs) pairs.set(pair, addTo(pairs.get(pair), id));
  filter.id = id;
  filter.epoch = epoch;
}

const isAlnum = (c: number) => (c >= 48 && c <= 57) || (c >= 97 && c <= 122);

/** How a list's phrases begin, as the scan reads text: ASCII letter-and-digit runs, lower-cased. */
export function buildFilter(phrases: readonly string[]): PhraseFilter {
  const filter: PhraseFilter = { usable: true, id: -1, singles: [], firstsOfLonger: [], pairs: [], epoch: -1 };
  for (const raw of phrases) {
    const phrase = raw.trim().toLowerCase();
    if (phrase === '') continue;
    // Only a phrase in plain ASCII can be ruled out by the runs.
    if (!/^[\x00-\x7f]*$/.test(phrase)) return { ...filter, usable: false };
    const runs = phrase.match(/[a-z0-9]+/g) ?? [];
    const endsWithRun = isAlnum(phrase.charCodeAt(phrase.length - 1));
    const [first, second] = runs;
    if (first === undefined) return { ...filter, usable: false };
    // A match may add an "s" to the phrase's last run ("Tuesdays"), and only to that.
    const variants = (run: string, last: boolean) =>
      last && endsWithRun ? [wordHash(run), wordHash(`${run}s`)] : [wordHash(run)];
    const heads = variants(first, runs.length === 1);
    if (second === undefined) {
      filter.singles.push(...heads);
      continue;
    }
    for (const head of heads) {
      filter.firstsOfLonger.push(head);
      for (const next of variants(second, runs.length === 2)) filter.pairs.push(pairHash(head, next));
    }
  }
  return filter;
}
