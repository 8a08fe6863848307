// What every fieldset of the section editor is given: the section's definition, the form, and how to change it.
import type { SectionDefinition } from '@hearth/core';
import type { SectionForm } from '../section-form';

export interface SectionFieldsetProps {
  definition: SectionDefinition;
  form: SectionForm;
  setForm: (update: (f: SectionForm) => SectionForm) => void;
  errorFor: (path: string) => string | undefined;
  /** Moves focus to an element by id once it has rendered (a new entry, or the add button after a removal). */
  onFocusRequest: (id: string) => void;
}

/** Sets one field of the form. */
export function setField<K extends keyof SectionForm>(
  setForm: SectionFieldsetProps['setForm'],
  key: K,
  value: SectionForm[K],
): void {
  setForm((f) => ({ ...f, [key]: value }));
}
