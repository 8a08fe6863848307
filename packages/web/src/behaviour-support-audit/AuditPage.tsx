// One behaviour-support-planning audit as completed: where the service was, the actions for its gaps, and every answer
// with its evidence.
import { behaviourSupportAuditAnswerLabels, behaviourSupportAuditSections, type BehaviourSupportAuditView } from '@hearth/core';
import { useParams } from 'react-router-dom';
import { BackLink } from '../components/links';
import { Loading } from '../components/Loading';
import { PageHeading } from '../components/PageHeading';
import { ResponsiveCell, ResponsiveTable } from '../components/ResponsiveTable';
import { formatDate } from '../format';
import { useLoaded } from '../plan-views/useLoaded';
import { getServiceAudits } from './audit-api';
import { auditPaths } from './audit-paths';
import { AuditStandingSummary } from './AuditStandingSummary';

const questionText = new Map(behaviourSupportAuditSections.flatMap((s) => s.questions.map((q) => [q.id, q.text] as const)));

export function AuditPage() {
  const { serviceId = '', auditId = '' } = useParams();
  const loaded = useLoaded(async () => {
    const found = await getServiceAudits(serviceId);
    return { service: found.service, audit: found.audits.find((a) => a.id === auditId) ?? null };
  }, [serviceId, auditId]);
  if (loaded.kind !== 'ready' || loaded.value.audit === null)
    return (
      <>
        <BackLink to={auditPaths.service(serviceId)}>Back to the service&rsquo;s audits</BackLink>
        <PageHeading title="Behaviour support planning audit" />
        {loaded.kind === 'loading' ? (
          <Loading what="Loading the audit" />
        ) : (
          <p className="nhsuk-body">{loaded.kind === 'failed' ? loaded.message : 'That audit could not be found.'}</p>
        )}
      </>
    );
  const { service, audit } = loaded.value;
  return (
    <>
      <BackLink to={auditPaths.service(service.id)}>Back to {service.name}&rsquo;s audits</BackLink>
      <PageHeading title={`Behaviour support planning audit of ${formatDate(audit.completedOn)}`} caption={service.name} />
      <p className="nhsuk-body">Completed by {audit.recordedBy.name}.</p>
      <h2 className="nhsuk-heading-m">Where the service was</h2>
      <AuditStandingSummary standing={audit.standing} />
      {audit.body.summary && <p className="nhsuk-body hearth-pre-wrap">{audit.body.summary}</p>}
      <Actions audit={audit} />
      {behaviourSupportAuditSections.map((section) => (
        <section key={section.key} aria-labelledby={`section-${section.key}`}>
          <h2 className="nhsuk-heading-m" id={`section-${section.key}`}>
            {section.title}
          </h2>
          <dl className="nhsuk-summary-list">
            {section.questions.map((q) => {
              const a = audit.body.answers.find((x) => x.questionId === q.id);
              return (
                <div className="nhsuk-summary-list__row" key={q.id}>
                  <dt className="nhsuk-summary-list__key">{q.text}</dt>
                  <dd className="nhsuk-summary-list__value">
                    <strong>{a ? behaviourSupportAuditAnswerLabels[a.answer] : 'Not answered'}</strong>
                    {a && <p className="nhsuk-body-s hearth-pre-wrap nhsuk-u-margin-bottom-0">{a.evidence}</p>}
                  </dd>
                </div>
              );
            })}
          </dl>
        </section>
      ))}
    </>
  );
}

function Actions({ audit }: { audit: BehaviourSupportAuditView }) {
  const gaps = audit.body.answers.filter((a) => a.action !== null);
  if (gaps.length === 0) return null;
  return (
    <>
      <h2 className="nhsuk-heading-m">Actions</h2>
      <ResponsiveTable caption="Actions for each gap" headings={['Gap', 'Action', 'Who', 'Due by']}>
        {gaps.map((g) => (
          <tr className="nhsuk-table__row" role="row" key={g.questionId}>
            <ResponsiveCell heading="Gap">
              {questionText.get(g.questionId) ?? g.questionId} ({behaviourSupportAuditAnswerLabels[g.answer].toLowerCase()})
            </ResponsiveCell>
            <ResponsiveCell heading="Action">{g.action?.what}</ResponsiveCell>
            <ResponsiveCell heading="Who">{g.action?.who}</ResponsiveCell>
            <ResponsiveCell heading="Due by">{formatDate(g.action?.dueBy)}</ResponsiveCell>
          </tr>
        ))}
      </ResponsiveTable>
    </>
  );
}
