// `npm run hearth -- audit`, run as an operator runs it: a child process, its exit status, stdout and stderr.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { auditInputFromExchange, auditPlan, defaultAuditConfig, planExchangeSchema, toolkitSections } from '@hearth/core';
import type { AuditCommandOutput } from './audit-command.js';

const root = path.resolve(import.meta.dirname, '../../../..');
const temp = fs.mkdtempSync(path.join(os.tmpdir(), 'hearth-audit-'));
afterAll(() => {
  fs.rmSync(temp, { recursive: true, force: true });
});

interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
}

function hearth(...args: string[]): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'packages/server/src/cli/hearth.ts', ...args], { cwd: root });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', reject);
    child.on('close', (status) => {
      resolve({ status, stdout, stderr });
    });
  });
}

function tempFile(name: string, body: string | object): string {
  const file = path.join(temp, name);
  fs.writeFileSync(file, typeof body === 'string' ? body : JSON.stringify(body));
  return file;
}

const agreement = {
  method: 'signed_on_screen',
  agreedBy: 'Ada Person',
  date: '2026-05-20',
  witness: null,
  authority: null,
  bestInterestsDecision: null,
};

/** A short plan: every toolkit section marked not applicable but one, whose outcome says "as required" (B12 warns). */
function shortPlan(outcome: Record<string, unknown> = {}) {
  return {
    sections: toolkitSections.map((d) =>
      d.key === 'communication_and_information'
        ? {
            sectionKey: d.key,
            strengths: 'I read large print and make my own hot drinks.',
            needs: 'To hear what is said to me.',
            outcomes: [
              {
                id: 'o1',
                goal: 'I want to phone my sister on Sundays',
                howMet: 'My carer charges my hearing aid as required',
                whoInvolved: 'Me and my carers',
                targetDate: '2026-09-01',
                ...outcome,
              },
            ],
          }
        : { sectionKey: d.key, notApplicable: { reason: 'I manage this myself.' } },
    ),
    involvement: [{ kind: 'person', name: 'Ada Person', how: 'in_person', date: '2026-05-18' }],
    writtenInFirstPerson: false,
  };
}

function document(versions: { version: number; status: string; content: object }[]) {
  return {
    format: 'hearth.care-plan',
    formatVersion: 1,
    exportedAt: '2026-06-01T12:00:00Z',
    source: 'A test',
    person: { legalName: 'Ada Person', preferredName: null, dateOfBirth: '1941-03-02', nhsNumber: '943 476 5919' },
    versions: versions.map((v) => ({
      reason: null,
      createdAt: '2026-05-18T09:00:00Z',
      agreedAt: v.status === 'draft' ? null : '2026-05-20T10:00:00Z',
      agreement: v.status === 'draft' ? null : agreement,
      ...v,
    })),
  };
}

/** What `auditPlan` makes of the file, built here as a server would, without the command line. */
function expectedAudit(file: string, today: string, version?: number) {
  const doc = planExchangeSchema.parse(JSON.parse(fs.readFileSync(file, 'utf8')));
  const built = auditInputFromExchange(doc, { today, definitions: toolkitSections, version });
  if (!built.ok) throw new Error(JSON.stringify(built.errors));
  return auditPlan(built.value.input, defaultAuditConfig);
}

const examples = fs.readdirSync(path.join(root, 'docs/examples')).filter((f) => f.endsWith('.plan.json'));

describe('audit FILE.json', () => {
  test.each(examples)('docs/examples/%s: the findings auditPlan gives, as JSON, exit 1 as a rule fails', async (name) => {
    const file = `docs/examples/${name}`;
    const run = await hearth('audit', file, '--today', '2026-11-23');
    const output = JSON.parse(run.stdout) as AuditCommandOutput;
    const expected = expectedAudit(path.join(root, file), '2026-11-23');
    expect(output.findings).toEqual(expected.findings);
    expect([output.score, output.rulesRun, output.rulesNotApplicable]).toEqual([
      expected.score,
      expected.rulesRun,
      expected.rulesNotApplicable,
    ]);
    expect(expected.rulesRun.some((r) => r.outcome === 'fail')).toBe(true);
    expect([run.status, output.passed, run.stderr]).toEqual([1, false, '']);
    expect(output).toMatchObject({
      file,
      today: '2026-11-23',
      definitions: 'toolkit',
      config: 'default',
      audited: { status: 'in_use', chosenBecause: 'the version in use' },
    });
  });

  test('warnings alone exit 0; a failing rule exits 1', async () => {
    const warnsOnly = tempFile('warns.json', document([{ version: 1, status: 'in_use', content: shortPlan() }]));
    const fails = tempFile('fails.json', document([{ version: 1, status: 'in_use', content: shortPlan({ targetDate: null }) }]));
    const [ok, failed] = await Promise.all([
      hearth('audit', warnsOnly, '--today', '2026-06-01'),
      hearth('audit', fails, '--today', '2026-06-01'),
    ]);
    const okOutput = JSON.parse(ok.stdout) as AuditCommandOutput;
    expect(okOutput.findings.map((f) => `${f.ruleId} ${f.severity}`)).toEqual(['B12 warn']);
    expect([ok.status, okOutput.passed]).toEqual([0, true]);
    expect(okOutput.findings).toEqual(expectedAudit(warnsOnly, '2026-06-01').findings);
    const failedOutput = JSON.parse(failed.stdout) as AuditCommandOutput;
    expect(failedOutput.findings.map((f) => `${f.ruleId} ${f.severity}`)).toEqual(['B12 warn', 'J70 fail']);
    expect([failed.status, failedOutput.passed]).toEqual([1, false]);
  });

  test('--version audits the version asked for; without it, the one in use', async () => {
    const file = tempFile(
      'versions.json',
      document([
        { version: 1, status: 'superseded', content: shortPlan({ targetDate: null }) },
        { version: 2, status: 'in_use', content: shortPlan() },
        { version: 3, status: 'draft', content: shortPlan({ targetDate: null }) },
      ]),
    );
    const [current, first] = await Promise.all([
      hearth('audit', file, '--today', '2026-06-01'),
      hearth('audit', file, '--version', '1', '--today', '2026-06-01'),
    ]);
    expect(JSON.parse(current.stdout)).toMatchObject({
      audited: { version: 2, path: 'versions.1', chosenBecause: 'the version in use' },
      passed: true,
    });
    expect(current.status).toBe(0);
    const firstOutput = JSON.parse(first.stdout) as AuditCommandOutput;
    expect(firstOutput).toMatchObject({
      audited: { version: 1, status: 'superseded', path: 'versions.0', chosenBecause: 'version 1, as asked' },
      passed: false,
    });
    expect(firstOutput.findings).toEqual(expectedAudit(file, '2026-06-01', 1).findings);
    expect(first.status).toBe(1);
  });

  test('--pretty prints a table of the same findings, with the score, and the same exit status', async () => {
    const file = 'docs/examples/homecare-peggy.plan.json';
    const run = await hearth('audit', file, '--pretty', '--today', '2026-11-23');
    const expected = expectedAudit(path.join(root, file), '2026-11-23');
    expect(run.status).toBe(1);
    expect(run.stdout).toContain(`Plan-quality audit: score ${String(expected.score)} out of 100.`);
    expect(run.stdout).toMatch(/^Rule\s+Severity\s+Section \/ field\s+Explanation\s+How to fix$/m);
    const rows = run.stdout.split('\n').filter((l) => /^[A-KX]\d+\s+(fail|warn)\s/.test(l));
    expect(rows.map((l) => l.split(/\s+/).slice(0, 2).join(' ')).sort()).toEqual(
      expected.findings.map((f) => `${f.ruleId} ${f.severity}`).sort(),
    );
    expect(run.stdout).toContain('not part of an exchange file');
    expect(run.stdout.split('\n').every((l) => l.length <= 120)).toBe(true);
  });

  test('a section the toolkit lacks is a B16 finding and a note, not a crash', async () => {
    const content = shortPlan();
    content.sections.push({ sectionKey: 'my_allotment', notApplicable: { reason: 'Winter.' } });
    const run = await hearth(
      'audit',
      tempFile('own-section.json', document([{ version: 1, status: 'in_use', content }])),
      '--today',
      '2026-06-01',
    );
    const output = JSON.parse(run.stdout) as AuditCommandOutput;
    expect(run.status).toBe(1);
    expect(output.unknownSections).toEqual(['my_allotment']);
    expect(output.findings.filter((f) => f.severity === 'fail').map((f) => [f.ruleId, f.sectionKey])).toEqual([
      ['B16', 'my_allotment'],
    ]);
    expect(output.definitionProblems).toEqual([
      {
        field: `versions.0.content.sections.${content.sections.length - 1}.sectionKey`,
        message: 'There is no section called "my_allotment"',
      },
    ]);
    expect(output.notes.join(' ')).toContain('sections the toolkit does not define (my_allotment)');
  });
});

describe.concurrent('unreadable input exits 2 with a clear message on stderr and nothing on stdout', () => {
  test.each([
    {
      name: 'a missing file',
      args: () => ['audit', path.join(temp, 'nowhere.json')],
      says: ['Cannot read', 'there is no such file'],
    },
    { name: 'not JSON', args: () => ['audit', tempFile('broken.json', '{"format": "hearth.care-plan",')], says: ['is not JSON'] },
    {
      name: 'no file named',
      args: () => ['audit'],
      says: ['Name the plan file to audit', 'Usage: npm run hearth -- audit FILE.json'],
    },
    {
      name: 'a version the file lacks',
      args: () => ['audit', 'docs/examples/homecare-peggy.plan.json', '--version', '4'],
      says: ['versions: The document has no version 4; it holds version 1'],
    },
    {
      name: 'a bad --version',
      args: () => ['audit', 'docs/examples/homecare-peggy.plan.json', '--version', 'two'],
      says: ['--version must be a whole number'],
    },
    {
      name: 'a date that is not one',
      args: () => ['audit', 'docs/examples/homecare-peggy.plan.json', '--today', '2026-02-30'],
      says: ['--today must be a real date'],
    },
    {
      name: 'an unknown option',
      args: () => ['audit', 'docs/examples/homecare-peggy.plan.json', '--strict'],
      says: ["Unknown option '--strict'"],
    },
  ])('$name', async ({ args, says }) => {
    const run = await hearth(...args());
    expect([run.status, run.stdout]).toEqual([2, '']);
    for (const words of says) expect(run.stderr).toContain(words);
  });

  test('a document that is not a valid exchange document: every problem with its path', async () => {
    const doc = document([{ version: 1, status: 'finished', content: shortPlan() }]);
    const invalid = { ...doc, format: 'other', person: { ...doc.person, nhsNumber: '1234567890', dateOfBirth: '1941-02-30' } };
    const run = await hearth('audit', tempFile('invalid.json', invalid));
    expect([run.status, run.stdout]).toEqual([2, '']);
    expect(run.stderr).toContain('is not a valid hearth.care-plan document (docs/exchange/plan.schema.json); 4 problems:');
    const paths = run.stderr
      .split('\n')
      .slice(1)
      .filter(Boolean)
      .map((l) => l.trim().split(':')[0]);
    expect(paths.sort()).toEqual(['format', 'person.dateOfBirth', 'person.nhsNumber', 'versions.0.status']);
  });
});
