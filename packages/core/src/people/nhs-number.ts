// NHS number: ten digits whose last is a modulus-11 check digit (NHS Data Dictionary).
export function normaliseNhsNumber(input: string): string {
  return input.replace(/[\s-]/g, '');
}

export function isValidNhsNumber(input: string): boolean {
  const digits = normaliseNhsNumber(input);
  if (!/^\d{10}$/.test(digits)) return false;
  let sum = 0;
  for (let i = 0; i < 9; i++) sum += Number(digits[i]) * (10 - i);
  const check = 11 - (sum % 11);
  if (check === 10) return false;
  return (check === 11 ? 0 : check) === Number(digits[9]);
}

/** Shown as 3-3-4, the way people read it off letters and cards. */
export function formatNhsNumber(input: string): string {
  const d = normaliseNhsNumber(input);
  return d.length === 10 ? `${d.slice(0, 3)} ${d.slice(3, 6)} ${d.slice(6)}` : input;
}

/** Appends the check digit to nine digits, or returns null where no valid number exists. */
export function withNhsCheckDigit(nineDigits: string): string | null {
  if (!/^\d{9}$/.test(nineDigits)) return null;
  let sum = 0;
  for (let i = 0; i < 9; i++) sum += Number(nineDigits[i]) * (10 - i);
  const check = 11 - (sum % 11);
  if (check === 10) return null;
  return nineDigits + String(check === 11 ? 0 : check);
}
