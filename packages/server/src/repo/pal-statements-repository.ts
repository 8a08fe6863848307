// The provider's licensed PAL statement text: read the set in use, or import a new one (the newest import is in use;
// earlier ones are kept so a checklist completed against them reads as it was written). Checked and audited.
import {
  palImportProblemText,
  palStatementSetBodySchema,
  parsePalStatementImport,
  type PalCurrentStatementsResponse,
  type PalStatementImportBody,
  type PalStatements,
  type PalStatementSetView,
} from '@hearth/core';
import { HttpError } from '../http/http-error.js';
import type { RequestRepository, UnitOfWork } from './request-repository.js';

interface SetRow {
  id: string;
  body: unknown;
  source: string;
  imported_by: string;
  imported_by_name: string;
  imported_at: Date;
}

const setColumns = 'p.id, p.body, p.source, p.imported_by, s.name AS imported_by_name, p.imported_at';

/** Organisation-wide: every statement set belongs to the actor's organisation, never to a service. */
export const palStatementsResource = (uow: Pick<UnitOfWork, 'actor'>) => ({
  kind: 'pal_statements' as const,
  organisationId: uow.actor.organisationId,
});

/** Stored text was checked when imported; parsing again gives it its type and fails loudly if it was ever altered. */
const statementsOf = (row: SetRow): PalStatements => palStatementSetBodySchema.parse(row.body).statements;

const toView = (row: SetRow): PalStatementSetView => ({
  id: row.id,
  source: row.source,
  importedAt: row.imported_at.toISOString(),
  importedBy: { id: row.imported_by, name: row.imported_by_name },
  statements: statementsOf(row),
});

async function importedSets(uow: Pick<UnitOfWork, 'tx' | 'actor'>): Promise<SetRow[]> {
  const { rows } = await uow.tx.query<SetRow>(
    `SELECT ${setColumns} FROM pal_statement_sets p JOIN staff s ON s.id = p.imported_by
     WHERE p.organisation_id = $1 ORDER BY p.imported_at DESC, p.id DESC`,
    [uow.actor.organisationId],
  );
  return rows;
}

/** The text of the organisation's statement sets with these ids, for checklists that name them. */
export async function palStatementsByIds(
  uow: Pick<UnitOfWork, 'tx' | 'actor'>,
  ids: readonly string[],
): Promise<Map<string, PalStatements>> {
  if (ids.length === 0) return new Map();
  const { rows } = await uow.tx.query<SetRow>(
    `SELECT ${setColumns} FROM pal_statement_sets p JOIN staff s ON s.id = p.imported_by
     WHERE p.organisation_id = $1 AND p.id = ANY($2::uuid[])`,
    [uow.actor.organisationId, [...new Set(ids)]],
  );
  return new Map(rows.map((r) => [r.id, statementsOf(r)]));
}

export function getCurrentPalStatements(repo: RequestRepository): Promise<PalCurrentStatementsResponse> {
  const action = 'pal_statements.read';
  return repo.run(async (uow) => {
    uow.require('read', palStatementsResource(uow), { action });
    const [current, ...earlier] = await importedSets(uow);
    await uow.audit({ action, resourceType: 'pal_statements', resourceId: current?.id ?? null, detail: { imports: earlier.length + (current ? 1 : 0) } });
    return { current: current ? toView(current) : null, earlierImports: earlier.length };
  });
}

/** Imports CSV or JSON text as the set in use; every problem with it is answered against `text`, by line or place. */
export function importPalStatements(repo: RequestRepository, body: PalStatementImportBody): Promise<PalStatementSetView> {
  const action = 'pal_statements.import';
  return repo.run(async (uow) => {
    uow.require('update', palStatementsResource(uow), { action });
    const parsed = parsePalStatementImport(body.text);
    if (!parsed.ok) {
      throw new HttpError(
        'validation',
        `The statement text could not be imported: ${parsed.problems.length === 1 ? '1 problem' : `${parsed.problems.length} problems`}`,
        parsed.problems.map((p) => ({ field: 'text', message: palImportProblemText(p) })),
      );
    }
    const { rows } = await uow.tx.query<{ id: string }>(
      `INSERT INTO pal_statement_sets (organisation_id, body, source, imported_by, imported_at) VALUES ($1, $2, $3, $4, $5) RETURNING id`,
      [uow.actor.organisationId, JSON.stringify(parsed.body), body.source, uow.actor.staffId, uow.now],
    );
    const id = rows[0]?.id;
    if (id === undefined) throw new Error('the statement set insert returned no id');
    await uow.audit({ action, resourceType: 'pal_statements', resourceId: id, detail: { format: parsed.format } });
    const stored = (await importedSets(uow)).find((r) => r.id === id);
    if (!stored) throw new Error(`statement set ${id} was not read back`);
    return toView(stored);
  });
}
