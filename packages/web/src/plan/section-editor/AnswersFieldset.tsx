// "In my words": the person's answers to the section's prompts.
import { Textarea } from '../../components/fields';
import type { SectionFieldsetProps } from './fieldset-props';
import { fieldFindings } from '../quality/FieldFindings';

export function AnswersFieldset({ definition, form, setForm, errorFor }: SectionFieldsetProps) {
  if (definition.prompts.length === 0) return null;
  const setAnswer = (key: string, text: string) => {
    setForm((f) => ({ ...f, answers: { ...f.answers, [key]: text } }));
  };
  return (
    <div className="hearth-section">
      <h2 className="nhsuk-heading-m">In my words</h2>
      {definition.prompts.map((prompt) => (
        <Textarea
          key={prompt.key}
          name={`answers.${prompt.key}`}
          label={prompt.label}
          hint={prompt.hint}
          rows={4}
          value={form.answers[prompt.key] ?? ''}
          onChange={(v) => {
            setAnswer(prompt.key, v);
          }}
          error={errorFor(`answers.${prompt.key}`)}
          advice={fieldFindings(`answers.${prompt.key}`)}
        />
      ))}
    </div>
  );
}
