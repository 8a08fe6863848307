// What the ABC record routes take and answer: the filter of a list or an analysis, the list with the behaviours
// recorded so far, and the analysis.
import { z } from 'zod';
import type { FieldError } from '../errors.js';
import { isoDateSchema, optionalText } from '../schemas/common.js';
import { abcAntecedentCategories, abcConsequenceCategories, abcFunctions } from './abc-categories.js';
import type { AbcRecordFilter } from './abc-filter.js';
import { abcRecordViewSchema } from './abc-record.js';

export const abcRecordFilterQuerySchema = z.object({
  from: isoDateSchema.optional(),
  to: isoDateSchema.optional(),
  behaviour: optionalText(200, 'the behaviour'),
});
export type AbcRecordFilterQuery = z.infer<typeof abcRecordFilterQuerySchema>;

/** The query as a filter, or the field errors of a period that ends before it starts. */
export function abcFilterOf(query: AbcRecordFilterQuery): { filter: AbcRecordFilter; errors: FieldError[] } {
  const filter = { from: query.from ?? null, to: query.to ?? null, behaviour: query.behaviour ?? null };
  const errors =
    filter.from !== null && filter.to !== null && filter.to < filter.from
      ? [{ field: 'to', message: 'The last day must be the same as or after the first day' }]
      : [];
  return { filter, errors };
}

const filterEchoSchema = z.object({ from: z.string().nullable(), to: z.string().nullable(), behaviour: z.string().nullable() });

export const abcRecordListSchema = z.object({
  personId: z.uuid(),
  filter: filterEchoSchema,
  /** Newest first; replaced records are kept, marked, and still in the list. */
  records: z.array(abcRecordViewSchema),
  /** Behaviours named in the person's current records, most often first: suggestions for the next record. */
  behaviours: z.array(z.string()),
});
export type AbcRecordList = z.infer<typeof abcRecordListSchema>;

const pointsSchema = z.enum(['both', 'antecedent', 'consequence']);

export const abcFunctionEvidenceSchema = z.object({
  function: z.enum(abcFunctions),
  score: z.number().int(),
  records: z.number().int(),
  pairs: z.number().int(),
  evidence: z.array(
    z.object({
      recordId: z.uuid(),
      occurredAt: z.string(),
      behaviour: z.string(),
      antecedent: z.enum(abcAntecedentCategories),
      consequence: z.enum(abcConsequenceCategories),
      points: pointsSchema,
    }),
  ),
  reasons: z.array(
    z.object({
      antecedent: z.enum(abcAntecedentCategories),
      consequence: z.enum(abcConsequenceCategories),
      points: pointsSchema,
      records: z.number().int(),
    }),
  ),
});

export const abcFunctionSummarySchema = z.discriminatedUnion('status', [
  z.object({ status: z.literal('not_enough_records'), needed: z.number().int() }),
  z.object({ status: z.literal('no_pattern') }),
  z.object({ status: z.literal('tie'), functions: z.array(z.enum(abcFunctions)) }),
  z.object({ status: z.literal('no_clear_lead'), leading: z.enum(abcFunctions) }),
  z.object({ status: z.literal('hypothesis'), function: z.enum(abcFunctions) }),
]);

export const abcAnalysisResponseSchema = z.object({
  personId: z.uuid(),
  filter: filterEchoSchema,
  considered: z.number().int(),
  replacedLeftOut: z.number().int(),
  antecedents: z.array(z.object({ category: z.enum(abcAntecedentCategories), count: z.number().int() })),
  consequences: z.array(z.object({ category: z.enum(abcConsequenceCategories), count: z.number().int() })),
  functions: z.array(abcFunctionEvidenceSchema),
  summary: abcFunctionSummarySchema,
  behaviours: z.array(z.string()),
  /** The rule a possible function is suggested by, so the page can say it. */
  rule: z.object({ minimumRecords: z.number().int(), clearLeadRatio: z.number(), minimumShare: z.number() }),
});
export type AbcAnalysisResponse = z.infer<typeof abcAnalysisResponseSchema>;
