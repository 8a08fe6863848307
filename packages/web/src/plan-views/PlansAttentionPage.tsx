// Plans needing attention: first plans and reviews overdue first, then those due soon, triggered reviews and
// plans due for archiving, each linking to the person's plan.
import type { AttentionKind } from '@hearth/core';
import type { MouseEvent } from 'react';
import { Link } from 'react-router-dom';
import { getPacksOutOfDate, getPlansNeedingAttention, type PackOutOfDate, type PlanNeedingAttention } from '../api/plan-views';
import { Loading } from '../components/Loading';
import { PageHeading } from '../components/PageHeading';
import { ResponsiveCell, ResponsiveTable } from '../components/ResponsiveTable';
import { displayName, formatDate } from '../format';
import { useLoaded } from './useLoaded';
import { ChoicesNotDiscussed } from '../information-choices/ChoicesNotDiscussed';
import { OpenRequestsPanel } from '../data-requests/OpenRequestsPanel';
import { CapacityAttention } from './CapacityAttention';
import { EmergencyPackLinks } from '../emergency-pack/EmergencyPackLinks';
import './plan-views.css';

/** In the order they are shown: what is already late comes first. */
const kinds: { kind: AttentionKind; label: string; colour: string }[] = [
  { kind: 'first_plan_overdue', label: 'First plan overdue', colour: 'nhsuk-tag--red' },
  { kind: 'review_overdue', label: 'Review overdue', colour: 'nhsuk-tag--red' },
  { kind: 'needs_review', label: 'Under review', colour: 'nhsuk-tag--orange' },
  { kind: 'first_plan_due', label: 'First plan due', colour: 'nhsuk-tag--yellow' },
  { kind: 'review_due_soon', label: 'Review due soon', colour: 'nhsuk-tag--yellow' },
  { kind: 'archive', label: 'Review or archive', colour: 'nhsuk-tag--grey' },
  { kind: 'first_plan_late', label: 'First plan was agreed late', colour: 'nhsuk-tag--grey' },
];

export function PlansAttentionPage() {
  const loaded = useLoaded(getPlansNeedingAttention, []);
  return (
    <>
      <PageHeading title="Plans needing attention" />
      <OpenRequestsPanel />
      {loaded.kind === 'loading' && <Loading what="Loading the plans" />}
      {loaded.kind === 'failed' && (
        <p className="nhsuk-body">
          {loaded.status === 403 ? 'You do not have permission to see care and support plans.' : loaded.message}
        </p>
      )}
      {loaded.kind === 'ready' && <Groups rows={loaded.value} />}
      {loaded.kind === 'ready' && <OutOfDatePacks />}
      {loaded.kind === 'ready' && <EmergencyPackLinks />}
      <CapacityAttention />
      <ChoicesNotDiscussed />
    </>
  );
}

/** Homes whose printed pack holds an older plan than the one in use: the paper copy needs replacing. */
function OutOfDatePacks() {
  const packs = useLoaded(getPacksOutOfDate, []);
  if (packs.kind !== 'ready') return null;
  return (
    <section aria-labelledby="out-of-date-packs">
      <h2 className="nhsuk-heading-m" id="out-of-date-packs">
        Paper packs out of date
      </h2>
      {packs.value.length === 0 ? (
        <p className="nhsuk-body">Every printed pack holds the plan in use.</p>
      ) : (
        <ResponsiveTable caption="Homes whose paper pack holds an older plan" headings={['Person', 'Pack printed', 'Paper copy', 'Plan in use']}>
          {packs.value.map((p: PackOutOfDate) => (
            <tr className="nhsuk-table__row" role="row" key={p.personId}>
              <ResponsiveCell heading="Person">
                <Link to={`/people/${p.personId}/plan`}>{displayName(p)}</Link>
              </ResponsiveCell>
              <ResponsiveCell heading="Pack printed">{formatDate(p.printedAt.slice(0, 10))}</ResponsiveCell>
              <ResponsiveCell heading="Paper copy">{p.printedVersion === null ? 'No agreed plan' : `Version ${p.printedVersion}`}</ResponsiveCell>
              <ResponsiveCell heading="Plan in use">Version {p.currentVersion}</ResponsiveCell>
            </tr>
          ))}
        </ResponsiveTable>
      )}
    </section>
  );
}

function Groups({ rows }: { rows: PlanNeedingAttention[] }) {
  const items = rows.flatMap((row) => row.attention.map((attention) => ({ row, attention })));
  if (items.length === 0) return <p className="nhsuk-body">No plans need attention. Every plan is agreed and up to date.</p>;
  const groups = kinds
    .map((k) => ({
      ...k,
      items: items
        .filter((i) => i.attention.kind === k.kind)
        .sort((a, b) => (a.attention.due ?? '').localeCompare(b.attention.due ?? '')),
    }))
    .filter((g) => g.items.length > 0);
  return (
    <>
      <p className="nhsuk-body">
        {rows.length} {rows.length === 1 ? 'person’s plan needs' : 'people’s plans need'} attention.
      </p>
      {groups.length > 1 && (
        <ul className="nhsuk-list">
          {groups.map((g) => (
            <li key={g.kind}>
              <a href={`#${g.kind}`} onClick={focusHeading}>
                {g.label} ({g.items.length})
              </a>
            </li>
          ))}
        </ul>
      )}
      {groups.map((g) => (
        <section className="hearth-attention-group" key={g.kind} aria-labelledby={g.kind}>
          <h2 className="nhsuk-heading-m" id={g.kind} tabIndex={-1}>
            <strong className={`nhsuk-tag ${g.colour}`}>{g.label}</strong> {g.items.length}{' '}
            {g.items.length === 1 ? 'person' : 'people'}
          </h2>
          <ResponsiveTable caption={g.label} headings={['Person', 'What needs doing', 'Due']}>
            {g.items.map(({ row, attention }) => (
              <tr className="nhsuk-table__row" role="row" key={`${row.personId}/${attention.kind}`}>
                <ResponsiveCell heading="Person">
                  <Link to={`/people/${row.personId}/plan`}>{displayName(row)}</Link>
                </ResponsiveCell>
                <ResponsiveCell heading="What needs doing">{readableDates(attention.message)}</ResponsiveCell>
                <ResponsiveCell heading="Due">{attention.due ? formatDate(attention.due) : 'Now'}</ResponsiveCell>
              </tr>
            ))}
          </ResponsiveTable>
        </section>
      ))}
    </>
  );
}

/** Moves to the group's heading without changing the URL, which the router owns. */
function focusHeading(event: MouseEvent<HTMLAnchorElement>) {
  event.preventDefault();
  const target = document.getElementById(event.currentTarget.hash.slice(1));
  target?.scrollIntoView();
  target?.focus();
}

/** The server's messages carry dates as YYYY-MM-DD; people read "20 November 2026". */
function readableDates(message: string): string {
  return message.replace(/\b\d{4}-\d{2}-\d{2}\b/g, (date) => formatDate(date));
}
