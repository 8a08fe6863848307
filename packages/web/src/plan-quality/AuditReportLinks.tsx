// Links to download the audit report for inspection, as a PDF and as CSV: one pair for the service shown, or one
// pair per service when the dashboard covers every service (a report is always about one service).
import { planAuditReportUrl } from '../api/plan-audits';

export function AuditReportLinks({ services }: { services: readonly { id: string; name: string }[] }) {
  if (services.length === 0) return null;
  const single = services.length === 1;
  return (
    <section aria-labelledby="plan-quality-report" className="hearth-plan-quality__report">
      <h2 className="nhsuk-heading-m" id="plan-quality-report">
        Report for inspection
      </h2>
      <p className="nhsuk-body">
        Each plan&rsquo;s latest audit with its findings, the rules related to each CQC quality statement, and the
        actions raised{single ? '' : ', for one service at a time'}.
      </p>
      <ul className="nhsuk-list">
        {services.map((s) => (
          <li key={s.id}>
            {!single && <span className="hearth-plan-quality__report-service">{s.name}: </span>}
            <a className="nhsuk-link" href={planAuditReportUrl(s.id, 'pdf')} download>
              Download the report (PDF)
              <span className="nhsuk-u-visually-hidden"> for {s.name}</span>
            </a>
            {' · '}
            <a className="nhsuk-link" href={planAuditReportUrl(s.id, 'csv')} download>
              Download the report (CSV)
              <span className="nhsuk-u-visually-hidden"> for {s.name}</span>
            </a>
          </li>
        ))}
      </ul>
    </section>
  );
}
