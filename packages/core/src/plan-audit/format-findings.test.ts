import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { auditPlan } from './audit-plan.js';
import { formatAuditTable, wrapText } from './format-findings.js';
import { answers, planInput, remove } from './test-plans.js';

const words = (s: string) => s.split(/\s+/).filter(Boolean);

describe('wrapText', () => {
  test('no line is longer than the width, and no character is lost or reordered', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), fc.integer({ min: 1, max: 60 }), (text, width) => {
        const lines = wrapText(text, width);
        expect(lines.every((l) => l.length <= width)).toBe(true);
        expect(lines.join('').replace(/\s+/g, '')).toBe(text.replace(/\s+/g, ''));
      }),
    );
  });

  test('words stay whole where they fit; a long path breaks after a dot', () => {
    expect(wrapText('Answer the question with the person', 12)).toEqual(['Answer the', 'question', 'with the', 'person']);
    expect(wrapText('sections.12.checklist', 12)).toEqual(['sections.12.', 'checklist']);
    expect(wrapText('one\ntwo three', 20)).toEqual(['one', 'two three']);
  });
});

describe('formatAuditTable', () => {
  // No medication section (B16 fails) and a vague instruction (B12 warns), so the table has both kinds.
  const result = auditPlan(
    planInput({ sections: { medication: remove, mobility_and_falls: answers({ walking_indoors: 'Help me as required.' }) } }),
  );

  /** Each finding's row read back column by column, using where the header puts each column. */
  function rowsOf(text: string): string[][] {
    const lines = text.split('\n');
    const header = lines.findIndex((l) => l.startsWith('Rule'));
    const starts = ['Rule', 'Severity', 'Section / field', 'Explanation', 'How to fix'].map(
      (t) => lines[header]?.indexOf(t) ?? -1,
    );
    const blocks: string[][] = [];
    for (const line of lines.slice(header + 2)) {
      if (line === '') {
        if (blocks.at(-1)?.length) blocks.push([]);
        continue;
      }
      if (line.startsWith('Did not apply')) break;
      if (blocks.length === 0) blocks.push([]);
      blocks.at(-1)?.push(line);
    }
    return blocks
      .filter((b) => b.length > 0)
      .map((block) => starts.map((from, i) => words(block.map((l) => l.slice(from, starts[i + 1])).join(' ')).join(' ')));
  }

  test('a row for every finding, failures first, with the rule, section, field and the whole explanation and fix', () => {
    expect(result.findings.map((f) => f.severity).sort()).toEqual(['fail', 'warn']);
    const rows = rowsOf(formatAuditTable(result, { width: 100 }));
    const failsFirst = [...result.findings].sort((a, b) => (a.severity === b.severity ? 0 : a.severity === 'fail' ? -1 : 1));
    expect(rows).toEqual(
      failsFirst.map((f) => [
        f.ruleId,
        f.severity,
        words(`${f.sectionKey ?? ''} ${f.field ?? ''}`).join(' '),
        words(f.explanation).join(' '),
        words(f.howToFix).join(' '),
      ]),
    );
  });

  test('a question left unanswered names what is missing', () => {
    const missing = auditPlan(planInput({ sections: { one_page_profile: answers({ dentist: null }) } }));
    const [row] = rowsOf(formatAuditTable(missing, { width: 100 }));
    expect(row?.[2]).toBe('one_page_profile sections.0.answers missing answers.dentist');
  });

  test.each([80, 100, 160])('fits a %i-character terminal', (width) => {
    const text = formatAuditTable(result, {
      width,
      notes: ['A note long enough to need wrapping at eighty characters, so that it does need it.'],
    });
    expect(text.split('\n').every((l) => l.length <= width)).toBe(true);
  });

  test('the score and what each rule made of the plan come first', () => {
    const lines = formatAuditTable(result, { width: 200 }).split('\n');
    const fails = result.rulesRun.filter((r) => r.outcome === 'fail');
    expect(lines[0]).toBe(`Plan-quality audit: score ${String(result.score)} out of 100.`);
    expect(lines[1]).toContain(`${result.rulesRun.length} rules ran: ${fails.length} failed`);
    expect(lines[2]).toBe(`Failed: ${fails.map((r) => r.id).join(', ')}.`);
  });

  test('a plan with nothing to report says so, and lists the rules that did not apply', () => {
    const good = auditPlan(planInput({ person: null }));
    const text = formatAuditTable(good);
    expect(text).toContain('No findings: every rule that applied passed.');
    expect(words(text).join(' ')).toContain(`Did not apply: ${good.rulesNotApplicable.map((r) => r.id).join(', ')}.`);
    expect(text).not.toContain('Failed:');
  });
});
