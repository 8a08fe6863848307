// The frame each "add" form on the plan sections page shares: its heading, the reason for the change, the submit
// button, and a save through the page's saver (which shows the error summary and the notice when someone else
// saved first). The form's own fields are its children.
import { useState, type ReactNode, type SyntheticEvent } from 'react';
import { TextInput } from '../../components/fields';
import { reasonErrors } from './extension-edits';
import type { ExtensionSaver, SaveRequest } from './useExtensionSave';

interface Props {
  /** The form's field names start with this: "item" → "item.reason", heading id "add-item-heading". */
  form: string;
  heading: string;
  submitLabel: string;
  saver: ExtensionSaver;
  /** What the form's own fields ask to save; the reason and its problems are added here. */
  request: () => Omit<SaveRequest, 'form' | 'reason'>;
  /** Clears the form's own fields once saved. */
  onSaved: () => void;
  children: ReactNode;
}

export function ExtensionEditForm({ form, heading, submitLabel, saver, request, onSaved, children }: Props) {
  const [reason, setReason] = useState('');
  const reasonField = `${form}.reason`;
  const headingId = `add-${form}-heading`;

  const onSubmit = async (event: SyntheticEvent) => {
    event.preventDefault();
    const asked = request();
    const saved = await saver.save({
      ...asked,
      form,
      problems: [...asked.problems, ...reasonErrors(reason, reasonField)],
      reason,
    });
    if (saved) {
      onSaved();
      setReason('');
    }
  };

  return (
    <form onSubmit={(e) => void onSubmit(e)} noValidate aria-labelledby={headingId}>
      <h2 className="nhsuk-heading-m" id={headingId}>
        {heading}
      </h2>
      {children}
      <TextInput
        name={reasonField}
        label="Reason for the change"
        value={reason}
        onChange={setReason}
        error={saver.errorFor(reasonField)}
      />
      <button type="submit" className="nhsuk-button" disabled={saver.isSaving}>
        {submitLabel}
      </button>
    </form>
  );
}
