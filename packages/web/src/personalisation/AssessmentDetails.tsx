// A self-assessment as the home agreed it: who took part and when, the priorities, each area's rating and what
// people said, and how it compares with the one before.
import type { PersonalisationAssessment } from '@hearth/core';
import { ResponsiveCell, ResponsiveTable } from '../components/ResponsiveTable';
import { SummaryList } from '../components/SummaryList';
import { formatDate } from '../format';
import { changeLabels, RatingTag } from './RatingTag';

export function AssessmentDetails({ assessment }: { assessment: PersonalisationAssessment }) {
  const titleOf = new Map(assessment.areas.map((a) => [a.id, a.title]));
  const comparison = assessment.comparison;
  return (
    <>
      <SummaryList
        rows={[
          { key: 'Agreed on', value: formatDate(assessment.agreedOn) },
          { key: 'Who took part', value: assessment.participants },
          { key: 'Recorded by', value: assessment.assessedBy.name },
          ...(assessment.note ? [{ key: 'Note', value: assessment.note }] : []),
        ]}
      />
      <h2 className="nhsuk-heading-m">Priorities</h2>
      <ol className="nhsuk-list nhsuk-list--number">
        {assessment.priorities.map((p) => (
          <li key={p.areaId}>
            <strong>{p.title}</strong>: {p.why}
          </li>
        ))}
      </ol>
      <h2 className="nhsuk-heading-m">Where the home is now</h2>
      <ResponsiveTable caption="Rating for each area of personalised care" headings={['Area', 'Rating', 'What people said']}>
        {assessment.ratings.map((r) => (
          <tr className="nhsuk-table__row" role="row" key={r.areaId}>
            <ResponsiveCell heading="Area">{titleOf.get(r.areaId) ?? r.areaId}</ResponsiveCell>
            <ResponsiveCell heading="Rating"><RatingTag rating={r.rating} /></ResponsiveCell>
            <ResponsiveCell heading="What people said">{r.evidence || 'Nothing recorded'}</ResponsiveCell>
          </tr>
        ))}
      </ResponsiveTable>
      <h2 className="nhsuk-heading-m">Progress since the previous self-assessment</h2>
      {comparison ? (
        <>
          <p className="nhsuk-body">
            Since {formatDate(comparison.previousAgreedOn)}: {comparison.improved} improved, {comparison.same} the same, {comparison.worse} got worse
            {comparison.new > 0 ? `, ${comparison.new} new` : ''}.
          </p>
          <ResponsiveTable caption="Each area against the previous self-assessment" headings={['Area', 'Then', 'Now', 'Change']}>
            {comparison.areas.map((c) => (
              <tr className="nhsuk-table__row" role="row" key={c.areaId}>
                <ResponsiveCell heading="Area">{c.title}</ResponsiveCell>
                <ResponsiveCell heading="Then">{c.from ? <RatingTag rating={c.from} /> : 'Not rated'}</ResponsiveCell>
                <ResponsiveCell heading="Now"><RatingTag rating={c.to} /></ResponsiveCell>
                <ResponsiveCell heading="Change">{changeLabels[c.change]}</ResponsiveCell>
              </tr>
            ))}
          </ResponsiveTable>
        </>
      ) : (
        <p className="nhsuk-body">This is the home&rsquo;s first self-assessment.</p>
      )}
    </>
  );
}
