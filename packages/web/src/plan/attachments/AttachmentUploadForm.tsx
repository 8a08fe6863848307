// Attaching a file (a letter, report or photograph) to the plan or one section, checked here before it is sent.
import { useRef, useState, type SyntheticEvent } from 'react';
import {
  MAX_ATTACHMENT_BYTES,
  acceptedFilesDescription,
  attachmentMediaType,
  attachmentMediaTypes,
  mediaTypeFromFileName,
  type FieldError,
  type PlanAttachment,
  type SectionDefinition,
} from '@hearth/core';
import { uploadPlanAttachment } from '../../api/plan-comments';
import { ErrorMessage, TextInput } from '../../components/fields';
import { fieldId } from '../../forms/field-ids';
import { SectionChoice } from '../comments/SectionChoice';
import { useNoteForm } from '../comments/useNoteForm';

const prefix = 'upload';
const fileField = `${prefix}.file`;
// The server names the file's bytes "file" and its name "fileName": both are about the one file input here.
const prefixed = (e: FieldError): FieldError => ({ ...e, field: e.field === 'fileName' ? fileField : `${prefix}.${e.field}` });

interface Props {
  personId: string;
  sections: SectionDefinition[];
  onAdded: (attachment: PlanAttachment) => void;
}

export function AttachmentUploadForm({ personId, sections, onAdded }: Props) {
  const [sectionKey, setSectionKey] = useState('');
  const [description, setDescription] = useState('');
  const fileInput = useRef<HTMLInputElement>(null);
  const { form, isSaving, start, send, summary, status } = useNoteForm(prefix, prefixed);
  const fileId = fieldId(fileField);
  const fileError = form.errorFor(fileField);

  const submit = async (event: SyntheticEvent) => {
    event.preventDefault();
    start();
    const file = fileInput.current?.files?.[0];
    const mediaType = file ? (attachmentMediaType(file.type) ?? mediaTypeFromFileName(file.name)) : null;
    const problem = !file
      ? 'Choose a file to attach'
      : mediaType === null
        ? `Choose ${acceptedFilesDescription}`
        : file.size === 0
          ? 'The file is empty: choose another file'
          : file.size > MAX_ATTACHMENT_BYTES
            ? 'The file must be 10 MB or smaller'
            : null;
    const errors: FieldError[] = [
      ...(problem ? [{ field: fileField, message: problem }] : []),
      ...(description.trim().length > 500
        ? [{ field: `${prefix}.description`, message: 'Description must be 500 characters or fewer' }]
        : []),
    ];
    form.setErrors(errors);
    if (errors.length > 0 || !file || mediaType === null) return;
    await send(
      () =>
        uploadPlanAttachment(personId, {
          file,
          mediaType,
          fileName: file.name,
          sectionKey: sectionKey === '' ? null : sectionKey,
          description: description.trim() === '' ? null : description.trim(),
        }),
      (attachment) => {
        onAdded(attachment);
        setDescription('');
        if (fileInput.current) fileInput.current.value = '';
        return `${attachment.fileName} was attached.`;
      },
    );
  };

  return (
    <form noValidate onSubmit={(e) => void submit(e)}>
      <h3 className="nhsuk-heading-s">Attach a file</h3>
      {summary}
      <div className={`nhsuk-form-group${fileError ? ' nhsuk-form-group--error' : ''}`}>
        <label className="nhsuk-label" htmlFor={fileId}>
          File
        </label>
        <div className="nhsuk-hint" id={`${fileId}-hint`}>
          A PDF, JPEG, PNG or plain text file, up to 10 MB. It is kept with the plan and cannot be removed.
        </div>
        <ErrorMessage id={`${fileId}-error`} message={fileError} />
        <input
          ref={fileInput}
          className={`nhsuk-file-upload__input${fileError ? ' nhsuk-input--error' : ''}`}
          id={fileId}
          name={fileField}
          type="file"
          accept={[...attachmentMediaTypes, '.pdf', '.jpg', '.jpeg', '.png', '.txt'].join(',')}
          aria-describedby={`${fileId}-hint${fileError ? ` ${fileId}-error` : ''}`}
          aria-invalid={fileError ? true : undefined}
        />
      </div>
      <SectionChoice
        name={`${prefix}.sectionKey`}
        label="Which part of the plan it is about (optional)"
        value={sectionKey}
        onChange={setSectionKey}
        sections={sections}
        error={form.errorFor(`${prefix}.sectionKey`)}
      />
      <TextInput
        name={`${prefix}.description`}
        label="What the file is (optional)"
        hint="For example, hospital discharge letter, 3 November."
        value={description}
        onChange={setDescription}
        error={form.errorFor(`${prefix}.description`)}
      />
      <button type="submit" className="nhsuk-button" disabled={isSaving}>
        Attach file
      </button>
      {status}
    </form>
  );
}
