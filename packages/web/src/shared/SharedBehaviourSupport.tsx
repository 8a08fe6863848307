// Behaviour support as the person shares it: the behaviour support plan in use, section by section, then the last
// month's ABC records and restrictive interventions as tables that stack on a phone.
import {
  bspFollowedPlanLabels,
  bspRestrictivePracticeLabels,
  sharedBehaviourSupportDays,
  sharedBehaviourSupportHeading,
  sharedWhen,
  type SharedBehaviourSupport as SharedBehaviourSupportView,
} from '@hearth/core';
import { ResponsiveCell, ResponsiveTable } from '../components/ResponsiveTable';
import { formatDate } from '../format';

const minutes = (n: number) => (n === 1 ? '1 minute' : `${n} minutes`);

export function SharedBehaviourSupport({ view }: { view: SharedBehaviourSupportView | null }) {
  if (view === null) return null;
  const { plan } = view;
  return (
    <section aria-labelledby="shared-behaviour-support">
      <h2 id="shared-behaviour-support" className="nhsuk-heading-l">
        {sharedBehaviourSupportHeading}
      </h2>
      <h3 className="nhsuk-heading-m">Behaviour support plan</h3>
      {plan === null ? (
        <p className="nhsuk-body">There is no agreed behaviour support plan.</p>
      ) : (
        <>
          <p className="nhsuk-body">
            Version {plan.version}
            {plan.agreedOn ? `, agreed on ${formatDate(plan.agreedOn)}` : ''}. To be reviewed by {formatDate(plan.reviewBy)}.
          </p>
          {plan.sections.map((section) => (
            <div key={section.heading} className="hearth-shared-section">
              <h4 className="nhsuk-heading-s">{section.heading}</h4>
              {section.lines.map((line, i) => (
                <p key={i} className="nhsuk-body">
                  {line}
                </p>
              ))}
            </div>
          ))}
        </>
      )}
      <h3 className="nhsuk-heading-m">ABC records in the last {sharedBehaviourSupportDays} days</h3>
      {view.abcRecords.length === 0 ? (
        <p className="nhsuk-body">None recorded.</p>
      ) : (
        <ResponsiveTable
          caption={`ABC records in the last ${sharedBehaviourSupportDays} days`}
          headings={['When', 'Behaviour', 'Intensity', 'How long']}
        >
          {view.abcRecords.map((r, i) => (
            <tr className="nhsuk-table__row" role="row" key={`${r.occurredAt}-${i}`}>
              <ResponsiveCell heading="When">{sharedWhen(r.occurredAt)}</ResponsiveCell>
              <ResponsiveCell heading="Behaviour">{r.behaviour}</ResponsiveCell>
              <ResponsiveCell heading="Intensity">{r.intensity} out of 5</ResponsiveCell>
              <ResponsiveCell heading="How long">{minutes(r.durationMinutes)}</ResponsiveCell>
            </tr>
          ))}
        </ResponsiveTable>
      )}
      <h3 className="nhsuk-heading-m">Restrictive interventions in the last {sharedBehaviourSupportDays} days</h3>
      {view.restrictiveInterventions.length === 0 ? (
        <p className="nhsuk-body">None recorded.</p>
      ) : (
        <ResponsiveTable
          caption={`Restrictive interventions in the last ${sharedBehaviourSupportDays} days`}
          headings={['When', 'What', 'How long', 'The plan', 'Debrief with the person']}
        >
          {view.restrictiveInterventions.map((r, i) => (
            <tr className="nhsuk-table__row" role="row" key={`${r.startedAt}-${i}`}>
              <ResponsiveCell heading="When">{sharedWhen(r.startedAt)}</ResponsiveCell>
              <ResponsiveCell heading="What">{bspRestrictivePracticeLabels[r.kind]}</ResponsiveCell>
              <ResponsiveCell heading="How long">{minutes(r.durationMinutes)}</ResponsiveCell>
              <ResponsiveCell heading="The plan">{bspFollowedPlanLabels[r.followedPlan]}</ResponsiveCell>
              <ResponsiveCell heading="Debrief with the person">{r.debriefWithPerson ? 'Held' : 'None recorded'}</ResponsiveCell>
            </tr>
          ))}
        </ResponsiveTable>
      )}
    </section>
  );
}
