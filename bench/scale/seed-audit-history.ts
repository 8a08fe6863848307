// The plan-quality audits of the weeks before the benchmark, so the manager's dashboard reads a history as it would
// after Hearth had been in use: every run stored by the first audit of the whole organisation is copied back as a
// nightly run once a week for the twelve weeks the dashboard's trend covers. The nightly job would store seven a
// week; the trend keeps the latest run of each week, so it answers the same from one, while a stored run is about
// 12 kB (its findings and rules), which for seven a week would make the table 10 GB at 10,000 people.
import pg from 'pg';

/** Twelve weeks: the dashboard's trend reaches back this far (trendWeeks in plan-audit-summary.ts). */
export const auditHistoryWeeks = 12;

export async function seedAuditHistory(adminUrl: string): Promise<number> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    await client.query('SET synchronous_commit = off');
    const result = await client.query(
      `INSERT INTO plan_audit_runs (organisation_id, person_id, plan_id, plan_version, trigger, score, fail_count, warn_count, findings, rules, run_by, run_at)
       SELECT r.organisation_id, r.person_id, r.plan_id, r.plan_version, 'nightly', r.score, r.fail_count, r.warn_count, r.findings, r.rules, NULL,
              date_trunc('day', r.run_at) - make_interval(weeks => n.week) + interval '2 hours'
       FROM plan_audit_runs r CROSS JOIN generate_series(1, $1::int) AS n(week)
       WHERE r.trigger = 'on_demand'`,
      [auditHistoryWeeks],
    );
    await client.query('VACUUM (ANALYZE) plan_audit_runs');
    return result.rowCount ?? 0;
  } finally {
    await client.end();
  }
}
