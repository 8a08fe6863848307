// `npm run hearth -- audit FILE.json`: audits a plan in the exchange format with the same core rules and default
// configuration as the server, and prints the findings. Exit 0: no rule fails; 1: a rule fails; 2: unreadable input.
import fs from 'node:fs';
import { parseArgs } from 'node:util';
import {
  auditInputFromExchange,
  auditPlan,
  defaultAuditConfig,
  formatAuditTable,
  isoDateSchema,
  planExchangeFormat,
  planExchangeSchema,
  toolkitSections,
  type AuditResult,
  type ExchangeAudit,
} from '@hearth/core';
import { londonDate } from '../dates.js';

export const auditUsage =
  'Usage: npm run hearth -- audit FILE.json [--pretty] [--version N] [--today YYYY-MM-DD]\n' +
  '  Audits a plan in the exchange format (docs/exchange/plan.schema.json) against the toolkit sections.\n' +
  '  --pretty          a readable table instead of JSON\n' +
  '  --version N       the plan version to audit (default: the version in use, else the latest agreed, else the latest)\n' +
  '  --today DATE      the date to audit as of (default: today in England)\n' +
  '  Exit status: 0 no rule fails (warnings allowed), 1 a rule fails, 2 the input cannot be read.\n';

export interface CommandIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  now: Date;
  /** The terminal's width for --pretty. */
  columns?: number;
}

/** What `audit` prints as JSON: the audit result as `auditPlan` returns it, with what was audited and how. */
export interface AuditCommandOutput extends AuditResult {
  file: string;
  today: string;
  audited: ExchangeAudit['audited'];
  /** The section definitions and configuration used: a provider's own sections and settings are not in the file. */
  definitions: 'toolkit';
  config: 'default';
  /** True when no rule failed (the exit status is 0). */
  passed: boolean;
  unknownSections: string[];
  definitionProblems: ExchangeAudit['definitionProblems'];
  notes: string[];
}

class InputProblem extends Error {
  constructor(
    message: string,
    readonly problems: readonly string[] = [],
    /** A problem with the command line itself, so the usage is printed after it. */
    readonly showUsage = false,
  ) {
    super(message);
  }
}

function optionsFrom(args: string[], now: Date) {
  let parsed;
  try {
    parsed = parseArgs({
      args,
      allowPositionals: true,
      options: { pretty: { type: 'boolean', default: false }, version: { type: 'string' }, today: { type: 'string' } },
    });
  } catch (error) {
    throw new InputProblem(error instanceof Error ? error.message : String(error), [], true);
  }
  const { values, positionals } = parsed;
  const [file, ...extra] = positionals;
  if (file === undefined) throw new InputProblem('Name the plan file to audit', [], true);
  if (extra.length > 0) throw new InputProblem(`Audit one file at a time (also given: ${extra.join(' ')})`, [], true);
  const version = values.version === undefined ? undefined : Number(values.version);
  if (version !== undefined && !(Number.isInteger(version) && version >= 1))
    throw new InputProblem(`--version must be a whole number of at least 1, not "${values.version ?? ''}"`, [], true);
  const today = values.today ?? londonDate(now);
  if (!isoDateSchema.safeParse(today).success)
    throw new InputProblem(`--today must be a real date as YYYY-MM-DD, not "${today}"`, [], true);
  return { file, version, today, pretty: values.pretty };
}

function readDocument(file: string) {
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const why =
      code === 'ENOENT'
        ? 'there is no such file'
        : code === 'EISDIR'
          ? 'it is a folder'
          : code === 'EACCES'
            ? 'permission denied'
            : String(code ?? error);
    throw new InputProblem(`Cannot read ${file}: ${why}`);
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new InputProblem(`${file} is not JSON: ${error instanceof Error ? error.message : String(error)}`);
  }
  const parsed = planExchangeSchema.safeParse(json);
  if (!parsed.success) {
    throw new InputProblem(
      `${file} is not a valid ${planExchangeFormat} document (docs/exchange/plan.schema.json); ${parsed.error.issues.length} problem${parsed.error.issues.length === 1 ? '' : 's'}:`,
      parsed.error.issues.map((i) => `${i.path.join('.') || '(the document)'}: ${i.message}`),
    );
  }
  return parsed.data;
}

function notesFor(audit: ExchangeAudit): string[] {
  const notes = [
    'Audited against the toolkit sections with the default audit configuration: a provider\u2019s own sections, review interval and rule settings are not part of an exchange file.',
    'The file holds none of the person\u2019s record beyond the NHS number (no service start date, contacts, GP or alerts), so the rules that need it did not apply.',
  ];
  if (audit.unknownSections.length > 0) {
    notes.push(
      `The plan answers sections the toolkit does not define (${audit.unknownSections.join(', ')}): B16 fails each, as a section with no definition, and the rules written for particular toolkit sections do not read them. ` +
        'If they are a provider\u2019s own sections, audit the plan in Hearth, where the provider\u2019s definitions apply.',
    );
  } else if (audit.definitionProblems.length > 0) {
    notes.push(
      'Some answers or checklist items do not follow the toolkit sections (see definitionProblems); the rules do not read them.',
    );
  }
  return notes;
}

/** Runs `audit` and returns the exit status. */
export function runAuditCommand(args: string[], io: CommandIo): number {
  let options;
  let audit: ExchangeAudit;
  try {
    options = optionsFrom(args, io.now);
    const doc = readDocument(options.file);
    const built = auditInputFromExchange(doc, { today: options.today, definitions: toolkitSections, version: options.version });
    if (!built.ok)
      throw new InputProblem(
        `${options.file} cannot be audited as asked:`,
        built.errors.map((e) => `${e.field}: ${e.message}`),
      );
    audit = built.value;
  } catch (error) {
    if (!(error instanceof InputProblem)) throw error;
    io.stderr(`${error.message}\n${error.problems.map((p) => `  ${p}\n`).join('')}`);
    if (error.showUsage) io.stderr(auditUsage);
    return 2;
  }
  const result = auditPlan(audit.input, defaultAuditConfig);
  const passed = !result.rulesRun.some((r) => r.outcome === 'fail');
  const notes = notesFor(audit);
  if (options.pretty) {
    const heading = `${options.file}: version ${audit.audited.version} (${audit.audited.chosenBecause}, at ${audit.audited.path}), as of ${options.today}.`;
    const problems = audit.definitionProblems.map((p) => `${p.field}: ${p.message}`);
    const table = formatAuditTable(result, {
      width: Math.max(80, io.columns ?? 120),
      notes: [...notes, ...(problems.length > 0 ? [`Not following the toolkit sections:\n${problems.join('\n')}`] : [])],
    });
    io.stdout(`${heading}\n\n${table}\n`);
  } else {
    const output: AuditCommandOutput = {
      file: options.file,
      today: options.today,
      audited: audit.audited,
      definitions: 'toolkit',
      config: 'default',
      passed,
      score: result.score,
      findings: result.findings,
      rulesRun: result.rulesRun,
      rulesNotApplicable: result.rulesNotApplicable,
      rulesDisabled: result.rulesDisabled,
      unknownSections: audit.unknownSections,
      definitionProblems: audit.definitionProblems,
      notes,
    };
    io.stdout(`${JSON.stringify(output, null, 2)}\n`);
  }
  return passed ? 0 : 1;
}
