// Advance care planning and end of life: wishes, legal decisions and where each form is kept, so staff can act on them.
import type { SectionDefinition } from '../section-definition.js';
import { toolkitPages } from './toolkit-pages.js';

export const advanceCarePlanning: SectionDefinition = {
  key: 'advance_care_planning',
  title: 'Planning ahead and end of life',
  purpose: 'My wishes for my future care and the end of my life, the decisions I have made, and where the documents are kept.',
  guidance: [
    'Advance care planning lets a person plan their future care and support, including medical treatment, resuscitation decisions and the care they may need towards the end of life. It should be done while the person has capacity to make their own decisions. Not everyone will want to make an advance care plan: record that it was offered, and offer it again when things change.',
    'It is especially relevant for people at risk of losing capacity (for example through a progressive illness) and people whose capacity fluctuates (for example through mental illness).',
    'Record whether a DNACPR decision (or equivalent) is in place, and where the form is kept, and make sure all care staff and professionals are aware of it. A ReSPECT form records a shared understanding of the person\u2019s health, what matters to them, and recommendations for emergency care and treatment, including CPR; it is not legally binding, but guides decisions.',
    'Record any treatment escalation plan (TEP), ideally placed at the front of the care and support plan; any advance decision to refuse treatment (which is legally binding if valid and applicable, and must be in writing, signed and witnessed where it refuses life-sustaining treatment); and any Lasting Power of Attorney for health and welfare, including whether it covers life-sustaining treatment. Record that each document was seen and where it is kept.',
    'Keep this separate from About Me. Where the person has a hospital passport (in Hertfordshire, the Purple Folder), review it in line with any end-of-life care plan.',
    'Record the person\u2019s wishes and preferences in their own words: where they would like to be cared for and to die, who they want with them, comfort, spiritual and cultural needs, and what should happen after death. Record any anticipatory (\u201cjust in case\u201d) medicines and equipment, and who to contact.',
  ],
  goodExample:
    'I would like to stay at home, in my own bed, when I am dying, with my children with me. I have talked with my GP and I do not want to be resuscitated: my ReSPECT form is in the red folder on top of the fridge. My daughter Ruth has a Lasting Power of Attorney for my health and welfare. I am a Catholic and would like Father Michael from St Joseph\u2019s to visit me. I would like music playing quietly. After I die, please let my family wash and dress me if they wish.',
  checklists: [],
  prompts: [
    { key: 'my_wishes', label: 'What matters to me about my future care and the end of my life' },
    { key: 'preferred_place_of_care', label: 'Where I would like to be cared for, and where I would like to die' },
    {
      key: 'advance_care_plan',
      label: 'Advance care plan: in place? Where is it kept?',
      hint: 'Or the date it was offered, if I chose not to make one.',
    },
    {
      key: 'dnacpr_or_respect',
      label: 'DNACPR decision or ReSPECT form: in place? Where is it kept?',
      hint: 'Yes or no; where the form is kept, its date, and how all staff and professionals have been told.',
    },
    { key: 'treatment_escalation_plan', label: 'Treatment escalation plan (TEP): in place? Where is it kept?' },
    { key: 'advance_decision', label: 'Advance decision to refuse treatment: what it covers, and where it is kept' },
    {
      key: 'lasting_power_of_attorney',
      label: 'Lasting Power of Attorney for health and welfare',
      hint: 'Who, whether it covers life-sustaining treatment, and the date the registered document was seen.',
    },
    { key: 'hospital_passport', label: 'Hospital passport (Purple Folder): where it is kept and when it was last reviewed' },
    {
      key: 'anticipatory_medicines',
      label: 'Anticipatory (\u201cjust in case\u201d) medicines and equipment, and where they are kept',
    },
    { key: 'spiritual_and_cultural_needs', label: 'My spiritual, religious and cultural needs at the end of my life' },
    {
      key: 'after_my_death',
      label: 'What I would like to happen after my death',
      hint: 'Care of my body, who to tell, funeral wishes.',
    },
    { key: 'people_to_contact', label: 'Who to contact, and when' },
  ],
  source: `Hearth default, after the toolkit\u2019s one-page profile (DNACPR, advance care plan, TEP) and HCPA\u2019s end-of-life resources: ${toolkitPages.endOfLifeResources}`,
};
