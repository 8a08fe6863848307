// One conversation about information choices as summary rows, and the status as a tag.
import {
  informationChoicesStatusLabels,
  recordKeepingOptionLabels,
  type InformationChoicesRecord,
  type InformationChoicesStatus,
} from '@hearth/core';
import type { SummaryRow } from '../components/SummaryList';
import { formatDate } from '../format';

const tagColour: Record<InformationChoicesStatus, string> = {
  not_discussed: 'nhsuk-tag--orange',
  review_due: 'nhsuk-tag--yellow',
  current: 'nhsuk-tag--green',
};

export function ChoicesStatusTag({ status }: { status: InformationChoicesStatus }) {
  return <strong className={`nhsuk-tag ${tagColour[status]}`}>{informationChoicesStatusLabels[status]}</strong>;
}

export function participantsText(c: InformationChoicesRecord, name: string): string {
  const people = [
    ...(c.participants.personPresent ? [name] : []),
    ...c.participants.others.map((o) => `${o.name} (${o.relationship})`),
    `${c.participants.staffMember} (staff)`,
  ];
  return people.join(', ');
}

export function choicesRows(c: InformationChoicesRecord, name: string): SummaryRow[] {
  return [
    { key: 'Discussed on', value: formatDate(c.discussedOn) },
    { key: 'Who took part', value: participantsText(c, name) },
    ...(c.participants.personPresent
      ? []
      : [{ key: `Why ${name} did not take part`, value: c.participants.personAbsentReason ?? '', preWrap: true }]),
    { key: 'Options explained', value: c.optionsExplained.map((o) => recordKeepingOptionLabels[o]).join('; ') },
    { key: 'What they chose', value: c.decision.ways.map((w) => recordKeepingOptionLabels[w]).join('; ') },
    ...(c.decision.anythingElse ? [{ key: 'Anything else they said', value: c.decision.anythingElse, preWrap: true }] : []),
    ...(c.personsWords ? [{ key: 'In their words', value: c.personsWords, preWrap: true }] : []),
    { key: 'Talk about it again by', value: formatDate(c.reviewOn) },
  ];
}
