// The visit form's state as typed, and the record body it makes: times on a clock in England turned into
// instants, tasks answered done or not done, and empty concerns left out. Checked with the server's own rules.
import {
  clockTime,
  createVisitRecordBodySchema,
  londonMinuteOfDay,
  minutesOf,
  recordTimeErrors,
  visitInstants,
  type CreateVisitRecordBody,
  type FieldError,
  type PlannedVisit,
  type VisitRecordKind,
} from '@hearth/core';
import { fieldErrorsFromIssues } from '../forms/field-ids';

export interface TaskAnswer {
  stepId: string;
  sectionKey: string;
  what: string;
  time: string | null;
  done: '' | 'done' | 'not_done';
  reason: string;
  note: string;
}

export interface ConcernAnswer {
  text: string;
  escalate: boolean;
}

export interface VisitForm {
  /** The planned visit's label, or '' for a visit the plan does not name. */
  visit: string;
  otherLabel: string;
  arrivedAt: string;
  leftAt: string;
  tasks: TaskAnswer[];
  ate: string;
  drankMl: string;
  foodNotes: string;
  personalCare: string;
  mood: string;
  wellbeing: string;
  concerns: ConcernAnswer[];
}

export const tasksOf = (visit: PlannedVisit | undefined): TaskAnswer[] =>
  (visit?.tasks ?? []).map((t) => ({ stepId: t.stepId, sectionKey: t.sectionKey, what: t.what, time: t.time, done: '', reason: '', note: '' }));

export function initialForm(visit: PlannedVisit | undefined, now: Date): VisitForm {
  return {
    visit: visit?.label ?? '',
    otherLabel: '',
    arrivedAt: clockTime(londonMinuteOfDay(now)),
    leftAt: '',
    tasks: tasksOf(visit),
    ate: '',
    drankMl: '',
    foodNotes: '',
    personalCare: '',
    mood: '',
    wellbeing: '',
    concerns: [{ text: '', escalate: false }],
  };
}

const clockErrors = (form: VisitForm): FieldError[] => [
  ...(minutesOf(form.arrivedAt) === null ? [{ field: 'arrivedAt', message: 'Enter the time you arrived, like 08:05' }] : []),
  ...(form.leftAt !== '' && minutesOf(form.leftAt) === null ? [{ field: 'leftAt', message: 'Enter the time you left, like 08:40' }] : []),
  ...(form.visit === '' && form.otherLabel.trim() === '' ? [{ field: 'visitLabel', message: 'Say which visit this was' }] : []),
];

/** The body to send, or the errors to show; the same checks the server makes, so nothing is sent to be refused. */
export function buildBody(
  form: VisitForm,
  ctx: { clientId: string; kind: VisitRecordKind; planned: readonly PlannedVisit[]; now: Date },
): { ok: true; body: CreateVisitRecordBody } | { ok: false; errors: FieldError[] } {
  const early = clockErrors(form);
  if (early.length > 0) return { ok: false, errors: early };
  const planned = ctx.planned.find((v) => v.label === form.visit);
  const times = visitInstants(form.arrivedAt, form.leftAt, ctx.now);
  const drank = form.drankMl.trim();
  const parsed = createVisitRecordBodySchema.safeParse({
    clientId: ctx.clientId,
    kind: ctx.kind,
    visitLabel: planned ? planned.label : form.otherLabel,
    plannedFor: planned?.plannedFor ?? null,
    arrivedAt: times.arrivedAt,
    leftAt: times.leftAt,
    content: {
      tasks: form.tasks.map((t) => ({
        stepId: t.stepId,
        sectionKey: t.sectionKey,
        what: t.what,
        done: t.done === '' ? undefined : t.done === 'done',
        reason: t.done === 'not_done' && t.reason !== '' ? t.reason : null,
        note: t.note,
      })),
      foodAndFluid: { ate: form.ate === '' ? null : form.ate, drankMl: drank === '' ? null : /^\d+$/.test(drank) ? Number(drank) : Number.NaN, notes: form.foodNotes },
      personalCare: form.personalCare,
      mood: form.mood,
      wellbeing: form.wellbeing,
      concerns: form.concerns.filter((c) => c.text.trim() !== '' || c.escalate),
    },
  });
  if (!parsed.success) return { ok: false, errors: fieldErrorsFromIssues(parsed.error.issues) };
  const timeErrors = recordTimeErrors(parsed.data, ctx.now);
  return timeErrors.length > 0 ? { ok: false, errors: timeErrors } : { ok: true, body: parsed.data };
}

/** A new client id for a record: made once per form, kept across every retry of sending it. */
export function newClientId(): string {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  // Outside a secure context (plain http on a local network) only getRandomValues is there: a version 4 UUID from it.
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  bytes[6] = ((bytes[6] ?? 0) & 0x0f) | 0x40;
  bytes[8] = ((bytes[8] ?? 0) & 0x3f) | 0x80;
  const hex = [...bytes].map((b) => b.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
