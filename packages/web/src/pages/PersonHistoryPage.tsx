// The history of a person's record: every version, who changed it, when, why and what changed.
import { useEffect, useState } from 'react';
import type { PersonHistoryEntry, Service } from '@hearth/core';
import { getPersonHistory } from '../api/people';
import { listServices } from '../api/staff';
import { isApiError } from '../api/client';
import { Loading } from '../components/Loading';
import { PageHeading } from '../components/PageHeading';
import { formatDateTime } from '../format';
import { describeValue, fieldLabel } from '../people/history-format';
import { usePerson } from '../people/PersonLayout';

type Load = { kind: 'loading' } | { kind: 'ready'; entries: PersonHistoryEntry[] } | { kind: 'failed'; message: string };

export function PersonHistoryPage() {
  const { person } = usePerson();
  const [load, setLoad] = useState<Load>({ kind: 'loading' });
  const [services, setServices] = useState<Service[]>([]);

  useEffect(() => {
    let isCurrent = true;
    getPersonHistory(person.id)
      .then((entries) => {
        if (isCurrent) setLoad({ kind: 'ready', entries: [...entries].sort((a, b) => b.version - a.version) });
      })
      .catch((error: unknown) => {
        if (!isCurrent) return;
        const message = isApiError(error, 'forbidden')
          ? 'You do not have permission to see the history of this record.'
          : isApiError(error)
            ? error.problem.title
            : 'Something went wrong. Try again later.';
        setLoad({ kind: 'failed', message });
      });
    listServices()
      .then((s) => {
        if (isCurrent) setServices(s);
      })
      .catch(() => undefined);
    return () => {
      isCurrent = false;
    };
  }, [person.id, person.version]);

  const serviceName = (id: string) => services.find((s) => s.id === id)?.name;

  return (
    <>
      <PageHeading title={`History of ${person.legalName}’s record`} caption={person.legalName}>
        History of changes
      </PageHeading>
      {load.kind === 'loading' && <Loading what="Loading the history" />}
      {load.kind === 'failed' && <p className="nhsuk-body">{load.message}</p>}
      {load.kind === 'ready' && load.entries.length === 0 && <p className="nhsuk-body">No changes recorded.</p>}
      {load.kind === 'ready' &&
        load.entries.map((entry) => (
          <section key={entry.version} className="nhsuk-card hearth-history-entry" aria-labelledby={`version-${entry.version}`}>
            <div className="nhsuk-card__content">
              <h2 className="nhsuk-card__heading nhsuk-heading-m" id={`version-${entry.version}`}>
                Version {entry.version}
                {entry.version === 1 && ': record created'}
              </h2>
              <p className="nhsuk-body">
                {formatDateTime(entry.changedAt)} by {entry.changedBy.name}
              </p>
              <p className="nhsuk-body">
                <strong>Reason:</strong> {entry.reason ?? 'No reason given'}
              </p>
              {entry.changes.length > 0 && (
                <table className="nhsuk-table">
                  <caption className="nhsuk-table__caption nhsuk-table__caption--s">
                    What changed in version {entry.version}
                  </caption>
                  <thead className="nhsuk-table__head">
                    <tr className="nhsuk-table__row">
                      <th className="nhsuk-table__header" scope="col">
                        Detail
                      </th>
                      <th className="nhsuk-table__header" scope="col">
                        Before
                      </th>
                      <th className="nhsuk-table__header" scope="col">
                        After
                      </th>
                    </tr>
                  </thead>
                  <tbody className="nhsuk-table__body">
                    {entry.changes.map((change) => (
                      <tr className="nhsuk-table__row" key={change.field}>
                        <th className="nhsuk-table__header" scope="row">
                          {fieldLabel(change.field)}
                        </th>
                        <td className="nhsuk-table__cell">
                          <Lines
                            lines={
                              entry.version === 1 && change.from === null
                                ? ['—']
                                : describeValue(change.field, change.from, serviceName)
                            }
                          />
                        </td>
                        <td className="nhsuk-table__cell">
                          <Lines lines={describeValue(change.field, change.to, serviceName)} />
                        </td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              )}
            </div>
          </section>
        ))}
    </>
  );
}

function Lines({ lines }: { lines: string[] }) {
  if (lines.length === 1) return <>{lines[0]}</>;
  return (
    <ul className="nhsuk-list nhsuk-list--bullet hearth-compact-list">
      {lines.map((line, i) => (
        <li key={i}>{line}</li>
      ))}
    </ul>
  );
}
