// What the PAL API answers: the statement text in use, a person's checklists with their totals and level (or tie)
// worked out here, replaced ones marked, and whether the latest is due for reassessment.
import { z } from 'zod';
import { requiredText } from '../schemas/common.js';
import { withCurrentFlags } from '../capacity/capacity-records.js';
import {
  palAssessmentBodySchema,
  palReassessmentState,
  palReassessmentStates,
  palTicksOf,
  type PalAssessmentBody,
} from './pal-assessment.js';
import { palImportMaxLength, palStatementSetBodySchema, type PalStatements } from './pal-import.js';
import { scorePal } from './pal-score.js';
import { palActivities, palLevels } from './pal-structure.js';

const staffRefSchema = z.object({ id: z.uuid(), name: z.string() });

/** Importing statement text: where it came from (and the licence), and the CSV or JSON as pasted or read from a file. */
export const palStatementImportBodySchema = z.object({
  source: requiredText(1000, 'where the text came from and the licence you hold it under'),
  text: z
    .string({ error: 'Paste the statements or choose a file' })
    .max(palImportMaxLength, { error: `The text must be ${palImportMaxLength.toLocaleString('en-GB')} characters or fewer` }),
});
export type PalStatementImportBody = z.infer<typeof palStatementImportBodySchema>;

export const palStatementSetViewSchema = z.object({
  id: z.uuid(),
  source: z.string(),
  importedAt: z.string(),
  importedBy: staffRefSchema,
  statements: palStatementSetBodySchema.shape.statements,
});
export type PalStatementSetView = z.infer<typeof palStatementSetViewSchema>;

export const palCurrentStatementsResponseSchema = z.object({
  /** The newest import, in use; null when none has been imported. */
  current: palStatementSetViewSchema.nullable(),
  /** How many earlier imports are kept (for checklists completed against them). */
  earlierImports: z.number().int(),
});
export type PalCurrentStatementsResponse = z.infer<typeof palCurrentStatementsResponseSchema>;

const levelSchema = z.enum(palLevels);
const activitySchema = z.enum(palActivities);

export const palScoreSchema = z.object({
  totals: z.object({ planned: z.number().int(), exploratory: z.number().int(), sensory: z.number().int(), reflex: z.number().int() }),
  answered: z.number().int(),
  complete: z.boolean(),
  result: z.discriminatedUnion('kind', [
    z.object({ kind: z.literal('incomplete'), missing: z.array(activitySchema) }),
    z.object({ kind: z.literal('level'), level: levelSchema }),
    z.object({ kind: z.literal('tie'), levels: z.array(levelSchema) }),
  ]),
});

export const palAssessmentViewSchema = z.object({
  id: z.uuid(),
  assessedOn: z.string(),
  reassessBy: z.string(),
  /** The statement text the checklist was completed against; null when it was completed from a paper copy. */
  statementSetId: z.uuid().nullable(),
  body: palAssessmentBodySchema,
  /** Each activity in order, with the statement ticked as the text read when it was ticked. */
  ticked: z.array(z.object({ activity: activitySchema, level: levelSchema, statement: z.string().nullable(), note: z.string().nullable() })),
  score: palScoreSchema,
  /** For a checklist still in force: whether reassessment is due; null once replaced by a correction. */
  reassessment: z.enum(palReassessmentStates).nullable(),
  supersedes: z.uuid().nullable(),
  supersedeReason: z.string().nullable(),
  supersededBy: z.uuid().nullable(),
  current: z.boolean(),
  recordedBy: staffRefSchema,
  recordedAt: z.string(),
});
export type PalAssessmentView = z.infer<typeof palAssessmentViewSchema>;

export const palAssessmentsResponseSchema = z.object({
  personId: z.uuid(),
  /** Newest first (by the date of the checklist, then when it was recorded); replaced ones kept and marked. */
  assessments: z.array(palAssessmentViewSchema),
  /** The newest checklist not replaced by a correction: the one support follows. */
  latestId: z.uuid().nullable(),
});
export type PalAssessmentsResponse = z.infer<typeof palAssessmentsResponseSchema>;

/** A stored checklist as read from the database. */
export interface PalAssessmentRecord {
  id: string;
  assessedOn: string;
  reassessBy: string;
  statementSetId: string | null;
  body: PalAssessmentBody;
  supersedes: string | null;
  supersedeReason: string | null;
  recordedBy: { id: string; name: string };
  recordedAt: string;
}

/** Newest first: by the date of the checklist, then the time it was recorded. */
function newestFirst<R extends { assessedOn: string; recordedAt: string; id: string }>(records: readonly R[]): R[] {
  const key = (r: R) => `${r.assessedOn}|${r.recordedAt}|${r.id}`;
  return [...records].sort((a, b) => (key(a) < key(b) ? 1 : key(a) > key(b) ? -1 : 0));
}

/**
 * Every checklist of a person as the API answers it. `statementsOf` gives the text of a statement set the checklists
 * name (null if unknown), so each reads as it was written even after newer text is imported.
 */
export function palAssessmentsResponse(
  personId: string,
  records: readonly PalAssessmentRecord[],
  statementsOf: (statementSetId: string) => PalStatements | null,
  today: string,
): PalAssessmentsResponse {
  const assessments = newestFirst(withCurrentFlags(records)).map((r): PalAssessmentView => {
    const statements = r.statementSetId === null ? null : statementsOf(r.statementSetId);
    return {
      ...r,
      ticked: palActivities.map((activity) => {
        const entry = r.body.checklist[activity];
        return { activity, level: entry.level, statement: statements?.[activity][entry.level] ?? null, note: entry.note };
      }),
      score: scorePal(palTicksOf(r.body.checklist)),
      reassessment: r.current ? palReassessmentState(r.reassessBy, today) : null,
    };
  });
  return { personId, assessments, latestId: assessments.find((a) => a.current)?.id ?? null };
}
