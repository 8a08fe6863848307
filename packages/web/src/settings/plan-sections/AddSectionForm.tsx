// Adds a section of the provider's own, with its guidance, a good example and, if wanted, a checklist.
import { useState } from 'react';
import type { SectionDefinition, SectionExtensionResponse } from '@hearth/core';
import { TextInput, Textarea } from '../../components/fields';
import { addSection, sectionErrors, type NewSection } from './extension-edits';
import { ExtensionEditForm } from './ExtensionEditForm';
import type { ExtensionSaver } from './useExtensionSave';

interface Props {
  sections: SectionDefinition[];
  extension: SectionExtensionResponse;
  saver: ExtensionSaver;
}

const blank: NewSection = { title: '', purpose: '', guidance: '', goodExample: '', checklistTitle: '', items: '' };

export function AddSectionForm({ sections, extension, saver }: Props) {
  const [section, setSection] = useState<NewSection>(blank);
  const set = (field: keyof NewSection) => (value: string) => {
    setSection((s) => ({ ...s, [field]: value }));
  };

  const request = () => ({
    problems: sectionErrors(section, sections),
    baseVersion: extension.version,
    content: () => addSection(extension.content, sections, section),
    done: `The section “${section.title.trim()}” has been added`,
  });

  const errorFor = saver.errorFor;
  return (
    <ExtensionEditForm
      form="section"
      heading="Add a section"
      submitLabel="Add the section"
      saver={saver}
      request={request}
      onSaved={() => {
        setSection(blank);
      }}
    >
      <TextInput
        name="section.title"
        label="Title"
        hint="In the person’s voice, for example “My pets”."
        value={section.title}
        onChange={set('title')}
        error={errorFor('section.title')}
      />
      <Textarea
        name="section.purpose"
        label="What the section is for"
        hint="One sentence."
        value={section.purpose}
        onChange={set('purpose')}
        error={errorFor('section.purpose')}
      />
      <Textarea
        name="section.guidance"
        label="Guidance for writing it"
        hint="Shown to staff as they write the section. Leave a blank line between paragraphs."
        rows={5}
        value={section.guidance}
        onChange={set('guidance')}
        error={errorFor('section.guidance')}
      />
      <Textarea
        name="section.goodExample"
        label="A good example"
        hint="Written in the first person, as a plan should be."
        rows={5}
        value={section.goodExample}
        onChange={set('goodExample')}
        error={errorFor('section.goodExample')}
      />
      <fieldset className="nhsuk-fieldset">
        <legend className="nhsuk-fieldset__legend nhsuk-fieldset__legend--s">A checklist (optional)</legend>
        <TextInput
          name="section.checklistTitle"
          label="Checklist title"
          value={section.checklistTitle}
          onChange={set('checklistTitle')}
          error={errorFor('section.checklistTitle')}
        />
        <Textarea
          name="section.items"
          label="Items"
          hint="One on each line."
          rows={5}
          value={section.items}
          onChange={set('items')}
          error={errorFor('section.items')}
        />
      </fieldset>
    </ExtensionEditForm>
  );
}
