// The scatter plot's choices as a GET form: which behaviour, the first day, how many days, the slot size and what the
// shading shows. Checked with the schema the server uses before the address changes.
import { scatterMeasureLabels, scatterMeasures, scatterPlotQuerySchema, type ScatterPlotResponse } from '@hearth/core';
import { useState, type SyntheticEvent } from 'react';
import { DateInput, dateToParts, partsToDate, type DateParts } from '../components/DateInput';
import { ErrorSummary } from '../components/ErrorSummary';
import { Select } from '../components/fields';
import { fieldErrorsFromIssues } from '../forms/field-ids';
import { useFormErrors } from '../forms/useFormErrors';
import type { ScatterChoices } from './scatter-plot-api';

interface Props {
  plot: ScatterPlotResponse;
  onShow: (choices: ScatterChoices) => void;
}

const dayOptions = [7, 14, 21, 28].map((n) => ({
  value: String(n),
  label: n % 7 === 0 ? `${n / 7} ${n === 7 ? 'week' : 'weeks'} (${n} days)` : `${n} days`,
}));
const slotOptions = [15, 30, 60].map((n) => ({ value: String(n), label: n === 60 ? '1 hour' : `${n} minutes` }));
const measureLabels: Record<(typeof scatterMeasures)[number], string> = {
  frequency: `${scatterMeasureLabels.frequency} it happened`,
  intensity: `${scatterMeasureLabels.intensity} it was`,
};

export function ScatterChoicesForm({ plot, onShow }: Props) {
  const form = useFormErrors();
  const [behaviour, setBehaviour] = useState(plot.behaviour ?? '');
  const [from, setFrom] = useState<DateParts>(() => dateToParts(plot.from));
  const [days, setDays] = useState(String(plot.days));
  const [slotMinutes, setSlotMinutes] = useState(String(plot.slotMinutes));
  const [measure, setMeasure] = useState<string>(plot.measure);

  const show = (event: SyntheticEvent) => {
    event.preventDefault();
    form.countAttempt();
    const choices: ScatterChoices = { behaviour, from: partsToDate(from), days, slotMinutes, measure };
    const parsed = scatterPlotQuerySchema.safeParse({ ...choices, from: choices.from === '' ? undefined : choices.from });
    if (!parsed.success) {
      form.setErrors(fieldErrorsFromIssues(parsed.error.issues));
      return;
    }
    form.setErrors([]);
    onShow(choices);
  };

  return (
    <>
      <ErrorSummary errors={form.errors} focusKey={form.attempt} headingId="scatter-choices-errors" />
      <form className="hearth-scatter-choices" method="get" onSubmit={show} noValidate aria-label="What the scatter plot shows">
        {plot.behaviours.length > 0 && (
          <Select
            name="behaviour"
            label="Behaviour"
            value={behaviour}
            options={plot.behaviours.map((b) => ({ value: b.name, label: b.name }))}
            onChange={setBehaviour}
            error={form.errorFor('behaviour')}
          />
        )}
        <DateInput name="from" legend="First day" value={from} onChange={setFrom} error={form.errorFor('from')} />
        <Select
          name="days"
          label="Days to show"
          value={days}
          options={dayOptions}
          onChange={setDays}
          error={form.errorFor('days')}
        />
        <Select
          name="slotMinutes"
          label="Time slots"
          value={slotMinutes}
          options={slotOptions}
          onChange={setSlotMinutes}
          error={form.errorFor('slotMinutes')}
        />
        <Select
          name="measure"
          label="Shade by"
          value={measure}
          options={scatterMeasures.map((m) => ({ value: m, label: measureLabels[m] }))}
          onChange={setMeasure}
          error={form.errorFor('measure')}
        />
        <div className="nhsuk-form-group">
          <button className="nhsuk-button nhsuk-button--secondary" type="submit">
            Show
          </button>
        </div>
      </form>
    </>
  );
}
