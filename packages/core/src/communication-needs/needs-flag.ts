// Step 3 (flag) and step 5 (act): the short labels shown wherever the person appears, and the format Hearth
// produces their plan, records and letters in by default.
import type { CommunicationNeeds, CommunicationSupport, ContactMethod, InformationFormat, OutputFormat } from './needs.js';

export const notYetRecordedFlag = 'Communication needs not yet recorded';

const formatFlags: Record<Exclude<InformationFormat, 'spoken_language_interpreter' | 'other'>, string> = {
  large_print: 'Large print',
  easy_read: 'Easy read',
  braille: 'Braille',
  audio: 'Audio',
  bsl_interpreter: 'BSL interpreter',
  plain_text: 'Plain text (screen reader)',
  email: 'Information by email',
};

const supportFlags: Record<Exclude<CommunicationSupport, 'communication_aid' | 'other'>, string> = {
  deafblind_manual: 'Deafblind manual interpreter',
  lip_reading: 'Lip-reads: face them',
  lipspeaker: 'Lipspeaker',
  hearing_loop: 'Hearing loop',
  makaton: 'Makaton',
  more_time: 'Needs more time',
  read_aloud: 'Read letters aloud',
};

const contactFlags: Record<Exclude<ContactMethod, 'through_contact'>, string> = {
  phone: 'Contact by phone',
  text_message: 'Contact by text message',
  email: 'Contact by email',
  letter: 'Contact by letter',
  in_person: 'Contact in person',
};

/** Free text in a flag is cut to a length a badge can show. */
function short(text: string, max = 40): string {
  const clean = text.replace(/\s+/g, ' ').trim();
  return clean.length <= max ? clean : `${clean.slice(0, max - 1).trimEnd()}\u2026`;
}

/** A language as a label starts with a capital: "polish" → "Polish". */
function languageName(language: string): string {
  const clean = short(language, 30);
  return clean.charAt(0).toUpperCase() + clean.slice(1);
}

/**
 * The labels to show as a flag wherever the person appears, formats first, then support, then how to contact them.
 * Null (never asked) is itself a flag, a prompt to ask; "no needs" flags nothing but a contact preference.
 */
export function needsFlag(needs: CommunicationNeeds | null): string[] {
  if (needs === null) return [notYetRecordedFlag];
  const labels: string[] = [];
  for (const format of needs.formats) {
    if (format === 'spoken_language_interpreter')
      labels.push(`${languageName(needs.interpreterLanguage ?? 'Language')} interpreter`);
    else if (format === 'other') labels.push(short(needs.otherFormat ?? 'Another format'));
    else labels.push(formatFlags[format]);
  }
  for (const support of needs.supports) {
    if (support === 'communication_aid')
      labels.push(needs.communicationAid ? `Communication aid: ${short(needs.communicationAid, 30)}` : 'Communication aid');
    else if (support === 'other') labels.push(short(needs.otherSupport ?? 'Other support'));
    else labels.push(supportFlags[support]);
  }
  if (needs.contactMethod === 'through_contact')
    labels.push(`Contact through ${short(needs.contactName ?? 'a named contact', 30)}`);
  else if (needs.contactMethod !== null) labels.push(contactFlags[needs.contactMethod]);
  return labels;
}

/**
 * Which output Hearth produces by default. Easy read comes first, as its layout is also large print; then large
 * print; then plain text, which a screen reader, text-to-speech or a braille display reads, and from which audio
 * and braille are made. Anything else (an interpreter, a contact method) still reads the standard print.
 */
export function preferredOutputFormat(needs: CommunicationNeeds | null): OutputFormat {
  if (needs === null || needs.outcome === 'no_needs') return 'standard';
  if (needs.formats.includes('easy_read')) return 'easy_read';
  if (needs.formats.includes('large_print')) return 'large_print';
  if (needs.formats.some((f) => f === 'plain_text' || f === 'braille' || f === 'audio')) return 'plain_text';
  return 'standard';
}

/** Every output, the person's preferred one first and the rest in a fixed order, for download links. */
export function outputFormatOrder(needs: CommunicationNeeds | null): OutputFormat[] {
  const preferred = preferredOutputFormat(needs);
  const all: OutputFormat[] = ['standard', 'large_print', 'easy_read', 'plain_text'];
  return [preferred, ...all.filter((f) => f !== preferred)];
}

export const outputFormatLabels: Record<OutputFormat, string> = {
  easy_read: 'Easy read (PDF)',
  large_print: 'Large print (PDF)',
  plain_text: 'Plain text for a screen reader',
  standard: 'Standard print (PDF)',
};
