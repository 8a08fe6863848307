// The flag shown wherever a person appears (step 3 of the Accessible Information Standard): their information and
// communication needs as labels, or a prompt to ask when nobody has yet.
import { Link } from 'react-router-dom';
import { notYetRecordedFlag } from '@hearth/core';
import './communication-needs.css';

interface Props {
  personId: string;
  /** Labels; null when never recorded; undefined when the reader may not see them (nothing is shown). */
  flag: string[] | null | undefined;
  /** Compact for a table cell; the full form under the person's name says what the labels are and links to them. */
  compact?: boolean;
}

export const communicationNeedsPath = (personId: string) => `/people/${personId}/communication-needs`;

export function CommunicationFlag({ personId, flag, compact = false }: Props) {
  if (flag === undefined) return null;
  if (compact) {
    if (flag === null) return <strong className="nhsuk-tag nhsuk-tag--yellow hearth-comm-tag">Not yet recorded: ask</strong>;
    if (flag.length === 0) return <span className="hearth-muted">None</span>;
    return <FlagTags flag={flag} />;
  }
  return (
    <section className="hearth-comm-flag" aria-labelledby="communication-flag-heading">
      <h2 className="hearth-comm-flag__label" id="communication-flag-heading">
        Information and communication needs
      </h2>
      {flag === null ? (
        <p className="hearth-comm-flag__line">
          <strong className="nhsuk-tag nhsuk-tag--yellow hearth-comm-tag">{notYetRecordedFlag}</strong>{' '}
          <Link to={communicationNeedsPath(personId)}>Ask how they would like information and communication</Link>
        </p>
      ) : (
        <p className="hearth-comm-flag__line">
          {flag.length === 0 ? <span>No information or communication needs</span> : <FlagTags flag={flag} />}{' '}
          <Link to={communicationNeedsPath(personId)}>
            See their needs<span className="nhsuk-u-visually-hidden"> in full</span>
          </Link>
        </p>
      )}
    </section>
  );
}

function FlagTags({ flag }: { flag: string[] }) {
  return (
    <ul className="hearth-comm-tags">
      {flag.map((label) => (
        <li key={label}>
          <strong className="nhsuk-tag nhsuk-tag--blue hearth-comm-tag">{label}</strong>
        </li>
      ))}
    </ul>
  );
}
