// Capacity, legal authority and advance care planning as the person shares them: the ReSPECT form or DNACPR decision
// set apart so it cannot be missed, then each record under its heading, in the words the server chose for readers.
import { sharedCapacityHeading, type SharedCapacityEntry } from '@hearth/core';

export function SharedCapacity({ entries }: { entries: SharedCapacityEntry[] | null }) {
  if (entries === null) return null;
  return (
    <section aria-labelledby="shared-capacity">
      <h2 id="shared-capacity" className="nhsuk-heading-l">
        {sharedCapacityHeading}
      </h2>
      {entries.length === 0 && <p className="nhsuk-body">Nothing recorded.</p>}
      {entries.map((entry, i) =>
        entry.kind === 'resuscitation' ? (
          <div key={`${entry.kind}-${i}`} className="nhsuk-warning-callout">
            <h3 className="nhsuk-warning-callout__label">
              <span role="text">
                <span className="nhsuk-u-visually-hidden">Important: </span>
                {entry.heading}
              </span>
            </h3>
            {entry.lines.map((line, j) => (
              <p key={j}>{line}</p>
            ))}
          </div>
        ) : (
          <section key={`${entry.kind}-${i}`} aria-labelledby={`capacity-${i}`} className="hearth-shared-section">
            <h3 id={`capacity-${i}`} className="nhsuk-heading-m">
              {entry.heading}
            </h3>
            {entry.lines.map((line, j) => (
              <p key={j} className="nhsuk-body">
                {line}
              </p>
            ))}
          </section>
        ),
      )}
    </section>
  );
}
