// On the What to do now page (step 5, act): how to communicate with the person before anything else, in their words.
import { getCommunicationNeeds } from '../api/communication-needs';
import { useLoaded } from '../plan-views/useLoaded';
import { communicationNeedsPath } from './CommunicationFlag';
import { Link } from 'react-router-dom';

export function NowCommunication({ personId, name }: { personId: string; name: string }) {
  const loaded = useLoaded(() => getCommunicationNeeds(personId), [personId]);
  // The flag under the name already says "not yet recorded", and a refusal means nothing more to show here.
  if (loaded.kind !== 'ready' || loaded.value.current === null) return null;
  const { current, flag } = loaded.value;
  if (flag.length === 0 && !current.needs.ownWords) return null;
  return (
    <section className="nhsuk-inset-text" aria-labelledby="now-communication-heading">
      <h2 className="nhsuk-heading-s" id="now-communication-heading">
        Communicating with {name}
      </h2>
      {flag.length > 0 && (
        <ul className="nhsuk-list nhsuk-list--bullet">
          {flag.map((label) => (
            <li key={label}>{label}</li>
          ))}
        </ul>
      )}
      {current.needs.ownWords && (
        <p>
          In {name}’s words: “{current.needs.ownWords}”
        </p>
      )}
      <p>
        <Link to={communicationNeedsPath(personId)}>Their information and communication needs</Link>
      </p>
    </section>
  );
}
