// The plan's quality before it is agreed: its score, what needs attention in each section (with a link to write
// it), and the points about the plan as a whole. Advice only: agreement never waits on it.
import { Link } from 'react-router-dom';
import type { AuditResult, CarePlan, Finding, PlanContent, SectionDefinition } from '@hearth/core';
import { FindingNote } from './FindingNote';
import { countsPhrase, findingKey, type SeverityCounts } from './section-findings';
import { usePlanAudit } from './usePlanAudit';

interface SectionRow {
  key: string;
  title: string;
  counts: SeverityCounts;
}

/** Sections with findings, in the order the plan lists its sections; any not defined any more come last. */
function sectionRows(findings: readonly Finding[], definitions: readonly SectionDefinition[]): SectionRow[] {
  const byKey = new Map<string, SeverityCounts>();
  for (const f of findings) {
    if (f.sectionKey === null) continue;
    const counts = byKey.get(f.sectionKey) ?? { fail: 0, warn: 0 };
    counts[f.severity]++;
    byKey.set(f.sectionKey, counts);
  }
  const order = new Map(definitions.map((d, i) => [d.key, i]));
  return [...byKey]
    .map(([key, counts]) => ({ key, counts, title: definitions.find((d) => d.key === key)?.title ?? key.replace(/_/g, ' ') }))
    .sort((a, b) => (order.get(a.key) ?? Infinity) - (order.get(b.key) ?? Infinity));
}

export function scoreSentence(result: AuditResult): string {
  const counts = countsOf(result.findings);
  const score = result.score === null ? 'no score yet' : `${result.score} out of 100`;
  return `Plan quality: ${score} \u2014 ${counts.fail + counts.warn === 0 ? 'nothing to suggest' : countsPhrase(counts)}`;
}

interface Props {
  result: AuditResult;
  definitions: readonly SectionDefinition[];
  /** Where to write a section of the draft. */
  sectionPath: (key: string) => string;
}

export function PlanQualitySummary({ result, definitions, sectionPath }: Props) {
  const rows = sectionRows(result.findings, definitions);
  const planWide = result.findings.filter((f) => f.sectionKey === null);
  return (
    <section className="hearth-quality-summary" aria-labelledby="plan-quality-heading">
      <h2 className="nhsuk-heading-m" id="plan-quality-heading">
        Plan quality
      </h2>
      <p className="nhsuk-body-l hearth-quality-summary__score">{scoreSentence(result)}</p>
      <p className="nhsuk-body">
        The score is advice to help make the plan clear, specific and the person’s own; it does not stop the plan being agreed.
      </p>
      {rows.length > 0 && (
        <>
          <h3 className="nhsuk-heading-s">By section</h3>
          <ul className="nhsuk-list nhsuk-list--bullet">
            {rows.map((row) => (
              <li key={row.key}>
                {/* The counts are part of the link, so it reads apart from the same section's link in the list above. */}
                <Link className="nhsuk-link" to={sectionPath(row.key)}>
                  {row.title}: {countsPhrase(row.counts)}
                </Link>
              </li>
            ))}
          </ul>
        </>
      )}
      {planWide.length > 0 && (
        <details className="nhsuk-details">
          <summary className="nhsuk-details__summary">
            <span className="nhsuk-details__summary-text">About the plan as a whole: {countsPhrase(countsOf(planWide))}</span>
          </summary>
          <div className="nhsuk-details__text">
            <ul className="nhsuk-list">
              {planWide.map((f) => (
                <li key={findingKey(f)}>
                  <FindingNote finding={f} />
                </li>
              ))}
            </ul>
          </div>
        </details>
      )}
    </section>
  );
}

function countsOf(findings: readonly Finding[]): SeverityCounts {
  const counts = { fail: 0, warn: 0 };
  for (const f of findings) counts[f.severity]++;
  return counts;
}

/** The summary for a saved draft, audited once per load. */
export function DraftQualitySummary({
  plan,
  content,
  definitions,
  sectionPath,
}: {
  plan: CarePlan;
  content: PlanContent;
} & Omit<Props, 'result'>) {
  const result = usePlanAudit(plan, content, definitions);
  if (!result) return null;
  return <PlanQualitySummary result={result} definitions={definitions} sectionPath={sectionPath} />;
}
