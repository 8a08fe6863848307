// What one audit may remember while its rules run: the plan's text read once and shared by every rule. The memory
// lasts for a single `auditPlan` call, so nothing a caller changes afterwards can be read stale, and nothing is kept.
export interface AuditScope {
  /** Anything keyed by an object of the plan being audited (the content, a section). */
  readonly byObject: WeakMap<object, Map<string, unknown>>;
  /** Readings of a text, by the text itself: the same field is read by several rules. */
  readonly byText: Map<string, unknown>;
}

let current: AuditScope | null = null;

/** Runs `fn` with a fresh scope, restoring any scope around it (an audit inside an audit keeps its own). */
export function withAuditScope<T>(fn: () => T): T {
  const outer = current;
  current = { byObject: new WeakMap(), byText: new Map() };
  try {
    return fn();
  } finally {
    current = outer;
  }
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
