// Adds an item to an existing checklist: the toolkit's, or one the provider added.
import { useState } from 'react';
import type { SectionDefinition, SectionExtensionResponse } from '@hearth/core';
import { Select, TextInput } from '../../components/fields';
import { addItem, itemErrors } from './extension-edits';
import { ExtensionEditForm } from './ExtensionEditForm';
import type { ExtensionSaver } from './useExtensionSave';

interface Props {
  sections: SectionDefinition[];
  extension: SectionExtensionResponse;
  saver: ExtensionSaver;
}

export function AddItemForm({ sections, extension, saver }: Props) {
  const [target, setTarget] = useState('');
  const [label, setLabel] = useState('');
  const options = sections.flatMap((s) =>
    s.checklists.map((c) => ({ value: `${s.key}/${c.key}`, label: `${s.title}: ${c.title}` })),
  );

  const request = () => {
    const item = { target, label };
    const checklist = options.find((o) => o.value === target)?.label ?? '';
    return {
      problems: itemErrors(item, sections),
      baseVersion: extension.version,
      content: () => addItem(extension.content, sections, item),
      done: `“${label.trim()}” has been added to ${checklist}`,
    };
  };

  return (
    <ExtensionEditForm
      form="item"
      heading="Add a checklist item"
      submitLabel="Add the item"
      saver={saver}
      request={request}
      onSaved={() => {
        setLabel('');
      }}
    >
      <Select
        name="item.target"
        label="Checklist"
        placeholder="Choose a checklist"
        value={target}
        options={options}
        onChange={setTarget}
        error={saver.errorFor('item.target')}
      />
      <TextInput
        name="item.label"
        label="Item"
        hint="As staff will see it, for example “Using the garden steps”."
        value={label}
        onChange={setLabel}
        error={saver.errorFor('item.label')}
      />
    </ExtensionEditForm>
  );
}
