// One area of personalised care on the self-assessment form: what it is about, prompts for the conversation,
// where the home is now, what people said, and whether it is a priority and why.
import { personalisationRatings, ratingScale, type PersonalisationArea } from '@hearth/core';
import { Checkbox, Textarea } from '../components/fields';
import { Radios } from '../plan/Radios';

export interface AreaAnswer {
  rating: string;
  evidence: string;
  isPriority: boolean;
  why: string;
}

export const emptyAnswer: AreaAnswer = { rating: '', evidence: '', isPriority: false, why: '' };

interface Props {
  area: PersonalisationArea;
  /** The area's place in the list, which names its fields as the server does (ratings.<index>). */
  index: number;
  /** Its place among the priorities chosen, while it is one (priorities.<index>). */
  priorityIndex: number | null;
  answer: AreaAnswer;
  onChange: (answer: AreaAnswer) => void;
  errorFor: (path: string) => string | undefined;
}

export function AreaFieldset({ area, index, priorityIndex, answer, onChange, errorFor }: Props) {
  const set = (change: Partial<AreaAnswer>) => {
    onChange({ ...answer, ...change });
  };
  return (
    <fieldset className="nhsuk-fieldset hearth-personalisation-area" aria-describedby={`area-${area.id}-description`}>
      <legend className="nhsuk-fieldset__legend nhsuk-fieldset__legend--m">
        <h2 className="nhsuk-fieldset__heading">{area.title}</h2>
      </legend>
      <p className="nhsuk-body" id={`area-${area.id}-description`}>{area.description}</p>
      {area.whatGoodLooksLike.length > 0 && (
        <details className="nhsuk-details">
          <summary className="nhsuk-details__summary">
            <span className="nhsuk-details__summary-text">What good looks like: questions to talk through</span>
          </summary>
          <div className="nhsuk-details__text">
            <ul>
              {area.whatGoodLooksLike.map((prompt) => <li key={prompt}>{prompt}</li>)}
            </ul>
          </div>
        </details>
      )}
      <Radios
        name={`ratings.${index}.rating`}
        legend={`Where is the home now for ${area.title.toLowerCase()}?`}
        value={answer.rating}
        onChange={(rating) => {
          set({ rating });
        }}
        options={personalisationRatings.map((r) => ({ value: r, label: `${ratingScale[r].label}: ${ratingScale[r].meaning}` }))}
        error={errorFor(`ratings.${index}.rating`)}
        small
      />
      <Textarea
        name={`ratings.${index}.evidence`}
        label="What residents, relatives and staff said"
        hint="Examples and what you saw. Needed if this area is a priority."
        value={answer.evidence}
        onChange={(evidence) => {
          set({ evidence });
        }}
        error={errorFor(`ratings.${index}.evidence`)}
      />
      <Checkbox
        name={`priority-${area.id}`}
        label={`Make ${area.title.toLowerCase()} a priority for improvement`}
        checked={answer.isPriority}
        onChange={(isPriority) => {
          set({ isPriority });
        }}
      />
      {answer.isPriority && priorityIndex !== null && (
        <div className="nhsuk-checkboxes__conditional">
          <Textarea
            name={`priorities.${priorityIndex}.why`}
            label="Why is this a priority?"
            value={answer.why}
            onChange={(why) => {
              set({ why });
            }}
            error={errorFor(`priorities.${priorityIndex}.why`)}
          />
        </div>
      )}
    </fieldset>
  );
}
