// Restrictive interventions across the organisation: for each service the reader may see, uses per month by kind
// over 6 or 12 months, whether they are falling, and the figures as a table, so reduction can be shown.
import { useState, type SyntheticEvent } from 'react';
import { Link, useSearchParams } from 'react-router-dom';
import { mayAnywhere } from '../access/permissions';
import { listServices } from '../api/staff';
import { organisationBehaviourSupportPaths } from '../behaviour-support/paths';
import { Loading } from '../components/Loading';
import { PageHeading } from '../components/PageHeading';
import { Select } from '../components/fields';
import { useLoaded } from '../plan-views/useLoaded';
import { useMe } from '../session/SessionContext';
import { getTrends } from './api';
import { TrendFigures } from './TrendFigures';
import './restrictive-interventions.css';

const title = 'Restrictive interventions across services';

export function TrendsPage() {
  const me = useMe();
  const [params, setParams] = useSearchParams();
  const months = params.get('months') === '6' ? 6 : 12;
  const serviceId = params.get('serviceId');
  const mayRead = mayAnywhere(me, 'read', 'restrictive_intervention');
  const trends = useLoaded(
    () => (mayRead ? getTrends({ months, serviceId }) : Promise.resolve(null)),
    [months, serviceId, mayRead],
  );
  const services = useLoaded(() => (mayRead ? listServices() : Promise.resolve([])), [mayRead]);
  const [chosenMonths, setChosenMonths] = useState(String(months));
  const [chosenService, setChosenService] = useState(serviceId ?? '');

  if (!mayRead)
    return (
      <>
        <PageHeading title={title} />
        <p className="nhsuk-body">You do not have access to restrictive interventions.</p>
      </>
    );

  const show = (event: SyntheticEvent) => {
    event.preventDefault();
    const next = new URLSearchParams({ months: chosenMonths });
    if (chosenService) next.set('serviceId', chosenService);
    setParams(next);
  };

  return (
    <>
      <PageHeading title={title} />
      <p className="nhsuk-body">
        Uses of physical restraint, seclusion, chemical and mechanical restraint each month, counted in the service the person was
        supported by at the time. Corrected records are counted once, as corrected.
      </p>
      <p className="nhsuk-body">
        <Link className="nhsuk-link" to={organisationBehaviourSupportPaths.hub}>
          Back to behaviour support
        </Link>
      </p>
      <form className="hearth-ri-filters" onSubmit={show}>
        <Select
          name="months"
          label="Months to show"
          value={chosenMonths}
          options={[
            { value: '12', label: 'The last 12 months' },
            { value: '6', label: 'The last 6 months' },
          ]}
          onChange={setChosenMonths}
        />
        {services.kind === 'ready' && services.value.length > 1 && (
          <Select
            name="serviceId"
            label="Service"
            placeholder="All your services"
            value={chosenService}
            options={services.value.map((s) => ({ value: s.id, label: s.name }))}
            onChange={setChosenService}
          />
        )}
        <button className="nhsuk-button nhsuk-button--secondary" type="submit">
          Show
        </button>
      </form>
      {trends.kind === 'loading' && <Loading what="Loading the trends" />}
      {trends.kind === 'failed' && <p className="nhsuk-body">{trends.message}</p>}
      {trends.kind === 'ready' && trends.value && (
        <>
          {trends.value.services.length === 0 && <p className="nhsuk-body">There are no services to show.</p>}
          {trends.value.services.map((s, index) => (
            <section key={s.serviceId} aria-labelledby={`ri-service-${index}`} className="hearth-ri-service">
              <h2 className="nhsuk-heading-m" id={`ri-service-${index}`}>
                {s.serviceName}
              </h2>
              <TrendFigures trend={s.trend} where={s.serviceName} id={`ri-service-${index}-trend`} />
            </section>
          ))}
        </>
      )}
    </>
  );
}
