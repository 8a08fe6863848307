// The person's contacts: a repeatable group, each in its own fieldset, added and removed as needed.
import { Checkbox, ErrorMessage, TextInput } from '../components/fields';
import { emptyContact, type ContactForm } from './person-form-state';

interface Props {
  contacts: ContactForm[];
  onChange: (contacts: ContactForm[]) => void;
  errorFor: (path: string) => string | undefined;
  /** Called with the id of the field to focus after adding or removing. */
  onFocusRequest: (id: string) => void;
}

export function ContactsFieldset({ contacts, onChange, errorFor, onFocusRequest }: Props) {
  const update = (index: number, patch: Partial<ContactForm>) => {
    onChange(contacts.map((c, i) => (i === index ? { ...c, ...patch } : c)));
  };

  const add = () => {
    onChange([...contacts, emptyContact()]);
    onFocusRequest(`contacts-${contacts.length}-name`);
  };

  const remove = (index: number) => {
    onChange(contacts.filter((_, i) => i !== index));
    onFocusRequest('add-contact');
  };

  const listError = errorFor('contacts');
  return (
    <fieldset className="nhsuk-fieldset hearth-section" id="contacts" aria-describedby={listError ? 'contacts-error' : undefined}>
      <legend className="nhsuk-fieldset__legend nhsuk-fieldset__legend--m">
        <h2 className="nhsuk-fieldset__heading">Contacts</h2>
      </legend>
      <div className="nhsuk-hint">Family, friends and others who are important to the person.</div>
      <ErrorMessage id="contacts-error" message={listError} />
      {contacts.length === 0 && <p className="nhsuk-body">No contacts added.</p>}
      {contacts.map((contact, index) => {
        const path = `contacts.${index}`;
        const number = index + 1;
        return (
          <fieldset className="nhsuk-fieldset hearth-repeat" key={contact.key}>
            <legend className="nhsuk-fieldset__legend nhsuk-fieldset__legend--s">Contact {number}</legend>
            <TextInput
              name={`${path}.name`}
              label="Contact name"
              autoComplete="off"
              value={contact.name}
              onChange={(name) => {
                update(index, { name });
              }}
              error={errorFor(`${path}.name`)}
            />
            <TextInput
              name={`${path}.relationship`}
              label="Relationship to the person"
              hint="For example, daughter, neighbour or friend"
              value={contact.relationship}
              onChange={(relationship) => {
                update(index, { relationship });
              }}
              error={errorFor(`${path}.relationship`)}
            />
            <TextInput
              name={`${path}.phone`}
              label="Contact phone number (optional)"
              type="tel"
              autoComplete="off"
              widthClass="nhsuk-input--width-20"
              value={contact.phone}
              onChange={(phone) => {
                update(index, { phone });
              }}
              error={errorFor(`${path}.phone`)}
            />
            <TextInput
              name={`${path}.email`}
              label="Contact email address (optional)"
              type="email"
              autoComplete="off"
              spellCheck={false}
              value={contact.email}
              onChange={(email) => {
                update(index, { email });
              }}
              error={errorFor(`${path}.email`)}
            />
            <Checkbox
              name={`${path}.isNextOfKin`}
              label="Next of kin"
              checked={contact.isNextOfKin}
              onChange={(isNextOfKin) => {
                update(index, { isNextOfKin });
              }}
            />
            <button
              type="button"
              className="nhsuk-button nhsuk-button--secondary nhsuk-button--small"
              onClick={() => {
                remove(index);
              }}
            >
              Remove<span className="nhsuk-u-visually-hidden"> contact {number}</span>
            </button>
          </fieldset>
        );
      })}
      <button
        type="button"
        id="add-contact"
        className="nhsuk-button nhsuk-button--secondary"
        onClick={add}
        disabled={contacts.length >= 30}
      >
        Add a contact
      </button>
    </fieldset>
  );
}
