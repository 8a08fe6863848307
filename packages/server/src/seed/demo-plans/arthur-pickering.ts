// Arthur Pickering's first plan, part-written: a draft with him and his wife Janet recorded as taking part and a
// few sections done, so the plan-writing journey starts from a realistic point. Invented for the demo.
import type { DemoContent, DemoDays } from './demo-plan-types.js';

export const arthurLegalName = 'Arthur James Pickering';
export const arthurDraftReason = 'First plan, started with Arthur and Janet at home';

export function arthurDraft(days: DemoDays): DemoContent {
  const on = days.ago(2);
  return {
    writtenInFirstPerson: true,
    involvement: [
      { kind: 'person', name: 'Arthur Pickering', relationship: null, how: 'in_person', date: on },
      { kind: 'family', name: 'Janet Pickering', relationship: 'Wife', how: 'in_person', date: on },
    ],
    sections: [
      {
        sectionKey: 'one_page_profile',
        answers: [
          { promptKey: 'what_matters_to_me', text: 'Janet, my allotment on Moor Road, and watching the rugby league with my grandsons.' },
          { promptKey: 'how_i_communicate', text: 'I am a bit deaf since my stroke; speak clearly and give me a minute to find my words.' },
          { promptKey: 'please_do_and_please_dont', text: 'Please talk to me, not to Janet over my head. Please don\u2019t call me "love".' },
        ],
        strengths: 'I can feed myself, shave with my electric razor and tell you exactly how I like things.',
        needs: 'My right arm and leg are weak since my stroke, so I need help to wash, dress and get in and out of the shower.',
      },
      {
        sectionKey: 'visits_and_support',
        answers: [
          { promptKey: 'visit_purpose', text: 'A morning visit to help me shower and dress, and a bedtime visit so Janet does not have to help me on her own.' },
          { promptKey: 'how_i_like_it_done', text: 'Shower first, then breakfast in my chair by the window.' },
        ],
        steps: [
          { id: 'morning-shower', when: 'Morning visit', time: '08:30', what: 'Help me into the shower with the grab rail and sit me on the shower chair. Wash my back and legs; I do my face and front.', who: 'Care worker' },
        ],
      },
      {
        sectionKey: 'personal_care',
        checklist: [
          { checklistKey: 'personal_care', itemKey: 'bath_or_shower', level: 'some_support', note: 'Shower chair, every morning' },
          { checklistKey: 'personal_care', itemKey: 'shaving', level: 'no_support', note: 'Electric razor' },
          { checklistKey: 'getting_dressed', itemKey: 'get_dressed', level: 'some_support', note: 'My right arm goes in first' },
        ],
      },
    ],
  };
}
