// What each part of the behaviour support plan form is given: the answers, how to change them, and their errors.
import type { BspForm } from './bsp-form';

export interface BspBinding {
  form: BspForm;
  update: (change: (form: BspForm) => BspForm) => void;
  errorFor: (path: string) => string | undefined;
  focus: (id: string) => void;
  /** The person's name as staff use it. */
  name: string;
}
