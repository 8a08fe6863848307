// One completed manual audit: the score, each answer with its evidence, the change since the previous audit of the
// same template, and a way to raise an action from any answer that falls short.
import { auditAnswerLabels, isShortfall, type ManualAudit } from '@hearth/core';
import { Link, useLocation, useParams } from 'react-router-dom';
import { mayInService } from '../access/permissions';
import { getManualAudit } from '../api/manual-audits';
import { ButtonLink, BackLink } from '../components/links';
import { Loading } from '../components/Loading';
import { NotificationBanner } from '../components/NotificationBanner';
import { PageHeading } from '../components/PageHeading';
import { SummaryList } from '../components/SummaryList';
import { displayName, formatDate, formatDateTime } from '../format';
import { usePerson } from '../people/PersonLayout';
import { useLoaded } from '../plan-views/useLoaded';
import { ActionStatusTag } from '../quality-actions/ActionTags';
import { useMe } from '../session/SessionContext';
import { AnswerTag, changeLabels, describeScoreChange, formatScore } from './audit-labels';
import './manual-audits.css';

export const raiseFromAnswerPath = (personId: string, auditId: string, questionId: string) =>
  `/people/${personId}/manual-audits/${auditId}/raise?question=${encodeURIComponent(questionId)}`;

export function ManualAuditPage() {
  const { person } = usePerson();
  const { auditId = '' } = useParams();
  const location = useLocation();
  const saved = (location.state as { saved?: boolean } | null)?.saved === true;
  const audit = useLoaded(() => getManualAudit(auditId), [auditId]);
  return (
    <>
      <BackLink to={`/people/${person.id}/manual-audits`}>All manual audits</BackLink>
      {saved && (
        <NotificationBanner variant="success" title="Audit saved">
          <p className="nhsuk-notification-banner__heading">The audit has been saved.</p>
        </NotificationBanner>
      )}
      {audit.kind === 'loading' && <Loading what="Loading the audit" />}
      {audit.kind === 'failed' && (
        <>
          <PageHeading title="Manual audit" caption={displayName(person)} />
          <p className="nhsuk-body">{audit.message}</p>
        </>
      )}
      {audit.kind === 'ready' && <AuditResult audit={audit.value} />}
    </>
  );
}

function AuditResult({ audit }: { audit: ManualAudit }) {
  const { person } = usePerson();
  const me = useMe();
  const mayRaise = mayInService(me, 'create', 'quality_action', audit.serviceId);
  const changeOf = new Map(audit.comparison?.answers.map((c) => [c.questionId, c]) ?? []);
  return (
    <>
      <PageHeading title={audit.templateTitle} caption={displayName(person)} />
      <p className="nhsuk-body">
        Score: <span className="hearth-manual-audit__score">{formatScore(audit.score)}</span>
      </p>
      <SummaryList
        rows={[
          { key: 'Plan version', value: `Version ${audit.planVersion}` },
          { key: 'Template', value: `${audit.templateTitle}, version ${audit.templateVersion}` },
          { key: 'Audited by', value: audit.auditor.name },
          { key: 'Completed', value: formatDateTime(audit.completedAt) },
          { key: 'Answers', value: `${audit.counts.yes} yes, ${audit.counts.partly} partly, ${audit.counts.no} no, ${audit.counts.not_applicable} not applicable` },
          ...(audit.summary ? [{ key: 'Summary', value: audit.summary, preWrap: true }] : []),
        ]}
      />
      <h2 className="nhsuk-heading-m">Since the previous audit</h2>
      {audit.comparison === null ? (
        <p className="nhsuk-body">This is the first audit of this plan with this template.</p>
      ) : (
        <p className="nhsuk-body">
          The previous audit, on {formatDateTime(audit.comparison.previous.completedAt)}, scored {formatScore(audit.comparison.previous.score)}.{' '}
          {describeScoreChange(audit.comparison.scoreChange)}{' '}
          {audit.comparison.answers.filter((c) => c.change === 'improved').length} answers improved and{' '}
          {audit.comparison.answers.filter((c) => c.change === 'worsened').length} got worse.
        </p>
      )}
      <h2 className="nhsuk-heading-m">Answers</h2>
      <ol className="nhsuk-list">
        {audit.template.questions.map((q, i) => {
          const answer = audit.answers.find((a) => a.questionId === q.id);
          if (!answer) return null;
          const change = changeOf.get(q.id);
          const actions = audit.actions?.filter((a) => a.questionId === q.id) ?? [];
          return (
            <li key={q.id} className="nhsuk-card">
              <div className="nhsuk-card__content">
                <h3 className="nhsuk-card__heading nhsuk-heading-s">
                  {i + 1}. {q.text}
                </h3>
                <p className="nhsuk-body">
                  <AnswerTag answer={answer.answer} />
                  {change && change.change !== 'same' && (
                    <>
                      {' '}
                      <span className="nhsuk-body-s">
                        ({changeLabels[change.change]}
                        {change.previous ? `; previously ${auditAnswerLabels[change.previous].toLowerCase()}` : ''})
                      </span>
                    </>
                  )}
                </p>
                {answer.evidence && <p className="nhsuk-body hearth-pre-wrap">{answer.evidence}</p>}
                {actions.length > 0 && (
                  <ul className="nhsuk-list">
                    {actions.map((a) => (
                      <li key={a.id}>
                        <Link to={`/quality-actions/${a.id}`}>{a.title}</Link> <ActionStatusTag status={a.status} /> owned by {a.owner.name}, due {formatDate(a.dueDate)}
                      </li>
                    ))}
                  </ul>
                )}
                {mayRaise && isShortfall(answer.answer) && (
                  <ButtonLink secondary to={raiseFromAnswerPath(person.id, audit.id, q.id)}>
                    Raise an action<span className="nhsuk-u-visually-hidden"> about question {i + 1}</span>
                  </ButtonLink>
                )}
              </div>
            </li>
          );
        })}
      </ol>
      {audit.comparison && audit.comparison.droppedQuestions.length > 0 && (
        <>
          <h2 className="nhsuk-heading-m">Questions no longer asked</h2>
          <ul className="nhsuk-list nhsuk-list--bullet">
            {audit.comparison.droppedQuestions.map((d) => (
              <li key={d.questionId}>
                {d.text} (previously <AnswerTag answer={d.previous} />)
              </li>
            ))}
          </ul>
        </>
      )}
    </>
  );
}
