// An ABC record as staff read it back: a short card for the list, and every answer for the record's own page.
import {
  abcAntecedentLabels,
  abcConsequenceLabels,
  abcIntensityLabels,
  abcSettingEventLabels,
  type AbcRecordView,
} from '@hearth/core';
import { Link } from 'react-router-dom';
import { SummaryList, type SummaryRow } from '../components/SummaryList';
import { formatDateTime } from '../format';
import { abcRecordPath } from './abc-paths';

const minutes = (n: number) => (n === 1 ? '1 minute' : `${n} minutes`);
const intensity = (n: number) => abcIntensityLabels[n as 1 | 2 | 3 | 4 | 5];

/** The record's state in words: corrected (and so not counted), or showing a restrictive intervention. */
export function AbcRecordTags({ record }: { record: AbcRecordView }) {
  if (record.current && !record.restrictiveInterventionUsed && record.supersedes === null) return null;
  return (
    <p className="hearth-abc-tags">
      {!record.current && <strong className="nhsuk-tag nhsuk-tag--grey">Corrected: not counted</strong>}
      {record.supersedes !== null && <strong className="nhsuk-tag nhsuk-tag--blue">A correction</strong>}
      {record.restrictiveInterventionUsed && (
        <strong className="nhsuk-tag nhsuk-tag--orange">Restrictive intervention used</strong>
      )}
    </p>
  );
}

export function AbcRecordCard({ personId, record }: { personId: string; record: AbcRecordView }) {
  return (
    <li className={`hearth-abc-card${record.current ? '' : ' hearth-abc-card--replaced'}`} id={`abc-record-${record.id}`}>
      <h2 className="nhsuk-heading-s nhsuk-u-margin-bottom-2">
        <Link to={abcRecordPath(personId, record.id)}>
          {formatDateTime(record.occurredAt)}: {record.behaviour}
        </Link>
      </h2>
      <AbcRecordTags record={record} />
      <dl className="hearth-abc-card__facts nhsuk-body-s">
        <dt>Before</dt>
        <dd>{abcAntecedentLabels[record.antecedent.category]}</dd>
        <dt>After</dt>
        <dd>{abcConsequenceLabels[record.consequence.category]}</dd>
        <dt>Intensity</dt>
        <dd>
          {record.intensity} of 5, for {minutes(record.durationMinutes)}
        </dd>
        <dt>Where</dt>
        <dd>{record.setting}</dd>
      </dl>
      <p className="nhsuk-body-s nhsuk-u-secondary-text-colour nhsuk-u-margin-bottom-0">Recorded by {record.recordedBy.name}</p>
    </li>
  );
}

/** Every answer, in the order the form asked. */
export function abcRecordRows(record: AbcRecordView): SummaryRow[] {
  const rows: SummaryRow[] = [
    { key: 'When it started', value: formatDateTime(record.occurredAt) },
    { key: 'Where', value: record.setting },
    { key: 'What was happening', value: record.activity ?? 'Not recorded' },
    { key: 'Who was there', value: record.peoplePresent ?? 'Not recorded' },
    {
      key: 'In the background',
      value:
        record.settingEvents.length === 0 ? (
          'Nothing recorded'
        ) : (
          <ul className="nhsuk-list">
            {record.settingEvents.map((e) => (
              <li key={e.kind}>
                {abcSettingEventLabels[e.kind]}
                {e.detail && `: ${e.detail}`}
              </li>
            ))}
          </ul>
        ),
    },
    {
      key: 'Before',
      value: <Described label={abcAntecedentLabels[record.antecedent.category]} words={record.antecedent.description} />,
    },
    { key: 'Behaviour', value: record.behaviour },
    { key: 'What it looked like', value: record.behaviourForm, preWrap: true },
    { key: 'Intensity', value: intensity(record.intensity) },
    { key: 'How long', value: minutes(record.durationMinutes) },
    {
      key: 'After',
      value: <Described label={abcConsequenceLabels[record.consequence.category]} words={record.consequence.description} />,
    },
    { key: 'What they may have been communicating', value: record.communicating ?? 'Not recorded', preWrap: true },
    { key: 'Restrictive intervention used', value: record.restrictiveInterventionUsed ? 'Yes' : 'No' },
    { key: 'What helped, and what did not', value: record.whatHelped ?? 'Not recorded', preWrap: true },
    { key: 'Recorded by', value: `${record.recordedBy.name}, ${formatDateTime(record.recordedAt)}` },
  ];
  if (record.supersedeReason !== null) rows.push({ key: 'Why it was corrected', value: record.supersedeReason, preWrap: true });
  return rows;
}

function Described({ label, words }: { label: string; words: string }) {
  return (
    <>
      <strong>{label}</strong>
      <br />
      <span className="hearth-pre-wrap">{words}</span>
    </>
  );
}

export function AbcRecordDetails({ record }: { record: AbcRecordView }) {
  return <SummaryList rows={abcRecordRows(record)} />;
}
