// Skin integrity and pressure care; the toolkit has only the "Manage my skin integrity" check-list item, so this is Hearth's.
import type { SectionDefinition } from '../section-definition.js';

export const skinIntegrity: SectionDefinition = {
  key: 'skin_integrity',
  title: 'Looking after my skin',
  purpose: 'How to keep my skin healthy and prevent pressure damage, what to check, and when to get help.',
  guidance: [
    'Complete a pressure ulcer risk assessment with a recognised tool where the person\u2019s mobility, continence, nutrition or health puts their skin at risk, and record the tool, the score, the date and when it will be repeated. Carry each risk into this plan with the action written down.',
    'Be precise: say what to check, where and how often, for example \u201cMary needs to be assisted to be repositioned every 4 hours\u201d, not \u201cregular repositioning\u201d. Name the pressure areas to check (such as heels, hips, bottom, elbows, ears and the back of the head) and any equipment that presses on the skin.',
    'Cover the whole approach: the surface the person sits and lies on (pressure-relieving mattress, cushion and their settings), skin inspection, keeping moving or repositioning, keeping skin clean and dry where there is incontinence or moisture, and eating and drinking well. Link to the mobility, personal care, continence and nutrition sections rather than repeating them.',
    'Prescribed creams and emollients belong on the medication record and a topical MAR, with where and how often to apply them. Warn that emollients soaked into clothing, bedding and dressings can catch fire easily, and record the fire-safety advice given.',
    'Say exactly when and to whom to report: for example redness that does not fade when pressed, broken or blistered skin, or a wound that looks worse. Name the district nurse or tissue viability service involved and who changes any dressings. Consider whether a safeguarding referral is needed where pressure damage may have come from neglect.',
  ],
  goodExample:
    'I spend most of the day in bed since my stroke. Please help me change position every 4 hours when you visit (08:00, 12:00, 16:00 and 20:00) using my slide sheet, and check my heels, hips and bottom for redness each time. My air mattress should be on setting 3; tell the office if its alarm sounds. Please put my prescribed cream on my heels morning and night. If you see a red patch that does not fade when you press it, or any broken skin, tell the office and my district nurse the same day.',
  checklists: [
    {
      key: 'looking_after_my_skin',
      title: 'Looking after my skin',
      items: [
        { key: 'check_my_skin', label: 'Check my skin for redness or damage' },
        { key: 'change_my_position', label: 'Change my position' },
        { key: 'apply_creams', label: 'Apply my creams' },
        { key: 'keep_skin_clean_and_dry', label: 'Keep my skin clean and dry' },
        { key: 'pressure_relieving_equipment', label: 'Use my pressure-relieving mattress or cushion' },
        { key: 'foot_care', label: 'Look after my feet' },
        { key: 'nail_care', label: 'Look after my nails' },
        { key: 'other', label: 'Other' },
      ],
    },
  ],
  prompts: [
    {
      key: 'risk_assessment',
      label: 'My skin and pressure ulcer risk assessment',
      hint: 'The tool used, the score, the date, and when it is next due.',
    },
    { key: 'areas_to_check', label: 'Areas of my skin to check, and how often' },
    {
      key: 'repositioning',
      label: 'How and how often to help me change position',
      hint: 'Give the interval or times, and the equipment to use.',
    },
    { key: 'equipment', label: 'My pressure-relieving equipment and its settings' },
    { key: 'creams', label: 'Creams and emollients I use', hint: 'Where and how often; these are also on my medication record.' },
    { key: 'wounds_and_dressings', label: 'Any wounds or dressings, and who looks after them' },
    { key: 'when_to_report', label: 'What to report, and to whom' },
  ],
  source:
    'Hearth default, after the toolkit\u2019s personal care check list (\u201cManage my skin integrity\u201d) and its general guidance',
};
