// One section of a plan as care workers read it: the person's answers, checklist, outcomes, steps, risks and equipment.
import { supportLevelLabels, type SectionContent, type SectionDefinition } from '@hearth/core';
import type { ReactNode } from 'react';
import { ResponsiveCell, ResponsiveTable } from '../components/ResponsiveTable';
import { SummaryList, type SummaryRow } from '../components/SummaryList';
import { formatDate } from '../format';
import { medicationSupportLevelLabels } from './plan-labels';
import { RiskAssessmentsView } from './risk/RiskAssessmentsView';
import { hasContent } from './plan-model';

export function SectionView({
  definition,
  content,
  summary,
  children,
}: {
  definition: SectionDefinition;
  content: SectionContent | undefined;
  /** Shown under the heading, such as where capacity and consent stand for the section. */
  summary?: ReactNode;
  /** Shown at the end of the section, such as the comments about it. */
  children?: ReactNode;
}) {
  const headingId = `section-${definition.key}`;
  return (
    <section className="hearth-plan-section" aria-labelledby={headingId}>
      <h2 className="nhsuk-heading-m" id={headingId}>
        {definition.title}
      </h2>
      {summary}
      {!content || (!content.notApplicable && !hasContent(content)) ? (
        <p className="nhsuk-body hearth-muted">Not written yet.</p>
      ) : content.notApplicable ? (
        <p className="nhsuk-body hearth-pre-wrap">
          <strong>This section does not apply.</strong> {content.notApplicable.reason}
        </p>
      ) : (
        <WrittenSection definition={definition} content={content} />
      )}
      {children}
    </section>
  );
}

function WrittenSection({ definition, content }: { definition: SectionDefinition; content: SectionContent }) {
  const answerRows: SummaryRow[] = content.answers.map((answer) => ({
    key: definition.prompts.find((p) => p.key === answer.promptKey)?.label ?? answer.promptKey,
    value: answer.text,
    preWrap: true,
  }));
  const aboutRows: SummaryRow[] = [
    ...(content.strengths ? [{ key: 'What I can do', value: content.strengths, preWrap: true }] : []),
    ...(content.needs ? [{ key: 'What I need', value: content.needs, preWrap: true }] : []),
    ...(content.medicationSupportLevel
      ? [{ key: 'Support with medicines', value: medicationSupportLevelLabels[content.medicationSupportLevel] }]
      : []),
  ];
  return (
    <>
      {answerRows.length > 0 && <SummaryList rows={answerRows} />}
      {aboutRows.length > 0 && <SummaryList rows={aboutRows} />}
      {definition.checklists.map((checklist) => {
        const answers = content.checklist.filter((a) => a.checklistKey === checklist.key);
        if (answers.length === 0) return null;
        return (
          <div key={checklist.key}>
            <h3 className="nhsuk-heading-s">{checklist.title}</h3>
            <SummaryList
              rows={answers.map((a) => ({
                key: checklist.items.find((i) => i.key === a.itemKey)?.label ?? a.itemKey,
                value: (
                  <>
                    {supportLevelLabels[a.level]}
                    {a.note && <span className="hearth-block hearth-pre-wrap">{a.note}</span>}
                  </>
                ),
              }))}
            />
          </div>
        );
      })}
      {content.steps.length > 0 && (
        <>
          <h3 className="nhsuk-heading-s">How to support me, step by step</h3>
          <ResponsiveTable caption={`${definition.title}: steps`} headings={['When', 'What to do', 'Who']}>
            {content.steps.map((step) => (
              <tr className="nhsuk-table__row" role="row" key={step.id}>
                <ResponsiveCell heading="When">
                  {step.when}
                  {step.time && ` (${step.time})`}
                </ResponsiveCell>
                <ResponsiveCell heading="What to do">
                  <span className="hearth-pre-wrap">{step.what}</span>
                </ResponsiveCell>
                <ResponsiveCell heading="Who">{step.who}</ResponsiveCell>
              </tr>
            ))}
          </ResponsiveTable>
        </>
      )}
      {content.outcomes.length > 0 && (
        <>
          <h3 className="nhsuk-heading-s">What I want to achieve</h3>
          {content.outcomes.map((outcome) => (
            <SummaryList
              key={outcome.id}
              rows={[
                { key: 'My goal', value: outcome.goal, preWrap: true },
                { key: 'How it will be met', value: outcome.howMet, preWrap: true },
                { key: 'Who is involved', value: outcome.whoInvolved },
                ...(outcome.targetDate ? [{ key: 'Target date', value: formatDate(outcome.targetDate) }] : []),
              ]}
            />
          ))}
        </>
      )}
      {content.risks.length > 0 && (
        <>
          <h3 className="nhsuk-heading-s">Risks and how they are managed</h3>
          <SummaryList rows={content.risks.map((r) => ({ key: r.risk, value: r.howManaged, preWrap: true }))} />
        </>
      )}
      <RiskAssessmentsView assessments={content.riskAssessments} />
      {content.equipment.length > 0 && (
        <>
          <h3 className="nhsuk-heading-s">Equipment</h3>
          <SummaryList rows={content.equipment.map((e) => ({ key: e.item, value: e.notes ?? 'No notes', preWrap: true }))} />
        </>
      )}
    </>
  );
}
