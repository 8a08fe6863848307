// One question of a template being written: its wording, guidance, the plan section it concerns and a CQC statement.
import { cqcQualityStatements, type SectionDefinition } from '@hearth/core';
import { Select, Textarea } from '../components/fields';

export interface QuestionDraft {
  /** The id of a question already saved; null for a new one, which gets an id from its wording on save. */
  id: string | null;
  /** Stable React key while the form is open. */
  rowKey: string;
  text: string;
  guidance: string;
  sectionKey: string;
  cqcStatement: string;
}

interface Props {
  index: number;
  value: QuestionDraft;
  sections: readonly SectionDefinition[];
  onChange: (value: QuestionDraft) => void;
  onRemove: (() => void) | null;
  errorFor: (path: string) => string | undefined;
}

export function QuestionEditor({ index, value, sections, onChange, onRemove, errorFor }: Props) {
  const base = `questions.${index}`;
  const set = (change: Partial<QuestionDraft>) => {
    onChange({ ...value, ...change });
  };
  return (
    <fieldset className="nhsuk-fieldset hearth-manual-audit__question">
      <legend className="nhsuk-fieldset__legend nhsuk-fieldset__legend--s">Question {index + 1}</legend>
      <Textarea name={`${base}.text`} label="Question" hint="Ask it so the auditor can answer yes, partly, no or not applicable." value={value.text} onChange={(text) => { set({ text }); }} error={errorFor(`${base}.text`) ?? errorFor(`${base}.id`)} rows={2} />
      <Textarea name={`${base}.guidance`} label="What to look for (optional)" value={value.guidance} onChange={(guidance) => { set({ guidance }); }} error={errorFor(`${base}.guidance`)} rows={2} />
      <Select
        name={`${base}.sectionKey`}
        label="Plan section (optional)"
        hint="The auditor gets a link to read this section of the plan."
        value={value.sectionKey}
        onChange={(sectionKey) => { set({ sectionKey }); }}
        placeholder="No one section"
        options={sections.map((s) => ({ value: s.key, label: s.title }))}
        error={errorFor(`${base}.sectionKey`)}
      />
      <Select
        name={`${base}.cqcStatement`}
        label="CQC quality statement (optional)"
        value={value.cqcStatement}
        onChange={(cqcStatement) => { set({ cqcStatement }); }}
        placeholder="None"
        options={cqcQualityStatements.map((s) => ({ value: s, label: s }))}
        error={errorFor(`${base}.cqcStatement`)}
      />
      {onRemove && (
        <button className="nhsuk-button nhsuk-button--secondary" type="button" onClick={onRemove}>
          Remove question {index + 1}
        </button>
      )}
    </fieldset>
  );
}
