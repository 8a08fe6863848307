// What the manual audit and audit template routes answer: shared by the server (parsed responses) and the web app.
import { z } from 'zod';
import { auditAnswerSchema, auditAnswerValues } from './answers.js';
import { answerChanges } from './comparison.js';
import { auditQuestionSchema } from './template.js';

const staffRefSchema = z.object({ id: z.uuid(), name: z.string() });

export const templateKeyParamsSchema = z.object({ key: z.string().min(1).max(100) });

/** A template as offered for an audit: the toolkit's checklist is built in and has no author or date. */
export const auditTemplateSummarySchema = z.object({
  key: z.string(),
  version: z.number().int(),
  title: z.string(),
  description: z.string().nullable(),
  questionCount: z.number().int(),
  retired: z.boolean(),
  builtIn: z.boolean(),
  createdAt: z.string().nullable(),
  createdBy: staffRefSchema.nullable(),
});
export type AuditTemplateSummary = z.infer<typeof auditTemplateSummarySchema>;

export const auditTemplateListQuerySchema = z.object({
  /** "true" lists retired templates too (for the management page). */
  includeRetired: z.enum(['true', 'false']).optional(),
});
export const auditTemplateListSchema = z.object({ templates: z.array(auditTemplateSummarySchema) });
export type AuditTemplateList = z.infer<typeof auditTemplateListSchema>;

export const auditTemplateVersionSchema = z.object({
  version: z.number().int(),
  title: z.string(),
  retired: z.boolean(),
  reason: z.string().nullable(),
  questionCount: z.number().int(),
  createdAt: z.string(),
  createdBy: staffRefSchema,
});

export const auditTemplateSchema = auditTemplateSummarySchema.extend({
  questions: z.array(auditQuestionSchema),
  reason: z.string().nullable(),
  /** Every saved version, newest first (empty for the built-in checklist). */
  versions: z.array(auditTemplateVersionSchema),
});
export type AuditTemplate = z.infer<typeof auditTemplateSchema>;

/** The template as an audit answered it. */
export const auditTemplateSnapshotSchema = z.object({
  title: z.string(),
  description: z.string().nullable(),
  questions: z.array(auditQuestionSchema),
});
export type AuditTemplateSnapshot = z.infer<typeof auditTemplateSnapshotSchema>;

export const manualAuditSummarySchema = z.object({
  id: z.uuid(),
  personId: z.uuid(),
  planVersion: z.number().int(),
  templateKey: z.string(),
  templateVersion: z.number().int(),
  templateTitle: z.string(),
  score: z.number().nullable(),
  counts: z.object({ yes: z.number().int(), partly: z.number().int(), no: z.number().int(), not_applicable: z.number().int() }),
  auditor: staffRefSchema,
  completedAt: z.string(),
});
export type ManualAuditSummary = z.infer<typeof manualAuditSummarySchema>;

export const manualAuditHistorySchema = z.object({ personId: z.uuid(), audits: z.array(manualAuditSummarySchema) });
export type ManualAuditHistory = z.infer<typeof manualAuditHistorySchema>;

export const manualAuditComparisonSchema = z.object({
  previous: z.object({ id: z.uuid(), completedAt: z.string(), score: z.number().nullable(), planVersion: z.number().int(), templateVersion: z.number().int() }),
  scoreChange: z.number().nullable(),
  answers: z.array(z.object({
    questionId: z.string(),
    previous: z.enum(auditAnswerValues).nullable(),
    current: z.enum(auditAnswerValues),
    change: z.enum(answerChanges),
  })),
  droppedQuestions: z.array(z.object({ questionId: z.string(), text: z.string(), previous: z.enum(auditAnswerValues) })),
});
export type ManualAuditComparison = z.infer<typeof manualAuditComparisonSchema>;

/** A quality action raised from one of the audit's answers. */
export const manualAuditActionSchema = z.object({
  id: z.uuid(),
  questionId: z.string(),
  title: z.string(),
  status: z.enum(['open', 'in_progress', 'done', 'cancelled']),
  dueDate: z.string(),
  owner: staffRefSchema,
});

export const manualAuditSchema = manualAuditSummarySchema.extend({
  serviceId: z.uuid(),
  template: auditTemplateSnapshotSchema,
  answers: z.array(auditAnswerSchema),
  summary: z.string().nullable(),
  /** Against the previous audit of this person with the same template; null for the first. */
  comparison: manualAuditComparisonSchema.nullable(),
  /** Null when the reader may not see quality actions. */
  actions: z.array(manualAuditActionSchema).nullable(),
});
export type ManualAudit = z.infer<typeof manualAuditSchema>;
