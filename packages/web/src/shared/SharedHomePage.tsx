// The people whose records the reader may see now, and how far.
import { Link } from 'react-router-dom';
import { PageHeading } from '../components/PageHeading';
import { formatDateTime } from '../format';
import { partsSentence, personName, relationshipLabel } from './shared-labels';
import { useSharedMe } from './SharedSessionContext';

export function SharedHomePage() {
  const session = useSharedMe();
  return (
    <>
      <PageHeading title="Shared records" />
      {session.people.length === 0 ? (
        <p className="nhsuk-body">
          No records are shared with you at the moment. If you expected to see one, ask {session.organisation.name}.
        </p>
      ) : (
        <ul className="nhsuk-list">
          {session.people.map((p) => (
            <li key={p.personId} className="nhsuk-card nhsuk-card--clickable">
              <div className="nhsuk-card__content">
                <h2 className="nhsuk-card__heading nhsuk-heading-m">
                  <Link className="nhsuk-card__link" to={`/shared/people/${p.personId}`}>
                    {personName(p)}
                  </Link>
                </h2>
                <p className="nhsuk-card__description">{relationshipLabel(p.relationship)}</p>
                <p className="nhsuk-card__description">Shared with you: {partsSentence(p.parts)}</p>
                {p.endsAt && <p className="nhsuk-card__description">Until {formatDateTime(p.endsAt)}</p>}
              </div>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
