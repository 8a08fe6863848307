// Recorded needs as rows of a summary list, in the words the form asked them.
import {
  answeredByLabels,
  askedHowLabels,
  communicationSupportLabels,
  contactMethodLabels,
  informationFormatLabels,
  type CommunicationNeeds,
} from '@hearth/core';
import type { SummaryRow } from '../components/SummaryList';
import { formatDate } from '../format';

function listOrNone(items: string[]): string {
  return items.length === 0 ? 'None' : items.join('; ');
}

export function needsRows(needs: CommunicationNeeds, name: string): SummaryRow[] {
  const formats = needs.formats.map((f) =>
    f === 'spoken_language_interpreter'
      ? `${informationFormatLabels[f]}: ${needs.interpreterLanguage ?? ''}`
      : f === 'other'
        ? (needs.otherFormat ?? informationFormatLabels[f])
        : informationFormatLabels[f],
  );
  const supports = needs.supports.map((s) =>
    s === 'communication_aid'
      ? `${communicationSupportLabels[s]}: ${needs.communicationAid ?? ''}`
      : s === 'other'
        ? (needs.otherSupport ?? communicationSupportLabels[s])
        : communicationSupportLabels[s],
  );
  const contact =
    needs.contactMethod === null
      ? 'No preference'
      : needs.contactMethod === 'through_contact'
        ? `Through ${needs.contactName ?? 'someone they name'}`
        : contactMethodLabels[needs.contactMethod];
  const answeredBy = needs.answeredBy === 'person' ? name : `${answeredByLabels.someone_else}: ${needs.answeredByName ?? ''}`;
  return [
    {
      key: 'Asked',
      value: `By ${needs.askedBy}, ${askedHowLabels[needs.askedHow].toLowerCase()}, on ${formatDate(needs.askedOn)}. Answered by ${answeredBy}.`,
    },
    {
      key: 'Needs',
      value: needs.outcome === 'no_needs' ? 'No information or communication needs' : 'Has information or communication needs',
    },
    ...(needs.outcome === 'has_needs'
      ? [
          { key: 'Information given as', value: listOrNone(formats) },
          { key: 'Support to communicate', value: listOrNone(supports) },
        ]
      : []),
    { key: 'Preferred contact', value: needs.contactNote ? `${contact}. ${needs.contactNote}` : contact },
    ...(needs.ownWords ? [{ key: 'In their own words', value: needs.ownWords, preWrap: true }] : []),
    { key: 'Review by', value: formatDate(needs.reviewOn) },
  ];
}
