// Adds a question to a section, answered in the person's own words.
import { useState } from 'react';
import type { SectionDefinition, SectionExtensionResponse } from '@hearth/core';
import { Select, TextInput } from '../../components/fields';
import { addQuestion, questionErrors } from './extension-edits';
import { ExtensionEditForm } from './ExtensionEditForm';
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

  const request = () => {
    const question = { sectionKey, label, hint };
    const section = sections.find((s) => s.key === sectionKey)?.title ?? '';
    return {
      problems: questionErrors(question, sections),
      baseVersion: extension.version,
      content: () => addQuestion(extension.content, sections, question),
      done: `“${label.trim()}” has been added to ${section}`,
    };
  };

  return (
    <ExtensionEditForm
      form="question"
      heading="Add a question to a section"
      submitLabel="Add the question"
      saver={saver}
      request={request}
      onSaved={() => {
        setLabel('');
        setHint('');
      }}
    >
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
    </ExtensionEditForm>
  );
}
