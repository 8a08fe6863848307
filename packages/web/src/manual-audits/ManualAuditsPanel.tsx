// On a person's plan-quality page: the way to audit the plan by hand, and the latest manual audits.
import { Link } from 'react-router-dom';
import { mayInService } from '../access/permissions';
import { listManualAudits } from '../api/manual-audits';
import { ButtonLink } from '../components/links';
import { formatDateTime } from '../format';
import { useLoaded } from '../plan-views/useLoaded';
import { useMe } from '../session/SessionContext';
import { formatScore } from './audit-labels';

const shown = 3;

export function ManualAuditsPanel({ person }: { person: { id: string; serviceId: string } }) {
  const me = useMe();
  const mayRead = mayInService(me, 'read', 'manual_audit', person.serviceId);
  const mayAudit = mayInService(me, 'create', 'manual_audit', person.serviceId);
  const history = useLoaded(() => (mayRead ? listManualAudits(person.id) : Promise.resolve(null)), [person.id, mayRead]);
  if (!mayRead) return null;
  const audits = history.kind === 'ready' && history.value ? history.value.audits : [];
  return (
    <section aria-labelledby="manual-audits-heading">
      <h2 className="nhsuk-heading-m" id="manual-audits-heading">Manual audits</h2>
      {history.kind === 'failed' && <p className="nhsuk-body">{history.message}</p>}
      {history.kind === 'ready' && audits.length === 0 && <p className="nhsuk-body">No one has audited this plan by hand yet.</p>}
      {audits.length > 0 && (
        <ul className="nhsuk-list">
          {audits.slice(0, shown).map((a) => (
            <li key={a.id}>
              <Link to={`/people/${person.id}/manual-audits/${a.id}`}>
                {a.templateTitle}, {formatDateTime(a.completedAt)}
              </Link>
              : {formatScore(a.score)}, by {a.auditor.name}
            </li>
          ))}
        </ul>
      )}
      <p className="nhsuk-body">
        <Link to={`/people/${person.id}/manual-audits`}>All manual audits{audits.length > shown ? ` (${audits.length})` : ''}</Link>
      </p>
      {mayAudit && <ButtonLink secondary to={`/people/${person.id}/manual-audits/new`}>Audit this plan by hand</ButtonLink>}
    </section>
  );
}
