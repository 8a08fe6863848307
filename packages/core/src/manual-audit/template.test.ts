import { describe, expect, test } from 'vitest';
import {
  createAuditTemplateBodySchema,
  newAuditTemplateVersionBodySchema,
  newVersionErrors,
  slugOf,
  templateContentErrors,
  templateKeyFor,
  uniqueSlug,
} from './template.js';

const q = (id: string, text = `Is ${id} right?`) => ({ id, text });

describe('a template body', () => {
  test('optional parts of a question read as null', () => {
    const body = createAuditTemplateBodySchema.parse({ title: ' Falls audit ', description: '', questions: [q('falls')], reason: 'Falls review' });
    expect(body).toEqual({
      title: 'Falls audit', description: null, reason: 'Falls review',
      questions: [{ id: 'falls', text: 'Is falls right?', guidance: null, sectionKey: null, cqcStatement: null }],
    });
  });

  test.each([
    [{ title: ' ' }, 'title'],
    [{ reason: '' }, 'reason'],
    [{ questions: [{ id: 'Falls!', text: 'x' }] }, 'questions.0.id'],
    [{ questions: [{ id: 'falls', text: ' ' }] }, 'questions.0.text'],
    [{ questions: [{ id: 'falls', text: 'x', sectionKey: 'Not A Key' }] }, 'questions.0.sectionKey'],
    [{ questions: [{ id: 'falls', text: 'x', cqcStatement: 'Being nice' }] }, 'questions.0.cqcStatement'],
    [{ questions: [{ id: 'falls', text: 'x', guidance: 'g'.repeat(2001) }] }, 'questions.0.guidance'],
  ])('%o is refused on %s', (change, field) => {
    const result = createAuditTemplateBodySchema.safeParse({ title: 'Falls audit', questions: [q('falls')], reason: 'New', ...change });
    expect(result.error?.issues.map((i) => i.path.join('.'))).toEqual([field]);
  });

  test('a new version defaults to not retired, removing nothing', () => {
    expect(newAuditTemplateVersionBodySchema.parse({ title: 'T', questions: [q('a')], reason: 'r', latestVersion: 2 })).toMatchObject({ retired: false, removedQuestionIds: [] });
  });
});

describe('what a template must be', () => {
  test.each([
    ['no questions', [], [{ field: 'questions', message: 'Add at least one question' }]],
    ['one question', [q('a')], []],
    ['two questions with one id', [q('a'), q('b'), q('a')], [{ field: 'questions.2.id', message: 'Another question already has the id “a”' }]],
  ])('%s', (_case, questions, errors) => {
    expect(templateContentErrors({ questions: questions.map((x) => ({ ...x, guidance: null, sectionKey: null, cqcStatement: null })) })).toEqual(errors);
  });
});

describe('a new version against the latest', () => {
  const latest = { questions: [q('a'), q('b'), q('c')].map((x) => ({ ...x, guidance: null, sectionKey: null, cqcStatement: null })) };
  const next = (ids: string[], removedQuestionIds: string[] = []) => ({
    questions: ids.map((id) => ({ ...q(id, `Reworded ${id}?`), guidance: null, sectionKey: null, cqcStatement: null })),
    removedQuestionIds,
  });

  test.each([
    ['rewording and reordering keeps every id', next(['c', 'a', 'b']), []],
    ['adding a question', next(['a', 'b', 'c', 'd']), []],
    ['dropping a question named as removed', next(['a', 'c'], ['b']), []],
    ['dropping a question silently', next(['a']), [{ field: 'removedQuestionIds', message: 'Confirm that these questions are to be removed: “Is b right?”, “Is c right?”' }]],
    ['naming as removed a question still there', next(['a', 'b'], ['c', 'a']), [{ field: 'removedQuestionIds', message: 'These questions are still in the template: a' }]],
    ['dropping every question', next([], ['a', 'b', 'c']), [{ field: 'questions', message: 'Add at least one question' }]],
  ])('%s', (_case, body, errors) => {
    expect(newVersionErrors(latest, body)).toEqual(errors);
  });
});

describe('keys and ids from words', () => {
  test.each([
    ['Falls & mobility audit', 'falls-mobility-audit'],
    ['  Café menu review ', 'cafe-menu-review'],
    ['2026 spot check', 'spot-check'],
    ['!!!', 'template'],
  ])('%s → %s', (words, slug) => {
    expect(slugOf(words, 'template')).toBe(slug);
  });

  test('a taken slug gets the next free number, and no template takes the toolkit’s key', () => {
    expect(uniqueSlug('Falls', ['falls', 'falls-2'], 'q')).toBe('falls-3');
    expect(templateKeyFor('Toolkit', [])).toBe('toolkit-2');
    expect(templateKeyFor('Night checks', ['night-checks'])).toBe('night-checks-2');
  });
});
