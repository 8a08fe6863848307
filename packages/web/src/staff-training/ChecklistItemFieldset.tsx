// One checklist item: the answer as radios, and the evidence or comment beside it, inside the same fieldset.
import { Textarea } from '../components/fields';
import { Radios } from '../plan/Radios';

export interface ChecklistItemDraft {
  answer: string;
  note: string;
}

interface Props {
  /** Field names as the server names them: `${list}.${itemId}.${answerField}`. */
  base: string;
  answerField: string;
  noteField: string;
  number: number;
  text: string;
  options: { value: string; label: string }[];
  value: ChecklistItemDraft;
  onChange: (value: ChecklistItemDraft) => void;
  errorFor: (path: string) => string | undefined;
  noteLabel: (answer: string) => string;
  noteHint: (answer: string) => string;
}

export function ChecklistItemFieldset({
  base,
  answerField,
  noteField,
  number,
  text,
  options,
  value,
  onChange,
  errorFor,
  noteLabel,
  noteHint,
}: Props) {
  return (
    <Radios
      name={`${base}.${answerField}`}
      legend={
        <>
          <span className="nhsuk-u-visually-hidden">Item </span>
          {number}. {text}
        </>
      }
      error={errorFor(`${base}.${answerField}`) ?? errorFor(base)}
      value={value.answer}
      onChange={(answer) => {
        onChange({ ...value, answer });
      }}
      options={options}
      small
    >
      <Textarea
        name={`${base}.${noteField}`}
        label={noteLabel(value.answer)}
        hint={noteHint(value.answer)}
        value={value.note}
        onChange={(note) => {
          onChange({ ...value, note });
        }}
        error={errorFor(`${base}.${noteField}`)}
        rows={2}
      />
    </Radios>
  );
}
