import { describe, expect, test } from 'vitest';
import { planContentSchema } from '../care-plan/plan-content.js';
import { toolkitSections } from '../care-plan/sections/index.js';
import { easyReadHeading, easyReadLines, easyReadPlan, splitLongSentence, splitSentences } from './easy-read.js';

describe('easy-read lines: one idea per line, the person\u2019s words kept', () => {
  test.each([
    ['one sentence stays one line', 'I like tea with two sugars.', ['I like tea with two sugars.']],
    [
      'each sentence on its own line',
      'I like tea. I do not like coffee! Ask me first?',
      ['I like tea.', 'I do not like coffee!', 'Ask me first?'],
    ],
    [
      'each line of a list on its own line, markers dropped',
      '- Tea\n- Toast\n\u2022 The radio on',
      ['Tea', 'Toast', 'The radio on'],
    ],
    ['numbered lists too', '1. Wash\n2) Dress', ['Wash', 'Dress']],
    [
      'titles and abbreviations do not end a sentence',
      'Dr. Patel sees me at 9 a.m. on Mondays. I go with Mrs. Shah.',
      ['Dr. Patel sees me at 9 a.m. on Mondays.', 'I go with Mrs. Shah.'],
    ],
    ['a decimal is not a sentence end', 'I weigh 62.5 kg now.', ['I weigh 62.5 kg now.']],
    [
      'a long sentence splits at a semicolon',
      'I like to get up slowly and sit on the bed for a while; then I wash at the sink with help.',
      ['I like to get up slowly and sit on the bed for a while', 'then I wash at the sink with help.'],
    ],
    [
      'a long sentence splits before "and" or "but"',
      'I want to keep walking to the shop on the corner every morning, but I need someone with me on icy days.',
      ['I want to keep walking to the shop on the corner every morning', 'but I need someone with me on icy days.'],
    ],
    ['a short sentence with commas stays whole', 'Tea, toast, jam.', ['Tea, toast, jam.']],
    [
      'a break that would leave a scrap is not used',
      'I like my breakfast in the kitchen by the window where the light is good, please.',
      ['I like my breakfast in the kitchen by the window where the light is good, please.'],
    ],
    ['blank lines and spaces are dropped', '\n  I sing.  \n\n', ['I sing.']],
  ])('%s', (_name, text, lines) => {
    expect(easyReadLines(text)).toEqual(lines);
  });

  test('no line loses or changes a word', () => {
    const text =
      'My name is Stanley; I was a joiner for forty years, and I still love wood. Talk to me about football, but not about politics.';
    const words = (s: string) => s.replace(/[,;]/g, '').split(/\s+/).filter(Boolean);
    expect(easyReadLines(text).flatMap(words)).toEqual(words(text));
  });

  test('sentences and long sentences can be split on their own', () => {
    expect(splitSentences('Yes. No.')).toEqual(['Yes.', 'No.']);
    expect(splitLongSentence('Short one.', 3)).toEqual(['Short one.']);
  });
});

describe('easy-read headings', () => {
  test.each([
    ['one_page_profile', 'One-page profile: about me', 'About me'],
    ['medication', 'My medication', 'My medicines'],
    ['nutrition_and_hydration', 'My eating and drinking', 'Eating and drinking'],
    ['provider_gardening', 'Gardening', 'Gardening'],
    ['provider_no_title', undefined, 'provider no title'],
  ])('%s → %s', (key, title, heading) => {
    expect(easyReadHeading(key, title)).toBe(heading);
  });
});

describe('the plan in easy read', () => {
  const content = planContentSchema.parse({
    sections: [
      {
        sectionKey: 'one_page_profile',
        answers: [{ promptKey: 'what_matters_to_me', text: 'My garden. My grandson Jack, who visits on Sundays.' }],
        strengths: 'I can make my own tea.',
      },
      {
        sectionKey: 'personal_care',
        steps: [
          { id: 's2', when: 'Bedtime', time: '20:00', what: 'Help me into my nightie', who: 'Care worker' },
          { id: 's1', when: 'Morning visit', time: '08:00', what: 'Lay out two outfits so I can choose', who: 'Care worker' },
        ],
      },
      { sectionKey: 'finances', notApplicable: { reason: 'My son Ray looks after my money' } },
      { sectionKey: 'sleep_and_night_time' },
    ],
  });
  const blocks = easyReadPlan({
    name: 'Peggy',
    plan: {
      version: 3,
      content,
      agreement: {
        method: 'easy_read',
        agreedBy: 'Peggy Thompson',
        date: '2026-11-21',
        witness: null,
        authority: null,
        bestInterestsDecision: null,
      },
    },
    definitions: toolkitSections,
  });

  test('starts by saying what it is and who it is about', () => {
    expect(blocks[0]).toEqual({
      level: 1,
      heading: 'My care and support plan',
      lines: [
        'This plan is about Peggy.',
        'It says what matters to me.',
        'It says how I want to be helped.',
        'I agreed this plan on 21 November 2026.',
        'You can ask to change it at any time.',
      ],
    });
  });

  test('each section under a plain heading, its parts as plain questions, one idea per line', () => {
    expect(blocks.slice(1).map((b) => [b.level, b.heading, b.lines])).toEqual([
      [1, 'About me', []],
      [2, 'What is most important to me', ['My garden.', 'My grandson Jack, who visits on Sundays.']],
      [2, 'What I can do', ['I can make my own tea.']],
      [1, 'Washing and dressing', []],
      [
        2,
        'What happens and when',
        [
          'Morning visit, at 08:00: Lay out two outfits so I can choose.',
          'Who does it: Care worker.',
          'Bedtime, at 20:00: Help me into my nightie.',
          'Who does it: Care worker.',
        ],
      ],
      [1, 'My money', []],
      [2, 'This part is not about me', ['My son Ray looks after my money.']],
      [1, 'Sleeping', ['Nothing is written here yet.']],
    ]);
  });

  test('with no agreed plan, says so and where to ask', () => {
    expect(easyReadPlan({ name: 'Stan', plan: null, definitions: toolkitSections })).toEqual([
      {
        level: 1,
        heading: 'My care and support plan',
        lines: ['This plan is about Stan.', 'There is no agreed plan yet.', 'Ask the office for help.'],
      },
    ]);
  });
});
