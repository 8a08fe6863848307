// The top of the plan-quality dashboard: how many actions are overdue, and the first few, each linked.
import { Link } from 'react-router-dom';
import { listQualityActions } from '../api/quality-actions';
import { displayName, formatDate } from '../format';
import { useLoaded } from '../plan-views/useLoaded';

const shown = 5;

export function OverdueActionsPanel({ serviceId }: { serviceId: string | null }) {
  const overdue = useLoaded(() => listQualityActions({ status: 'overdue', serviceId }), [serviceId]);
  if (overdue.kind !== 'ready') return null;
  const { actions, overdueCount } = overdue.value;
  return (
    <section className="nhsuk-card" aria-labelledby="overdue-actions-heading">
      <div className="nhsuk-card__content">
        <h2 className="nhsuk-card__heading nhsuk-heading-m" id="overdue-actions-heading">Overdue actions</h2>
        {overdueCount === 0 ? (
          <p className="nhsuk-body">No action is overdue. <Link to="/quality-actions">See all actions</Link></p>
        ) : (
          <>
            <p className="nhsuk-body">
              <strong>{overdueCount === 1 ? '1 overdue action' : `${overdueCount} overdue actions`}</strong>
            </p>
            <ul className="nhsuk-list nhsuk-list--bullet">
              {actions.slice(0, shown).map((a) => (
                <li key={a.id}>
                  <Link to={`/quality-actions/${a.id}`}>{a.title}</Link>
                  {a.person && ` – ${displayName(a.person)}`}, due {formatDate(a.dueDate)} ({a.owner.name})
                </li>
              ))}
            </ul>
            <p className="nhsuk-body nhsuk-u-margin-bottom-0">
              <Link to="/quality-actions?status=overdue">{overdueCount > shown ? `See all ${overdueCount} overdue actions` : 'See overdue actions'}</Link>
            </p>
          </>
        )}
      </div>
    </section>
  );
}
