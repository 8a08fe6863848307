// A person's restrictive-intervention register: what needs attention, whether uses are falling (with the chart and
// its table), every use with its debriefs, and the records later corrected, kept readable.
import type { RestrictiveInterventionRegister } from '@hearth/core';
import { Link, useLocation } from 'react-router-dom';
import { mayInService } from '../access/permissions';
import { behaviourSupportPaths } from '../behaviour-support/paths';
import { Loading } from '../components/Loading';
import { NotificationBanner } from '../components/NotificationBanner';
import { PageHeading } from '../components/PageHeading';
import { SummaryList } from '../components/SummaryList';
import { usePerson } from '../people/PersonLayout';
import { useLoaded } from '../plan-views/useLoaded';
import { useMe } from '../session/SessionContext';
import { getRegister, registerPaths } from './api';
import { factsOf, InterventionCard } from './InterventionCard';
import { attentionText, debriefWith, interventionTitle } from './register-text';
import { TrendFigures } from './TrendFigures';
import './restrictive-interventions.css';

export interface RegisterPageState {
  saved?: 'recorded' | 'corrected' | 'debrief';
}

const savedText = {
  recorded: 'The restrictive intervention has been recorded',
  corrected: 'The correction has been saved',
  debrief: 'The debrief has been recorded',
};

export function RegisterPage() {
  const { person } = usePerson();
  const me = useMe();
  const saved = (useLocation().state as RegisterPageState | null)?.saved;
  const register = useLoaded(() => getRegister(person.id), [person.id]);
  const name = person.preferredName ?? person.legalName;
  const mayRecord = !person.isReadOnly && mayInService(me, 'create', 'restrictive_intervention', person.serviceId);

  return (
    <>
      {saved && (
        <NotificationBanner variant="success">
          <p className="nhsuk-notification-banner__heading">{savedText[saved]}</p>
        </NotificationBanner>
      )}
      <PageHeading title="Restrictive interventions" caption={person.legalName} />
      <p className="nhsuk-body">
        Every use of physical restraint, seclusion, chemical or mechanical restraint with {name}, the debriefs after each, and
        whether their use is falling. A record is never changed: a correction replaces it, and the first record stays readable.
      </p>
      <p className="nhsuk-body">
        <Link className="nhsuk-link" to={behaviourSupportPaths.hub(person.id)}>
          Back to behaviour support
        </Link>
      </p>
      {mayRecord && (
        <Link className="nhsuk-button" to={registerPaths.record(person.id)}>
          Record a restrictive intervention
        </Link>
      )}
      {register.kind === 'loading' && <Loading what="Loading the register" />}
      {register.kind === 'failed' && <p className="nhsuk-body">{register.message}</p>}
      {register.kind === 'ready' && <Register personId={person.id} name={name} register={register.value} mayRecord={mayRecord} />}
    </>
  );
}

function Register({
  personId,
  name,
  register,
  mayRecord,
}: {
  personId: string;
  name: string;
  register: RestrictiveInterventionRegister;
  mayRecord: boolean;
}) {
  const current = register.interventions.filter((i) => i.current);
  const corrected = register.interventions.filter((i) => !i.current);
  const byId = new Map(register.interventions.map((i) => [i.id, i]));
  return (
    <>
      {register.attention.length > 0 && (
        <div className="nhsuk-warning-callout">
          <h2 className="nhsuk-warning-callout__label">
            <span role="text">
              <span className="nhsuk-u-visually-hidden">Important: </span>Needs attention
            </span>
          </h2>
          <ul className="nhsuk-list">
            {register.attention.map((item) => {
              const use = byId.get(item.interventionId);
              if (!use) return null;
              return (
                <li key={`${item.kind}-${item.interventionId}-${item.kind === 'debrief_overdue' ? item.withWhom : ''}`}>
                  {attentionText(item, use, name)}
                  {item.kind === 'debrief_overdue' && mayRecord && (
                    <>
                      {' '}
                      <Link className="nhsuk-link" to={registerPaths.debrief(personId, item.interventionId, item.withWhom)}>
                        Record the debrief {debriefWith(item.withWhom, name)}
                        <span className="nhsuk-u-visually-hidden"> after the {interventionTitle(use).toLowerCase()}</span>
                      </Link>
                    </>
                  )}
                </li>
              );
            })}
          </ul>
        </div>
      )}

      <section aria-labelledby="ri-trend">
        <h2 className="nhsuk-heading-m" id="ri-trend">
          Over the last 12 months
        </h2>
        <TrendFigures trend={register.trend} where={name} id="ri-person-trend" />
      </section>

      <section aria-labelledby="ri-uses">
        <h2 className="nhsuk-heading-m" id="ri-uses">
          Every use, newest first
        </h2>
        {current.length === 0 ? (
          <p className="nhsuk-body">No restrictive interventions have been recorded for {name}.</p>
        ) : (
          current.map((use) => (
            <InterventionCard
              key={use.id}
              use={use}
              personId={personId}
              name={name}
              mayRecord={mayRecord}
              abcRecords={register.abcRecords}
            />
          ))
        )}
      </section>

      {corrected.length > 0 && (
        <section aria-labelledby="ri-corrected">
          <h2 className="nhsuk-heading-m" id="ri-corrected">
            Records later corrected
          </h2>
          {corrected.map((use) => (
            <details className="nhsuk-details" key={use.id}>
              <summary className="nhsuk-details__summary">
                <span className="nhsuk-details__summary-text">{interventionTitle(use)}, as first recorded</span>
              </summary>
              <div className="nhsuk-details__text">
                <SummaryList rows={factsOf(use, name, register.abcRecords)} />
              </div>
            </details>
          ))}
        </section>
      )}
    </>
  );
}
