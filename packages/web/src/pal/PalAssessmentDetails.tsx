// What a checklist recorded: the statement ticked for each activity (as its text read when ticked), the activity
// profile, the individual action plan, and who completed it.
import { palActivityNames, palLevelNames, type PalAssessmentView } from '@hearth/core';
import { ResponsiveCell, ResponsiveTable } from '../components/ResponsiveTable';
import { SummaryList } from '../components/SummaryList';
import { formatDateTime } from '../format';

const notGiven = 'Not given';

export function PalAssessmentDetails({ assessment }: { assessment: PalAssessmentView }) {
  const { profile, actionPlan } = assessment.body;
  return (
    <>
      <h3 className="nhsuk-heading-s">Individual action plan</h3>
      <SummaryList
        rows={[
          { key: 'Goals', value: actionPlan.goals, preWrap: true },
          { key: 'Activities to offer', value: actionPlan.activities, preWrap: true },
          { key: 'How to support them at this level', value: actionPlan.howToSupport, preWrap: true },
          { key: 'Who will support them', value: actionPlan.who, preWrap: true },
        ]}
      />
      <h3 className="nhsuk-heading-s">Activity profile</h3>
      <SummaryList
        rows={[
          { key: 'Life history', value: profile.lifeHistory ?? notGiven, preWrap: true },
          { key: 'Interests', value: profile.interests ?? notGiven, preWrap: true },
          { key: 'Likes', value: profile.likes ?? notGiven, preWrap: true },
          { key: 'Dislikes', value: profile.dislikes ?? notGiven, preWrap: true },
        ]}
      />
      <h3 className="nhsuk-heading-s">Statements ticked</h3>
      <ResponsiveTable caption="The statement ticked for each activity" headings={['Activity', 'Statement ticked', 'Note']}>
        {assessment.ticked.map((t) => (
          <tr className="nhsuk-table__row" role="row" key={t.activity}>
            <ResponsiveCell heading="Activity">{palActivityNames[t.activity]}</ResponsiveCell>
            <ResponsiveCell heading="Statement ticked">
              <strong>{palLevelNames[t.level]}</strong>
              <span className="hearth-pal-statement">{t.statement ? `: ${t.statement}` : ' (completed from a paper copy)'}</span>
            </ResponsiveCell>
            <ResponsiveCell heading="Note">{t.note ?? ''}</ResponsiveCell>
          </tr>
        ))}
      </ResponsiveTable>
      <p className="nhsuk-body-s nhsuk-u-secondary-text-color">
        Completed by {assessment.recordedBy.name}, recorded {formatDateTime(assessment.recordedAt)}.
      </p>
    </>
  );
}
