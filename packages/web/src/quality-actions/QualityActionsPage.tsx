// Actions: every quality action the user may read, filtered to open, overdue or done; overdue first, then by due date.
import { qualityActionFilters, type QualityActionFilter } from '@hearth/core';
import { Link, useSearchParams } from 'react-router-dom';
import { listQualityActions } from '../api/quality-actions';
import { Loading } from '../components/Loading';
import { PageHeading } from '../components/PageHeading';
import { useLoaded } from '../plan-views/useLoaded';
import { ActionsTable } from './ActionsTable';
import './quality-actions.css';

const filterLabels: Record<QualityActionFilter | 'all', string> = { open: 'Open', overdue: 'Overdue', done: 'Done or cancelled', all: 'All' };
const emptyText: Record<QualityActionFilter | 'all', string> = {
  open: 'There are no open actions.',
  overdue: 'No action is overdue.',
  done: 'No action has been closed yet.',
  all: 'No action has been raised yet.',
};

const asFilter = (value: string | null): QualityActionFilter | 'all' =>
  value === null ? 'open' : (qualityActionFilters as readonly string[]).includes(value) ? (value as QualityActionFilter) : 'all';

export function QualityActionsPage() {
  const [params] = useSearchParams();
  const filter = asFilter(params.get('status'));
  const list = useLoaded(() => listQualityActions({ status: filter === 'all' ? null : filter }), [filter]);

  return (
    <>
      <PageHeading title="Actions" />
      <p className="nhsuk-body">
        Actions raised from plan-quality findings or on their own, each with an owner and a date it is due by. Overdue
        actions come first.
      </p>
      <nav aria-label="Show actions">
        <ul className="nhsuk-list hearth-action-filters">
          {(['open', 'overdue', 'done', 'all'] as const).map((f) => (
            <li key={f}>
              <Link to={f === 'open' ? '/quality-actions' : `/quality-actions?status=${f}`} aria-current={f === filter ? 'page' : undefined}>
                {filterLabels[f]}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      {list.kind === 'loading' && <Loading what="Loading the actions" />}
      {list.kind === 'failed' && (
        <p className="nhsuk-body">{list.status === 403 ? 'You do not have permission to see actions.' : list.message}</p>
      )}
      {list.kind === 'ready' && (
        <>
          <h2 className="nhsuk-heading-m">{filterLabels[filter]} actions</h2>
          {list.value.overdueCount > 0 && filter !== 'overdue' && (
            <p className="nhsuk-body">
              <Link to="/quality-actions?status=overdue">
                {list.value.overdueCount === 1 ? '1 overdue action' : `${list.value.overdueCount} overdue actions`}
              </Link>
            </p>
          )}
          {list.value.actions.length === 0 ? (
            <p className="nhsuk-body">{emptyText[filter]}</p>
          ) : (
            <ActionsTable actions={list.value.actions} caption={`${filterLabels[filter]} actions, overdue first then by due date`} />
          )}
        </>
      )}
    </>
  );
}
