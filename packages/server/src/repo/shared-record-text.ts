// The shared view as lines of text: searched for the search box and written out as plain text for screen readers,
// text-to-speech and braille displays. Works only from the view, so neither can hold more than the reader may see.
import {
  contactEntryKindLabels,
  recordPartLabels,
  sharedBehaviourSupportBlocks,
  sharedBehaviourSupportHeading,
  sharedCapacityHeading,
  type SharedRecordView,
  type SharedSearchResult,
} from '@hearth/core';
import { longDate } from '../dates.js';

interface TextLine {
  where: string;
  text: string;
}

const londonDateOf = (iso: string) => new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/London' }).format(new Date(iso));

function linesOf(view: SharedRecordView): TextLine[] {
  const lines: TextLine[] = [];
  for (const need of view.person.communicationNeeds ?? []) lines.push({ where: 'How I want information', text: need });
  for (const section of view.planSections) {
    for (const block of section.blocks) for (const text of block.lines) lines.push({ where: `${section.title}: ${block.heading}`, text });
  }
  for (const entry of view.capacity ?? []) for (const text of entry.lines) lines.push({ where: entry.heading, text });
  if (view.behaviourSupport !== null) {
    for (const block of sharedBehaviourSupportBlocks(view.behaviourSupport))
      for (const text of block.lines) lines.push({ where: `${sharedBehaviourSupportHeading}: ${block.heading}`, text });
  }
  for (const record of view.dailyRecords ?? []) {
    for (const block of record.blocks) for (const text of block.lines) lines.push({ where: `${record.title}: ${block.heading}`, text });
  }
  for (const entry of view.entries) {
    lines.push({ where: `What you added on ${longDate(londonDateOf(entry.createdAt))}: ${contactEntryKindLabels[entry.kind]}`, text: entry.text });
  }
  return lines;
}

/** Every line of the view holding all the words searched for (any case); headings count as part of each line. */
export function searchSharedRecord(view: SharedRecordView, query: string): SharedSearchResult {
  const words = query.toLowerCase().split(/\s+/).filter((w) => w !== '');
  if (words.length === 0) return { query, results: [] };
  const results = linesOf(view).filter((line) => {
    const haystack = `${line.where} ${line.text}`.toLowerCase();
    return words.every((w) => haystack.includes(w));
  });
  return { query, results: results.slice(0, 200) };
}

/** Headings on lines of their own between blank lines, no tables or marks, dates spelt out. */
export function sharedRecordPlainText(view: SharedRecordView, printedOn: string): string {
  const name = view.person.preferredName ? `${view.person.preferredName} (${view.person.name})` : view.person.name;
  const out: string[] = [`The shared record of ${name}`, '', `Printed ${printedOn}.`, ''];
  const heading = (text: string) => out.push('', text, '');
  out.push(`What is shared with you: ${view.parts.length === 0 ? 'nothing beyond who this is' : view.parts.map((p) => recordPartLabels[p]).join('; ')}.`);
  if (view.person.communicationNeeds && view.person.communicationNeeds.length > 0) {
    heading('How I want information');
    out.push(`${view.person.communicationNeeds.join('. ')}.`);
  }
  if (view.planSections.length > 0) {
    heading('Care and support plan');
    if (view.plan) out.push(`Plan version ${view.plan.version}${view.plan.agreedOn ? `, agreed on ${longDate(view.plan.agreedOn)}` : ''}.`);
    for (const section of view.planSections) {
      heading(section.title);
      if (section.blocks.length === 0) out.push('Not written yet.');
      for (const block of section.blocks) {
        heading(block.heading);
        out.push(...block.lines);
      }
    }
  }
  if (view.capacity !== null) {
    heading(sharedCapacityHeading);
    if (view.capacity.length === 0) out.push('Nothing recorded.');
    for (const entry of view.capacity) {
      heading(entry.heading);
      out.push(...entry.lines);
    }
  }
  if (view.behaviourSupport !== null) {
    heading(sharedBehaviourSupportHeading);
    for (const block of sharedBehaviourSupportBlocks(view.behaviourSupport)) {
      heading(block.heading);
      out.push(...block.lines);
    }
  }
  if (view.dailyRecords !== null) {
    heading('Daily records of visits');
    if (view.dailyRecords.length === 0) out.push('No visits recorded in the last month.');
    for (const record of view.dailyRecords) {
      heading(record.title);
      out.push(`Recorded by ${record.recordedByName}.`);
      for (const block of record.blocks) {
        heading(block.heading);
        out.push(...block.lines);
      }
    }
  }
  if (view.entries.length > 0) {
    heading('What you have added');
    for (const entry of view.entries) {
      heading(`${contactEntryKindLabels[entry.kind]}, ${longDate(londonDateOf(entry.createdAt))}`);
      out.push(entry.text);
    }
  }
  out.push('', `End of the shared record of ${name}.`);
  return `${out.join('\n').replace(/\n{3,}/g, '\n\n')}\n`;
}
