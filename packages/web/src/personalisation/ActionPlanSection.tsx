// A self-assessment's action plan: for each priority (then any other area with actions) its actions with owner,
// due date and status, a link to each, and a way to add one where the reader may.
import type { ActionPlan } from '@hearth/core';
import { Link } from 'react-router-dom';
import { ResponsiveCell, ResponsiveTable } from '../components/ResponsiveTable';
import { formatDate } from '../format';
import { ActionStatusTag, OverdueTag } from '../quality-actions/ActionTags';

interface Props {
  plan: ActionPlan;
  /** Where "Add an action" goes for an area, or null when the reader may not raise actions here. */
  raiseHref: ((areaId: string) => string) | null;
}

export function ActionPlanSection({ plan, raiseHref }: Props) {
  return (
    <section aria-labelledby="action-plan-heading">
      <h2 className="nhsuk-heading-m" id="action-plan-heading">Action plan</h2>
      <p className="nhsuk-body">
        {plan.total === 0 ? 'No actions yet.' : `${plan.total} ${plan.total === 1 ? 'action' : 'actions'}: ${plan.closed} closed`}
        {plan.overdue > 0 && `, ${plan.overdue} overdue`}
        {plan.total > 0 && '.'}
      </p>
      {plan.areas.map((area) => (
        <div key={area.areaId} className="nhsuk-u-margin-bottom-6">
          <h3 className="nhsuk-heading-s" id={`plan-${area.areaId}`}>
            {area.title}
            {area.isPriority ? '' : ' (not a current priority)'}
          </h3>
          {area.actions.length === 0 ? (
            <p className="nhsuk-body">No actions yet for this priority.</p>
          ) : (
            <ResponsiveTable caption={`Actions for ${area.title}`} headings={['Action', 'Owner', 'Due by', 'Status']}>
              {area.actions.map((a) => (
                <tr className="nhsuk-table__row" role="row" key={a.id}>
                  <ResponsiveCell heading="Action">
                    <Link to={`/quality-actions/${a.id}`}>{a.title}</Link>
                    {a.latestNote && <div className="nhsuk-body-s nhsuk-u-margin-bottom-0">{a.latestNote}</div>}
                  </ResponsiveCell>
                  <ResponsiveCell heading="Owner">{a.owner.name}</ResponsiveCell>
                  <ResponsiveCell heading="Due by">{formatDate(a.dueDate)}</ResponsiveCell>
                  <ResponsiveCell heading="Status">
                    <ActionStatusTag status={a.status} /> {a.overdue && <OverdueTag />}
                  </ResponsiveCell>
                </tr>
              ))}
            </ResponsiveTable>
          )}
          {raiseHref && area.isPriority && (
            <p className="nhsuk-body">
              <Link to={raiseHref(area.areaId)}>
                Add an action<span className="nhsuk-u-visually-hidden"> for {area.title}</span>
              </Link>
            </p>
          )}
        </div>
      ))}
    </section>
  );
}
