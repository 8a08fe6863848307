// What each part of the person form is given: the form, how to change it, and the error for a field.
import type { PersonFormState } from './person-form-state';

export type NestedPart = 'address' | 'gp' | 'accessDetails';

export interface PersonFieldsProps {
  form: PersonFormState;
  set: <K extends keyof PersonFormState>(key: K, value: PersonFormState[K]) => void;
  /** Changes part of the address, the GP or the access details. */
  setIn: <K extends NestedPart>(key: K, patch: Partial<PersonFormState[K]>) => void;
  errorFor: (path: string) => string | undefined;
}
