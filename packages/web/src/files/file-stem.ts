// The part of a file name that says whose file it is: the surname, plain, so files saved in one folder can be told apart.

/** "Peggy O’Brien-Smythe" → "o-brien-smythe"; "person" when nothing usable is left. */
export function surnameFileStem(legalName: string): string {
  const surname = legalName.trim().split(/\s+/).at(-1) ?? '';
  const slug = surname
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
  return slug || 'person';
}
