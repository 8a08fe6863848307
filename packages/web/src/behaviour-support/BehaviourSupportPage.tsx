// A person's Positive Behaviour Support: the way to their plan, ABC records, analysis, scatter plot, PAL checklist and
// restrictive interventions, each offered only to those who may read it.
import type { ResourceKind } from '@hearth/core';
import { Link } from 'react-router-dom';
import { mayInService } from '../access/permissions';
import { BspHubStatus } from '../behaviour-support-plan/BspHubStatus';
import { PageHeading } from '../components/PageHeading';
import { usePerson } from '../people/PersonLayout';
import { useMe } from '../session/SessionContext';
import { PersonTrainingFlags } from '../staff-training/PersonTrainingFlags';
import { behaviourSupportPaths } from './paths';

interface Entry {
  to: (personId: string) => string;
  label: string;
  hint: string;
  kind: ResourceKind;
}

const entries: Entry[] = [
  { to: behaviourSupportPaths.plan, label: 'Behaviour support plan', hint: 'How to support them well, early warning signs, what to do and never to do', kind: 'behaviour_support_plan' },
  { to: behaviourSupportPaths.abc, label: 'ABC records', hint: 'What happened before, during and after each incident', kind: 'behaviour_record' },
  { to: behaviourSupportPaths.analysis, label: 'What the records show', hint: 'Antecedents, consequences and what the behaviour may be for', kind: 'behaviour_record' },
  { to: behaviourSupportPaths.scatterPlot, label: 'Scatter plot', hint: 'When in the day and week the behaviour happens', kind: 'behaviour_record' },
  { to: behaviourSupportPaths.pal, label: 'PAL checklist', hint: 'Pool Activity Level: abilities and an activity plan', kind: 'pal_assessment' },
  {
    to: behaviourSupportPaths.restrictiveInterventions,
    label: 'Restrictive interventions',
    hint: 'Every use, its debrief, and whether their use is falling',
    kind: 'restrictive_intervention',
  },
];

export function BehaviourSupportPage() {
  const { person } = usePerson();
  const me = useMe();
  const shown = entries.filter((e) => mayInService(me, 'read', e.kind, person.serviceId));
  return (
    <>
      <PageHeading title={`Behaviour support for ${person.legalName}`} caption={person.legalName}>
        Behaviour support
      </PageHeading>
      <PersonTrainingFlags person={person} />
      {shown.length === 0 ? (
        <p className="nhsuk-body">You do not have access to this person&rsquo;s behaviour support records.</p>
      ) : (
        <ul className="nhsuk-list">
          {shown.map((e) => (
            <li key={e.label}>
              <Link className="nhsuk-link" to={e.to(person.id)}>
                {e.label}
              </Link>
              <p className="nhsuk-body-s nhsuk-u-secondary-text-color">{e.hint}</p>
              {e.kind === 'behaviour_support_plan' && <BspHubStatus personId={person.id} />}
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
