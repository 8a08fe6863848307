// "Plan quality for this section": the count of this section's findings, folded away, listing those that have
// no field to sit beside (something not answered yet, a whole list, the section itself) with a link to the input.
// A polite live region says only when the count changes, once typing has paused, never each keystroke.
import { useEffect, useRef, useState, type MouseEvent } from 'react';
import { useSectionQualityView } from './findings-store';
import { FindingNote } from './FindingNote';
import { countsPhrase, type SeverityCounts } from './section-findings';

/** How long the count must stay the same before it is announced. */
const announceDelayMs = 1500;

function sectionCountSentence(counts: SeverityCounts): string {
  const phrase = countsPhrase(counts);
  return `${phrase.charAt(0).toUpperCase()}${phrase.slice(1)} for this section`;
}

/** The sentence to announce: empty at first (the count on opening is on screen), then each settled change. */
function useCountAnnouncement(sentence: string | null): string {
  const [announced, setAnnounced] = useState('');
  const last = useRef<string | null>(null);
  useEffect(() => {
    if (sentence === null) return;
    if (last.current === null) {
      last.current = sentence;
      return;
    }
    if (sentence === last.current) return;
    const timer = setTimeout(() => {
      last.current = sentence;
      setAnnounced(sentence);
    }, announceDelayMs);
    return () => {
      clearTimeout(timer);
    };
  }, [sentence]);
  return announced;
}

function focusField(event: MouseEvent<HTMLAnchorElement>, targetId: string) {
  const target = document.getElementById(targetId);
  if (!target) return;
  event.preventDefault();
  target.focus();
  target.scrollIntoView({ block: 'center' });
}

export function SectionQualityPanel() {
  const view = useSectionQualityView();
  const announced = useCountAnnouncement(view ? sectionCountSentence(view.counts) : null);
  const besideFields = view ? view.counts.fail + view.counts.warn - view.panel.length : 0;

  return (
    <>
      <div className="nhsuk-u-visually-hidden" role="status" id="section-quality-status">
        {announced}
      </div>
      {view && (
        <details className="nhsuk-details hearth-quality-panel" id="section-quality">
          <summary className="nhsuk-details__summary">
            <span className="nhsuk-details__summary-text">Plan quality for this section: {countsPhrase(view.counts)}</span>
          </summary>
          <div className="nhsuk-details__text">
            <p>
              Advice to make the plan clear and specific, checked as you write. It does not stop you saving.
              {besideFields > 0 &&
                ` ${besideFields === 1 ? '1 point is' : `${besideFields} points are`} shown beside the ${besideFields === 1 ? 'field it concerns' : 'fields they concern'}.`}
            </p>
            {view.panel.length > 0 && (
              <ul className="nhsuk-list hearth-quality-panel__list">
                {view.panel.map(({ key, finding, targetId }, index) => (
                  <li key={key}>
                    <FindingNote finding={finding}>
                      {targetId && (
                        <p className="hearth-finding__text">
                          <a
                            className="nhsuk-link"
                            href={`#${targetId}`}
                            onClick={(event) => {
                              focusField(event, targetId);
                            }}
                          >
                            Go to the field<span className="nhsuk-u-visually-hidden"> for point {index + 1}</span>
                          </a>
                        </p>
                      )}
                    </FindingNote>
                  </li>
                ))}
              </ul>
            )}
            {view.planWide > 0 && (
              <p>
                {view.planWide === 1 ? '1 more point concerns' : `${view.planWide} more points concern`} the plan as a whole; the
                draft page lists {view.planWide === 1 ? 'it' : 'them'}.
              </p>
            )}
          </div>
        </details>
      )}
    </>
  );
}
