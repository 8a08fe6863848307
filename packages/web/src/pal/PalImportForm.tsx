// Importing statement text: where it came from and the licence, then CSV or JSON pasted or read from a file. Every
// problem is listed by line (or place in the JSON) before anything is sent, as the server would list them.
import { palImportMaxLength, palImportProblemText, palStatementImportBodySchema, parsePalStatementImport, type FieldError } from '@hearth/core';
import { useState, type ChangeEvent, type SyntheticEvent } from 'react';
import { isApiError } from '../api/client';
import { ErrorSummary } from '../components/ErrorSummary';
import { ErrorMessage, Textarea } from '../components/fields';
import { fieldErrorsFromIssues } from '../forms/field-ids';
import type { FormErrors } from '../forms/useFormErrors';
import { importPalStatements } from './pal-api';

/** More than this many problems usually means the wrong file: the summary lists the first ones. */
const shownProblems = 20;

export function PalImportForm({ form, onImported }: { form: FormErrors; onImported: () => void }) {
  const [source, setSource] = useState('');
  const [text, setText] = useState('');
  const [fileError, setFileError] = useState<string | undefined>();
  const [saving, setSaving] = useState(false);

  const check = (): FieldError[] => {
    const parsed = palStatementImportBodySchema.safeParse({ source, text });
    const errors = parsed.success ? [] : fieldErrorsFromIssues(parsed.error.issues);
    if (errors.some((e) => e.field === 'text')) return errors;
    const read = parsePalStatementImport(text);
    return read.ok ? errors : [...errors, ...read.problems.map((p) => ({ field: 'text', message: palImportProblemText(p) }))];
  };

  const submit = async (event: SyntheticEvent) => {
    event.preventDefault();
    if (saving) return;
    form.countAttempt();
    form.setProblem(undefined);
    const errors = check();
    form.setErrors(errors);
    if (errors.length > 0) return;
    setSaving(true);
    try {
      await importPalStatements({ source, text });
      setSource('');
      setText('');
      onImported();
    } catch (error) {
      if (isApiError(error) && error.fieldErrors.length > 0) form.setErrors(error.fieldErrors);
      else form.showRefusal(error);
    } finally {
      setSaving(false);
    }
  };

  const readFile = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    setFileError(undefined);
    if (!file) return;
    if (file.size > palImportMaxLength * 4) {
      setFileError('The file is too large to be a statement set: choose the CSV or JSON file of the statements');
      return;
    }
    setText(await file.text());
  };

  const textErrors = form.errors.filter((e) => e.field === 'text');
  const shown = form.errors.slice(0, shownProblems);
  const hidden = form.errors.length - shown.length;

  return (
    <section className="hearth-section" aria-labelledby="pal-import-heading">
      <h2 className="nhsuk-heading-m" id="pal-import-heading">
        Import statement text
      </h2>
      <ErrorSummary
        errors={shown}
        description={form.problem ?? (form.errors.length > 1 ? `There are ${String(form.errors.length)} problems with the import${hidden > 0 ? `; the first ${String(shownProblems)} are listed` : ''}.` : undefined)}
        focusKey={form.attempt}
      />
      <p className="nhsuk-body">
        The text you import is used from now on. Earlier imports are kept, so a checklist completed against them still reads as it was written.
      </p>
      <form noValidate onSubmit={(e) => void submit(e)}>
        <Textarea
          name="source"
          label="Where the text comes from, and the licence you hold it under"
          hint="For example, the edition of the book or the digital licence, and when it was bought"
          value={source}
          onChange={setSource}
          error={form.errorFor('source')}
          rows={2}
        />
        <div className={`nhsuk-form-group${fileError ? ' nhsuk-form-group--error' : ''}`}>
          <label className="nhsuk-label" htmlFor="file">
            Choose a file (optional)
          </label>
          <div className="nhsuk-hint" id="file-hint">
            A CSV or JSON file of the statements. Its text is shown below to check before importing.
          </div>
          <ErrorMessage id="file-error" message={fileError} />
          <input
            className="nhsuk-file-upload__input"
            id="file"
            name="file"
            type="file"
            accept=".csv,.json,.txt,text/csv,application/json,text/plain"
            aria-describedby={`file-hint${fileError ? ' file-error' : ''}`}
            onChange={(e) => void readFile(e)}
          />
        </div>
        <div className={`nhsuk-form-group${textErrors.length > 0 ? ' nhsuk-form-group--error' : ''}`}>
          <label className="nhsuk-label" htmlFor="text">
            Statement text (CSV or JSON)
          </label>
          <div className="nhsuk-hint" id="text-hint">
            <p>
              CSV: a first line <code>activity,level,statement</code>, then one line for each statement: 36 lines, nine activities at four levels
              each. Name the activity (for example Getting dressed) or give its number, 1 to 9; give the level as P, E, S or R, or its name. Put a
              statement that has a comma in it in double quotes.
            </p>
            <p>
              JSON: a list of objects with <code>activity</code>, <code>level</code> and <code>statement</code>, or an object of the nine
              activities, each holding its four levels.
            </p>
          </div>
          {textErrors.length > 0 && (
            <div className="nhsuk-error-message" id="text-error">
              <span className="nhsuk-u-visually-hidden">Error: </span>
              {textErrors.length === 1 ? (
                textErrors[0]?.message
              ) : (
                <ul className="nhsuk-list">
                  {textErrors.slice(0, shownProblems).map((e, i) => (
                    // The same message can come twice (two lines alike), so the place in the list tells them apart.
                    <li key={`${String(i)}:${e.message}`}>{e.message}</li>
                  ))}
                  {textErrors.length > shownProblems && <li>and {textErrors.length - shownProblems} more</li>}
                </ul>
              )}
            </div>
          )}
          <textarea
            className={`nhsuk-textarea hearth-pal-import-text${textErrors.length > 0 ? ' nhsuk-textarea--error' : ''}`}
            id="text"
            name="text"
            rows={12}
            spellCheck={false}
            value={text}
            aria-describedby={`text-hint${textErrors.length > 0 ? ' text-error' : ''}`}
            aria-invalid={textErrors.length > 0 ? true : undefined}
            onChange={(e) => {
              setText(e.target.value);
            }}
          />
        </div>
        <button className="nhsuk-button" type="submit" disabled={saving}>
          {saving ? 'Importing\u2026' : 'Import the statement text'}
        </button>
      </form>
    </section>
  );
}
