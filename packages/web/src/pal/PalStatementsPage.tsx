// The provider's PAL statement text: what is in use (when it was imported, by whom, from where), and for managers and
// the quality lead a form to import the text of their licensed copy, pasted or from a file, checked line by line.
import { palActivities, palActivityNames, palLevelNames, palLevels, type PalStatementSetView } from '@hearth/core';
import { useState } from 'react';
import { mayAnywhere } from '../access/permissions';
import { Loading } from '../components/Loading';
import { NotificationBanner } from '../components/NotificationBanner';
import { PageHeading } from '../components/PageHeading';
import { SummaryList } from '../components/SummaryList';
import { formatDateTime } from '../format';
import { useFormErrors } from '../forms/useFormErrors';
import { useLoaded } from '../plan-views/useLoaded';
import { useMe } from '../session/SessionContext';
import { getCurrentPalStatements } from './pal-api';
import { PalImportForm } from './PalImportForm';
import './pal.css';

export function PalStatementsPage() {
  const me = useMe();
  const [reloads, setReloads] = useState(0);
  const [imported, setImported] = useState(false);
  const current = useLoaded(getCurrentPalStatements, [reloads]);
  const mayImport = mayAnywhere(me, 'update', 'pal_statements');
  // Held here so the page title says "Error:" while the import form shows errors.
  const form = useFormErrors();

  return (
    <>
      {imported && (
        <NotificationBanner variant="success">
          <p className="nhsuk-notification-banner__heading">The statement text has been imported and is now in use</p>
        </NotificationBanner>
      )}
      <PageHeading title="PAL statement text" hasErrors={form.hasErrors} skipFocus={form.hasErrors} />
      <p className="nhsuk-body">
        The statements of the PAL (Pool Activity Level) checklist are copyright. Hearth provides the checklist&rsquo;s structure and scoring;
        your organisation imports the statement text of the copy it holds a licence for, so staff see it beside each option. Without it, the
        checklist can still be completed with your paper copy.
      </p>
      {current.kind === 'loading' && <Loading what="Loading the statement text" />}
      {current.kind === 'failed' && <p className="nhsuk-body">{current.message}</p>}
      {current.kind === 'ready' && <InUse set={current.value.current} earlierImports={current.value.earlierImports} />}
      {mayImport && current.kind !== 'failed' && (
        <PalImportForm
          form={form}
          onImported={() => {
            setImported(true);
            setReloads((n) => n + 1);
          }}
        />
      )}
    </>
  );
}

function InUse({ set, earlierImports }: { set: PalStatementSetView | null; earlierImports: number }) {
  return (
    <section className="hearth-section" aria-labelledby="pal-in-use-heading">
      <h2 className="nhsuk-heading-m" id="pal-in-use-heading">
        Text in use
      </h2>
      {set === null ? (
        <p className="nhsuk-body">No statement text has been imported. Each option on the checklist shows only the level name.</p>
      ) : (
        <>
          <SummaryList
            rows={[
              { key: 'Imported', value: `${formatDateTime(set.importedAt)} by ${set.importedBy.name}` },
              { key: 'Source and licence', value: set.source, preWrap: true },
              { key: 'Earlier imports kept', value: earlierImports === 0 ? 'None' : String(earlierImports) },
            ]}
          />
          <details className="nhsuk-details">
            <summary className="nhsuk-details__summary">
              <span className="nhsuk-details__summary-text">Show the statements in use</span>
            </summary>
            <div className="nhsuk-details__text">
              <table className="nhsuk-table">
                <caption className="nhsuk-table__caption nhsuk-table__caption--s">The statement for each activity at each level</caption>
                <thead className="nhsuk-table__head">
                  <tr className="nhsuk-table__row">
                    <th className="nhsuk-table__header" scope="col">
                      Activity
                    </th>
                    <th className="nhsuk-table__header" scope="col">
                      Level
                    </th>
                    <th className="nhsuk-table__header" scope="col">
                      Statement
                    </th>
                  </tr>
                </thead>
                <tbody className="nhsuk-table__body">
                  {palActivities.flatMap((a) =>
                    palLevels.map((l) => (
                      <tr className="nhsuk-table__row" key={`${a}.${l}`}>
                        <td className="nhsuk-table__cell">{palActivityNames[a]}</td>
                        <td className="nhsuk-table__cell">{palLevelNames[l]}</td>
                        <td className="nhsuk-table__cell hearth-pal-statement">{set.statements[a][l]}</td>
                      </tr>
                    )),
                  )}
                </tbody>
              </table>
            </div>
          </details>
        </>
      )}
    </section>
  );
}
