// What one audit may remember while its rules run: the plan's text read once and shared by every rule. The memory
// lasts for a single `auditPlan` call, so nothing a caller changes afterwards can be read stale, and nothing is kept.

/**
 * The words of the texts an audit scans, one after another in one buffer rather than an array for each text: a
 * plan has hundreds of texts, and one buffer, handed from one audit to the next, leaves no garbage behind.
 */
export class WordStore {
  data: Int32Array;
  length = 0;
  /** Counts the times the buffer was emptied for another audit: words read before then are no longer there. */
  generation = 0;

  constructor(capacity = 1 << 14) {
    this.data = new Int32Array(capacity);
  }

  push(word: number): void {
    if (this.length === this.data.length) {
      const bigger = new Int32Array(this.data.length * 2);
      bigger.set(this.data);
      this.data = bigger;
    }
    this.data[this.length++] = word;
  }
}

export interface AuditScope {
  /** Anything keyed by an object of the plan being audited (the content, a section). */
  readonly byObject: Map<object, Map<string, unknown>>;
  /** Readings of a text, by the text itself: the same field is read by several rules. */
  readonly byText: Map<string, unknown>;
  readonly words: WordStore;
}

let current: AuditScope | null = null;
/** The last audit's word buffer, emptied, for the next: only ever scratch space, never read before it is written. */
let spareWords: WordStore | null = null;

/** Runs `fn` with a fresh scope, restoring any scope around it (an audit inside an audit keeps its own). */
export function withAuditScope<T>(fn: () => T): T {
  const outer = current;
  const words = spareWords ?? new WordStore();
  spareWords = null;
  // Plain maps, not weak ones: the scope is dropped when the audit ends, and weak maps cost the collector more.
  current = { byObject: new Map(), byText: new Map(), words };
  try {
    return fn();
  } finally {
    current = outer;
    words.length = 0;
    words.generation++;
    // A buffer grown for an unusually long plan is let go rather than held for the life of the process.
    if (words.data.length <= 1 << 20) spareWords = words;
  }
}

/** Where the words of a text scanned now go: the audit's buffer, or outside an audit a buffer of its own. */
export function wordStore(): WordStore {
  return current?.words ?? new WordStore(64);
}

/** The value `make` gives for this object and name, made once per audit; outside an audit, made every time. */
export function memoByObject<T>(owner: object, name: string, make: () => T): T {
  const scope = current;
  if (scope === null) return make();
  let values = scope.byObject.get(owner);
  if (values === undefined) {
    values = new Map();
    scope.byObject.set(owner, values);
  }
  if (values.has(name)) return values.get(name) as T;
  const value = make();
  values.set(name, value);
  return value;
}

/** The reading `make` gives for a text, made once per audit; outside an audit, made every time. */
export function memoByText<T>(text: string, make: (text: string) => T): T {
  const scope = current;
  if (scope === null) return make(text);
  const known = scope.byText.get(text);
  if (known !== undefined) return known as T;
  const value = make(text);
  scope.byText.set(text, value);
  return value;
}
