// A person's manual audits, newest first, with score and auditor, and the way to start another.
import { Link } from 'react-router-dom';
import { mayInService } from '../access/permissions';
import { listManualAudits } from '../api/manual-audits';
import { BackLink, ButtonLink } from '../components/links';
import { Loading } from '../components/Loading';
import { PageHeading } from '../components/PageHeading';
import { ResponsiveCell, ResponsiveTable } from '../components/ResponsiveTable';
import { displayName, formatDateTime } from '../format';
import { usePerson } from '../people/PersonLayout';
import { useLoaded } from '../plan-views/useLoaded';
import { useMe } from '../session/SessionContext';
import { formatScore } from './audit-labels';

export function ManualAuditsPage() {
  const { person } = usePerson();
  const me = useMe();
  const history = useLoaded(() => listManualAudits(person.id), [person.id]);
  const mayAudit = mayInService(me, 'create', 'manual_audit', person.serviceId);
  return (
    <>
      <BackLink to={`/people/${person.id}/plan-quality`}>Back to plan quality</BackLink>
      <PageHeading title="Manual audits" caption={displayName(person)} />
      {mayAudit && <ButtonLink to={`/people/${person.id}/manual-audits/new`}>Audit this plan by hand</ButtonLink>}
      {history.kind === 'loading' && <Loading what="Loading the audits" />}
      {history.kind === 'failed' && <p className="nhsuk-body">{history.message}</p>}
      {history.kind === 'ready' && (history.value.audits.length === 0 ? (
        <p className="nhsuk-body">No one has audited this plan by hand yet.</p>
      ) : (
        <ResponsiveTable caption={`Manual audits of ${displayName(person)}’s plan, newest first`} headings={['Completed', 'Template', 'Plan version', 'Score', 'Audited by']}>
          {history.value.audits.map((a) => (
            <tr className="nhsuk-table__row" role="row" key={a.id}>
              <ResponsiveCell heading="Completed">
                <Link to={`/people/${person.id}/manual-audits/${a.id}`}>{formatDateTime(a.completedAt)}</Link>
              </ResponsiveCell>
              <ResponsiveCell heading="Template">{a.templateTitle}</ResponsiveCell>
              <ResponsiveCell heading="Plan version">{a.planVersion}</ResponsiveCell>
              <ResponsiveCell heading="Score">{formatScore(a.score)}</ResponsiveCell>
              <ResponsiveCell heading="Audited by">{a.auditor.name}</ResponsiveCell>
            </tr>
          ))}
        </ResponsiveTable>
      ))}
    </>
  );
}
