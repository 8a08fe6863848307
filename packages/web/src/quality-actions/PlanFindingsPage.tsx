// One plan's latest audit findings, each with "Raise an action", and the actions already raised for the person.
import type { PlanAuditHistory } from '@hearth/core';
import { mayInService } from '../access/permissions';
import { getPlanAuditHistory } from '../api/plan-audits';
import { listQualityActions } from '../api/quality-actions';
import { ButtonLink } from '../components/links';
import { Loading } from '../components/Loading';
import { PageHeading } from '../components/PageHeading';
import { displayName, formatDateTime } from '../format';
import { usePerson } from '../people/PersonLayout';
import { useLoaded } from '../plan-views/useLoaded';
import { useMe } from '../session/SessionContext';
import { ActionsTable } from './ActionsTable';
import { ManualAuditsPanel } from '../manual-audits/ManualAuditsPanel';
import './quality-actions.css';

type Finding = NonNullable<PlanAuditHistory['latest']>['findings'][number];

/** The raise page's address for a finding: the run, the rule and (when it has one) the field. */
export function raiseActionPath(personId: string, runId: string, finding: Pick<Finding, 'ruleId' | 'field'>): string {
  const params = new URLSearchParams({ run: runId, rule: finding.ruleId });
  if (finding.field !== null) params.set('field', finding.field);
  return `/people/${personId}/plan-quality/raise?${params.toString()}`;
}

export function PlanFindingsPage() {
  const { person } = usePerson();
  const me = useMe();
  const history = useLoaded(() => getPlanAuditHistory(person.id), [person.id]);
  const mayReadActions = mayInService(me, 'read', 'quality_action', person.serviceId);
  const mayRaise = mayInService(me, 'create', 'quality_action', person.serviceId);
  const actions = useLoaded(() => (mayReadActions ? listQualityActions({ personId: person.id }) : Promise.resolve(null)), [person.id, mayReadActions]);

  const latest = history.kind === 'ready' ? history.value.latest : null;
  return (
    <>
      <PageHeading title="Plan quality" caption={displayName(person)} />
      {history.kind === 'loading' && <Loading what="Loading the audit" />}
      {history.kind === 'failed' && (
        <p className="nhsuk-body">{history.status === 403 ? 'You do not have permission to see this plan’s audits.' : history.message}</p>
      )}
      {history.kind === 'ready' && latest === null && <p className="nhsuk-body">This plan has not been audited yet.</p>}
      {latest && (
        <>
          <p className="nhsuk-body">
            Latest audit of version {latest.planVersion}, {formatDateTime(latest.runAt)}: score{' '}
            {latest.score === null ? 'not given (no rule applied)' : `${latest.score} out of 100`}, {latest.failCount}{' '}
            {latest.failCount === 1 ? 'fail' : 'fails'} and {latest.warnCount} {latest.warnCount === 1 ? 'warning' : 'warnings'}.
          </p>
          <h2 className="nhsuk-heading-m">Findings</h2>
          {latest.findings.length === 0 ? (
            <p className="nhsuk-body">The plan met every rule that applied.</p>
          ) : (
            <ul className="nhsuk-list">
              {latest.findings.map((f, i) => (
                <li key={`${f.ruleId}:${f.field ?? ''}:${i}`} className="nhsuk-card">
                  <div className="nhsuk-card__content">
                    <h3 className="nhsuk-card__heading nhsuk-heading-s">
                      <strong className={`nhsuk-tag ${f.severity === 'fail' ? 'nhsuk-tag--red' : 'nhsuk-tag--orange'}`}>
                        {f.severity === 'fail' ? 'Fail' : 'Warning'}
                      </strong>{' '}
                      {f.explanation}
                    </h3>
                    <p className="nhsuk-body">{f.howToFix}</p>
                    <p className="nhsuk-body-s nhsuk-u-secondary-text-colour">Rule {f.ruleId} ({f.guidance.reference})</p>
                    {mayRaise && (
                      <ButtonLink secondary to={raiseActionPath(person.id, latest.id, f)}>
                        Raise an action<span className="nhsuk-u-visually-hidden"> about: {f.explanation}</span>
                      </ButtonLink>
                    )}
                  </div>
                </li>
              ))}
            </ul>
          )}
        </>
      )}
      <ManualAuditsPanel person={person} />
      {mayReadActions && (
        <section aria-labelledby="person-actions">
          <h2 className="nhsuk-heading-m" id="person-actions">Actions for {displayName(person)}</h2>
          {actions.kind === 'loading' && <Loading what="Loading the actions" />}
          {actions.kind === 'failed' && <p className="nhsuk-body">{actions.message}</p>}
          {actions.kind === 'ready' && actions.value !== null && (
            actions.value.actions.length === 0
              ? <p className="nhsuk-body">No action has been raised for this person.</p>
              : <ActionsTable actions={actions.value.actions} caption={`Actions for ${displayName(person)}, overdue first`} />
          )}
        </section>
      )}
    </>
  );
}
