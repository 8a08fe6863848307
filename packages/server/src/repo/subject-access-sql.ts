// The small pieces every subject access read shares: one query's rows as plain JSON, and a member of staff's name
// beside their id.
import type { UnitOfWork } from './request-repository.js';

export type Tx = Pick<UnitOfWork, 'tx'>;

/** Runs a query that answers one JSON `row` per record, with the person's id as $1. */
export async function records(uow: Tx, sql: string, personId: string): Promise<unknown[]> {
  return (await uow.tx.query<{ row: unknown }>(sql, [personId])).rows.map((r) => r.row);
}

/** The name of the member of staff whose id is in `column`, for a JSON row. */
export const staffName = (column: string) => `(SELECT name FROM staff WHERE id = ${column})`;

/**
 * The rows of `table` aliased `alias` that belong to the row the outer query is on, as a JSON list (empty when
 * none), each less its organisation id and with its staff named: `named` maps the added field to the staff column.
 */
export function childRows(table: string, alias: string, where: string, named: Record<string, string>, orderBy: string): string {
  const names = Object.entries(named)
    .map(([field, column]) => `'${field}', ${staffName(`${alias}.${column}`)}`)
    .join(', ');
  return `coalesce((SELECT jsonb_agg(to_jsonb(${alias}) - 'organisation_id' || jsonb_build_object(${names}) ORDER BY ${orderBy})
                    FROM ${table} ${alias} WHERE ${where}), '[]'::jsonb)`;
}
