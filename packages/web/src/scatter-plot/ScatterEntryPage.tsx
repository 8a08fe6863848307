// Filling in one day's time slots directly: the behaviour, the day, the slot size and the hours, then none, some or
// high (and the activity) for each slot. What was filled in before shows first; only changed slots are saved, each
// as a new entry, and the latest for a slot is the one the scatter plot shows.
import {
  addDays,
  londonMinuteOfDay,
  scatterEntriesPostSchema,
  scatterEntryTimeErrors,
  type ScatterEntriesPost,
  type ScatterEntriesResponse,
  type ScatterPlotResponse,
} from '@hearth/core';
import { useState } from 'react';
import { useNavigate, useSearchParams } from 'react-router-dom';
import { mayInService } from '../access/permissions';
import { DateInput, dateToParts, partsToDate, type DateParts } from '../components/DateInput';
import { ErrorSummary } from '../components/ErrorSummary';
import { Select, TextInput } from '../components/fields';
import { Loading } from '../components/Loading';
import { PageHeading } from '../components/PageHeading';
import { failedCheck, useCheckedSubmit } from '../forms/useCheckedSubmit';
import { usePerson } from '../people/PersonLayout';
import { useLoaded } from '../plan-views/useLoaded';
import { useMe } from '../session/SessionContext';
import { londonToday } from '../sharing/sharing-form';
import { baselineFrom, changedCells, entrySlots, placeEntryErrors, type SlotValue } from './scatter-entry-form';
import { getScatterPlot, recordScatterEntries } from './scatter-plot-api';
import { scatterPlotPath } from './scatter-plot-paths';
import type { ScatterPlotPageState } from './ScatterPlotPage';
import { ScatterSlotsTable } from './ScatterSlotsTable';
import './scatter-plot.css';

const title = 'Fill in a day’s time slots';
const otherBehaviour = '__other__';
const isIsoDate = (s: string) => /^\d{4}-\d{2}-\d{2}$/.test(s) && !Number.isNaN(Date.parse(`${s}T00:00:00Z`));
const hourOptions = (from: number, to: number) =>
  Array.from({ length: to - from + 1 }, (_, i) => from + i).map((h) => ({
    value: String(h),
    label: `${String(h).padStart(2, '0')}:00`,
  }));
const slotOptions = [15, 30, 60].map((n) => ({ value: String(n), label: n === 60 ? '1 hour' : `${n} minutes` }));
const hourParam = (value: string | null, fallback: number, min: number, max: number) => {
  const n = Number(value);
  return value !== null && Number.isInteger(n) && n >= min && n <= max ? n : fallback;
};

export function ScatterEntryPage() {
  const { person } = usePerson();
  const me = useMe();
  const mayRecord = !person.isReadOnly && mayInService(me, 'create', 'behaviour_record', person.serviceId);
  const known = useLoaded(
    () => (mayRecord ? getScatterPlot(person.id, { days: '7' }) : Promise.resolve(null)),
    [person.id, mayRecord],
  );

  if (!mayRecord)
    return (
      <>
        <PageHeading title={title} caption={person.legalName} />
        <p className="nhsuk-body">
          {person.isReadOnly
            ? 'This record is closed: it can be read but not changed.'
            : 'You cannot fill in the scatter plot for this person. Staff who support them can.'}
        </p>
      </>
    );
  if (known.kind === 'loading') return <Loading what="Loading the behaviours" />;
  if (known.kind === 'failed' || !known.value)
    return <p className="nhsuk-body">{known.kind === 'failed' ? known.message : ''}</p>;
  return <EntryForm behaviours={known.value.behaviours.map((b) => b.name)} />;
}

function EntryForm({ behaviours }: { behaviours: string[] }) {
  const { person } = usePerson();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const asked = params.get('behaviour') ?? '';
  const [choice, setChoice] = useState(
    asked === '' ? (behaviours[0] ?? otherBehaviour) : behaviours.includes(asked) ? asked : otherBehaviour,
  );
  const [typed, setTyped] = useState(behaviours.includes(asked) ? '' : asked);
  const [date, setDate] = useState<DateParts>(() => dateToParts(params.get('date') ?? londonToday()));
  const [slotMinutes, setSlotMinutes] = useState(
    ['15', '30', '60'].includes(params.get('slotMinutes') ?? '') ? (params.get('slotMinutes') ?? '30') : '30',
  );
  const [fromHour, setFromHour] = useState(String(hourParam(params.get('fromHour'), 7, 0, 23)));
  const [untilHour, setUntilHour] = useState(String(hourParam(params.get('untilHour'), 22, 1, 24)));
  const [edits, setEdits] = useState<{ key: string; slots: Map<number, SlotValue> }>({ key: '', slots: new Map() });

  const behaviour = choice === otherBehaviour ? typed.trim() : choice;
  const behaviourField = choice === otherBehaviour ? 'otherBehaviour' : 'behaviour';
  const observedOn = partsToDate(date);
  const size = Number(slotMinutes);
  const slots = entrySlots(size, Number(fromHour), Number(untilHour));
  // What was filled in before for this behaviour, day and slot size; typing a new one starts from nothing.
  const dayKey = `${behaviour}|${observedOn}|${slotMinutes}`;
  const canLoad = behaviour !== '' && isIsoDate(observedOn);
  const before = useLoaded<ScatterPlotResponse | null>(
    () => (canLoad ? getScatterPlot(person.id, { behaviour, from: observedOn, days: '7', slotMinutes }) : Promise.resolve(null)),
    [person.id, dayKey, canLoad],
  );
  const baseline =
    before.kind === 'ready' && before.value ? baselineFrom(before.value.rows, observedOn) : new Map<number, SlotValue>();
  const current = edits.key === dayKey ? edits.slots : new Map<number, SlotValue>();
  const valueOf = (minute: number): SlotValue => current.get(minute) ?? baseline.get(minute) ?? { grade: '', activity: '' };
  const sent = changedCells(slots, baseline, new Map(slots.map((m) => [m, valueOf(m)])));
  const body = { behaviour, observedOn, slotMinutes: size, cells: sent };

  const { form, saving, onSubmit } = useCheckedSubmit<ScatterEntriesPost, ScatterEntriesResponse>({
    check: () => {
      const parsed = scatterEntriesPostSchema.safeParse(body);
      if (!parsed.success) return parsed;
      const late = scatterEntryTimeErrors(parsed.data, londonToday(), londonMinuteOfDay(new Date()));
      return late.length > 0 ? failedCheck(late) : parsed;
    },
    send: (data) => recordScatterEntries(person.id, data),
    saved: (result) => {
      const state: ScatterPlotPageState = { saved: { slots: result.entries.length, date: observedOn } };
      void navigate(scatterPlotPath(person.id, { behaviour, from: addDays(observedOn, -13), days: '14', slotMinutes }), {
        state,
      });
    },
    placeErrors: (errors) => placeEntryErrors(errors, sent, slots[0], behaviourField),
  });

  const setSlot = (minute: number, patch: Partial<SlotValue>) => {
    const next = new Map(current);
    next.set(minute, { ...valueOf(minute), ...patch });
    setEdits({ key: dayKey, slots: next });
  };

  return (
    <div className="nhsuk-grid-row">
      <div className="nhsuk-grid-column-full">
        <PageHeading title={title} caption={person.legalName} hasErrors={form.hasErrors} skipFocus={form.hasErrors} />
        <ErrorSummary errors={form.errors} description={form.problem} focusKey={form.attempt} />
        <p className="nhsuk-body">
          For one behaviour and one day, mark each time slot someone observed: <strong>none</strong> if the behaviour did not
          happen, <strong>some</strong> or <strong>high</strong> if it did. Leave a slot nobody observed unmarked. Say what was
          going on at the time, if you can. A slot marked before shows its mark; changing it keeps the earlier mark in the record.
        </p>
        <form onSubmit={onSubmit} noValidate>
          {behaviours.length > 0 && (
            <Select
              name="behaviour"
              label="Behaviour"
              value={choice}
              options={[
                ...behaviours.map((b) => ({ value: b, label: b })),
                { value: otherBehaviour, label: 'Another behaviour' },
              ]}
              onChange={setChoice}
              error={form.errorFor('behaviour')}
            />
          )}
          {choice === otherBehaviour && (
            <TextInput
              name="otherBehaviour"
              label={behaviours.length > 0 ? 'Name of the other behaviour' : 'Behaviour'}
              hint="As it is named in the behaviour support plan, if it is there"
              value={typed}
              onChange={setTyped}
              error={form.errorFor('otherBehaviour')}
              maxLength={200}
            />
          )}
          <DateInput
            name="observedOn"
            legend="Day observed"
            value={date}
            onChange={setDate}
            error={form.errorFor('observedOn')}
          />
          <div className="hearth-scatter-choices">
            <Select
              name="slotMinutes"
              label="Time slots"
              value={slotMinutes}
              options={slotOptions}
              onChange={setSlotMinutes}
              error={form.errorFor('slotMinutes')}
            />
            <Select name="fromHour" label="From" value={fromHour} options={hourOptions(0, 23)} onChange={setFromHour} />
            <Select name="untilHour" label="Until" value={untilHour} options={hourOptions(1, 24)} onChange={setUntilHour} />
          </div>
          {slots.length === 0 ? (
            <p className="nhsuk-body">
              Choose a &ldquo;from&rdquo; time before the &ldquo;until&rdquo; time to see the time slots.
            </p>
          ) : (
            <ScatterSlotsTable
              slots={slots}
              slotMinutes={size}
              valueOf={valueOf}
              wasMarked={(minute) => baseline.has(minute)}
              onChange={setSlot}
              errorFor={form.errorFor}
              loading={before.kind === 'loading'}
            />
          )}
          <button className="nhsuk-button" type="submit" disabled={saving}>
            {saving ? 'Saving…' : 'Save the time slots'}
          </button>
        </form>
      </div>
    </div>
  );
}
