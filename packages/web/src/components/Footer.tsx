// The footer: Hearth's own, with no NHS branding.
export function Footer() {
  return (
    <footer className="nhsuk-footer hearth-footer" role="contentinfo">
      <div className="nhsuk-width-container">
        <div className="nhsuk-footer__meta">
          <h2 className="nhsuk-u-visually-hidden">About Hearth</h2>
          <p className="nhsuk-body-s hearth-footer__text">
            Hearth is an open-source, person-centred digital social care record, free to use under the Apache License 2.0.
          </p>
        </div>
      </div>
    </footer>
  );
}
