import { describe, expect, test } from 'vitest';
import { planExchangeSchema, type PlanExchange } from '../care-plan/exchange.js';
import { planContentSchema, type PlanContent } from '../care-plan/plan-content.js';
import { toolkitSections } from '../care-plan/sections/index.js';
import { auditPlan } from './audit-plan.js';
import { auditInputFromExchange, chooseVersion, londonDateOf, type ExchangeAudit } from './input-from-exchange.js';
import { goodVersion, planInput } from './test-plans.js';

type Version = PlanExchange['versions'][number];
const good = planInput();

function version(number: number, status: Version['status'], changes: Partial<Version> = {}): Version {
  const agreed = status !== 'draft';
  return {
    version: number,
    status,
    reason: null,
    content: good.content,
    agreement: agreed ? goodVersion.agreement : null,
    createdAt: '2026-05-18T09:00:00Z',
    agreedAt: agreed ? '2026-05-20T10:00:00Z' : null,
    ...changes,
  };
}

function exchange(versions: Version[], nhsNumber: string | null = '943 476 5919'): PlanExchange {
  // Through the schema, as the command line reads a file: proves the test documents are valid exchange documents.
  return planExchangeSchema.parse({
    format: 'hearth.care-plan',
    formatVersion: 1,
    exportedAt: '2026-06-01T12:00:00Z',
    source: 'Hearth',
    person: { legalName: 'Edith Clarke', preferredName: null, dateOfBirth: '1941-03-02', nhsNumber },
    versions,
  });
}

function built(doc: PlanExchange, options: { version?: number; today?: string } = {}): ExchangeAudit {
  const result = auditInputFromExchange(doc, {
    today: options.today ?? '2026-06-01',
    definitions: toolkitSections,
    version: options.version,
  });
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result.value;
}

describe('which version is audited', () => {
  test.each([
    { statuses: ['superseded', 'in_use', 'draft'], index: 1, because: 'the version in use' },
    { statuses: ['superseded', 'under_review', 'draft'], index: 1, because: 'the version in use (under review)' },
    { statuses: ['superseded', 'agreed', 'draft'], index: 1, because: 'the latest agreed version (none is in use)' },
    { statuses: ['superseded', 'superseded'], index: 1, because: 'the latest version (none is agreed or in use)' },
    { statuses: ['draft'], index: 0, because: 'the latest version (none is agreed or in use)' },
    { statuses: ['agreed', 'agreed', 'superseded'], index: 1, because: 'the latest agreed version (none is in use)' },
  ] as const)('$statuses → the one at $index: $because', ({ statuses, index, because }) => {
    const versions = statuses.map((s, i) => version(i + 1, s));
    expect(chooseVersion(versions)).toEqual({ ok: true, index, chosenBecause: because });
  });

  test('the order in the file does not matter: the version numbers do', () => {
    const versions = [version(3, 'superseded'), version(5, 'draft'), version(4, 'in_use'), version(1, 'superseded')];
    expect(chooseVersion(versions)).toMatchObject({ ok: true, index: 2 });
    expect(chooseVersion([version(2, 'superseded'), version(7, 'superseded'), version(4, 'superseded')])).toMatchObject({
      index: 1,
    });
  });

  test('a version asked for by number, or the reason it cannot be audited', () => {
    const versions = [version(1, 'superseded'), version(2, 'in_use'), version(3, 'draft')];
    expect(chooseVersion(versions, 3)).toEqual({ ok: true, index: 2, chosenBecause: 'version 3, as asked' });
    expect(chooseVersion(versions, 9)).toEqual({
      ok: false,
      errors: [{ field: 'versions', message: 'The document has no version 9; it holds versions 1, 2, 3' }],
    });
    expect(chooseVersion([version(2, 'superseded'), version(2, 'in_use')], 2)).toEqual({
      ok: false,
      errors: [{ field: 'versions', message: 'The document holds version 2 2 times (at versions.0, versions.1)' }],
    });
    expect(chooseVersion([])).toMatchObject({ ok: false });
  });
});

describe('the audit input built from an exchange document', () => {
  test.each([
    ['2026-05-17T23:30:00Z', '2026-05-18'], // summer time: half past midnight in England
    ['2026-01-15T23:30:00Z', '2026-01-15'], // winter: England keeps UTC
    ['2026-05-18T00:30:00+02:00', '2026-05-17'],
  ])('%s is %s in England', (at, day) => {
    expect(londonDateOf(at)).toBe(day);
  });

  test('the version, its dates in England, the first agreement and the NHS number come from the file', () => {
    const doc = exchange([
      version(1, 'superseded', { createdAt: '2025-11-02T10:00:00Z', agreedAt: '2025-11-03T23:15:00Z' }),
      version(2, 'in_use', { createdAt: '2026-05-17T23:30:00Z', agreedAt: '2026-05-20T10:00:00Z' }),
      version(3, 'draft', { createdAt: '2026-05-30T08:00:00Z' }),
    ]);
    const { input, audited, unknownSections, definitionProblems } = built(doc);
    expect(audited).toEqual({ version: 2, status: 'in_use', path: 'versions.1', chosenBecause: 'the version in use' });
    expect(input.version).toEqual({
      status: 'in_use',
      createdOn: '2026-05-18',
      agreedOn: '2026-05-20',
      agreement: goodVersion.agreement,
    });
    expect(input.firstAgreedOn).toBe('2025-11-03');
    expect(input.person).toEqual({ serviceStartDate: null, emergencyStart: false, nhsNumber: '9434765919' });
    expect(input.content).toBe(doc.versions[1]?.content);
    expect(input.today).toBe('2026-06-01');
    expect(input.definitions).toBe(toolkitSections);
    expect([unknownSections, definitionProblems]).toEqual([[], []]);
  });

  test('a version agreed on paper, with no time it was recorded, is agreed on its agreement date', () => {
    const doc = exchange([version(1, 'agreed', { agreedAt: null })]);
    expect(built(doc).input.version.agreedOn).toBe(goodVersion.agreement?.date);
    expect(built(doc).input.firstAgreedOn).toBe(goodVersion.agreement?.date);
    expect(built(exchange([version(1, 'draft')])).input).toMatchObject({ version: { agreedOn: null }, firstAgreedOn: null });
  });

  test('the good plan from a file passes every rule that applies, and the rules needing the person\u2019s record do not apply', () => {
    const result = auditPlan(built(exchange([version(1, 'in_use')])).input);
    expect(result.findings).toEqual([]);
    const notApplicable = result.rulesNotApplicable.map((r) => r.id);
    // A1/A2: no service start date; C19: no alerts; C21: no author role; I61: no service kind.
    expect(notApplicable).toEqual(expect.arrayContaining(['A1', 'A2', 'A3', 'C19', 'C21', 'I61']));
    expect(result.rulesRun.map((r) => r.id)).toEqual(expect.arrayContaining(['A5', 'A7', 'B16', 'C17', 'E29']));
  });

  test('a file without an NHS number is told so by the one-page profile rule', () => {
    const result = auditPlan(built(exchange([version(1, 'in_use')], null)).input);
    expect(result.findings.map((f) => [f.ruleId, f.field])).toEqual([['C17', 'person.nhsNumber']]);
  });

  test('sections the definitions lack become findings and problems with their paths, not a crash', () => {
    const content: PlanContent = planContentSchema.parse({
      ...good.content,
      sections: [...good.content.sections, { sectionKey: 'my_allotment', strengths: 'I grow runner beans.' }],
    });
    const hobbies = content.sections.length - 1;
    const audit = built(exchange([version(1, 'superseded'), version(2, 'in_use', { content })]));
    expect(audit.unknownSections).toEqual(['my_allotment']);
    expect(audit.definitionProblems).toEqual([
      { field: `versions.1.content.sections.${hobbies}.sectionKey`, message: 'There is no section called "my_allotment"' },
    ]);
    const result = auditPlan(audit.input);
    expect(result.findings.map((f) => [f.ruleId, f.severity, f.field])).toContainEqual([
      'B16',
      'fail',
      `sections.${hobbies}.sectionKey`,
    ]);
    // Rules that read every section (J69 asks each for a desired outcome) read it too; nothing else changes.
    expect(result.findings.every((f) => f.sectionKey === 'my_allotment')).toBe(true);
  });

  test('a version asked for that the file lacks is an error, not an audit', () => {
    const result = auditInputFromExchange(exchange([version(1, 'in_use')]), {
      today: '2026-06-01',
      definitions: toolkitSections,
      version: 2,
    });
    expect(result).toEqual({
      ok: false,
      errors: [{ field: 'versions', message: 'The document has no version 2; it holds version 1' }],
    });
  });
});
