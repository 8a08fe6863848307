// Every version of a person's plan: its status, why it was made, who made and agreed it, and a way to compare two.
import { planStatusLabels, type CarePlan } from '@hearth/core';
import { useState, type SyntheticEvent } from 'react';
import { Link, useNavigate } from 'react-router-dom';
import { getCarePlan } from '../api/plan-views';
import { ErrorSummary } from '../components/ErrorSummary';
import { Select } from '../components/fields';
import { Loading } from '../components/Loading';
import { PageHeading } from '../components/PageHeading';
import { ResponsiveCell, ResponsiveTable } from '../components/ResponsiveTable';
import { formatDateTime } from '../format';
import { usePerson } from '../people/PersonLayout';
import { PlanStatusTag } from './PlanStatusTag';
import { useLoaded } from './useLoaded';
import './plan-views.css';

type Version = CarePlan['versions'][number];

export function PlanVersionsPage() {
  const { person } = usePerson();
  const plan = useLoaded(() => getCarePlan(person.id), [person.id]);

  return (
    <>
      <PageHeading title={`Versions of ${person.legalName}’s plan`} caption={person.legalName}>
        Versions of the care and support plan
      </PageHeading>
      {plan.kind === 'loading' && <Loading what="Loading the versions" />}
      {plan.kind === 'failed' && <p className="nhsuk-body">{plan.message}</p>}
      {plan.kind === 'ready' && (
        <Versions personId={person.id} versions={[...plan.value.versions].sort((a, b) => b.version - a.version)} />
      )}
    </>
  );
}

function Versions({ personId, versions }: { personId: string; versions: Version[] }) {
  if (versions.length === 0) {
    return (
      <p className="nhsuk-body">
        There is no plan yet. <Link to={`/people/${personId}/plan`}>Go to the care and support plan</Link>
      </p>
    );
  }
  return (
    <>
      <p className="nhsuk-body">
        <Link to={`/people/${personId}/plan`}>Go to the care and support plan</Link>
      </p>
      <ResponsiveTable
        caption="Every version of the plan, newest first"
        headings={['Version', 'Status', 'Reason', 'Created', 'Agreed', 'View']}
      >
        {versions.map((v) => (
          <tr className="nhsuk-table__row" role="row" key={v.version}>
            <ResponsiveCell heading="Version">{v.version}</ResponsiveCell>
            <ResponsiveCell heading="Status">
              <PlanStatusTag status={v.status} />
            </ResponsiveCell>
            <ResponsiveCell heading="Reason">{v.reason ?? 'No reason given'}</ResponsiveCell>
            <ResponsiveCell heading="Created">
              {formatDateTime(v.createdAt)} by {v.createdBy.name}
            </ResponsiveCell>
            <ResponsiveCell heading="Agreed">{v.agreedAt ? formatDateTime(v.agreedAt) : 'Not agreed'}</ResponsiveCell>
            <ResponsiveCell heading="View">
              <Link to={`/people/${personId}/plan/versions/${v.version}`}>
                View<span className="nhsuk-u-visually-hidden"> version {v.version}</span>
              </Link>
            </ResponsiveCell>
          </tr>
        ))}
      </ResponsiveTable>
      {versions.length > 1 && <CompareForm personId={personId} versions={versions} />}
    </>
  );
}

function CompareForm({ personId, versions }: { personId: string; versions: Version[] }) {
  const navigate = useNavigate();
  // Newest first, so the default compares the version before the newest with the newest.
  const [from, setFrom] = useState(String(versions[1]?.version ?? ''));
  const [to, setTo] = useState(String(versions[0]?.version ?? ''));
  const [error, setError] = useState<string | undefined>();
  const [attempt, setAttempt] = useState(0);
  const options = versions.map((v) => ({
    value: String(v.version),
    label: `Version ${v.version} (${planStatusLabels[v.status]})`,
  }));

  const onSubmit = (event: SyntheticEvent) => {
    event.preventDefault();
    setAttempt((n) => n + 1);
    if (from === to) {
      setError('Choose two different versions to compare');
      return;
    }
    setError(undefined);
    const [earlier, later] = Number(from) < Number(to) ? [from, to] : [to, from];
    void navigate(`/people/${personId}/plan/compare?${new URLSearchParams({ from: earlier, to: later }).toString()}`);
  };

  return (
    <form className="hearth-compare-form" onSubmit={onSubmit} noValidate>
      <h2 className="nhsuk-heading-m">Compare two versions</h2>
      <ErrorSummary errors={error ? [{ field: 'to', message: error }] : []} focusKey={attempt} />
      <div className="hearth-compare-form__fields">
        <Select name="from" label="Compare version" value={from} onChange={setFrom} options={options} />
        <Select name="to" label="with version" value={to} onChange={setTo} options={options} error={error} />
      </div>
      <button className="nhsuk-button" type="submit">
        Compare
      </button>
    </form>
  );
}
