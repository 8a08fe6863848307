// The README of a subject access export: what each file holds, in plain English, for the person and whoever helps
// them read it.
import type { SubjectAccessInput } from './bundle.js';

const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

export function subjectAccessReadme(input: SubjectAccessInput, attachments: number, disclosures: number): string {
  const lines = [
    `Everything ${input.organisationName} holds about ${input.personName}`,
    '',
    'This is a copy of the whole record kept about you in Hearth, the care record system we use. You asked for it',
    'under your right of access (UK GDPR, Article 15). Nothing has been left out unless it is about someone else.',
    '',
    `Made on ${input.generatedAt.slice(0, 10)} by ${input.generatedBy.name}.`,
    `Reference: ${input.exportId}`,
    '',
    'What each file holds',
    '--------------------',
    'README.txt',
    '  This letter.',
    '',
    'person.json',
    '  Your details as we hold them now (name, date of birth, address, contacts, GP, how we get into your home),',
    '  every earlier version of them, your information and communication needs (how you like information and to',
    '  communicate), and each conversation about how you want your records kept (your information choices).',
    '',
    'care-plan.json',
    `  Every version of your care and support plan (${count(input.carePlanVersions.length, 'version', 'versions')}),`,
    '  written with you, with when each was agreed; comments staff added about your progress; and a list of the',
    '  files attached to your plan, each with its size and a checksum (SHA-256) that shows it is unchanged.',
    '',
    'visit-records.json',
    `  What staff recorded at each visit or shift (${count(input.visitRecords.length, 'record', 'records')}), any`,
    '  corrections added later, and any concerns they raised with a senior, with what happened next.',
    '',
    'audits.json',
    '  Checks of the quality of your plan: the automatic checks, audits done by a manager or quality lead, and',
    '  actions raised to improve your plan.',
    '',
    'disclosures.json and disclosures.csv',
    `  Who looked at or changed your record, and when (${count(disclosures, 'entry', 'entries')}). The same list twice:`,
    '  the .csv file opens in a spreadsheet. It includes copies of your record made for you or shared in answer',
    '  to a request for information. Times are in UTC (UK time in winter; one hour behind UK summer time).',
    '',
    'attachments/',
    `  The files attached to your plan (${count(attachments, 'file', 'files')}), exactly as they were added.`,
    '',
    'The .json files are plain text in a standard format: they open in any text editor, and we can print them or',
    'read them with you. The names of the details are those our system uses (for example "legal_name"). If you',
    'need this in another format, such as large print or easy read, please ask.',
    '',
    'If anything in your record is wrong, you can ask us to correct it. If you are unhappy with how we have',
    'handled your information, please tell us; you can also contact the Information Commissioner\u2019s Office (ICO).',
    '',
  ];
  return lines.join('\r\n');
}
