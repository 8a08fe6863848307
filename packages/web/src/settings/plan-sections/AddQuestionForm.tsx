// Adds a question to a section, answered in the person's own words.
import { useState, type SyntheticEvent } from 'react';
import type { SectionDefinition, SectionExtensionResponse } from '@hearth/core';
import { Select, TextInput } from '../../components/fields';
import { addQuestion, questionErrors, reasonErrors } from './extension-edits';
import type { ExtensionSaver } from './useExtensionSave';

interface Props {
  sections: SectionDefinition[];
  extension: SectionExtensionResponse;
  saver: ExtensionSaver;
}

export function AddQuestionForm({ sections, extension, saver }: Props) {
  const [sectionKey, setSectionKey] = useState('');
  const [label, setLabel] = useState('');
  const [hint, setHint] = useState('');
  const [reason, setReason] = useState('');

  const onSubmit = async (event: SyntheticEvent) => {
    event.preventDefault();
    const question = { sectionKey, label, hint };
    const section = sections.find((s) => s.key === sectionKey)?.title ?? '';
    const saved = await saver.save({
      form: 'question',
      problems: [...questionErrors(question, sections), ...reasonErrors(reason, 'question.reason')],
      baseVersion: extension.version,
      content: () => addQuestion(extension.content, sections, question),
      reason,
      done: `“${label.trim()}” has been added to ${section}`,
    });
    if (saved) {
      setLabel('');
      setHint('');
      setReason('');
    }
  };

  return (
    <form onSubmit={(e) => void onSubmit(e)} noValidate aria-labelledby="add-question-heading">
      <h2 className="nhsuk-heading-m" id="add-question-heading">
        Add a question to a section
      </h2>
      <Select
        name="question.sectionKey"
        label="Section"
        placeholder="Choose a section"
        value={sectionKey}
        options={sections.map((s) => ({ value: s.key, label: s.title }))}
        onChange={setSectionKey}
        error={saver.errorFor('question.sectionKey')}
      />
      <TextInput
        name="question.label"
        label="Question"
        hint="Written as the person would answer it, for example “Who I like to visit”."
        value={label}
        onChange={setLabel}
        error={saver.errorFor('question.label')}
      />
      <TextInput
        name="question.hint"
        label="Hint (optional)"
        value={hint}
        onChange={setHint}
        error={saver.errorFor('question.hint')}
      />
      <TextInput
        name="question.reason"
        label="Reason for the change"
        value={reason}
        onChange={setReason}
        error={saver.errorFor('question.reason')}
      />
      <button type="submit" className="nhsuk-button" disabled={saver.isSaving}>
        Add the question
      </button>
    </form>
  );
}
