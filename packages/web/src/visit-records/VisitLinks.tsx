// On a person's page: record a visit (for those who may) and read the visit records.
import type { Person } from '@hearth/core';
import { Link } from 'react-router-dom';
import { mayInService } from '../access/permissions';
import { ButtonLink } from '../components/links';
import { useMe } from '../session/SessionContext';

export function VisitLinks({ person }: { person: Person }) {
  const me = useMe();
  const mayRecord = !person.isReadOnly && mayInService(me, 'create', 'visit_record', person.serviceId);
  if (!mayInService(me, 'read', 'visit_record', person.serviceId)) return null;
  return (
    <div className="nhsuk-button-group">
      {mayRecord && <ButtonLink to={`/people/${person.id}/visits/new`}>Record a visit</ButtonLink>}
      <Link className="nhsuk-link" to={`/people/${person.id}/visits`}>
        Visit records
      </Link>
    </div>
  );
}
