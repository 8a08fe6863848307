// The shared record in easy read, made from the shared view alone (so it can never hold more than the reader may
// see): what this is, the shared plan sections as the plan's own easy read lays them out, each visit's notes, then
// capacity, wishes and legal papers.
import { sharedBehaviourSupportBlocks } from '../behaviour-support-plan/bsp-shared.js';
import { easyReadHeading, easyReadLines, type EasyReadBlock } from '../communication-needs/easy-read.js';
import { spokenDate } from '../communication-needs/plan-parts.js';
import { contactEntryKindLabels, type SharedRecordView } from './shared-api.js';

export function easyReadSharedRecord(view: SharedRecordView): EasyReadBlock[] {
  const name = view.person.preferredName ?? view.person.name;
  const blocks: EasyReadBlock[] = [
    {
      level: 1,
      heading: 'About this record',
      lines: [
        view.relationship === 'self' ? 'This is your record.' : `This is the record of ${name}.`,
        'It shows only what is shared with you.',
        ...(view.parts.length === 0 ? ['Nothing else is shared with you.'] : []),
      ],
    },
  ];
  if (view.person.communicationNeeds && view.person.communicationNeeds.length > 0) {
    blocks.push({ level: 1, heading: 'How I want information', lines: [...view.person.communicationNeeds] });
  }
  if (view.parts.some((p) => p !== 'daily_records')) {
    blocks.push({
      level: 1,
      heading: 'My care and support plan',
      lines: view.plan
        ? [
            'It says how I want to be helped.',
            ...(view.plan.agreedOn ? [`I agreed this plan on ${spokenDate(view.plan.agreedOn)}.`] : []),
            'Only the parts shared with you are here.',
          ]
        : ['There is no agreed plan yet.'],
    });
    for (const section of view.planSections) {
      blocks.push({
        level: 1,
        heading: easyReadHeading(section.key, section.title),
        lines: section.blocks.length === 0 ? ['Nothing is written here yet.'] : [],
      });
      for (const block of section.blocks) {
        blocks.push({ level: 2, heading: block.heading, lines: block.lines.flatMap((l) => easyReadLines(l)) });
      }
    }
  }
  if (view.dailyRecords !== null) {
    blocks.push({
      level: 1,
      heading: 'Notes from my visits',
      lines: view.dailyRecords.length === 0 ? ['No visits were written down in the last month.'] : ['These are the notes from each visit in the last month.'],
    });
    for (const record of view.dailyRecords) {
      blocks.push({
        level: 2,
        heading: record.title,
        lines: [
          `Written by ${record.recordedByName}.`,
          ...record.blocks.flatMap((b) => [`${b.heading}:`, ...b.lines.flatMap((l) => easyReadLines(l))]),
        ],
      });
    }
  }
  if (view.capacity !== null) {
    blocks.push({
      level: 1,
      heading: 'Decisions, my wishes and legal papers',
      lines: view.capacity.length === 0 ? ['Nothing is written here yet.'] : [],
    });
    for (const entry of view.capacity) {
      blocks.push({ level: 2, heading: entry.heading, lines: entry.lines.flatMap((l) => easyReadLines(l)) });
    }
  }
  if (view.behaviourSupport !== null) {
    blocks.push({ level: 1, heading: 'How I am supported when I am upset', lines: ['This is my behaviour support plan, and what happened in the last month.'] });
    for (const block of sharedBehaviourSupportBlocks(view.behaviourSupport)) {
      blocks.push({ level: 2, heading: block.heading, lines: block.lines.flatMap((l) => easyReadLines(l)) });
    }
  }
  if (view.entries.length > 0) {
    blocks.push({ level: 1, heading: 'What you added', lines: [] });
    for (const entry of view.entries) {
      blocks.push({ level: 2, heading: contactEntryKindLabels[entry.kind], lines: easyReadLines(entry.text) });
    }
  }
  return blocks;
}
