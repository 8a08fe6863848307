// When a save of one section meets a newer save of the draft: what the other person changed since your copy, which of
// your unsaved changes clash with theirs, and your changes laid over theirs (used only when you choose to keep yours).
import { diffRecords, type FieldChange } from '../people/person-diff.js';
import type { PlanContent, SectionContent } from './plan-content.js';
import { diffPlans } from './plan-diff.js';

export interface ConflictChange {
  /** Named as the plan comparison names it: "strengths", "checklist.washing.shower", "outcomes.<id>". */
  field: string;
  /** When you opened the section. */
  base: unknown;
  /** As saved now by the other person. */
  theirs: unknown;
  /** In your form. */
  yours: unknown;
}

export interface EditConflict {
  /** Everything saved since you opened the section (your copy → theirs). */
  theirChanges: ConflictChange[];
  /** Your unsaved changes to something they changed too, to a different value: keeping yours replaces theirs. */
  clashes: ConflictChange[];
  /** Your other unsaved changes: they left those parts alone, so both can stand. */
  yourOtherChanges: ConflictChange[];
}

/** `null` is a section not in the draft (never written, or left out because it was emptied). */
export function compareSectionEdits(
  base: SectionContent | null,
  theirs: SectionContent | null,
  yours: SectionContent | null,
): EditConflict {
  return threeWay(sectionChanges(base, theirs), sectionChanges(base, yours));
}

/** The same for whole fields of the draft (who took part, the reason for the change …), each compared as a whole. */
export function compareFieldEdits(
  base: Record<string, unknown>,
  theirs: Record<string, unknown>,
  yours: Record<string, unknown>,
): EditConflict {
  return threeWay(diffRecords(base, theirs), diffRecords(base, yours));
}

/** Each field as you changed it, or else as they saved it. */
export function mergeFieldEdits<T extends Record<string, unknown>>(base: T, theirs: T, yours: T): T {
  const merged: Record<string, unknown> = {};
  for (const key of unionKeys(theirs, yours, base)) merged[key] = isSame(yours[key], base[key]) ? theirs[key] : yours[key];
  return merged as T;
}

function threeWay(theirDiff: FieldChange[], yourDiff: FieldChange[]): EditConflict {
  const theirByField = new Map(theirDiff.map((c) => [c.field, c]));
  const yourByField = new Map(yourDiff.map((c) => [c.field, c]));

  const theirChanges = theirDiff.map((c) => ({
    field: c.field,
    base: c.from,
    theirs: c.to,
    yours: yourByField.has(c.field) ? yourByField.get(c.field)?.to : c.from,
  }));
  const clashes: ConflictChange[] = [];
  const yourOtherChanges: ConflictChange[] = [];
  for (const c of yourDiff) {
    const their = theirByField.get(c.field);
    const theirsNow = their ? their.to : c.from;
    // The same change made by both is already saved: nothing of yours is left to keep.
    if (isSame(c.to, theirsNow)) continue;
    (their ? clashes : yourOtherChanges).push({ field: c.field, base: c.from, theirs: theirsNow, yours: c.to });
  }
  return { theirChanges, clashes, yourOtherChanges };
}

/**
 * The section with your changes laid over theirs: any part you changed (a field, a checklist item, an answer, one
 * outcome, step, risk or piece of equipment) is yours, every other part is theirs. A section that does not apply
 * holds nothing else, so "does not apply" and written content are never kept together. `null`: leave it out.
 */
export function mergeSectionEdits(
  base: SectionContent | null,
  theirs: SectionContent | null,
  yours: SectionContent | null,
): SectionContent | null {
  if (isSame(yours, base)) return theirs;
  const b = asFields(base);
  const t = asFields(theirs);
  const y = asFields(yours);
  const merged: Record<string, unknown> = {};
  for (const key of unionKeys(t, y, b)) {
    if (key === 'sectionKey') continue;
    merged[key] = mergeValue(key, b[key], t[key], y[key]);
  }
  const sectionKey = yours?.sectionKey ?? theirs?.sectionKey ?? base?.sectionKey;
  const section = { ...merged, sectionKey } as SectionContent;
  const youChoseNotApplicable = yours?.notApplicable != null && !isSame(yours.notApplicable, base?.notApplicable ?? null);
  if (youChoseNotApplicable) return yours;
  if (section.notApplicable != null) {
    // They marked it as not applying while you wrote in it: you chose to keep yours, so your writing stands.
    if (isWritten(section)) return { ...section, notApplicable: null };
    return section;
  }
  return isWritten(section) ? section : null;
}

const emptyPlan = (sections: SectionContent[]): PlanContent => ({ sections, involvement: [], writtenInFirstPerson: false });

function sectionChanges(before: SectionContent | null, after: SectionContent | null) {
  const diff = diffPlans(emptyPlan(before ? [before] : []), emptyPlan(after ? [after] : []));
  return diff.sections[0]?.changes ?? [];
}

function isSame(a: unknown, b: unknown): boolean {
  return diffRecords({ value: a ?? null }, { value: b ?? null }).length === 0;
}

function asFields(section: SectionContent | null): Record<string, unknown> {
  return section ?? {};
}

function unionKeys(...records: Record<string, unknown>[]): string[] {
  return [...new Set(records.flatMap((r) => Object.keys(r)))];
}

/** How entries of a list are matched across the three copies; lists not named here are matched by their id. */
const entryKeys: Record<string, (entry: Record<string, unknown>) => string> = {
  checklist: (e) => `${String(e.checklistKey)}.${String(e.itemKey)}`,
  answers: (e) => String(e.promptKey),
};

function mergeValue(field: string, base: unknown, theirs: unknown, yours: unknown): unknown {
  if ([base, theirs, yours].some(Array.isArray)) {
    return mergeList(entryKeys[field] ?? ((e) => String(e.id)), asList(base), asList(theirs), asList(yours));
  }
  if ([base, theirs, yours].some(isGroupOfLists)) {
    // Risk assessments: one list per kind, each merged like any other list.
    const [b, t, y] = [base, theirs, yours].map((v) => (isGroupOfLists(v) ? v : {}));
    return Object.fromEntries(
      unionKeys(t ?? {}, y ?? {}, b ?? {}).map((k) => [k, mergeValue(`${field}.${k}`, b?.[k], t?.[k], y?.[k])]),
    );
  }
  return isSame(yours, base) ? theirs : yours;
}

/** Theirs in their order, then entries only you added; an entry you changed or removed is yours, any other theirs. */
function mergeList(
  keyOf: (entry: Record<string, unknown>) => string,
  base: Record<string, unknown>[],
  theirs: Record<string, unknown>[],
  yours: Record<string, unknown>[],
): Record<string, unknown>[] {
  const byKey = (list: Record<string, unknown>[]) => new Map(list.map((e) => [keyOf(e), e]));
  const [b, t, y] = [byKey(base), byKey(theirs), byKey(yours)];
  const keys = [...t.keys(), ...[...y.keys()].filter((k) => !t.has(k))];
  return keys.flatMap((k) => {
    const entry = isSame(y.get(k), b.get(k)) ? t.get(k) : y.get(k);
    return entry === undefined ? [] : [entry];
  });
}

function asList(value: unknown): Record<string, unknown>[] {
  return Array.isArray(value) ? (value as Record<string, unknown>[]) : [];
}

function isGroupOfLists(value: unknown): value is Record<string, unknown> {
  return (
    typeof value === 'object' &&
    value !== null &&
    !Array.isArray(value) &&
    Object.keys(value).length > 0 &&
    Object.values(value).every(Array.isArray)
  );
}

/** Anything written besides "does not apply" and the review date. */
function isWritten(section: SectionContent): boolean {
  const {
    sectionKey: _key,
    notApplicable: _na,
    nextReviewDate: _review,
    ...rest
  } = section as unknown as Record<string, unknown>;
  return Object.values(rest).some((v) =>
    Array.isArray(v) ? v.length > 0 : isGroupOfLists(v) ? Object.values(v).some((l) => (l as unknown[]).length > 0) : v != null,
  );
}
