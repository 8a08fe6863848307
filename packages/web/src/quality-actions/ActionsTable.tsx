// Actions as a table that stacks on small screens: title (a link to the action), person, owner, due date and status.
import type { QualityActionSummary } from '@hearth/core';
import { Link } from 'react-router-dom';
import { ResponsiveCell, ResponsiveTable } from '../components/ResponsiveTable';
import { displayName, formatDate } from '../format';
import { ActionStatusTag, OverdueTag } from './ActionTags';

export function ActionsTable({ actions, caption }: { actions: QualityActionSummary[]; caption: string }) {
  return (
    <ResponsiveTable caption={caption} headings={['Action', 'Person', 'Owner', 'Due', 'Status']}>
      {actions.map((a) => (
        <tr className="nhsuk-table__row" role="row" key={a.id}>
          <ResponsiveCell heading="Action">
            <Link to={`/quality-actions/${a.id}`}>{a.title}</Link>
          </ResponsiveCell>
          <ResponsiveCell heading="Person">{a.person ? displayName(a.person) : `${a.serviceName} (no one person)`}</ResponsiveCell>
          <ResponsiveCell heading="Owner">{a.owner.name}</ResponsiveCell>
          <ResponsiveCell heading="Due">{formatDate(a.dueDate)}</ResponsiveCell>
          <ResponsiveCell heading="Status">
            <ActionStatusTag status={a.status} /> {a.overdue && <OverdueTag />}
          </ResponsiveCell>
        </tr>
      ))}
    </ResponsiveTable>
  );
}
