// Plan quality: the automatic audit's scores for the whole organisation or one service, and running it now.
import type { Service } from '@hearth/core';
import { useState, type SyntheticEvent } from 'react';
import { Link, useSearchParams } from 'react-router-dom';
import { mayAnywhere, mayInService } from '../access/permissions';
import { getPlanAuditSummary, runPlanAudits } from '../api/plan-audits';
import { listServices } from '../api/staff';
import { Select } from '../components/fields';
import { Loading } from '../components/Loading';
import { NotificationBanner } from '../components/NotificationBanner';
import { PageHeading } from '../components/PageHeading';
import { failureMessage, useLoaded } from '../plan-views/useLoaded';
import { useMe } from '../session/SessionContext';
import { AuditReportLinks } from './AuditReportLinks';
import { OverdueActionsPanel } from '../quality-actions/OverdueActionsPanel';
import { PlanQualityResults } from './PlanQualityResults';
import './plan-quality.css';

type RunState = { kind: 'idle' } | { kind: 'running' } | { kind: 'done'; audited: number } | { kind: 'failed'; message: string };

export function PlanQualityPage() {
  const me = useMe();
  const [params, setParams] = useSearchParams();
  const serviceId = params.get('service');
  const [choice, setChoice] = useState(serviceId ?? '');
  const [run, setRun] = useState<RunState>({ kind: 'idle' });
  const [reloads, setReloads] = useState(0);
  const services = useLoaded(listServices, []);
  const summary = useLoaded(() => getPlanAuditSummary(serviceId), [serviceId, reloads]);

  const serviceList: Service[] = services.kind === 'ready' ? services.value : [];
  const shownService = serviceList.find((s) => s.id === serviceId);
  const scopeLabel = serviceId ? (shownService?.name ?? 'this service') : 'every service you can see';
  const mayRun = serviceId ? mayInService(me, 'create', 'plan_audit', serviceId) : mayAnywhere(me, 'create', 'plan_audit');
  // A report covers one service: the one shown, or else each service whose audits the user may read.
  const reportServices = serviceList.filter((s) => (serviceId ? s.id === serviceId : true) && mayInService(me, 'read', 'plan_audit', s.id));

  const onShow = (event: SyntheticEvent) => {
    event.preventDefault();
    setRun({ kind: 'idle' });
    setParams(choice ? { service: choice } : {});
  };

  const onRun = async () => {
    setRun({ kind: 'running' });
    try {
      const result = await runPlanAudits(serviceId ? { kind: 'service', serviceId } : { kind: 'organisation' });
      setRun({ kind: 'done', audited: result.audited });
      setReloads((n) => n + 1);
    } catch (error) {
      setRun({ kind: 'failed', message: failureMessage(error) });
    }
  };

  return (
    <>
      <PageHeading title="Plan quality" />
      <p className="nhsuk-body">
        Hearth checks each agreed plan against the toolkit&rsquo;s audit rules every night and whenever a new version is
        agreed. Scores are out of 100; the lowest come first.
      </p>
      {mayAnywhere(me, 'read', 'audit_template') && (
        <p className="nhsuk-body">
          <Link to="/plan-quality/audit-templates">Manual audit templates</Link>: the toolkit checklist and your own questions for auditing a plan by hand.
        </p>
      )}
      {mayAnywhere(me, 'read', 'plan_audit_config') && (
        <p className="nhsuk-body">
          <Link to="/settings/plan-audit">Plan-audit settings</Link>: the word lists and thresholds the rules use, and rules switched off.
        </p>
      )}
      {mayAnywhere(me, 'read', 'quality_action') && <OverdueActionsPanel serviceId={serviceId} />}
      {serviceList.length > 1 && (
        <form className="hearth-plan-quality__scope" onSubmit={onShow} noValidate>
          <Select
            name="service"
            label="Show plans in"
            value={choice}
            onChange={setChoice}
            options={[{ value: '', label: 'Every service' }, ...serviceList.map((s) => ({ value: s.id, label: s.name }))]}
          />
          <button className="nhsuk-button nhsuk-button--secondary" type="submit">
            Show
          </button>
        </form>
      )}
      {run.kind === 'done' && (
        <NotificationBanner variant="success" title="Audit finished">
          <p className="nhsuk-notification-banner__heading">
            {run.audited === 1 ? '1 plan was audited' : `${run.audited} plans were audited`} in {scopeLabel}.
          </p>
        </NotificationBanner>
      )}
      {run.kind === 'failed' && (
        <NotificationBanner title="The audit did not run">
          <p className="nhsuk-body">{run.message}</p>
        </NotificationBanner>
      )}
      {mayRun && (
        <button className="nhsuk-button" type="button" disabled={run.kind === 'running'} onClick={() => void onRun()}>
          {run.kind === 'running' ? 'Running the audit…' : 'Run the audit now'}
          <span className="nhsuk-u-visually-hidden"> for {scopeLabel}</span>
        </button>
      )}
      {summary.kind === 'loading' && <Loading what="Loading the scores" />}
      {summary.kind === 'failed' && (
        <p className="nhsuk-body">{summary.status === 403 ? 'You do not have permission to see plan-quality audits.' : summary.message}</p>
      )}
      {summary.kind === 'ready' && <AuditReportLinks services={reportServices} />}
      {summary.kind === 'ready' && <PlanQualityResults summary={summary.value} />}
    </>
  );
}
