// A person's contacts and what each sees today, as the person decided; and what contacts added through their sign-ins.
import { contactEntryKindLabels, type ContactEntryView, type ContactSummary } from '@hearth/core';
import { Link } from 'react-router-dom';
import { mayInService } from '../access/permissions';
import { listContactEntries, listContacts } from '../api/sharing';
import { ButtonLink } from '../components/links';
import { Loading } from '../components/Loading';
import { PageHeading } from '../components/PageHeading';
import { ResponsiveCell, ResponsiveTable } from '../components/ResponsiveTable';
import { formatDate, formatDateTime } from '../format';
import { usePerson } from '../people/PersonLayout';
import { useLoaded } from '../plan-views/useLoaded';
import { useMe } from '../session/SessionContext';
import { contactPath, partsText, relationshipText, SharingStateTag, sharingPath, signInText } from './sharing-summary';

export function SharingPage() {
  const { person } = usePerson();
  const me = useMe();
  const mayAdd = !person.isReadOnly && mayInService(me, 'create', 'person_contact', person.serviceId);
  const mayReadEntries = mayInService(me, 'read', 'contact_entry', person.serviceId);
  const contacts = useLoaded(() => listContacts(person.id), [person.id]);
  const name = person.preferredName ?? person.legalName;
  return (
    <>
      <PageHeading title="Sharing and contacts" caption={person.legalName} />
      <p className="nhsuk-body">
        {name} decides, person by person, which parts of their record each may see. Nothing is shared with anyone until {name}{' '}
        decides, and they can stop it at any time.
      </p>
      {contacts.kind === 'loading' && <Loading what="Loading their contacts" />}
      {contacts.kind === 'failed' && <p className="nhsuk-body">{contacts.message}</p>}
      {contacts.kind === 'ready' && <ContactsTable personId={person.id} name={name} contacts={contacts.value} />}
      {mayAdd && <ButtonLink to={`${sharingPath(person.id)}/new`}>Add a contact</ButtonLink>}
      {mayReadEntries && <ContactEntries personId={person.id} />}
    </>
  );
}

function ContactsTable({ personId, name, contacts }: { personId: string; name: string; contacts: ContactSummary[] }) {
  if (contacts.length === 0) return <p className="nhsuk-body">No contacts have been added yet.</p>;
  return (
    <ResponsiveTable
      caption="Contacts and what each sees now"
      headings={['Name', 'Relationship', 'What they see now', 'Sharing ends', 'Sign-in status']}
    >
      {contacts.map((c) => (
        <tr className="nhsuk-table__row" role="row" key={c.id}>
          <ResponsiveCell heading="Name">
            <Link className="nhsuk-link" to={contactPath(personId, c.id)}>
              {c.name}
            </Link>
          </ResponsiveCell>
          <ResponsiveCell heading="Relationship">{relationshipText(c)}</ResponsiveCell>
          <ResponsiveCell heading="What they see now">
            <div>
              <SharingStateTag state={c.sharing.state} />
              {c.sharing.state === 'sharing' && <div>{partsText(c.sharing.parts)}</div>}
            </div>
          </ResponsiveCell>
          <ResponsiveCell heading="Sharing ends">
            {c.sharing.state === 'sharing' ? (c.sharing.endsOn ? formatDate(c.sharing.endsOn) : `When ${name} changes it`) : '—'}
          </ResponsiveCell>
          <ResponsiveCell heading="Sign-in status">{signInText(c.signIn)}</ResponsiveCell>
        </tr>
      ))}
    </ResponsiveTable>
  );
}

function ContactEntries({ personId }: { personId: string }) {
  const entries = useLoaded(() => listContactEntries(personId), [personId]);
  return (
    <section aria-labelledby="contact-entries-heading">
      <h2 className="nhsuk-heading-m" id="contact-entries-heading">
        What contacts have added
      </h2>
      {entries.kind === 'loading' && <Loading what="Loading what contacts added" />}
      {entries.kind === 'failed' && <p className="nhsuk-body">{entries.message}</p>}
      {entries.kind === 'ready' &&
        (entries.value.length === 0 ? (
          <p className="nhsuk-body">Nothing has been added through a contact&rsquo;s sign-in yet.</p>
        ) : (
          <ul className="nhsuk-list">
            {entries.value.map((e) => (
              <EntryItem entry={e} key={e.id} />
            ))}
          </ul>
        ))}
    </section>
  );
}

function EntryItem({ entry }: { entry: ContactEntryView }) {
  return (
    <li>
      <div className="nhsuk-card">
        <div className="nhsuk-card__content">
          <h3 className="nhsuk-card__heading nhsuk-heading-s">
            {contactEntryKindLabels[entry.kind]} from {entry.contactName}
          </h3>
          <p className="nhsuk-card__description hearth-pre-wrap">{entry.body}</p>
          <p className="nhsuk-body-s hearth-muted">{formatDateTime(entry.createdAt)}</p>
        </div>
      </div>
    </li>
  );
}
