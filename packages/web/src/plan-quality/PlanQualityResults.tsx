// The plan-quality dashboard: the average score, the score per service, each plan's latest score (lowest first),
// the rules most plans fail and the weekly trend, all as tables so they read the same to a screen reader.
import type { AuditTrigger, PlanAuditSummary } from '@hearth/core';
import { lazy, Suspense } from 'react';
import { Link } from 'react-router-dom';
import { ResponsiveCell, ResponsiveTable } from '../components/ResponsiveTable';
import { SummaryList } from '../components/SummaryList';
import { displayName, formatDate, formatDateTime } from '../format';

/** Loaded only when the dashboard shows a trend, so the charting library stays out of the other pages. */
const TrendChart = lazy(() => import('./TrendChart'));

const triggerLabels: Record<AuditTrigger, string> = {
  on_demand: 'run by hand',
  new_version: 'new version',
  nightly: 'nightly',
};

const score = (value: number | null) => (value === null ? 'No rule applied' : `${value}`);

export function PlanQualityResults({ summary }: { summary: PlanAuditSummary }) {
  if (summary.plans.length === 0) {
    return (
      <p className="nhsuk-body">
        No plan has been audited here yet.
        {summary.plansNotAudited > 0 && ` ${summary.plansNotAudited} agreed ${summary.plansNotAudited === 1 ? 'plan is' : 'plans are'} waiting for the next audit.`}
      </p>
    );
  }
  return (
    <>
      <h2 className="nhsuk-heading-m">Overview</h2>
      <SummaryList
        rows={[
          { key: 'Average score', value: summary.meanScore === null ? 'No score yet' : `${summary.meanScore} out of 100` },
          { key: 'Plans audited', value: `${summary.plans.length}` },
          { key: 'Agreed plans not audited yet', value: `${summary.plansNotAudited}` },
        ]}
      />

      <section aria-labelledby="plan-quality-services">
        <h2 className="nhsuk-heading-m" id="plan-quality-services">Score per service</h2>
        <ResponsiveTable caption="Average latest score of each service’s plans" headings={['Service', 'Average score', 'Plans audited']}>
          {summary.services.map((s) => (
            <tr className="nhsuk-table__row" role="row" key={s.serviceId}>
              <ResponsiveCell heading="Service">{s.name}</ResponsiveCell>
              <ResponsiveCell heading="Average score">{s.meanScore === null ? 'None yet' : s.meanScore}</ResponsiveCell>
              <ResponsiveCell heading="Plans audited">{s.plansAudited}</ResponsiveCell>
            </tr>
          ))}
        </ResponsiveTable>
      </section>

      <section aria-labelledby="plan-quality-plans">
        <h2 className="nhsuk-heading-m" id="plan-quality-plans">Plans, lowest score first</h2>
        <p>
          The score weighs each rule once. One rule can find several things in a plan (for example a vague instruction in
          each of several steps), so a plan with a high score can still have many findings to fix.
        </p>
        <ResponsiveTable
          caption="Each plan’s latest audit, lowest score first"
          headings={['Person', 'Score', 'Findings that fail', 'Findings to consider', 'Last audited']}
        >
          {summary.plans.map((p) => (
            <tr className="nhsuk-table__row" role="row" key={p.personId}>
              <ResponsiveCell heading="Person">
                <Link id={`plan-quality-person-${p.personId}`} to={`/people/${p.personId}/plan`}>{displayName(p)}</Link>
                <span className="nhsuk-u-secondary-text-colour"> (version {p.planVersion})</span>
                <br />
                {/* Described by the person's name rather than named with it, so the name's link stays the only one it names. */}
                <Link to={`/people/${p.personId}/plan-quality`} aria-describedby={`plan-quality-person-${p.personId}`}>
                  Findings and actions
                </Link>
              </ResponsiveCell>
              <ResponsiveCell heading="Score">{score(p.score)}</ResponsiveCell>
              <ResponsiveCell heading="Findings that fail">{p.failCount}</ResponsiveCell>
              <ResponsiveCell heading="Findings to consider">{p.warnCount}</ResponsiveCell>
              <ResponsiveCell heading="Last audited">
                {formatDateTime(p.runAt)} ({triggerLabels[p.trigger]})
              </ResponsiveCell>
            </tr>
          ))}
        </ResponsiveTable>
      </section>

      <section aria-labelledby="plan-quality-rules">
        <h2 className="nhsuk-heading-m" id="plan-quality-rules">Rules most plans fail</h2>
        {summary.failingRules.length === 0 ? (
          <p className="nhsuk-body">Every audited plan passes every rule that applies to it.</p>
        ) : (
          <ResponsiveTable caption="Audit rules by the number of plans failing them" headings={['Rule', 'Plans failing', 'Plans with a warning']}>
            {summary.failingRules.map((r) => (
              <tr className="nhsuk-table__row" role="row" key={r.ruleId}>
                <ResponsiveCell heading="Rule">
                  {r.ruleId}: {r.title}
                </ResponsiveCell>
                <ResponsiveCell heading="Plans failing">{r.plansFailing}</ResponsiveCell>
                <ResponsiveCell heading="Plans with a warning">{r.plansWarning}</ResponsiveCell>
              </tr>
            ))}
          </ResponsiveTable>
        )}
      </section>

      <section aria-labelledby="plan-quality-trend">
        <h2 className="nhsuk-heading-m" id="plan-quality-trend">Trend over the last 12 weeks</h2>
        <p className="nhsuk-body">Each week&rsquo;s average of every plan&rsquo;s last score that week. The table below the chart holds the same figures.</p>
        <Suspense fallback={<p className="nhsuk-body">Drawing the chart…</p>}>
          <TrendChart trend={summary.trend} />
        </Suspense>
        <ResponsiveTable caption="Average score each week" headings={['Week starting', 'Average score', 'Plans audited']}>
          {summary.trend.map((w) => (
            <tr className="nhsuk-table__row" role="row" key={w.weekStarting}>
              <ResponsiveCell heading="Week starting">{formatDate(w.weekStarting)}</ResponsiveCell>
              <ResponsiveCell heading="Average score">{w.meanScore === null ? 'None' : w.meanScore}</ResponsiveCell>
              <ResponsiveCell heading="Plans audited">{w.plansAudited}</ResponsiveCell>
            </tr>
          ))}
        </ResponsiveTable>
      </section>
    </>
  );
}
