// Adding someone around the person who may be given a view of their record. Nothing is shared with them until the
// person decides, on the contact's page.
import { contactRelationshipLabels, contactRelationships, newContactBodySchema } from '@hearth/core';
import { useState } from 'react';
import { useNavigate } from 'react-router-dom';
import { mayInService } from '../access/permissions';
import { addContact } from '../api/sharing';
import { ErrorSummary } from '../components/ErrorSummary';
import { TextInput } from '../components/fields';
import { PageHeading } from '../components/PageHeading';
import { useCheckedSubmit } from '../forms/useCheckedSubmit';
import { usePerson } from '../people/PersonLayout';
import { Radios } from '../plan/Radios';
import { useMe } from '../session/SessionContext';
import { contactBody, emptyContactForm, type NewContactForm } from './sharing-form';
import { contactPath } from './sharing-summary';

export function AddContactPage() {
  const { person } = usePerson();
  const me = useMe();
  const navigate = useNavigate();
  const name = person.preferredName ?? person.legalName;
  const [form, setForm] = useState<NewContactForm>(emptyContactForm);
  const set = (patch: Partial<NewContactForm>) => {
    setForm((f) => ({ ...f, ...patch }));
  };
  const mayAdd = !person.isReadOnly && mayInService(me, 'create', 'person_contact', person.serviceId);

  const { form: errors, saving, onSubmit } = useCheckedSubmit({
    check: () => newContactBodySchema.safeParse(contactBody(form)),
    send: () => addContact(person.id, contactBody(form)),
    saved: (added) => void navigate(contactPath(person.id, added.id), { state: { added: true } }),
  });

  if (!mayAdd) {
    return (
      <>
        <PageHeading title="Add a contact" caption={person.legalName} />
        <p className="nhsuk-body">You cannot add contacts for {name}. A senior care worker or manager can.</p>
      </>
    );
  }
  return (
    <div className="nhsuk-grid-row">
      <div className="nhsuk-grid-column-two-thirds">
        <PageHeading title="Add a contact" caption={person.legalName} hasErrors={errors.hasErrors} skipFocus={errors.hasErrors} />
        <ErrorSummary errors={errors.errors} description={errors.problem} focusKey={errors.attempt} />
        <p className="nhsuk-body">
          Add someone {name} may want to share their record with: themselves, family, a friend, an advocate or an attorney.
          Nothing is shared with them until {name} decides.
        </p>
        <form onSubmit={onSubmit} noValidate>
          <TextInput
            name="name"
            label="Their name"
            value={form.name}
            autoComplete="off"
            onChange={(v) => {
              set({ name: v });
            }}
            error={errors.errorFor('name')}
          />
          <Radios
            name="relationship"
            legend={`How do they know ${name}?`}
            value={form.relationship}
            onChange={(v) => {
              set({ relationship: v });
            }}
            error={errors.errorFor('relationship')}
            options={contactRelationships.map((r) => ({ value: r, label: contactRelationshipLabels[r] }))}
          />
          <TextInput
            name="relationshipDetail"
            label={`In ${name}\u2019s words (optional)`}
            hint="For example, son, next-door neighbour, advocate from the local advocacy service"
            value={form.relationshipDetail}
            onChange={(v) => {
              set({ relationshipDetail: v });
            }}
            error={errors.errorFor('relationshipDetail')}
          />
          <TextInput
            name="email"
            type="email"
            label="Email address (optional)"
            hint="Needed to invite them to their own sign-in"
            autoComplete="off"
            spellCheck={false}
            value={form.email}
            onChange={(v) => {
              set({ email: v });
            }}
            error={errors.errorFor('email')}
          />
          <TextInput
            name="phone"
            type="tel"
            label="Phone number (optional)"
            widthClass="nhsuk-input--width-20"
            autoComplete="off"
            value={form.phone}
            onChange={(v) => {
              set({ phone: v });
            }}
            error={errors.errorFor('phone')}
          />
          <button className="nhsuk-button" type="submit" disabled={saving}>
            {saving ? 'Saving…' : 'Add the contact'}
          </button>
        </form>
      </div>
    </div>
  );
}
