// Importing the statement text of a provider's licensed PAL checklist, as CSV (activity,level,statement) or JSON
// (the same rows as a list, or an object of activities holding their four levels). Every activity needs all four
// levels, one statement each; every problem is named by its line (CSV) or its place in the JSON.
import { z } from 'zod';
import { isStorableText } from '../schemas/common.js';
import { readCsv, csvField } from './pal-csv.js';
import { palActivities, palActivityNames, palLevelLetters, palLevelNames, palLevels, type PalActivity, type PalLevel } from './pal-structure.js';

export const palStatementMaxLength = 1000;
/** Far more than 36 statements need: a pasted text longer than this is not a statement set. */
export const palImportMaxLength = 200_000;

/** The statement for every activity at every level. */
export type PalStatements = Record<PalActivity, Record<PalLevel, string>>;

const statementSchema = z.string().min(1).max(palStatementMaxLength).refine(isStorableText);
const levelStatementsSchema = z.object(
  Object.fromEntries(palLevels.map((l) => [l, statementSchema])) as Record<PalLevel, typeof statementSchema>,
);
/** A statement set as stored: the text of each activity at each level. */
export const palStatementSetBodySchema = z.object({
  statements: z.object(
    Object.fromEntries(palActivities.map((a) => [a, levelStatementsSchema])) as Record<PalActivity, typeof levelStatementsSchema>,
  ),
});
export type PalStatementSetBody = z.infer<typeof palStatementSetBodySchema>;

export interface PalImportProblem {
  /** The line of the text the problem is on, where it has one. */
  line: number | null;
  /** The CSV column (activity, level, statement), or the place in the JSON ("eating.sensory", "item 3.level"). */
  field: string | null;
  message: string;
}

export type PalImportResult = { ok: true; format: PalImportFormat; body: PalStatementSetBody } | { ok: false; format: PalImportFormat; problems: PalImportProblem[] };

export const palImportFormats = ['csv', 'json'] as const;
export type PalImportFormat = (typeof palImportFormats)[number];

/** JSON when the text starts with a bracket or a brace; otherwise CSV. */
export function detectPalImportFormat(text: string): PalImportFormat {
  return /^[\uFEFF\s]*[[{]/.test(text) ? 'json' : 'csv';
}

/** A problem as one line of text: "Line 4 (level): …", "eating.sensory: …". */
export function palImportProblemText(problem: PalImportProblem): string {
  const where = problem.line !== null ? `Line ${problem.line}${problem.field ? ` (${problem.field})` : ''}` : problem.field;
  return where ? `${where}: ${problem.message}` : problem.message;
}

const normalise = (s: string) => s.toLowerCase().replace(/[^a-z0-9]+/g, ' ').trim();

const activityByName = new Map<string, PalActivity>(
  palActivities.flatMap((a, i) => [
    [normalise(a), a],
    [normalise(palActivityNames[a]), a],
    [String(i + 1), a],
  ]),
);
const levelByName = new Map<string, PalLevel>(
  palLevels.flatMap((l) => [
    [l, l],
    [normalise(palLevelLetters[l]), l],
  ]),
);

/** An activity as a provider might write it: its key, its name (any case or punctuation) or its number, 1 to 9. */
export function palActivityFrom(text: string): PalActivity | null {
  return activityByName.get(normalise(text)) ?? null;
}

/** A level as its name (Planned) or its column letter (P), in any case. */
export function palLevelFrom(text: string): PalLevel | null {
  return levelByName.get(normalise(text)) ?? null;
}

const activityList = palActivities.map((a) => palActivityNames[a]).join('; ');
const levelList = palLevels.map((l) => `${palLevelLetters[l]} (${palLevelNames[l]})`).join(', ');

interface Row {
  line: number | null;
  /** How the row is named in problems: its CSV columns, or its place in the JSON. */
  at: (column: 'activity' | 'level' | 'statement') => string | null;
  activity: unknown;
  level: unknown;
  statement: unknown;
}

/** Reads and checks an import: the statements, or every problem found. */
export function parsePalStatementImport(text: string): PalImportResult {
  const format = detectPalImportFormat(text);
  if (text.trim() === '') return { ok: false, format, problems: [{ line: null, field: null, message: 'The text is empty: paste the statements or choose a file' }] };
  if (text.length > palImportMaxLength)
    return { ok: false, format, problems: [{ line: null, field: null, message: `The text is longer than ${palImportMaxLength.toLocaleString('en-GB')} characters: is it the right file?` }] };
  const rows = format === 'csv' ? csvRows(text) : jsonRows(text);
  if (!Array.isArray(rows)) return { ok: false, format, problems: [rows] };
  const checked = checkRows(rows);
  return checked.ok ? { ok: true, format, body: checked.body } : { ok: false, format, problems: checked.problems };
}

function csvRows(text: string): Row[] | PalImportProblem {
  const read = readCsv(text);
  if (!read.ok) return { line: read.line, field: null, message: read.message };
  const [first] = read.records;
  const isHeader = first !== undefined && first.fields.map(normalise).join(',') === 'activity,level,statement';
  const records = isHeader ? read.records.slice(1) : read.records;
  if (records.length === 0)
    return { line: null, field: null, message: 'There are no statements: after the header line activity,level,statement, give one line for each activity at each level' };
  return records.map((r) => ({
    line: r.line,
    at: (column) => column,
    activity: r.fields[0],
    level: r.fields[1],
    // More or fewer than three fields is reported once, against the whole line.
    statement: r.fields.length === 3 ? r.fields[2] : new FieldCount(r.fields.length),
  }));
}

class FieldCount {
  constructor(readonly found: number) {}
}

function jsonRows(text: string): Row[] | PalImportProblem {
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    return { line: jsonErrorLine(text, error), field: null, message: 'This is not valid JSON: look for a missing comma, quote or bracket' };
  }
  if (Array.isArray(data)) {
    return data.map((item: unknown, i) => {
      const o = isObject(item) ? item : {};
      const at = (column: string) => `item ${i + 1}.${column}`;
      if (!isObject(item)) return { line: null, at: () => `item ${i + 1}`, activity: notAnObject, level: undefined, statement: undefined };
      return { line: null, at, activity: o.activity, level: o.level, statement: o.statement };
    });
  }
  if (!isObject(data))
    return { line: null, field: null, message: 'The JSON must be a list of {"activity", "level", "statement"} or an object of activities, each holding its four levels' };
  return Object.entries(data).flatMap(([activity, levels]): Row[] => {
    if (!isObject(levels)) return [{ line: null, at: () => activity, activity, level: notAnObject, statement: undefined }];
    return Object.entries(levels).map(([level, statement]) => ({
      line: null,
      at: (column) => (column === 'activity' ? activity : `${activity}.${level}`),
      activity,
      level,
      statement,
    }));
  });
}

/** Stands in for an activity or levels that are not an object where the JSON needs one. */
const notAnObject = Symbol('not an object');

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** The line of a JSON syntax error, where the engine says at which character it stopped. */
function jsonErrorLine(text: string, error: unknown): number | null {
  const message = error instanceof Error ? error.message : '';
  const lineColumn = /line (\d+) column \d+/.exec(message);
  if (lineColumn?.[1]) return Number(lineColumn[1]);
  const position = /position (\d+)/.exec(message);
  if (!position?.[1]) return null;
  return text.slice(0, Number(position[1])).split(/\r\n|\r|\n/).length;
}

function checkRows(rows: Row[]): { ok: true; body: PalStatementSetBody } | { ok: false; problems: PalImportProblem[] } {
  const problems: PalImportProblem[] = [];
  const found = new Map<string, { statement: string; where: string }>();
  const problem = (row: Row, column: 'activity' | 'level' | 'statement', message: string) =>
    problems.push({ line: row.line, field: row.at(column), message });

  for (const row of rows) {
    if (row.activity === notAnObject || row.level === notAnObject) {
      problems.push({ line: null, field: row.at('activity'), message: row.activity === notAnObject ? 'Each item must be an object with "activity", "level" and "statement"' : 'Each activity must hold an object of its four levels and their statements' });
      continue;
    }
    if (row.statement instanceof FieldCount) {
      problems.push({ line: row.line, field: null, message: `Expected 3 fields (activity, level, statement) but found ${row.statement.found}: put a statement that has a comma in it in double quotes` });
      continue;
    }
    const activity = typeof row.activity === 'string' ? palActivityFrom(row.activity) : null;
    const level = typeof row.level === 'string' ? palLevelFrom(row.level) : null;
    if (activity === null) problem(row, 'activity', unknownProblem(row.activity, 'activity', `one of the nine activities: ${activityList}`));
    if (level === null) problem(row, 'level', unknownProblem(row.level, 'level', `one of the levels ${levelList}`));
    const statement = statementProblem(row.statement);
    if (typeof statement !== 'string') {
      problem(row, 'statement', statement.message);
      continue;
    }
    if (activity === null || level === null) continue;
    const key = `${activity}.${level}`;
    const where = row.line !== null ? `line ${row.line}` : (row.at('statement') ?? '');
    const earlier = found.get(key);
    if (earlier) {
      problem(row, 'level', `${palActivityNames[activity]} already has a statement at the ${palLevelNames[level]} level (${earlier.where}): give one statement for each level`);
      continue;
    }
    found.set(key, { statement, where });
  }
  for (const activity of palActivities) {
    const missing = palLevels.filter((l) => !found.has(`${activity}.${l}`));
    // An activity with no statement at all is one problem, not four.
    if (missing.length === palLevels.length)
      problems.push({ line: null, field: null, message: `${palActivityNames[activity]} has no statements: give one for each of the four levels` });
    else if (missing.length > 0)
      problems.push({
        line: null,
        field: null,
        message: `${palActivityNames[activity]} has no statement at the ${missing.map((l) => palLevelNames[l]).join(', ')} level${missing.length > 1 ? 's' : ''}`,
      });
  }
  if (problems.length > 0) return { ok: false, problems };
  const statements = Object.fromEntries(
    palActivities.map((a) => [a, Object.fromEntries(palLevels.map((l) => [l, found.get(`${a}.${l}`)?.statement ?? '']))]),
  );
  return { ok: true, body: palStatementSetBodySchema.parse({ statements }) };
}

/** Why an activity or level was not recognised. */
function unknownProblem(value: unknown, what: string, expected: string): string {
  if (value === undefined) return `The ${what} is missing: give ${expected}`;
  if (typeof value !== 'string') return `The ${what} must be text: ${expected}`;
  if (value.trim() === '') return `The ${what} is empty: give ${expected}`;
  return `"${value.length > 40 ? `${value.slice(0, 40)}…` : value}" is not ${expected}`;
}

function statementProblem(value: unknown): string | { message: string } {
  if (typeof value !== 'string') return { message: value === undefined ? 'The statement is missing' : 'The statement must be text' };
  const statement = value.trim();
  if (statement === '') return { message: 'The statement is empty' };
  if (statement.length > palStatementMaxLength) return { message: `The statement is longer than ${palStatementMaxLength} characters` };
  if (!isStorableText(statement)) return { message: 'The statement has hidden control characters: remove them' };
  return statement;
}

/** A statement set as CSV, as the import reads it back. */
export function palStatementsToCsv(statements: PalStatements): string {
  const lines = ['activity,level,statement'];
  for (const a of palActivities) for (const l of palLevels) lines.push([a, l, statements[a][l]].map(csvField).join(','));
  return `${lines.join('\n')}\n`;
}
