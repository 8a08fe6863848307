// Allergies and alerts, shown at the top of every page about a person so no one acts without seeing them.
import type { Person } from '@hearth/core';

export function AlertBanner({ alerts }: { alerts: Person['alerts'] }) {
  const allergies = alerts.filter((a) => a.kind === 'allergy');
  const others = alerts.filter((a) => a.kind === 'alert');
  return (
    <section className="nhsuk-warning-callout hearth-alert-banner" aria-labelledby="alerts-heading">
      <h2 className="nhsuk-warning-callout__label" id="alerts-heading">
        Allergies and alerts
      </h2>
      {alerts.length === 0 ? (
        <p>No known allergies or alerts recorded</p>
      ) : (
        <>
          {allergies.length > 0 && (
            <>
              <h3 className="nhsuk-heading-xs nhsuk-u-margin-bottom-1">Allergies</h3>
              <ul className="nhsuk-list nhsuk-list--bullet">
                {allergies.map((a, i) => (
                  <li key={i}>{a.description}</li>
                ))}
              </ul>
            </>
          )}
          {others.length > 0 && (
            <>
              <h3 className="nhsuk-heading-xs nhsuk-u-margin-bottom-1">Alerts</h3>
              <ul className="nhsuk-list nhsuk-list--bullet">
                {others.map((a, i) => (
                  <li key={i}>{a.description}</li>
                ))}
              </ul>
            </>
          )}
        </>
      )}
    </section>
  );
}
