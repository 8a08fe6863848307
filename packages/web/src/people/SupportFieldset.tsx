// "Support": the service, when support started (and whether in an emergency), and the person's status.
import { personStatuses, personStatusLabels, type PersonStatus } from '@hearth/core';
import { DateInput } from '../components/DateInput';
import { Checkbox, Select } from '../components/fields';
import type { PersonFieldsProps } from './person-fields-props';

interface Props extends PersonFieldsProps {
  /** The services this user may put the person in. */
  serviceOptions: { value: string; label: string }[];
}

export function SupportFieldset({ form, set, errorFor, serviceOptions }: Props) {
  return (
    <fieldset className="nhsuk-fieldset hearth-section">
      <legend className="nhsuk-fieldset__legend nhsuk-fieldset__legend--m">
        <h2 className="nhsuk-fieldset__heading">Support</h2>
      </legend>
      <Select
        name="serviceId"
        label="Service"
        hint="The care home or homecare branch that supports the person"
        value={form.serviceId}
        placeholder="Choose a service"
        options={serviceOptions}
        onChange={(v) => {
          set('serviceId', v);
        }}
        error={errorFor('serviceId')}
      />
      <DateInput
        name="serviceStartDate"
        legend="Date support started (optional)"
        hint="For example, 15 1 2024"
        value={form.serviceStartDate}
        onChange={(v) => {
          set('serviceStartDate', v);
        }}
        error={errorFor('serviceStartDate')}
      />
      <Checkbox
        name="emergencyStart"
        label="Support started in an emergency, before a plan could be written"
        checked={form.emergencyStart}
        onChange={(v) => {
          set('emergencyStart', v);
        }}
      />
      <Select
        name="status"
        label="Status"
        value={form.status}
        options={personStatuses.map((s) => ({ value: s, label: personStatusLabels[s] }))}
        onChange={(v) => {
          set('status', (personStatuses as readonly string[]).includes(v) ? (v as PersonStatus) : 'active');
        }}
        error={errorFor('status')}
      />
      <DateInput
        name="statusDate"
        legend="Date the status changed"
        hint="Needed unless the person is receiving support. For example, 3 6 2025"
        value={form.statusDate}
        onChange={(v) => {
          set('statusDate', v);
        }}
        error={errorFor('statusDate')}
      />
    </fieldset>
  );
}
