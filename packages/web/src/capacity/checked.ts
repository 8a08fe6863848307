// A schema's answer followed by the rules it cannot see (today's date, the assessment a decision rests on), as one
// answer: the form then shows those errors exactly as it shows the schema's.
import type { FieldError } from '@hearth/core';
import { failedCheck, type Checked } from '../forms/useCheckedSubmit';

export function withRuleErrors<T>(parsed: Checked<T>, rules: (data: T) => FieldError[]): Checked<T> {
  if (!parsed.success) return parsed;
  const errors = rules(parsed.data);
  return errors.length === 0 ? parsed : failedCheck<T>(errors);
}
