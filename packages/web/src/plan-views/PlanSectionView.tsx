// One section of a plan version, read-only: checklists, answers in the person's words, strengths and needs,
// outcomes, steps, risks and equipment, each with the labels the section definition gives them.
import { inDayOrder, medicationSupportLevelLabels, type SectionContent } from '@hearth/core';
import type { ReactNode } from 'react';
import { SummaryList, type SummaryRow } from '../components/SummaryList';
import { hasAnyRiskAssessment, RiskAssessmentsView } from '../plan/risk/RiskAssessmentsView';
import { formatDate } from '../format';
import { describeLevel, type PlanLabels } from './plan-labels';

export function PlanSectionView({ section, labels }: { section: SectionContent; labels: PlanLabels }) {
  const key = section.sectionKey;
  const headingId = `section-${key}`;
  return (
    <section className="hearth-plan-section" aria-labelledby={headingId}>
      <h2 className="nhsuk-heading-m" id={headingId}>
        {labels.sectionTitle(key)}
      </h2>
      {section.notApplicable ? (
        <p className="nhsuk-body">
          <strong>This section does not apply:</strong> {section.notApplicable.reason}
        </p>
      ) : (
        <SectionBody section={section} labels={labels} />
      )}
    </section>
  );
}

function SectionBody({ section, labels }: { section: SectionContent; labels: PlanLabels }) {
  const key = section.sectionKey;
  const checklistKeys = [...new Set(section.checklist.map((c) => c.checklistKey))];
  const about: SummaryRow[] = [
    ...(section.strengths ? [{ key: 'What I can do', value: section.strengths, preWrap: true }] : []),
    ...(section.needs ? [{ key: 'What I need', value: section.needs, preWrap: true }] : []),
    ...(section.medicationSupportLevel
      ? [{ key: 'Medication support level', value: medicationSupportLevelLabels[section.medicationSupportLevel] }]
      : []),
    ...(section.nextReviewDate ? [{ key: 'Next review date', value: formatDate(section.nextReviewDate) }] : []),
  ];
  const isEmpty =
    about.length === 0 &&
    section.checklist.length === 0 &&
    section.answers.length === 0 &&
    section.outcomes.length === 0 &&
    section.steps.length === 0 &&
    section.risks.length === 0 &&
    section.equipment.length === 0 &&
    !hasAnyRiskAssessment(section.riskAssessments);
  if (isEmpty) return <p className="nhsuk-body">Nothing was written in this section.</p>;

  return (
    <>
      {section.answers.length > 0 && (
        <SummaryList
          rows={section.answers.map((a) => ({ key: labels.promptLabel(key, a.promptKey), value: a.text, preWrap: true }))}
        />
      )}
      {about.length > 0 && <SummaryList rows={about} />}
      {checklistKeys.map((checklistKey) => (
        <div key={checklistKey}>
          <h3 className="nhsuk-heading-s">{labels.checklistTitle(key, checklistKey)}</h3>
          <SummaryList
            rows={section.checklist
              .filter((c) => c.checklistKey === checklistKey)
              .map((c) => ({
                key: labels.checklistItemLabel(key, checklistKey, c.itemKey),
                value: (
                  <>
                    {describeLevel(c.level)}
                    {c.note && (
                      <>
                        <br />
                        <span className="hearth-pre-wrap">{c.note}</span>
                      </>
                    )}
                  </>
                ),
              }))}
          />
        </div>
      ))}
      {section.outcomes.length > 0 && (
        <>
          <h3 className="nhsuk-heading-s">Outcomes: what I want to achieve</h3>
          {section.outcomes.map((o) => (
            <SummaryList
              key={o.id}
              rows={[
                { key: 'My goal', value: o.goal, preWrap: true },
                { key: 'How it will be met', value: o.howMet, preWrap: true },
                { key: 'Who is involved', value: o.whoInvolved },
                { key: 'By when', value: o.targetDate ? formatDate(o.targetDate) : 'No date set' },
                ...(o.progress.length > 0
                  ? [
                      {
                        key: 'Progress',
                        value: (
                          <ul className="nhsuk-list hearth-compact-list">
                            {o.progress.map((p, i) => (
                              <li key={i}>
                                {formatDate(p.date)}: {p.note}
                              </li>
                            ))}
                          </ul>
                        ),
                      },
                    ]
                  : []),
              ]}
            />
          ))}
        </>
      )}
      {section.steps.length > 0 && (
        <>
          <h3 className="nhsuk-heading-s">How to support me, step by step</h3>
          <Pairs
            rows={inDayOrder(section.steps, (s) => s).map((s) => ({
              id: s.id,
              key: s.time ? `${s.when}, ${s.time}` : s.when,
              value: (
                <>
                  <span className="hearth-pre-wrap">{s.what}</span>
                  <br />
                  Who: {s.who}
                </>
              ),
            }))}
          />
        </>
      )}
      {section.risks.length > 0 && (
        <>
          <h3 className="nhsuk-heading-s">Risks and how they are managed</h3>
          <Pairs rows={section.risks.map((r) => ({ id: r.id, key: r.risk, value: r.howManaged, preWrap: true }))} />
        </>
      )}
      <RiskAssessmentsView assessments={section.riskAssessments} />
      {section.equipment.length > 0 && (
        <>
          <h3 className="nhsuk-heading-s">Equipment</h3>
          <Pairs rows={section.equipment.map((e) => ({ id: e.id, key: e.item, value: e.notes ?? 'No notes' }))} />
        </>
      )}
    </>
  );
}

/** A summary list whose labels may repeat (two steps both called "Morning visit"), so rows are keyed by item id. */
function Pairs({ rows }: { rows: { id: string; key: string; value: ReactNode; preWrap?: boolean }[] }) {
  return (
    <dl className="nhsuk-summary-list">
      {rows.map((row) => (
        <div className="nhsuk-summary-list__row" key={row.id}>
          <dt className="nhsuk-summary-list__key">{row.key}</dt>
          <dd className={`nhsuk-summary-list__value${row.preWrap ? ' hearth-pre-wrap' : ''}`}>{row.value}</dd>
        </div>
      ))}
    </dl>
  );
}
