// One action: what it is about, who owns it and by when, its history of updates, and a form to update it.
import { isClosed, type QualityAction } from '@hearth/core';
import { useEffect, useState } from 'react';
import { Link, useLocation, useParams } from 'react-router-dom';
import { mayInService } from '../access/permissions';
import { getQualityAction } from '../api/quality-actions';
import { BackLink } from '../components/links';
import { Loading } from '../components/Loading';
import { NotificationBanner } from '../components/NotificationBanner';
import { PageHeading } from '../components/PageHeading';
import { SummaryList } from '../components/SummaryList';
import { displayName, formatDate, formatDateTime } from '../format';
import { NotFoundContent } from '../pages/NotFoundPage';
import { useLoaded } from '../plan-views/useLoaded';
import { useMe } from '../session/SessionContext';
import { ActionStatusTag, actionStatusLabels, OverdueTag } from './ActionTags';
import { ActionUpdateForm } from './ActionUpdateForm';
import './quality-actions.css';

const answerLabels: Record<string, string> = { yes: 'Yes', partly: 'Partly', no: 'No', not_applicable: 'Not applicable' };
const answerLabel = (answer: string) => answerLabels[answer] ?? answer;

export function QualityActionPage() {
  const { id = '' } = useParams();
  const [reloads, setReloads] = useState(0);
  const loaded = useLoaded(() => getQualityAction(id), [id, reloads]);
  const [action, setAction] = useState<QualityAction | null>(null);
  const [saved, setSaved] = useState<string | null>((useLocation().state as { raised?: boolean } | null)?.raised ? 'The action was raised' : null);
  const me = useMe();

  useEffect(() => {
    if (loaded.kind === 'ready') setAction(loaded.value);
  }, [loaded]);

  if (loaded.kind === 'failed') {
    if (loaded.status === 404 || loaded.status === 400) return <NotFoundContent />;
    return (
      <>
        <PageHeading title="Action" />
        <p className="nhsuk-body">{loaded.status === 403 ? 'You do not have permission to see this action.' : loaded.message}</p>
      </>
    );
  }
  if (action === null || action.id !== id) return <Loading what="Loading the action" />;

  const mayUpdate = mayInService(me, 'update', 'quality_action', action.serviceId);
  return (
    <>
      <BackLink to="/quality-actions">Back to actions</BackLink>
      {saved && (
        <NotificationBanner variant="success" title="Saved">
          <p className="nhsuk-notification-banner__heading">{saved}</p>
        </NotificationBanner>
      )}
      <PageHeading title={action.title} caption="Action" skipFocus={saved !== null} />
      <p className="nhsuk-body">
        <ActionStatusTag status={action.status} /> {action.overdue && <OverdueTag />}
      </p>
      <SummaryList
        rows={[
          { key: 'Person', value: action.person ? <Link to={`/people/${action.person.id}/plan`}>{displayName(action.person)}</Link> : 'No one person' },
          { key: 'Service', value: action.serviceName },
          { key: 'Owner', value: action.owner.name },
          { key: 'Due by', value: formatDate(action.dueDate) },
          ...(action.finding
            ? [{ key: 'Audit finding', value: <>{action.finding.explanation}<br /><span className="nhsuk-u-secondary-text-colour">{action.finding.howToFix}</span></> }]
            : []),
          ...(action.answer
            ? [{
                key: 'Manual audit answer',
                value: <>{action.answer.question}<br />Answer: {answerLabel(action.answer.answer)}{action.answer.evidence && <><br /><span className="nhsuk-u-secondary-text-colour">{action.answer.evidence}</span></>}</>,
              }]
            : []),
          ...(action.area ? [{ key: 'Personalisation area', value: action.area.title }] : []),
          ...(action.detail ? [{ key: 'Detail', value: action.detail, preWrap: true }] : []),
          { key: 'Raised', value: `${formatDateTime(action.createdAt)} by ${action.createdBy.name}` },
        ]}
      />

      <h2 className="nhsuk-heading-m">History</h2>
      <ol className="hearth-action-history" aria-label="Updates, newest first">
        {action.history.map((h) => (
          <li key={h.id}>
            <p className="nhsuk-body nhsuk-u-margin-bottom-1">
              <strong>{actionStatusLabels[h.status]}</strong> – {formatDateTime(h.updatedAt)}, {h.updatedBy.name}
            </p>
            {h.note && <p className="nhsuk-body hearth-pre-wrap">{h.note}</p>}
          </li>
        ))}
      </ol>

      {isClosed(action.status) ? (
        <p className="nhsuk-body">This action is {action.status === 'done' ? 'done' : 'cancelled'}. If more is needed, raise a new action.</p>
      ) : mayUpdate ? (
        <ActionUpdateForm
          action={action}
          onUpdated={(updated) => {
            setAction(updated);
            setSaved(`The action is now ${actionStatusLabels[updated.status].toLowerCase()}`);
            window.scrollTo(0, 0);
          }}
          onStale={() => {
            setReloads((n) => n + 1);
          }}
        />
      ) : null}
    </>
  );
}
