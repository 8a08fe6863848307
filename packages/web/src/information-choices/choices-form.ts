// The information choices form's state: what the fields hold as typed, and the body the server checks with the
// same schema. Each conversation is recorded afresh, so the form starts empty apart from today's date and the staff
// member's name.
import { suggestedReviewOn, type RecordKeepingOption, type RecordKeepingWay } from '@hearth/core';
import { dateToParts, partsToDate, type DateParts } from '../components/DateInput';

export interface OtherParticipant {
  id: string;
  name: string;
  relationship: string;
}

export interface ChoicesForm {
  discussedOn: DateParts;
  /** "yes", "no" or "" (not answered). */
  personPresent: string;
  personAbsentReason: string;
  others: OtherParticipant[];
  staffMember: string;
  optionsExplained: RecordKeepingOption[];
  ways: RecordKeepingWay[];
  anythingElse: string;
  personsWords: string;
  reviewOn: DateParts;
  /** Whether the review date was typed by the user; until then it follows the conversation's date. */
  reviewTouched: boolean;
}

let nextId = 0;
export const newParticipant = (): OtherParticipant => ({ id: `participant-${String(nextId++)}`, name: '', relationship: '' });

export function emptyForm(today: string, staffName: string): ChoicesForm {
  return {
    discussedOn: dateToParts(today),
    personPresent: '',
    personAbsentReason: '',
    others: [],
    staffMember: staffName,
    optionsExplained: [],
    ways: [],
    anythingElse: '',
    personsWords: '',
    reviewOn: dateToParts(suggestedReviewOn(today)),
    reviewTouched: false,
  };
}

/** A year after the conversation, while the review date has not been changed by hand. */
export function withDiscussedOn(form: ChoicesForm, discussedOn: DateParts): ChoicesForm {
  if (form.reviewTouched) return { ...form, discussedOn };
  const iso = partsToDate(discussedOn);
  const valid = /^\d{4}-\d{2}-\d{2}$/.test(iso) && !Number.isNaN(Date.parse(iso));
  return { ...form, discussedOn, reviewOn: valid ? dateToParts(suggestedReviewOn(iso)) : form.reviewOn };
}

/** The body as typed: an unanswered question is left out so the schema names it; hidden answers are not sent. */
export function bodyFor(form: ChoicesForm): unknown {
  return {
    discussedOn: partsToDate(form.discussedOn),
    participants: {
      personPresent: form.personPresent === '' ? undefined : form.personPresent === 'yes',
      personAbsentReason: form.personPresent === 'no' ? form.personAbsentReason : null,
      others: form.others.map(({ name, relationship }) => ({ name, relationship })),
      staffMember: form.staffMember,
    },
    optionsExplained: form.optionsExplained,
    decision: { ways: form.ways, anythingElse: form.anythingElse },
    personsWords: form.personsWords,
    reviewOn: partsToDate(form.reviewOn),
  };
}
