// On the person's page: the link to their contacts and what the person decided each may see, for those who may read it.
import type { Person } from '@hearth/core';
import { Link } from 'react-router-dom';
import { mayInService } from '../access/permissions';
import { useMe } from '../session/SessionContext';
import { sharingPath } from './sharing-summary';

export function SharingPanel({ person }: { person: Person }) {
  const me = useMe();
  if (!mayInService(me, 'list', 'person_contact', person.serviceId)) return null;
  const name = person.preferredName ?? person.legalName;
  return (
    <section aria-labelledby="sharing-heading">
      <h2 className="nhsuk-heading-m" id="sharing-heading">
        Sharing
      </h2>
      <p className="nhsuk-body">
        Who {name} shares their record with, which parts each may see, and what they have added. Nothing is shared until{' '}
        {name} decides.
      </p>
      <p className="nhsuk-body">
        <Link className="nhsuk-link" to={sharingPath(person.id)}>
          Sharing and contacts
        </Link>
      </p>
    </section>
  );
}
