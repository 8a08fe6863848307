// Adds an item to an existing checklist: the toolkit's, or one the provider added.
import { useState, type SyntheticEvent } from 'react';
import type { SectionDefinition, SectionExtensionResponse } from '@hearth/core';
import { Select, TextInput } from '../../components/fields';
import { addItem, itemErrors, reasonErrors } from './extension-edits';
import type { ExtensionSaver } from './useExtensionSave';

interface Props {
  sections: SectionDefinition[];
  extension: SectionExtensionResponse;
  saver: ExtensionSaver;
}

export function AddItemForm({ sections, extension, saver }: Props) {
  const [target, setTarget] = useState('');
  const [label, setLabel] = useState('');
  const [reason, setReason] = useState('');
  const options = sections.flatMap((s) =>
    s.checklists.map((c) => ({ value: `${s.key}/${c.key}`, label: `${s.title}: ${c.title}` })),
  );

  const onSubmit = async (event: SyntheticEvent) => {
    event.preventDefault();
    const item = { target, label };
    const checklist = options.find((o) => o.value === target)?.label ?? '';
    const saved = await saver.save({
      form: 'item',
      problems: [...itemErrors(item, sections), ...reasonErrors(reason, 'item.reason')],
      baseVersion: extension.version,
      content: () => addItem(extension.content, sections, item),
      reason,
      done: `“${label.trim()}” has been added to ${checklist}`,
    });
    if (saved) {
      setLabel('');
      setReason('');
    }
  };

  return (
    <form onSubmit={(e) => void onSubmit(e)} noValidate aria-labelledby="add-item-heading">
      <h2 className="nhsuk-heading-m" id="add-item-heading">
        Add a checklist item
      </h2>
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
      <TextInput
        name="item.reason"
        label="Reason for the change"
        value={reason}
        onChange={setReason}
        error={saver.errorFor('item.reason')}
      />
      <button type="submit" className="nhsuk-button" disabled={saver.isSaving}>
        Add the item
      </button>
    </form>
  );
}
