// On the person's page: the way into their Positive Behaviour Support records, for those who may read them.
import type { Person } from '@hearth/core';
import { Link } from 'react-router-dom';
import { mayInService } from '../access/permissions';
import { useMe } from '../session/SessionContext';
import { behaviourSupportPaths } from './paths';

export function BehaviourSupportPanel({ person }: { person: Person }) {
  const me = useMe();
  const mayRead = (['behaviour_support_plan', 'behaviour_record', 'pal_assessment', 'restrictive_intervention'] as const).some((kind) =>
    mayInService(me, 'read', kind, person.serviceId),
  );
  if (!mayRead) return null;
  const name = person.preferredName ?? person.legalName;
  return (
    <section aria-labelledby="behaviour-support-heading">
      <h2 className="nhsuk-heading-m" id="behaviour-support-heading">
        Behaviour support
      </h2>
      <p className="nhsuk-body">
        {name}&rsquo;s behaviour support plan, ABC records and what they show, the scatter plot, the PAL checklist and any restrictive
        interventions.
      </p>
      <p className="nhsuk-body">
        <Link className="nhsuk-link" to={behaviourSupportPaths.hub(person.id)}>
          Behaviour support
        </Link>
      </p>
    </section>
  );
}
