// The toolkit's help for a section, folded away: how to write it (with its source) and a good example.
import type { SectionDefinition } from '@hearth/core';

export function SectionGuidance({ definition }: { definition: SectionDefinition }) {
  return (
    <>
      <details className="nhsuk-details">
        <summary className="nhsuk-details__summary">
          <span className="nhsuk-details__summary-text">How to write this section</span>
        </summary>
        <div className="nhsuk-details__text">
          {definition.guidance.map((paragraph, i) => (
            <p key={i}>{paragraph}</p>
          ))}
          <p className="hearth-muted">Source: {definition.source}</p>
        </div>
      </details>
      <details className="nhsuk-details">
        <summary className="nhsuk-details__summary">
          <span className="nhsuk-details__summary-text">A good example</span>
        </summary>
        <div className="nhsuk-details__text">
          <p className="hearth-pre-wrap">{definition.goodExample}</p>
        </div>
      </details>
    </>
  );
}
