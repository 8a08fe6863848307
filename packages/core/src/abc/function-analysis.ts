// What a person's ABC records suggest together: how often each antecedent and consequence was recorded, which
// records point to each function of behaviour and why, and a possible function only when there are enough records
// and one function clearly leads. The answer is a hypothesis for the team to test, never a diagnosis.
import {
  abcAntecedentCategories,
  abcAntecedentPointers,
  abcConsequenceCategories,
  abcConsequencePointers,
  abcFunctions,
  type AbcAntecedentCategory,
  type AbcConsequenceCategory,
  type AbcFunction,
} from './abc-categories.js';
import { filterAbcRecords, type AbcRecordFilter } from './abc-filter.js';
import type { AbcCountedRecord } from './abc-record.js';

/** Fewer records than this suggest nothing. */
export const abcMinimumRecordsForHypothesis = 5;
/** The leading function needs at least this many times the evidence of the next. */
export const abcClearLeadRatio = 2;
/** …and the support of at least this share of the records looked at. */
export const abcMinimumShareForHypothesis = 0.5;

/** Whether both the antecedent and the consequence point to a function, or only one of them. */
export type AbcPoints = 'both' | 'antecedent' | 'consequence';

/** A record points with both parts (2) or with one (1). */
export const abcPointWeights: Record<AbcPoints, number> = { both: 2, antecedent: 1, consequence: 1 };

export interface AbcFunctionEvidence {
  function: AbcFunction;
  /** The sum of the supporting records' weights. */
  score: number;
  /** How many records support it, and how many of those with both parts. */
  records: number;
  pairs: number;
  /** The supporting records, newest first. */
  evidence: {
    recordId: string;
    occurredAt: string;
    behaviour: string;
    antecedent: AbcAntecedentCategory;
    consequence: AbcConsequenceCategory;
    points: AbcPoints;
  }[];
  /** The antecedent and consequence pairs behind it, most records first. */
  reasons: { antecedent: AbcAntecedentCategory; consequence: AbcConsequenceCategory; points: AbcPoints; records: number }[];
}

export type AbcFunctionSummary =
  | { status: 'not_enough_records'; needed: number }
  | { status: 'no_pattern' }
  | { status: 'tie'; functions: AbcFunction[] }
  | { status: 'no_clear_lead'; leading: AbcFunction }
  | { status: 'hypothesis'; function: AbcFunction };

export interface AbcAnalysis {
  /** Records looked at: in the filter and not replaced. */
  considered: number;
  /** Records in the filter left out because a later record replaced them. */
  replacedLeftOut: number;
  antecedents: { category: AbcAntecedentCategory; count: number }[];
  consequences: { category: AbcConsequenceCategory; count: number }[];
  /** Every function, in the fixed order of abcFunctions. */
  functions: AbcFunctionEvidence[];
  summary: AbcFunctionSummary;
}

/** The function each part of a record points to, if any. */
export function abcRecordPoints(record: Pick<AbcCountedRecord, 'antecedent' | 'consequence'>): Map<AbcFunction, AbcPoints> {
  const byAntecedent = abcAntecedentPointers[record.antecedent.category].function;
  const byConsequence = abcConsequencePointers[record.consequence.category].function;
  const points = new Map<AbcFunction, AbcPoints>();
  if (byAntecedent !== null) points.set(byAntecedent, byAntecedent === byConsequence ? 'both' : 'antecedent');
  if (byConsequence !== null && byConsequence !== byAntecedent) points.set(byConsequence, 'consequence');
  return points;
}

const byNewest = (a: { occurredAt: string; recordId: string }, b: { occurredAt: string; recordId: string }) =>
  Date.parse(b.occurredAt) - Date.parse(a.occurredAt) || (a.recordId < b.recordId ? 1 : a.recordId > b.recordId ? -1 : 0);

function evidenceFor(fn: AbcFunction, records: readonly AbcCountedRecord[]): AbcFunctionEvidence {
  const evidence: AbcFunctionEvidence['evidence'] = [];
  for (const r of records) {
    const points = abcRecordPoints(r).get(fn);
    if (points === undefined) continue;
    evidence.push({
      recordId: r.id,
      occurredAt: r.occurredAt,
      behaviour: r.behaviour,
      antecedent: r.antecedent.category,
      consequence: r.consequence.category,
      points,
    });
  }
  evidence.sort(byNewest);
  const reasons = new Map<string, AbcFunctionEvidence['reasons'][number]>();
  for (const e of evidence) {
    const key = `${e.antecedent}|${e.consequence}`;
    const seen = reasons.get(key);
    if (seen) seen.records += 1;
    else reasons.set(key, { antecedent: e.antecedent, consequence: e.consequence, points: e.points, records: 1 });
  }
  const order = (r: AbcFunctionEvidence['reasons'][number]) =>
    abcAntecedentCategories.indexOf(r.antecedent) * abcConsequenceCategories.length +
    abcConsequenceCategories.indexOf(r.consequence);
  return {
    function: fn,
    score: evidence.reduce((sum, e) => sum + abcPointWeights[e.points], 0),
    records: evidence.length,
    pairs: evidence.filter((e) => e.points === 'both').length,
    evidence,
    reasons: [...reasons.values()].sort((a, b) => b.records - a.records || order(a) - order(b)),
  };
}

/** The possible function, or why there is none: too few records, no pattern, a tie, or no clear lead. */
export function summariseAbcFunctions(considered: number, functions: readonly AbcFunctionEvidence[]): AbcFunctionSummary {
  if (considered < abcMinimumRecordsForHypothesis)
    return { status: 'not_enough_records', needed: abcMinimumRecordsForHypothesis - considered };
  const top = Math.max(...functions.map((f) => f.score));
  if (top === 0) return { status: 'no_pattern' };
  const leaders = functions.filter((f) => f.score === top);
  const [leader] = leaders;
  if (leader === undefined) return { status: 'no_pattern' };
  if (leaders.length > 1) return { status: 'tie', functions: leaders.map((f) => f.function) };
  const next = Math.max(0, ...functions.filter((f) => f !== leader).map((f) => f.score));
  const isClear = top >= abcClearLeadRatio * next && leader.records >= abcMinimumShareForHypothesis * considered;
  return isClear ? { status: 'hypothesis', function: leader.function } : { status: 'no_clear_lead', leading: leader.function };
}

/**
 * Analyses a person's records: `records` is every record of theirs (replaced ones too, so a replacement is known
 * whatever the filter), and `filter` picks the period and behaviour looked at.
 */
export function analyseAbcRecords(records: readonly AbcCountedRecord[], filter: AbcRecordFilter): AbcAnalysis {
  const inFilter = filterAbcRecords(records, filter, true);
  const considered = filterAbcRecords(records, filter);
  const antecedents = abcAntecedentCategories.map((category) => ({
    category,
    count: considered.filter((r) => r.antecedent.category === category).length,
  }));
  const consequences = abcConsequenceCategories.map((category) => ({
    category,
    count: considered.filter((r) => r.consequence.category === category).length,
  }));
  const functions = abcFunctions.map((fn) => evidenceFor(fn, considered));
  return {
    considered: considered.length,
    replacedLeftOut: inFilter.length - considered.length,
    antecedents,
    consequences,
    functions,
    summary: summariseAbcFunctions(considered.length, functions),
  };
}
