// An audit result as plain text for a terminal: the score, what the rules made of the plan, and one row per
// finding with its explanation and fix wrapped to fit the width given.
import type { AuditResult } from './audit-plan.js';
import type { Finding } from './finding.js';

const columns = [
  { title: 'Rule', max: 5 },
  { title: 'Severity', max: 8 },
  { title: 'Section / field', max: 30 },
  { title: 'Explanation', max: Infinity },
  { title: 'How to fix', max: Infinity },
] as const;
const gap = '  ';
const minTextWidth = 16;

/** Words laid into lines of at most `width` characters; a word longer than that is broken across lines. */
export function wrapText(text: string, width: number): string[] {
  const lines: string[] = [];
  for (const paragraph of text.split('\n')) {
    let line = '';
    for (let word of paragraph.split(/\s+/).filter(Boolean)) {
      while (word.length > width) {
        if (line) lines.push(line);
        // Break a long key or path after a dot or underscore where one falls in the line, else where the line ends.
        const at = Math.max(word.lastIndexOf('.', width - 1), word.lastIndexOf('_', width - 1)) + 1 || width;
        lines.push(word.slice(0, at));
        word = word.slice(at);
        line = '';
      }
      if (!line) line = word;
      else if (line.length + 1 + word.length <= width) line += ` ${word}`;
      else {
        lines.push(line);
        line = word;
      }
    }
    lines.push(line);
  }
  return lines;
}

function cells(f: Finding): string[] {
  const where = [f.sectionKey ?? '(whole plan)', f.field, f.missing === null ? null : `missing ${f.missing}`];
  return [f.ruleId, f.severity, where.filter((x) => x !== null).join('\n'), f.explanation, f.howToFix];
}

function widthsFor(rows: readonly string[][], total: number): number[] {
  const gaps = gap.length * (columns.length - 1);
  // On a narrow terminal the section and field give way before the explanation and fix go below their minimum.
  const caps = columns
    .slice(0, 3)
    .map((c, i) => (i === 2 ? Math.max(15, Math.min(c.max, total - 12 - gaps - 2 * minTextWidth)) : c.max));
  const fixed = columns
    .slice(0, 3)
    .map((c, i) =>
      Math.min(caps[i] ?? c.max, Math.max(c.title.length, ...rows.flatMap((r) => (r[i] ?? '').split('\n').map((l) => l.length)))),
    );
  const left = Math.max(2 * minTextWidth, total - fixed.reduce((a, b) => a + b, 0) - gaps);
  const explanation = Math.min(left - minTextWidth, Math.max(minTextWidth, Math.round(left * 0.55)));
  return [...fixed, explanation, left - explanation];
}

function summaryLines(result: AuditResult): string[] {
  const count = (outcome: string) => result.rulesRun.filter((r) => r.outcome === outcome).length;
  const rules = (n: number) => `${n} ${n === 1 ? 'rule' : 'rules'}`;
  const score = result.score === null ? 'no score (no rule applied)' : `score ${result.score} out of 100`;
  const lines = [
    `Plan-quality audit: ${score}.`,
    `${rules(result.rulesRun.length)} ran: ${count('fail')} failed, ${count('warn')} only warned, ${count('pass')} passed. ` +
      `${rules(result.rulesNotApplicable.length)} did not apply; ${rules(result.rulesDisabled.length)} switched off.`,
  ];
  const failed = result.rulesRun.filter((r) => r.outcome === 'fail').map((r) => r.id);
  if (failed.length > 0) lines.push(`Failed: ${failed.join(', ')}.`);
  return lines;
}

export interface TableOptions {
  /** The terminal's width in characters. */
  width?: number;
  /** Paragraphs to print after the table, wrapped to the width. */
  notes?: readonly string[];
}

/** The result as a readable table, failures first. */
export function formatAuditTable(result: AuditResult, { width = 120, notes = [] }: TableOptions = {}): string {
  const lines = summaryLines(result).flatMap((line) => wrapText(line, width));
  lines.push('');
  if (result.findings.length === 0) {
    lines.push('No findings: every rule that applied passed.');
  } else {
    // Stable sort: failures first, each kind in the rules' own order.
    const findings = [...result.findings].sort((a, b) => Number(b.severity === 'fail') - Number(a.severity === 'fail'));
    const rows = findings.map(cells);
    const widths = widthsFor(rows, width);
    const render = (row: readonly string[]) => {
      const wrapped = row.map((cell, i) => wrapText(cell, widths[i] ?? minTextWidth));
      const height = Math.max(...wrapped.map((w) => w.length));
      return Array.from({ length: height }, (_, line) =>
        wrapped
          .map((w, i) => (w[line] ?? '').padEnd(widths[i] ?? 0))
          .join(gap)
          .trimEnd(),
      );
    };
    const rule = widths.map((w) => '-'.repeat(w)).join(gap);
    lines.push(...render(columns.map((c) => c.title)), rule);
    rows.forEach((row, i) => {
      if (i > 0) lines.push('');
      lines.push(...render(row));
    });
  }
  const after = [...notes];
  if (result.rulesNotApplicable.length > 0)
    after.unshift(`Did not apply: ${result.rulesNotApplicable.map((r) => r.id).join(', ')}.`);
  if (result.rulesDisabled.length > 0) after.unshift(`Switched off: ${result.rulesDisabled.join(', ')}.`);
  for (const paragraph of after) lines.push('', ...wrapText(paragraph, width));
  return lines.join('\n');
}
