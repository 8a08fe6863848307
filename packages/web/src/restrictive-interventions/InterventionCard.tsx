// One use of a restrictive intervention as the register shows it: the facts, the debriefs with where each stands,
// and the ways to record a debrief or correct the record.
import {
  restrictiveInterventionPlanLabels,
  restrictiveInterventionPrnLabels,
  type RestrictiveInterventionDebriefView,
  type RestrictiveInterventionRegister,
  type RestrictiveInterventionView,
} from '@hearth/core';
import { Link } from 'react-router-dom';
import { SummaryList, type SummaryRow } from '../components/SummaryList';
import { formatDate, formatDateTime } from '../format';
import { registerPaths } from './api';
import { debriefStatusLabels, debriefStatusTags, debriefWith, interventionTitle, minutesText } from './register-text';

interface Props {
  use: RestrictiveInterventionView;
  personId: string;
  name: string;
  mayRecord: boolean;
  abcRecords: RestrictiveInterventionRegister['abcRecords'];
}

const injuryText = (injury: { injured: boolean; details: string | null }) =>
  injury.injured ? (injury.details ?? 'Yes') : 'None';

export function factsOf(use: RestrictiveInterventionView, name: string, abcRecords: Props['abcRecords']): SummaryRow[] {
  const { body } = use;
  const abc = abcRecords.find((a) => a.id === use.abcRecordId);
  const rows: SummaryRow[] = [
    { key: 'How long', value: minutesText(use.durationMinutes) },
    { key: 'Service', value: use.serviceName },
    { key: 'Followed the behaviour support plan', value: restrictiveInterventionPlanLabels[use.followedPlan] },
    { key: 'Staff involved', value: body.staffInvolved.map((s) => (s.role ? `${s.name} (${s.role})` : s.name)).join(', ') },
    { key: 'Why it was used', value: body.reason, preWrap: true },
    { key: 'The risk it answered', value: body.riskAnswered, preWrap: true },
    {
      key: 'Less restrictive options tried first',
      value:
        body.lessRestrictive.tried.length > 0 ? (
          <ul className="nhsuk-list nhsuk-list--bullet nhsuk-u-margin-bottom-0">
            {body.lessRestrictive.tried.map((t, i) => (
              <li key={i}>{t}</li>
            ))}
          </ul>
        ) : (
          `None could be tried: ${body.lessRestrictive.noneReason ?? ''}`
        ),
    },
    ...(body.lessRestrictive.tried.length > 0 && body.lessRestrictive.noneReason
      ? [{ key: 'Why nothing more could be tried', value: body.lessRestrictive.noneReason, preWrap: true }]
      : []),
    { key: 'What was done', value: body.whatWasDone, preWrap: true },
  ];
  if (body.medicine)
    rows.push({
      key: 'Medicine',
      value: `${body.medicine.name}, ${body.medicine.dose}, ${body.medicine.route}. ${restrictiveInterventionPrnLabels[body.medicine.prnProtocol]}.`,
    });
  rows.push(
    { key: `Injuries to ${name}`, value: injuryText(body.personInjury), preWrap: true },
    { key: 'Injuries to staff', value: injuryText(body.staffInjury), preWrap: true },
    { key: `${name}\u2019s view`, value: body.personView ?? 'Not given', preWrap: true },
  );
  if (use.abcRecordId)
    rows.push({
      key: 'ABC record',
      value: abc ? `${formatDateTime(abc.occurredAt)}: ${abc.behaviour}` : 'Linked to an ABC record',
    });
  rows.push({ key: 'Recorded by', value: `${use.recordedBy.name}, ${formatDateTime(use.recordedAt)}` });
  return rows;
}

export function InterventionCard({ use, personId, name, mayRecord, abcRecords }: Props) {
  const headingId = `ri-${use.id}`;
  return (
    <section className="nhsuk-card hearth-ri-card" aria-labelledby={headingId}>
      <div className="nhsuk-card__content">
        <h3 className="nhsuk-card__heading nhsuk-heading-s" id={headingId}>
          {interventionTitle(use)}
        </h3>
        {use.supersedes && (
          <p className="nhsuk-body-s">Corrects an earlier record{use.supersedeReason ? `: ${use.supersedeReason}` : ''}.</p>
        )}
        <SummaryList rows={factsOf(use, name, abcRecords)} />
        <h4 className="nhsuk-heading-xs">Debriefs</h4>
        <ul className="nhsuk-list hearth-ri-debrief-status">
          {(['person', 'staff'] as const).map((withWhom) => (
            <li key={withWhom}>
              Debrief {debriefWith(withWhom, name)}:{' '}
              <strong className={`nhsuk-tag ${debriefStatusTags[use.debriefStatus[withWhom]]}`}>
                {debriefStatusLabels[use.debriefStatus[withWhom]]}
              </strong>
              {mayRecord && (use.debriefStatus[withWhom] === 'due' || use.debriefStatus[withWhom] === 'overdue') && (
                <>
                  {' '}
                  <Link className="nhsuk-link" to={registerPaths.debrief(personId, use.id, withWhom)}>
                    Record the debrief {debriefWith(withWhom, name)}
                    <span className="nhsuk-u-visually-hidden"> after the {interventionTitle(use).toLowerCase()}</span>
                  </Link>
                </>
              )}
            </li>
          ))}
        </ul>
        {use.debriefs.map((d) => (
          <DebriefDetails key={d.id} debrief={d} name={name} />
        ))}
        {mayRecord && (
          <p className="nhsuk-body-s nhsuk-u-margin-bottom-0">
            <Link className="nhsuk-link" to={registerPaths.correct(personId, use.id)}>
              Correct this record<span className="nhsuk-u-visually-hidden">: {interventionTitle(use).toLowerCase()}</span>
            </Link>
          </p>
        )}
      </div>
    </section>
  );
}

function DebriefDetails({ debrief, name }: { debrief: RestrictiveInterventionDebriefView; name: string }) {
  const rows: SummaryRow[] = [
    { key: 'Held on', value: `${formatDate(debrief.heldOn)}${debrief.heldInTime ? '' : ' (later than 72 hours)'}` },
    { key: 'Who took part', value: debrief.body.participants, preWrap: true },
    {
      key: debrief.withWhom === 'person' ? `${name}\u2019s account, in their own words` : 'The account of what happened',
      value: debrief.body.account,
      preWrap: true,
    },
    { key: 'What could be done differently', value: debrief.body.couldBeDoneDifferently, preWrap: true },
    {
      key: 'Does the behaviour support plan need changing?',
      value: debrief.body.planChange.needed ? `Yes: ${debrief.body.planChange.what ?? ''}` : 'No',
      preWrap: true,
    },
    { key: 'Recorded by', value: `${debrief.recordedBy.name}, ${formatDateTime(debrief.recordedAt)}` },
  ];
  return (
    <details className="nhsuk-details">
      <summary className="nhsuk-details__summary">
        <span className="nhsuk-details__summary-text">
          Debrief {debriefWith(debrief.withWhom, name)}, {formatDate(debrief.heldOn)}
        </span>
      </summary>
      <div className="nhsuk-details__text">
        <SummaryList rows={rows} />
      </div>
    </details>
  );
}
