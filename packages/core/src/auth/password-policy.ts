// Password policy after NCSC guidance: a length floor and a deny-list, no composition rules, no expiry.
export const passwordMinLength = 12;
export const passwordMaxLength = 256;

export type PasswordProblem = 'too_short' | 'too_long' | 'common' | 'contains_personal_detail';

export interface PasswordContext {
  /** Common passwords, lower-cased. */
  denyList: ReadonlySet<string>;
  /** Words a guesser would try first: the email address, the person's name, the service name. */
  personalWords?: readonly string[];
}

export function checkPassword(password: string, context: PasswordContext): PasswordProblem[] {
  const problems: PasswordProblem[] = [];
  const length = Array.from(password).length; // code points, as a person would count them
  if (length < passwordMinLength) problems.push('too_short');
  if (length > passwordMaxLength) problems.push('too_long');
  const lower = password.toLowerCase();
  const squashed = lower.replace(/[^a-z0-9]/g, '');
  // A common word with digits tacked on ("password1234") is as guessable as the word.
  const stem = squashed.replace(/\d+$/, '');
  const isCommon = [lower, squashed, stem].some((w) => w.length >= 4 && context.denyList.has(w));
  if (isCommon || isRepetitive(lower)) {
    problems.push('common');
  }
  const personal = (context.personalWords ?? [])
    .flatMap((w) => w.toLowerCase().split(/[^a-z0-9]+/))
    .filter((w) => w.length >= 4);
  if (personal.some((w) => squashed.includes(w))) problems.push('contains_personal_detail');
  return problems;
}

export const passwordProblemMessages: Record<PasswordProblem, string> = {
  too_short: `Use at least ${passwordMinLength} characters. Three random words together work well.`,
  too_long: `Use no more than ${passwordMaxLength} characters.`,
  common: 'This password is too common. Choose one that is harder to guess.',
  contains_personal_detail: 'Do not use your name or email address in your password.',
};

/** Whole-string repetition such as "aaaaaaaaaaaa" or "abcabcabcabc". */
function isRepetitive(value: string): boolean {
  for (let size = 1; size <= 4; size++) {
    const unit = value.slice(0, size);
    if (unit.length === size && unit.repeat(Math.ceil(value.length / size)).slice(0, value.length) === value) {
      return value.length > size;
    }
  }
  return false;
}
