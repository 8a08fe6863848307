// On the person's page: where their information choices stand, with a link to the conversations and to record one.
import { Link } from 'react-router-dom';
import type { Person } from '@hearth/core';
import { getInformationChoices } from '../api/information-choices';
import { mayInService } from '../access/permissions';
import { formatDate } from '../format';
import { useLoaded } from '../plan-views/useLoaded';
import { useMe } from '../session/SessionContext';
import { ChoicesStatusTag } from './choices-summary';

export const informationChoicesPath = (personId: string) => `/people/${personId}/information-choices`;

export function InformationChoicesPanel({ person }: { person: Person }) {
  const me = useMe();
  const mayRead = mayInService(me, 'read', 'information_choices', person.serviceId);
  const mayRecord = !person.isReadOnly && mayInService(me, 'update', 'information_choices', person.serviceId);
  const loaded = useLoaded(() => (mayRead ? getInformationChoices(person.id) : Promise.resolve(null)), [person.id, mayRead]);
  if (!mayRead) return null;
  return (
    <section aria-labelledby="information-choices-heading">
      <h2 className="nhsuk-heading-m" id="information-choices-heading">
        Information choices
      </h2>
      {loaded.kind === 'failed' && <p className="nhsuk-body">{loaded.message}</p>}
      {loaded.kind === 'ready' && loaded.value && (
        <p className="nhsuk-body">
          <ChoicesStatusTag status={loaded.value.status} />{' '}
          {loaded.value.current
            ? `Last discussed on ${formatDate(loaded.value.current.discussedOn)}; talk again by ${formatDate(loaded.value.current.reviewOn)}.`
            : 'Nobody has yet talked with them about how they want their records kept.'}
        </p>
      )}
      <ul className="nhsuk-list">
        <li>
          <Link className="nhsuk-link" to={informationChoicesPath(person.id)}>
            Their information choices and past conversations
          </Link>
        </li>
        {mayRecord && (
          <li>
            <Link className="nhsuk-link" to={`${informationChoicesPath(person.id)}/new`}>
              Record a conversation about information choices
            </Link>
          </li>
        )}
      </ul>
    </section>
  );
}
