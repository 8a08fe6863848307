// Changing a member of staff's roles: one or more role-and-service pairs.
import { useState, type SyntheticEvent } from 'react';
import { updateGrantsBodySchema, type Grant, type Service } from '@hearth/core';
import { updateGrants } from '../api/staff';
import { ErrorSummary } from '../components/ErrorSummary';
import { ErrorMessage, Select } from '../components/fields';
import { fieldErrorsFromIssues } from '../forms/field-ids';
import { useFormErrors } from '../forms/useFormErrors';
import { roleOptions, serviceOptions } from './role-options';

interface Row {
  key: number;
  role: string;
  serviceId: string;
}

let nextKey = 1;

interface Props {
  staffId: string;
  staffName: string;
  grants: Grant[];
  services: Service[];
  onSaved: () => void;
}

export function GrantsForm({ staffId, staffName, grants, services, onSaved }: Props) {
  const [rows, setRows] = useState<Row[]>(() =>
    grants.map((g) => ({ key: nextKey++, role: g.role, serviceId: g.serviceId ?? '' })),
  );
  const form = useFormErrors();
  const { setErrors, setProblem } = form;
  const [isSaving, setSaving] = useState(false);

  const update = (index: number, patch: Partial<Row>) => {
    setRows(rows.map((r, i) => (i === index ? { ...r, ...patch } : r)));
  };

  const onSubmit = async (event: SyntheticEvent) => {
    event.preventDefault();
    form.countAttempt();
    setProblem(undefined);
    const body = { grants: rows.map((r) => ({ role: r.role || undefined, serviceId: r.serviceId === '' ? null : r.serviceId })) };
    const parsed = updateGrantsBodySchema.safeParse(body);
    if (!parsed.success) {
      setErrors(fieldErrorsFromIssues(parsed.error.issues));
      return;
    }
    setErrors([]);
    setSaving(true);
    try {
      await updateGrants(staffId, parsed.data.grants);
      onSaved();
    } catch (error) {
      form.showRefusal(error);
    } finally {
      setSaving(false);
    }
  };

  return (
    <form onSubmit={(e) => void onSubmit(e)} noValidate>
      <ErrorSummary errors={form.errors} description={form.problem} focusKey={form.attempt} />
      <fieldset className="nhsuk-fieldset" id="grants">
        <legend className="nhsuk-fieldset__legend nhsuk-fieldset__legend--m">
          <h2 className="nhsuk-fieldset__heading">Roles</h2>
        </legend>
        <div className="nhsuk-hint">What {staffName} can do, and in which service.</div>
        <ErrorMessage message={form.errorFor('grants')} />
        {rows.map((row, index) => (
          <fieldset className="nhsuk-fieldset hearth-repeat" key={row.key}>
            <legend className="nhsuk-fieldset__legend nhsuk-fieldset__legend--s">Role {index + 1}</legend>
            <Select
              name={`grants.${index}.role`}
              label="Role"
              value={row.role}
              placeholder="Choose a role"
              options={roleOptions}
              onChange={(role) => {
                update(index, { role });
              }}
              error={form.errorFor(`grants.${index}.role`)}
            />
            <Select
              name={`grants.${index}.serviceId`}
              label="Service"
              value={row.serviceId}
              options={serviceOptions(services)}
              onChange={(serviceId) => {
                update(index, { serviceId });
              }}
              error={form.errorFor(`grants.${index}.serviceId`)}
            />
            {rows.length > 1 && (
              <button
                type="button"
                className="nhsuk-button nhsuk-button--secondary nhsuk-button--small"
                onClick={() => {
                  setRows(rows.filter((_, i) => i !== index));
                }}
              >
                Remove<span className="nhsuk-u-visually-hidden"> role {index + 1}</span>
              </button>
            )}
          </fieldset>
        ))}
        <button
          type="button"
          className="nhsuk-button nhsuk-button--secondary"
          onClick={() => {
            setRows([...rows, { key: nextKey++, role: '', serviceId: '' }]);
          }}
        >
          Add another role
        </button>
      </fieldset>
      <button type="submit" className="nhsuk-button" disabled={isSaving}>
        Save roles
      </button>
    </form>
  );
}
