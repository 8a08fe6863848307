// The ABC form's state as typed, and the record body it makes: the date and time on a clock in England turned into
// an instant, the answers into numbers and choices, and empty setting events left out. Checked with the server's own
// rules, so nothing is sent to be refused.
import {
  abcOccurredAtErrors,
  abcSettingEventKinds,
  clockTime,
  createAbcRecordBodySchema,
  isoDateSchema,
  londonDay,
  londonInstant,
  londonMinuteOfDay,
  minutesOf,
  type AbcRecordView,
  type AbcSettingEventKind,
  type CreateAbcRecordBody,
  type FieldError,
} from '@hearth/core';
import { dateToParts, partsToDate, type DateParts } from '../components/DateInput';
import { fieldErrorsFromIssues } from '../forms/field-ids';

export interface AbcForm {
  date: DateParts;
  time: string;
  setting: string;
  activity: string;
  peoplePresent: string;
  settingEvents: AbcSettingEventKind[];
  settingEventDetail: Record<AbcSettingEventKind, string>;
  antecedentCategory: string;
  antecedentDescription: string;
  behaviour: string;
  behaviourForm: string;
  intensity: string;
  duration: string;
  consequenceCategory: string;
  consequenceDescription: string;
  communicating: string;
  whatHelped: string;
  restrictive: '' | 'yes' | 'no';
  supersedeReason: string;
}

const noDetail = (): Record<AbcSettingEventKind, string> => ({ health: '', environment: '', life_events: '', psychiatric: '' });

/** A new record: it happened now, today; nothing else is assumed. */
export function initialAbcForm(now: Date): AbcForm {
  return {
    date: dateToParts(londonDay(now)),
    time: clockTime(londonMinuteOfDay(now)),
    setting: '',
    activity: '',
    peoplePresent: '',
    settingEvents: [],
    settingEventDetail: noDetail(),
    antecedentCategory: '',
    antecedentDescription: '',
    behaviour: '',
    behaviourForm: '',
    intensity: '',
    duration: '',
    consequenceCategory: '',
    consequenceDescription: '',
    communicating: '',
    whatHelped: '',
    restrictive: '',
    supersedeReason: '',
  };
}

/** A correction starts from the record it replaces, with the reason still to give. */
export function abcFormFrom(record: AbcRecordView): AbcForm {
  const at = new Date(record.occurredAt);
  const detail = noDetail();
  for (const e of record.settingEvents) detail[e.kind] = e.detail ?? '';
  return {
    date: dateToParts(londonDay(at)),
    time: clockTime(londonMinuteOfDay(at)),
    setting: record.setting,
    activity: record.activity ?? '',
    peoplePresent: record.peoplePresent ?? '',
    settingEvents: record.settingEvents.map((e) => e.kind),
    settingEventDetail: detail,
    antecedentCategory: record.antecedent.category,
    antecedentDescription: record.antecedent.description,
    behaviour: record.behaviour,
    behaviourForm: record.behaviourForm,
    intensity: String(record.intensity),
    duration: String(record.durationMinutes),
    consequenceCategory: record.consequence.category,
    consequenceDescription: record.consequence.description,
    communicating: record.communicating ?? '',
    whatHelped: record.whatHelped ?? '',
    restrictive: record.restrictiveInterventionUsed ? 'yes' : 'no',
    supersedeReason: '',
  };
}

/** The setting events ticked, in the list's order: their index names their detail field. */
export const chosenSettingEvents = (form: AbcForm) => abcSettingEventKinds.filter((k) => form.settingEvents.includes(k));

/** A whole number as typed, or NaN for the schema to refuse with its own words. */
const wholeNumber = (typed: string) =>
  typed.trim() === '' ? undefined : /^\d+$/.test(typed.trim()) ? Number(typed.trim()) : Number.NaN;

/** The date and time it happened as an instant, or the errors of either part. */
function occurredAt(form: AbcForm): { at: string | null; errors: FieldError[] } {
  const date = partsToDate(form.date);
  const minute = minutesOf(form.time);
  const errors: FieldError[] = [];
  if (!isoDateSchema.safeParse(date).success)
    errors.push({ field: 'occurredAt', message: date === '' ? 'Enter the date it happened' : 'Enter a real date it happened' });
  if (minute === null) errors.push({ field: 'occurredTime', message: 'Enter the time it happened, like 16:30' });
  return errors.length > 0 || minute === null ? { at: null, errors } : { at: londonInstant(date, minute).toISOString(), errors };
}

/** The body to send, or the errors to show, in the order the form asks. */
export function buildAbcBody(
  form: AbcForm,
  ctx: { clientId: string; now: Date; supersedes: string | null },
): { ok: true; body: CreateAbcRecordBody } | { ok: false; errors: FieldError[] } {
  const when = occurredAt(form);
  const parsed = createAbcRecordBodySchema.safeParse({
    clientId: ctx.clientId,
    occurredAt: when.at ?? new Date(0).toISOString(),
    behaviour: form.behaviour,
    behaviourForm: form.behaviourForm,
    intensity: form.intensity === '' ? undefined : Number(form.intensity),
    durationMinutes: wholeNumber(form.duration),
    restrictiveInterventionUsed: form.restrictive === '' ? undefined : form.restrictive === 'yes',
    setting: form.setting,
    activity: form.activity,
    peoplePresent: form.peoplePresent,
    settingEvents: chosenSettingEvents(form).map((kind) => ({ kind, detail: form.settingEventDetail[kind] })),
    antecedent: { category: form.antecedentCategory || undefined, description: form.antecedentDescription },
    consequence: { category: form.consequenceCategory || undefined, description: form.consequenceDescription },
    communicating: form.communicating,
    whatHelped: form.whatHelped,
    supersedes: ctx.supersedes,
    supersedeReason: ctx.supersedes === null ? null : form.supersedeReason,
  });
  const later = parsed.success ? [] : fieldErrorsFromIssues(parsed.error.issues);
  const future = when.at === null ? [] : abcOccurredAtErrors(when.at, ctx.now);
  const errors = inFormOrder([...when.errors, ...future, ...later]);
  if (errors.length > 0 || !parsed.success) return { ok: false, errors };
  return { ok: true, body: parsed.data };
}

/** Where each field sits on the form, top to bottom, so the summary lists problems in the order they are met. */
const formOrder = [
  'occurredAt',
  'occurredTime',
  'setting',
  'activity',
  'peoplePresent',
  'settingEvents',
  'antecedent.category',
  'antecedent.description',
  'behaviour',
  'behaviourForm',
  'intensity',
  'durationMinutes',
  'consequence.category',
  'consequence.description',
  'communicating',
  'restrictiveInterventionUsed',
  'whatHelped',
  'supersedeReason',
];

function inFormOrder(errors: FieldError[]): FieldError[] {
  const rank = (field: string) => {
    const i = formOrder.findIndex((f) => field === f || field.startsWith(`${f}.`));
    return i === -1 ? formOrder.length : i;
  };
  return [...errors].sort((a, b) => rank(a.field) - rank(b.field));
}
