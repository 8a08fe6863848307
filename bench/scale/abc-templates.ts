// ABC records for the few people with behaviour support in the scale benchmark: what happened before, the behaviour
// and what followed, in staff's words, varied from a seeded source and stored as the server stores a checked body.
import { abcAntecedentCategories, abcConsequenceCategories, abcRecordBodySchema, type AbcRecordBody } from '@hearth/core';
import { seededRandom } from '../plan-content.js';

export const behaviours = ['Shouting at staff', 'Trying to leave the building', 'Throwing objects', 'Hitting out during personal care', 'Refusing to eat'] as const;

const forms = [
  'Raised voice, repeated "leave me alone" and pushed the table away',
  'Stood at the front door pulling the handle, calling for his coat',
  'Threw the beaker across the lounge, then cried',
  'Swung an arm when the flannel touched her face',
  'Pushed the plate away and left the dining room',
];
const settings = ['Lounge', 'Front hall', 'Bathroom', 'Dining room', 'Bedroom'];
const antecedents = ['Asked to come for a wash', 'Visitors left after lunch', 'The television was switched off', 'Staff were busy with the tea round'];
const consequences = ['Given space and offered a drink ten minutes later', 'Sat with him and talked about his children', 'Wash put off until after tea'];

export function abcBodyTemplates(count: number): AbcRecordBody[] {
  return Array.from({ length: count }, (_, n) => {
    const random = seededRandom(90_000 + n);
    const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)] as T;
    return abcRecordBodySchema.parse({
      behaviourForm: pick(forms),
      setting: pick(settings),
      activity: random() < 0.5 ? 'Watching television after lunch' : null,
      peoplePresent: random() < 0.5 ? 'Two staff and another resident' : null,
      settingEvents: random() < 0.4 ? [{ kind: 'health', detail: 'Slept badly, up three times in the night' }] : [],
      antecedent: { category: pick(abcAntecedentCategories), description: pick(antecedents) },
      consequence: { category: pick(abcConsequenceCategories), description: pick(consequences) },
      communicating: random() < 0.6 ? 'May have been in pain, or wanting to be left alone' : null,
      whatHelped: random() < 0.6 ? 'A calm voice and giving him time' : null,
    });
  });
}
