// Field paths as the server reports them ("address.postcode", "contacts.0.name") mapped to the ids of inputs.
import type { FieldError } from '@hearth/core';

/** The id of the input for a dotted path: "contacts.0.name" → "contacts-0-name". */
export function fieldId(path: string): string {
  return path.replace(/\./g, '-');
}

/** Date fields are three inputs: an error links to the day input. Set by DateInput as it renders. */
const dateFields = new Set<string>();
export function registerDateField(path: string): void {
  dateFields.add(fieldId(path));
}

/** Where the error summary link should take the user. */
export function fieldTargetId(path: string): string {
  const id = fieldId(path);
  return dateFields.has(id) ? `${id}-day` : id;
}

/** Errors as a lookup by path, keeping the first message for each field. */
export function errorsByField(errors: FieldError[]): Map<string, string> {
  const map = new Map<string, string>();
  for (const e of errors) if (!map.has(e.field)) map.set(e.field, e.message);
  return map;
}

/** Zod issues as the same FieldError list the server sends. */
export function fieldErrorsFromIssues(issues: readonly { path: readonly PropertyKey[]; message: string }[]): FieldError[] {
  const seen = new Set<string>();
  const errors: FieldError[] = [];
  for (const issue of issues) {
    const field = issue.path.map(String).join('.');
    if (seen.has(field)) continue;
    seen.add(field);
    errors.push({ field, message: issue.message });
  }
  return errors;
}
