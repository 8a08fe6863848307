// Two versions of a person's plan side by side: for each section that changed, what changed, as it was and as it is.
import type { FieldChange } from '@hearth/core';
import { Link, useSearchParams } from 'react-router-dom';
import { getPlanDifference, getSectionDefinitions, type PlanDifference } from '../api/plan-views';
import { Loading } from '../components/Loading';
import { PageHeading } from '../components/PageHeading';
import { usePerson } from '../people/PersonLayout';
import { describeChangeValue, PlanLabels } from './plan-labels';
import { useLoaded } from './useLoaded';
import './plan-views.css';

const changeTags = {
  added: {
    label: 'Added',
    colour: 'nhsuk-tag--green',
    explain: (a: number, b: number) => `Not in version ${a}; added in version ${b}.`,
  },
  removed: {
    label: 'Removed',
    colour: 'nhsuk-tag--red',
    explain: (a: number, b: number) => `In version ${a}; removed in version ${b}.`,
  },
  changed: { label: 'Changed', colour: 'nhsuk-tag--blue', explain: () => '' },
} as const;

function versionParam(value: string | null): number | null {
  return value !== null && /^\d{1,6}$/.test(value) && Number(value) >= 1 ? Number(value) : null;
}

export function PlanComparePage() {
  const { person } = usePerson();
  const [params] = useSearchParams();
  const from = versionParam(params.get('from'));
  const to = versionParam(params.get('to'));
  const loaded = useLoaded(async () => {
    if (from === null || to === null) return null;
    const [difference, definitions] = await Promise.all([getPlanDifference(person.id, from, to), getSectionDefinitions()]);
    return { difference, labels: new PlanLabels(definitions) };
  }, [person.id, from, to]);
  const title = from !== null && to !== null ? `Version ${from} compared with version ${to}` : 'Compare versions';

  return (
    <>
      <PageHeading title={`${title}: ${person.legalName}’s plan`} caption={person.legalName}>
        {title}
      </PageHeading>
      <p className="nhsuk-body">
        <Link to={`/people/${person.id}/plan/versions`}>All versions of the plan</Link>
      </p>
      {(from === null || to === null) && <p className="nhsuk-body">Choose two versions to compare from the list of versions.</p>}
      {loaded.kind === 'loading' && <Loading what="Comparing the versions" />}
      {loaded.kind === 'failed' && <p className="nhsuk-body">{loaded.message}</p>}
      {loaded.kind === 'ready' && loaded.value && (
        <Difference personId={person.id} difference={loaded.value.difference} labels={loaded.value.labels} />
      )}
    </>
  );
}

function Difference({ personId, difference, labels }: { personId: string; difference: PlanDifference; labels: PlanLabels }) {
  const { from, to } = difference;
  const columnA = `Version ${from}`;
  const columnB = `Version ${to}`;
  if (difference.sections.length === 0 && difference.involvement.length === 0) {
    return (
      <p className="nhsuk-body">
        Nothing changed between version {from} and version {to}.
      </p>
    );
  }
  return (
    <>
      <p className="nhsuk-body">
        {difference.sections.length === 0
          ? 'No section changed.'
          : `${difference.sections.length} ${difference.sections.length === 1 ? 'section' : 'sections'} changed.`}{' '}
        <Link to={`/people/${personId}/plan/versions/${from}`}>View version {from}</Link> or{' '}
        <Link to={`/people/${personId}/plan/versions/${to}`}>view version {to}</Link> in full.
      </p>
      {difference.sections.map((section) => {
        const tag = changeTags[section.change];
        const title = labels.sectionTitle(section.sectionKey);
        const headingId = `changed-${section.sectionKey}`;
        return (
          <section className="hearth-plan-section" key={section.sectionKey} aria-labelledby={headingId}>
            <h2 className="nhsuk-heading-m" id={headingId}>
              {title} <strong className={`nhsuk-tag ${tag.colour} hearth-tag-inline`}>{tag.label}</strong>
            </h2>
            {section.change !== 'changed' && <p className="nhsuk-body">{tag.explain(from, to)}</p>}
            <ChangesTable
              caption={`What changed in ${title}`}
              changes={section.changes}
              columnA={columnA}
              columnB={columnB}
              label={(c) => labels.changeLabel(section.sectionKey, c.field, c.from, c.to)}
            />
          </section>
        );
      })}
      {difference.involvement.length > 0 && (
        <section className="hearth-plan-section" aria-labelledby="changed-involvement">
          <h2 className="nhsuk-heading-m" id="changed-involvement">
            Who took part
          </h2>
          <ChangesTable
            caption="Who took part in each version"
            changes={difference.involvement}
            columnA={columnA}
            columnB={columnB}
            label={() => 'Who took part'}
          />
        </section>
      )}
    </>
  );
}

interface ChangesTableProps {
  caption: string;
  changes: FieldChange[];
  columnA: string;
  columnB: string;
  label: (change: FieldChange) => string;
}

/** A table on wider screens; on phones each row stacks, every value under its column heading. */
function ChangesTable({ caption, changes, columnA, columnB, label }: ChangesTableProps) {
  return (
    <table className="nhsuk-table-responsive hearth-diff-table" role="table">
      <caption className="nhsuk-table__caption nhsuk-table__caption--s">{caption}</caption>
      <thead className="nhsuk-table__head" role="rowgroup">
        <tr className="nhsuk-table__row" role="row">
          <th className="nhsuk-table__header" scope="col" role="columnheader">
            What
          </th>
          <th className="nhsuk-table__header" scope="col" role="columnheader">
            {columnA}
          </th>
          <th className="nhsuk-table__header" scope="col" role="columnheader">
            {columnB}
          </th>
        </tr>
      </thead>
      <tbody className="nhsuk-table__body" role="rowgroup">
        {changes.map((change) => (
          <tr className="nhsuk-table__row" role="row" key={change.field}>
            <th className="nhsuk-table__header" scope="row" role="rowheader">
              {label(change)}
            </th>
            <td className="nhsuk-table__cell" role="cell">
              <span className="nhsuk-table-responsive__heading" aria-hidden="true">
                {columnA}{' '}
              </span>
              <Lines lines={describeChangeValue(change.field, change.from)} />
            </td>
            <td className="nhsuk-table__cell" role="cell">
              <span className="nhsuk-table-responsive__heading" aria-hidden="true">
                {columnB}{' '}
              </span>
              <Lines lines={describeChangeValue(change.field, change.to)} />
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function Lines({ lines }: { lines: string[] }) {
  return (
    <span className="hearth-diff-value">
      {lines.map((line, i) => (
        <span key={i}>
          {i > 0 && <br />}
          {line}
        </span>
      ))}
    </span>
  );
}
