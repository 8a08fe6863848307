import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { readCsv } from './pal-csv.js';
import {
  palStatementsToCsv,
  parsePalStatementImport,
  palImportProblemText,
  type PalImportProblem,
  type PalStatements,
} from './pal-import.js';
import { palActivities, palActivityNames, palLevelNames, palLevels } from './pal-structure.js';

/** Invented text standing in for a licensed copy: never the checklist's own statements. */
const invented = (a: string, l: string) => `Invented statement for ${a} at ${l}`;
const inventedSet = Object.fromEntries(
  palActivities.map((a) => [a, Object.fromEntries(palLevels.map((l) => [l, invented(a, l)]))]),
) as PalStatements;

/** The 36 rows as CSV lines, each written by `line`. */
const rows = (line: (a: string, l: string, i: number) => string | null) =>
  palActivities.flatMap((a) => palLevels.map((l) => ({ a, l }))).flatMap(({ a, l }, i) => {
    const text = line(a, l, i);
    return text === null ? [] : [text];
  });
const csv = (line: (a: string, l: string, i: number) => string | null = (a, l) => `${a},${l},${invented(a, l)}`) =>
  ['activity,level,statement', ...rows(line)].join('\n');

function problemsOf(text: string): PalImportProblem[] {
  const result = parsePalStatementImport(text);
  if (result.ok) throw new Error('expected the import to be refused');
  return result.problems;
}

describe('importing CSV', () => {
  test('36 lines with a header give every statement', () => {
    expect(parsePalStatementImport(csv())).toEqual({ ok: true, format: 'csv', body: { statements: inventedSet } });
  });

  test('activities by name or number and levels by letter, in any case, without a header, with Windows line ends', () => {
    const lines = rows((a, l) => {
      const index = palActivities.indexOf(a as (typeof palActivities)[number]);
      const name = index % 2 === 0 ? palActivityNames[a as keyof typeof palActivityNames].toUpperCase() : String(index + 1);
      return `${name},${l.charAt(0)},${invented(a, l)}`;
    });
    const result = parsePalStatementImport(`\uFEFF${lines.join('\r\n')}\r\n`);
    expect(result).toMatchObject({ ok: true, body: { statements: inventedSet } });
  });

  test('a quoted statement keeps its commas, quotes and line breaks, and later lines keep their numbers', () => {
    const text = csv((a, l) => (a === 'bathing_washing' && l === 'planned' ? `${a},${l},"Invented, with ""quotes""\nand a second line"` : `${a},${l},${invented(a, l)}`));
    const result = parsePalStatementImport(text);
    expect(result.ok && result.body.statements.bathing_washing.planned).toBe('Invented, with "quotes"\nand a second line');
    const broken = text.replace('eating,sensory,', 'eating,sideways,');
    // Header, then bathing's P (two lines), E, S, R, dressing's four, eating's P, E: eating's S is line 13.
    expect(problemsOf(broken)[0]).toMatchObject({ line: 13, field: 'level' });
  });

  test.each<[string, string, Partial<PalImportProblem>[]]>([
    [
      'an activity that is not one of the nine',
      csv((a, l) => `${a === 'eating' && l === 'reflex' ? 'Knitting' : a},${l},${invented(a, l)}`),
      [
        { line: 13, field: 'activity', message: expect.stringMatching(/^"Knitting" is not one of the nine activities: Bathing\/washing;/) },
        { line: null, message: 'Eating has no statement at the Reflex level' },
      ],
    ],
    [
      'a level that is not one of the four',
      csv((a, l) => `${a},${a === 'getting_dressed' && l === 'sensory' ? 'Q' : l},${invented(a, l)}`),
      [
        { line: 8, field: 'level', message: '"Q" is not one of the levels P (Planned), E (Exploratory), S (Sensory), R (Reflex)' },
        { line: null, message: 'Getting dressed has no statement at the Sensory level' },
      ],
    ],
    [
      'an empty statement',
      csv((a, l) => `${a},${l},${a === 'use_of_objects' && l === 'planned' ? '  ' : invented(a, l)}`),
      [{ line: 30, field: 'statement', message: 'The statement is empty' }, { message: 'Use of objects has no statement at the Planned level' }],
    ],
    [
      'a statement with an unquoted comma',
      csv((a, l) => `${a},${l},${a === 'eating' && l === 'planned' ? 'Invented, unquoted' : invented(a, l)}`),
      [{ line: 10, field: null, message: expect.stringContaining('Expected 3 fields (activity, level, statement) but found 4') }, { message: 'Eating has no statement at the Planned level' }],
    ],
    [
      'two statements for one level',
      `${csv()}\nEating,S,Invented again`,
      [{ line: 38, field: 'level', message: 'Eating already has a statement at the Sensory level (line 12): give one statement for each level' }],
    ],
    [
      'levels missing',
      csv((a, l) => (a === 'groupwork_skills' && l !== 'planned' ? null : `${a},${l},${invented(a, l)}`)),
      [{ line: null, field: null, message: 'Groupwork skills has no statement at the Exploratory, Sensory, Reflex levels' }],
    ],
    [
      'an activity missing altogether',
      csv((a, l) => (a === 'newspaper_magazine' ? null : `${a},${l},${invented(a, l)}`)),
      [{ line: null, message: 'Looking at a newspaper/magazine has no statements: give one for each of the four levels' }],
    ],
    ['a quote never closed', csv((a, l) => (a === 'eating' && l === 'exploratory' ? `${a},${l},"Invented` : `${a},${l},${invented(a, l)}`)), [{ line: 11, message: 'A quoted field starts here and is never closed' }]],
    ['a stray quote', 'activity,level,statement\neating,P,Invented "quoted" text', [{ line: 2, message: expect.stringContaining('A quote in the middle of a field') }]],
    ['only a header', 'activity,level,statement\n', [{ line: null, message: expect.stringContaining('There are no statements') }]],
    ['nothing at all', '   \n ', [{ message: 'The text is empty: paste the statements or choose a file' }]],
  ])('%s is refused, saying where', (_name, text, expected) => {
    expect(problemsOf(text)).toEqual(expected.map((p) => expect.objectContaining(p)));
  });
});

describe('importing JSON', () => {
  test('an object of activities holding their levels, by name or letter', () => {
    const data = Object.fromEntries(palActivities.map((a) => [palActivityNames[a], Object.fromEntries(palLevels.map((l) => [l.charAt(0).toUpperCase(), invented(a, l)]))]));
    expect(parsePalStatementImport(JSON.stringify(data, null, 2))).toEqual({ ok: true, format: 'json', body: { statements: inventedSet } });
  });

  test('a list of rows, as in the CSV', () => {
    const data = palActivities.flatMap((a) => palLevels.map((l) => ({ activity: a, level: palLevelNames[l], statement: invented(a, l) })));
    expect(parsePalStatementImport(JSON.stringify(data))).toMatchObject({ ok: true, body: { statements: inventedSet } });
  });

  test.each<[string, string, Partial<PalImportProblem>[]]>([
    ['a missing comma, by its line', '{\n  "eating": {\n    "P": "a"\n    "E": "b"\n  }\n}', [{ line: 4, message: expect.stringContaining('not valid JSON') }]],
    [
      'an unknown level, by its place',
      JSON.stringify({ ...inventedSet, eating: { ...inventedSet.eating, reflex: undefined, X: 'Invented' } }),
      [{ line: null, field: 'eating.X', message: expect.stringContaining('"X" is not one of the levels') }, { message: 'Eating has no statement at the Reflex level' }],
    ],
    [
      'a row with no statement, by its item number',
      JSON.stringify([{ activity: 'eating', level: 'P' }]),
      [{ field: 'item 1.statement', message: 'The statement is missing' }],
    ],
    ['an activity holding text instead of levels', JSON.stringify({ ...inventedSet, eating: 'Invented' }), [{ field: 'eating', message: expect.stringContaining('four levels') }]],
    ['a list of numbers', '[1, 2]', [{ field: 'item 1', message: 'Each item must be an object with "activity", "level" and "statement"' }, { field: 'item 2' }]],
  ])('%s is refused, saying where', (_name, text, expected) => {
    const problems = problemsOf(text);
    expect(problems.slice(0, expected.length)).toEqual(expected.map((p) => expect.objectContaining(p)));
  });
});

test('a problem reads as one line naming where it is', () => {
  expect(palImportProblemText({ line: 4, field: 'level', message: 'Not a level' })).toBe('Line 4 (level): Not a level');
  expect(palImportProblemText({ line: 9, field: null, message: 'Too many fields' })).toBe('Line 9: Too many fields');
  expect(palImportProblemText({ line: null, field: 'eating.X', message: 'Not a level' })).toBe('eating.X: Not a level');
  expect(palImportProblemText({ line: null, field: null, message: 'Eating has no statements' })).toBe('Eating has no statements');
});

const statementText = fc
  .string({ minLength: 1, maxLength: 40, unit: fc.constantFrom(...'ab ,"\n\r\u2019\u0174;\t'.split('')) })
  .filter((s) => s.trim() === s && s !== '');
const statementSet = fc
  .tuple(...palActivities.map(() => fc.tuple(...palLevels.map(() => statementText))))
  .map((byActivity) => Object.fromEntries(palActivities.map((a, i) => [a, Object.fromEntries(palLevels.map((l, j) => [l, byActivity[i]?.[j] ?? '']))])) as PalStatements);

describe('rules that hold for every statement set', () => {
  test('written as CSV or JSON, any set reads back exactly', () => {
    fc.assert(
      fc.property(statementSet, (set) => {
        expect(parsePalStatementImport(palStatementsToCsv(set))).toMatchObject({ ok: true, body: { statements: set } });
        expect(parsePalStatementImport(JSON.stringify(set))).toMatchObject({ ok: true, body: { statements: set } });
      }),
    );
  });

  test('the order of the lines does not matter', () => {
    fc.assert(
      fc.property(fc.shuffledSubarray(rows((a, l) => `${a},${l},${invented(a, l)}`), { minLength: 36, maxLength: 36 }), (lines) => {
        expect(parsePalStatementImport(lines.join('\n'))).toMatchObject({ ok: true, body: { statements: inventedSet } });
      }),
    );
  });

  test('leaving out any one line is refused, naming that activity and level', () => {
    fc.assert(
      fc.property(fc.constantFrom(...palActivities), fc.constantFrom(...palLevels), (activity, level) => {
        const problems = problemsOf(csv((a, l) => (a === activity && l === level ? null : `${a},${l},${invented(a, l)}`)));
        expect(problems).toEqual([{ line: null, field: null, message: `${palActivityNames[activity]} has no statement at the ${palLevelNames[level]} level` }]);
      }),
    );
  });

  test('any text is either read or refused with a problem, never thrown', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), (text) => {
        const result = parsePalStatementImport(text);
        if (!result.ok) expect(result.problems.length).toBeGreaterThan(0);
        expect(() => readCsv(text)).not.toThrow();
      }),
    );
  });
});
