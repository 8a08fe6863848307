// The restrictive-intervention form's state as typed, and the record it makes: the day and clock time in England
// turned into an instant, lists kept as typed (an empty line is named, not dropped) and medicine only for chemical
// restraint. Checked with the server's own schema and time rules, so nothing is sent to be refused.
import {
  clockTime,
  isoDateSchema,
  londonInstant,
  londonMinuteOfDay,
  restrictiveInterventionPostSchema,
  restrictiveInterventionTimeErrors,
  type FieldError,
  type RestrictiveInterventionPost,
  type RestrictiveInterventionView,
} from '@hearth/core';
import { dateToParts, partsToDate, type DateParts } from '../components/DateInput';
import { failedCheck, type Checked } from '../forms/useCheckedSubmit';

export type YesNo = '' | 'yes' | 'no';

export interface InterventionForm {
  kind: string;
  startedOn: DateParts;
  startedTime: string;
  durationMinutes: string;
  staff: { name: string; role: string }[];
  reason: string;
  riskAnswered: string;
  tried: string[];
  noneReason: string;
  whatWasDone: string;
  medicine: { name: string; dose: string; route: string; prnProtocol: string };
  followedPlan: string;
  personInjured: YesNo;
  personInjuryDetails: string;
  staffInjured: YesNo;
  staffInjuryDetails: string;
  personView: string;
  abcRecordId: string;
  supersedeReason: string;
}

export function emptyInterventionForm(today: string): InterventionForm {
  return {
    kind: '',
    startedOn: dateToParts(today),
    startedTime: '',
    durationMinutes: '',
    staff: [{ name: '', role: '' }],
    reason: '',
    riskAnswered: '',
    tried: [''],
    noneReason: '',
    whatWasDone: '',
    medicine: { name: '', dose: '', route: '', prnProtocol: '' },
    followedPlan: '',
    personInjured: '',
    personInjuryDetails: '',
    staffInjured: '',
    staffInjuryDetails: '',
    personView: '',
    abcRecordId: '',
    supersedeReason: '',
  };
}

const yesNo = (value: boolean): YesNo => (value ? 'yes' : 'no');

/** A correction starts from the record it corrects, as it was written. */
export function formFromRecord(record: RestrictiveInterventionView): InterventionForm {
  const started = new Date(record.startedAt);
  const { body } = record;
  return {
    kind: record.kind,
    startedOn: dateToParts(new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/London' }).format(started)),
    startedTime: clockTime(londonMinuteOfDay(started)),
    durationMinutes: String(record.durationMinutes),
    staff: body.staffInvolved.map((s) => ({ name: s.name, role: s.role ?? '' })),
    reason: body.reason,
    riskAnswered: body.riskAnswered,
    tried: body.lessRestrictive.tried.length > 0 ? [...body.lessRestrictive.tried] : [''],
    noneReason: body.lessRestrictive.noneReason ?? '',
    whatWasDone: body.whatWasDone,
    medicine: body.medicine
      ? { name: body.medicine.name, dose: body.medicine.dose, route: body.medicine.route, prnProtocol: body.medicine.prnProtocol }
      : { name: '', dose: '', route: '', prnProtocol: '' },
    followedPlan: record.followedPlan,
    personInjured: yesNo(body.personInjury.injured),
    personInjuryDetails: body.personInjury.details ?? '',
    staffInjured: yesNo(body.staffInjury.injured),
    staffInjuryDetails: body.staffInjury.details ?? '',
    personView: body.personView ?? '',
    abcRecordId: record.abcRecordId ?? '',
    supersedeReason: '',
  };
}

const chosen = (value: string): string | undefined => (value === '' ? undefined : value);
const answered = (value: YesNo): boolean | undefined => (value === '' ? undefined : value === 'yes');

/** Minutes after midnight of a time typed as HH:MM (or H:MM) on a 24-hour clock; null for anything else. */
function clockMinute(time: string): number | null {
  const match = /^(\d{1,2}):(\d{2})$/.exec(time.trim());
  if (!match) return null;
  const [hours, minutes] = [Number(match[1]), Number(match[2])];
  return hours < 24 && minutes < 60 ? hours * 60 + minutes : null;
}

/** The start as an instant, or the errors that keep it from being one. */
function startOf(form: InterventionForm): { startedAt: string | undefined; errors: FieldError[] } {
  const day = partsToDate(form.startedOn);
  const minute = clockMinute(form.startedTime);
  const errors: FieldError[] = [];
  const realDay = isoDateSchema.safeParse(day).success;
  if (!realDay)
    errors.push({ field: 'startedOn', message: day === '' ? 'Enter the date it started' : 'Enter a real date it started' });
  if (minute === null) errors.push({ field: 'startedTime', message: 'Enter the time it started, like 16:25' });
  return { startedAt: realDay && minute !== null ? londonInstant(day, minute).toISOString() : undefined, errors };
}

/** The record to send, or every error the server would give, named by the fields the form shows. */
export function checkInterventionForm(
  form: InterventionForm,
  ctx: { clientId: string; supersedes: string | null; now: Date },
): Checked<RestrictiveInterventionPost> {
  const start = startOf(form);
  const minutes = form.durationMinutes.trim();
  const parsed = restrictiveInterventionPostSchema.safeParse({
    clientId: ctx.clientId,
    kind: chosen(form.kind),
    // A placeholder while the day or time is not right, so the rest of the form is still checked now.
    startedAt: start.startedAt ?? ctx.now.toISOString(),
    durationMinutes: minutes === '' ? undefined : /^\d+$/.test(minutes) ? Number(minutes) : Number.NaN,
    followedPlan: chosen(form.followedPlan),
    abcRecordId: form.abcRecordId === '' ? null : form.abcRecordId,
    body: {
      staffInvolved: form.staff.map((s) => ({ name: s.name, role: s.role })),
      reason: form.reason,
      riskAnswered: form.riskAnswered,
      lessRestrictive: { tried: form.tried.every((t) => t.trim() === '') ? [] : form.tried, noneReason: form.noneReason },
      whatWasDone: form.whatWasDone,
      medicine: form.kind === 'chemical' ? { ...form.medicine, prnProtocol: chosen(form.medicine.prnProtocol) } : null,
      personInjury: { injured: answered(form.personInjured), details: form.personInjuryDetails },
      staffInjury: { injured: answered(form.staffInjured), details: form.staffInjuryDetails },
      personView: form.personView,
    },
    supersedes: ctx.supersedes,
    supersedeReason: ctx.supersedes === null ? null : form.supersedeReason,
  });
  const errors: FieldError[] = [...start.errors];
  if (!parsed.success) {
    for (const issue of parsed.error.issues) errors.push({ field: issue.path.map(String).join('.'), message: issue.message });
    return failedCheck(placeInterventionErrors(errors));
  }
  if (start.errors.length > 0) return failedCheck(placeInterventionErrors(errors));
  const timeErrors = restrictiveInterventionTimeErrors(parsed.data, ctx.now);
  return timeErrors.length > 0 ? failedCheck(placeInterventionErrors(timeErrors)) : parsed;
}

/**
 * Errors named where the form shows them: the start's on the date (or the clock time when the day is right), the
 * list-wide ones on the list's first line.
 */
export function placeInterventionErrors(errors: readonly FieldError[]): FieldError[] {
  const places: Record<string, string> = {
    startedAt: 'startedOn',
    'body.staffInvolved': 'body.staffInvolved.0.name',
    'body.lessRestrictive.tried': 'body.lessRestrictive.tried.0',
    'body.medicine': 'body.medicine.name',
  };
  return errors.map((e) => ({ field: places[e.field] ?? e.field, message: e.message }));
}
