// The needs form's state: what the fields hold as typed, built from recorded needs, and turned back into the body the
// server checks with the same schema.
import type { CommunicationNeeds, CommunicationSupport, InformationFormat } from '@hearth/core';
import { dateToParts, emptyDate, partsToDate, type DateParts } from '../components/DateInput';

export interface NeedsForm {
  askedBy: string;
  answeredBy: string;
  answeredByName: string;
  askedOn: DateParts;
  askedHow: string;
  outcome: string;
  formats: InformationFormat[];
  interpreterLanguage: string;
  otherFormat: string;
  supports: CommunicationSupport[];
  communicationAid: string;
  otherSupport: string;
  /** "none" is the radio for no preference, sent as null. */
  contactMethod: string;
  contactName: string;
  contactNote: string;
  ownWords: string;
  reviewOn: DateParts;
  reason: string;
}

export function formFor(current: CommunicationNeeds | null, askerName: string): NeedsForm {
  if (current === null) {
    return {
      askedBy: askerName,
      answeredBy: '',
      answeredByName: '',
      askedOn: emptyDate,
      askedHow: '',
      outcome: '',
      formats: [],
      interpreterLanguage: '',
      otherFormat: '',
      supports: [],
      communicationAid: '',
      otherSupport: '',
      contactMethod: '',
      contactName: '',
      contactNote: '',
      ownWords: '',
      reviewOn: emptyDate,
      reason: '',
    };
  }
  return {
    askedBy: current.askedBy,
    answeredBy: current.answeredBy,
    answeredByName: current.answeredByName ?? '',
    askedOn: dateToParts(current.askedOn),
    askedHow: current.askedHow,
    outcome: current.outcome,
    formats: current.formats,
    interpreterLanguage: current.interpreterLanguage ?? '',
    otherFormat: current.otherFormat ?? '',
    supports: current.supports,
    communicationAid: current.communicationAid ?? '',
    otherSupport: current.otherSupport ?? '',
    contactMethod: current.contactMethod ?? 'none',
    contactName: current.contactName ?? '',
    contactNote: current.contactNote ?? '',
    ownWords: current.ownWords ?? '',
    reviewOn: dateToParts(current.reviewOn),
    reason: '',
  };
}

const orUndefined = (value: string) => (value === '' ? undefined : value);

/** The body as typed: blank choices are left out so the schema names them; hidden answers are not sent. */
export function bodyFor(form: NeedsForm, latestVersion: number): unknown {
  const hasNeeds = form.outcome !== 'no_needs';
  const formats = hasNeeds ? form.formats : [];
  const supports = hasNeeds ? form.supports : [];
  return {
    latestVersion,
    reason: form.reason,
    needs: {
      askedBy: form.askedBy,
      answeredBy: orUndefined(form.answeredBy),
      answeredByName: form.answeredBy === 'someone_else' ? form.answeredByName : null,
      askedOn: partsToDate(form.askedOn),
      askedHow: orUndefined(form.askedHow),
      outcome: orUndefined(form.outcome),
      formats,
      interpreterLanguage: formats.includes('spoken_language_interpreter') ? form.interpreterLanguage : null,
      otherFormat: formats.includes('other') ? form.otherFormat : null,
      supports,
      communicationAid: supports.includes('communication_aid') ? form.communicationAid : null,
      otherSupport: supports.includes('other') ? form.otherSupport : null,
      contactMethod: form.contactMethod === '' || form.contactMethod === 'none' ? null : form.contactMethod,
      contactName: form.contactMethod === 'through_contact' ? form.contactName : null,
      contactNote: form.contactNote,
      ownWords: form.ownWords,
      reviewOn: partsToDate(form.reviewOn),
    },
  };
}
