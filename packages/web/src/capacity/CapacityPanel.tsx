// On the person's page: the link to their mental capacity, for those who may read it.
import type { Person } from '@hearth/core';
import { Link } from 'react-router-dom';
import { mayInService } from '../access/permissions';
import { useMe } from '../session/SessionContext';
import { capacityPath } from './capacity-paths';

export function CapacityPanel({ person }: { person: Person }) {
  const me = useMe();
  if (!mayInService(me, 'read', 'capacity_assessment', person.serviceId)) return null;
  const name = person.preferredName ?? person.legalName;
  return (
    <section aria-labelledby="capacity-heading">
      <h2 className="nhsuk-heading-m" id="capacity-heading">
        Mental capacity
      </h2>
      <p className="nhsuk-body">
        Whether {name} has capacity for particular decisions, the assessments and the best-interests decisions made for them.
      </p>
      <p className="nhsuk-body">
        <Link className="nhsuk-link" to={capacityPath(person.id)}>
          Mental capacity
        </Link>
      </p>
    </section>
  );
}
