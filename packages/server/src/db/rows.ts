// The one row a statement such as INSERT … RETURNING must give back.
export function onlyRow<T>(result: { rows: T[] }): T {
  const row = result.rows[0];
  if (row === undefined) throw new Error('expected a row, got none');
  return row;
}
