// The people register: search by name, NHS number or date of birth, filter by status, open a record.
import { useEffect, useState, type SyntheticEvent, type ReactNode } from 'react';
import { Link, useSearchParams } from 'react-router-dom';
import { personStatuses, personStatusLabels, type PersonStatus, type PersonSummary } from '@hearth/core';
import { searchPeople } from '../api/people';
import { isApiError } from '../api/client';
import { mayAnywhere } from '../access/permissions';
import { TextInput, Select } from '../components/fields';
import { ButtonLink } from '../components/links';
import { Loading } from '../components/Loading';
import { PageHeading } from '../components/PageHeading';
import { ResponsiveCell, ResponsiveTable } from '../components/ResponsiveTable';
import { PersonStatusTag } from '../components/tags';
import { CommunicationFlag } from '../communication-needs/CommunicationFlag';
import { formatDate, formatNhs } from '../format';
import { useMe } from '../session/SessionContext';
import { WaitingToSend } from '../offline/WaitingToSend';

type Results = { kind: 'loading' } | { kind: 'ready'; people: PersonSummary[] } | { kind: 'failed'; message: string };

function readStatus(value: string | null): PersonStatus | '' {
  return (personStatuses as readonly string[]).includes(value ?? '') ? (value as PersonStatus) : '';
}

export function PeoplePage() {
  const me = useMe();
  const [params, setParams] = useSearchParams();
  const q = params.get('q') ?? '';
  const status = readStatus(params.get('status'));
  const [query, setQuery] = useState(q);
  const [statusChoice, setStatusChoice] = useState<PersonStatus | ''>(status);
  const [results, setResults] = useState<Results>({ kind: 'loading' });
  const mayAdd = mayAnywhere(me, 'create', 'person');

  useEffect(() => {
    let isCurrent = true;
    setResults({ kind: 'loading' });
    searchPeople({ q, status })
      .then((people) => {
        if (isCurrent) setResults({ kind: 'ready', people });
      })
      .catch((error: unknown) => {
        if (!isCurrent) return;
        const message = isApiError(error)
          ? (error.fieldErrors[0]?.message ?? error.problem.title)
          : 'Something went wrong. Try again.';
        setResults({ kind: 'failed', message });
      });
    return () => {
      isCurrent = false;
    };
  }, [q, status]);

  const onSearch = (event: SyntheticEvent) => {
    event.preventDefault();
    const next = new URLSearchParams();
    if (query.trim()) next.set('q', query.trim());
    if (statusChoice) next.set('status', statusChoice);
    setParams(next);
  };

  return (
    <>
      <PageHeading title="People" />
      {mayAdd && <ButtonLink to="/people/new">Add a person</ButtonLink>}
      <WaitingToSend />
      <search className="hearth-search">
        <form onSubmit={onSearch} noValidate>
          <div className="hearth-search__fields">
            <div className="hearth-search__query">
              <TextInput
                name="q"
                type="search"
                label="Search by name, NHS number or date of birth"
                hint="For example, Mary Jones, 943 476 5919 or 1944-03-02"
                spellCheck={false}
                autoComplete="off"
                value={query}
                onChange={setQuery}
              />
            </div>
            <div className="hearth-search__status">
              <Select
                name="status"
                label="Status"
                value={statusChoice}
                onChange={(v) => {
                  setStatusChoice(readStatus(v));
                }}
                placeholder="All statuses"
                options={personStatuses.map((s) => ({ value: s, label: personStatusLabels[s] }))}
              />
            </div>
          </div>
          <button type="submit" className="nhsuk-button nhsuk-button--secondary">
            Search
          </button>
        </form>
      </search>
      <PeopleResults results={results} isFiltered={q !== '' || status !== ''} />
    </>
  );
}

function PeopleResults({ results, isFiltered }: { results: Results; isFiltered: boolean }) {
  if (results.kind === 'loading') return <Loading what="Finding people" />;
  if (results.kind === 'failed') {
    return (
      <div className="nhsuk-error-message" role="alert">
        <span className="nhsuk-u-visually-hidden">Error: </span>
        {results.message}
      </div>
    );
  }
  const { people } = results;
  const countText = `${people.length} ${people.length === 1 ? 'person' : 'people'}${isFiltered ? ' found' : ''}`;
  return (
    <>
      <h2 className="nhsuk-heading-m">Results</h2>
      <p className="nhsuk-body" role="status">
        {countText}
      </p>
      {people.length === 0 ? (
        <p className="nhsuk-body">
          {isFiltered ? 'No one matches your search. Check the spelling or try another detail.' : 'No people recorded yet.'}
        </p>
      ) : (
        <ResponsiveTable
          caption="People matching your search"
          headings={['Name', 'Date of birth', 'NHS number', 'Status', 'Allergies and alerts', 'Communication needs']}
        >
          {people.map((person) => (
            <tr className="nhsuk-table__row" role="row" key={person.id}>
              <Cell heading="Name">
                <Link to={`/people/${person.id}`}>{person.legalName}</Link>
                {person.preferredName && person.preferredName !== person.legalName && ` (${person.preferredName})`}
              </Cell>
              <Cell heading="Date of birth">{formatDate(person.dateOfBirth)}</Cell>
              <Cell heading="NHS number">{person.nhsNumber ? formatNhs(person.nhsNumber) : 'Not recorded'}</Cell>
              <Cell heading="Status">
                <PersonStatusTag status={person.status} />
              </Cell>
              <Cell heading="Allergies and alerts">
                <AlertMarker alerts={person.alerts} />
              </Cell>
              <Cell heading="Communication needs">
                <CommunicationFlag personId={person.id} flag={person.communicationFlag} compact />
              </Cell>
            </tr>
          ))}
        </ResponsiveTable>
      )}
    </>
  );
}

/** Each cell's content kept together as one piece when the table is stacked. */
function Cell({ heading, children }: { heading: string; children: ReactNode }) {
  return (
    <ResponsiveCell heading={heading}>
      <span>{children}</span>
    </ResponsiveCell>
  );
}

function AlertMarker({ alerts }: { alerts: PersonSummary['alerts'] }) {
  if (alerts.length === 0) return <span className="hearth-muted">None recorded</span>;
  const allergies = alerts.filter((a) => a.kind === 'allergy').length;
  const others = alerts.length - allergies;
  const parts = [
    allergies > 0 ? `${allergies} ${allergies === 1 ? 'allergy' : 'allergies'}` : null,
    others > 0 ? `${others} ${others === 1 ? 'alert' : 'alerts'}` : null,
  ].filter(Boolean);
  return (
    <strong className="nhsuk-tag nhsuk-tag--red" title={alerts.map((a) => a.description).join('; ')}>
      <span aria-hidden="true">⚠ </span>
      {parts.join(', ')}
    </strong>
  );
}
