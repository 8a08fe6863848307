// Reads a person's behaviour support plan versions, with who agreed each and its reviews, as the API shows them.
// The caller has checked access and writes the audit entry.
import {
  bspAgreementViewSchema,
  bspBodySchema,
  bspInUseVersion,
  bspProposedVersion,
  bspReviewViewSchema,
  bspVersionStatus,
  type BspBody,
  type BspRestrictivePracticeKind,
  type BspReviewView,
  type BspVersionFacts,
  type BspVersionSummary,
  type BspVersionView,
} from '@hearth/core';
import type { Tx } from '../db/transaction.js';

export interface BspVersionRow {
  id: string;
  version: number;
  body: unknown;
  review_by: string;
  restrictive_practices: BspRestrictivePracticeKind[];
  change_reason: string;
  recorded_by: string;
  recorded_by_name: string;
  recorded_at: Date;
  agreement_body: Record<string, unknown> | null;
  agreement_by: string | null;
  agreement_by_name: string | null;
  agreement_at: Date | null;
}

/**
 * Every version of the person's plan, newest first, each with its agreement (the first, as only one is allowed). The
 * body comes only with the latest version and the latest agreed one unless `allBodies`: opening the plan needs no
 * more, however many versions it has had.
 */
export async function bspVersionRowsOf(tx: Tx, personId: string, allBodies = false): Promise<BspVersionRow[]> {
  const { rows } = await tx.query<BspVersionRow>(
    `SELECT v.id, v.version,
            CASE WHEN $2::boolean OR v.version = max(v.version) OVER ()
                   OR v.version = max(v.version) FILTER (WHERE a.body IS NOT NULL) OVER () THEN v.body END AS body, to_char(v.review_by, 'YYYY-MM-DD') AS review_by, v.restrictive_practices, v.change_reason,
            v.recorded_by, s.name AS recorded_by_name, v.recorded_at,
            a.body AS agreement_body, a.recorded_by AS agreement_by, a.name AS agreement_by_name, a.recorded_at AS agreement_at
     FROM behaviour_support_plan_versions v
     JOIN staff s ON s.id = v.recorded_by
     LEFT JOIN LATERAL (
       SELECT g.body, g.recorded_by, gs.name, g.recorded_at FROM behaviour_support_plan_agreements g JOIN staff gs ON gs.id = g.recorded_by
       WHERE g.plan_version_id = v.id ORDER BY g.recorded_at, g.id LIMIT 1
     ) a ON true
     WHERE v.person_id = $1
     ORDER BY v.version DESC`,
    [personId, allBodies],
  );
  return rows;
}

export const bspFactsOf = (rows: readonly BspVersionRow[]): BspVersionFacts[] =>
  rows.map((r) => ({ version: r.version, agreed: r.agreement_body !== null }));

export function bspInUseRow(rows: readonly BspVersionRow[]): BspVersionRow | null {
  const version = bspInUseVersion(bspFactsOf(rows));
  return rows.find((r) => r.version === version) ?? null;
}

export function bspProposedRow(rows: readonly BspVersionRow[]): BspVersionRow | null {
  const version = bspProposedVersion(bspFactsOf(rows));
  return rows.find((r) => r.version === version) ?? null;
}

/** The stored body, parsed again to fail loudly if it was ever altered outside Hearth. */
export function bspBodyOf(row: BspVersionRow): BspBody {
  if (row.body === null) throw new Error(`version ${row.version} was read without its body`);
  return bspBodySchema.parse(row.body);
}

export function bspSummaryOf(rows: readonly BspVersionRow[], row: BspVersionRow): BspVersionSummary {
  const status = bspVersionStatus(bspFactsOf(rows), row.version);
  if (status === null) throw new Error(`version ${row.version} is not among the person's versions`);
  return {
    version: row.version,
    status,
    changeReason: row.change_reason,
    reviewBy: row.review_by,
    restrictivePractices: row.restrictive_practices,
    recordedBy: { id: row.recorded_by, name: row.recorded_by_name },
    recordedAt: row.recorded_at.toISOString(),
    agreedOn: typeof row.agreement_body?.agreedOn === 'string' ? row.agreement_body.agreedOn : null,
  };
}

export function bspViewOf(rows: readonly BspVersionRow[], row: BspVersionRow, reviews: readonly BspReviewView[]): BspVersionView {
  const agreement =
    row.agreement_body === null || row.agreement_by === null || row.agreement_by_name === null || row.agreement_at === null
      ? null
      : bspAgreementViewSchema.parse({
          ...row.agreement_body,
          recordedBy: { id: row.agreement_by, name: row.agreement_by_name },
          recordedAt: row.agreement_at.toISOString(),
        });
  return {
    ...bspSummaryOf(rows, row),
    body: bspBodyOf(row),
    agreement,
    reviews: reviews.filter((r) => r.version === row.version),
  };
}

/** The reviews of the given versions, newest first. */
export async function bspReviewsOf(tx: Tx, versions: readonly BspVersionRow[]): Promise<BspReviewView[]> {
  if (versions.length === 0) return [];
  const { rows } = await tx.query<{
    id: string;
    version: number;
    body: unknown;
    next_review_by: string;
    recorded_by: string;
    recorded_by_name: string;
    recorded_at: Date;
  }>(
    `SELECT r.id, v.version, r.body, to_char(r.next_review_by, 'YYYY-MM-DD') AS next_review_by, r.recorded_by, s.name AS recorded_by_name, r.recorded_at
     FROM behaviour_support_plan_reviews r
     JOIN behaviour_support_plan_versions v ON v.id = r.plan_version_id
     JOIN staff s ON s.id = r.recorded_by
     WHERE r.plan_version_id = ANY($1::uuid[])
     ORDER BY r.recorded_at DESC, r.id DESC`,
    [versions.map((v) => v.id)],
  );
  return rows.map((r) =>
    bspReviewViewSchema.parse({
      id: r.id,
      version: r.version,
      review: r.body,
      nextReviewBy: r.next_review_by,
      recordedBy: { id: r.recorded_by, name: r.recorded_by_name },
      recordedAt: r.recorded_at.toISOString(),
    }),
  );
}
