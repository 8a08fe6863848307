import { describe, expect, test } from 'vitest';
import { MAX_COMMENT_LENGTH, newPlanCommentSchema, versionForNotes } from './plan-comments.js';

const errorsOf = (body: unknown) => {
  const result = newPlanCommentSchema.safeParse(body);
  return result.success ? [] : result.error.issues.map((i) => ({ field: i.path.join('.'), message: i.message }));
};

describe('a new comment', () => {
  test('about the plan as a whole, trimmed', () => {
    expect(newPlanCommentSchema.parse({ body: '  Walked to the shop with support today.  ' })).toEqual({
      sectionKey: null,
      body: 'Walked to the shop with support today.',
    });
  });
  test('about a section', () => {
    expect(newPlanCommentSchema.parse({ sectionKey: 'mobility_and_falls', body: 'Used the frame all week.' }).sectionKey).toBe(
      'mobility_and_falls',
    );
  });
  test.each([
    [{ body: '' }, [{ field: 'body', message: 'Enter your comment' }]],
    [{ body: '   \n ' }, [{ field: 'body', message: 'Enter your comment' }]],
    [{}, [{ field: 'body', message: 'Enter your comment' }]],
    [
      { body: 'x'.repeat(MAX_COMMENT_LENGTH + 1) },
      [{ field: 'body', message: 'Your comment must be 4,000 characters or fewer' }],
    ],
    [{ body: 'bell \u0007' }, [{ field: 'body', message: 'Remove hidden control characters from your comment' }]],
    [{ body: 'Fine', sectionKey: 'Not A Key!' }, [{ field: 'sectionKey', message: 'Choose a section from the list' }]],
    [{ body: 'Fine', sectionKey: 7 }, [{ field: 'sectionKey', message: 'Choose a section from the list' }]],
  ])('%j is refused: %j', (body, expected) => {
    expect(errorsOf(body)).toEqual(expected);
  });
  test('exactly 4,000 characters is accepted', () => {
    expect(errorsOf({ body: 'x'.repeat(MAX_COMMENT_LENGTH) })).toEqual([]);
  });
});

describe('the version a comment is recorded against', () => {
  test.each([
    [[], null],
    [[{ version: 1, status: 'draft' }], 1],
    [
      [
        { version: 2, status: 'draft' },
        { version: 1, status: 'in_use' },
      ],
      1,
    ],
    [
      [
        { version: 3, status: 'agreed' },
        { version: 2, status: 'under_review' },
        { version: 1, status: 'superseded' },
      ],
      2,
    ],
    [
      [
        { version: 1, status: 'superseded' },
        { version: 2, status: 'agreed' },
      ],
      2,
    ],
  ])('%j → %j', (versions, expected) => {
    expect(versionForNotes(versions)).toBe(expected);
  });
});
