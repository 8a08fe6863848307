// One contact of the person: what they see now, their sign-in, the form to record what the person decides, the form
// to stop sharing, and every earlier decision.
import { sharingStateLabels, type ContactDetail, type ContactInvitationResponse } from '@hearth/core';
import { useEffect, useRef, useState } from 'react';
import { useLocation, useParams } from 'react-router-dom';
import { mayInService } from '../access/permissions';
import { getContact } from '../api/sharing';
import { Loading } from '../components/Loading';
import { NotificationBanner } from '../components/NotificationBanner';
import { PageHeading } from '../components/PageHeading';
import { SummaryList } from '../components/SummaryList';
import { formatDate, formatDateTime } from '../format';
import { usePerson } from '../people/PersonLayout';
import { useLoaded } from '../plan-views/useLoaded';
import { useMe } from '../session/SessionContext';
import { DecisionHistory } from './DecisionHistory';
import { InviteContact } from './InviteContact';
import { SharingDecisionForm } from './SharingDecisionForm';
import { relationshipText, SharingStateTag, sharingNowText, signInText } from './sharing-summary';
import { StopSharingForm } from './StopSharingForm';

export function ContactPage() {
  const { person } = usePerson();
  const { contactId = '' } = useParams();
  const location = useLocation();
  const justAdded = (location.state as { added?: boolean } | null)?.added === true;
  const loaded = useLoaded(() => getContact(person.id, contactId), [person.id, contactId]);
  const [latest, setLatest] = useState<{ contact: ContactDetail; message: string | null } | null>(null);
  const bannerRef = useRef<HTMLDivElement>(null);
  const name = person.preferredName ?? person.legalName;

  useEffect(() => {
    if (latest?.message) bannerRef.current?.focus();
  }, [latest]);

  if (loaded.kind === 'loading') return <Loading what="Loading the contact" />;
  if (loaded.kind === 'failed')
    return (
      <>
        <PageHeading title="Contact" caption={person.legalName} />
        <p className="nhsuk-body">{loaded.message}</p>
      </>
    );
  const current = latest?.contact.id === contactId ? latest : null;
  const contact = current?.contact ?? loaded.value;
  const message = current ? current.message : justAdded ? `${contact.name} has been added. Nothing is shared with them until ${name} decides.` : null;
  const onSaved = (saved: ContactDetail) => {
    setLatest({
      contact: saved,
      message:
        saved.sharing.state === 'revoked'
          ? `Sharing with ${saved.name} has stopped`
          : `The decision has been saved: ${sharingStateLabels[saved.sharing.state].toLowerCase()}`,
    });
  };
  const onInvited = (issued: ContactInvitationResponse) => {
    if (contact.signIn.status === 'signed_up') return;
    setLatest({ contact: { ...contact, signIn: { status: 'invited', invitationExpiresAt: issued.expiresAt } }, message: null });
  };

  return (
    <ContactContent
      personId={person.id}
      serviceId={person.serviceId}
      isReadOnly={person.isReadOnly}
      personName={person.legalName}
      name={name}
      contact={contact}
      message={message}
      bannerRef={bannerRef}
      onSaved={onSaved}
      onInvited={onInvited}
    />
  );
}

interface ContentProps {
  personId: string;
  serviceId: string;
  isReadOnly: boolean;
  personName: string;
  name: string;
  contact: ContactDetail;
  message: string | null;
  bannerRef: React.RefObject<HTMLDivElement | null>;
  onSaved: (contact: ContactDetail) => void;
  onInvited: (issued: ContactInvitationResponse) => void;
}

function ContactContent({ personId, serviceId, isReadOnly, personName, name, contact, message, bannerRef, onSaved, onInvited }: ContentProps) {
  const me = useMe();
  const mayDecide = mayInService(me, 'update', 'sharing_decision', serviceId);
  const mayInvite = !isReadOnly && mayInService(me, 'invite', 'person_contact', serviceId);
  return (
    <>
      {message && (
        <div ref={bannerRef} tabIndex={-1}>
          <NotificationBanner variant="success">
            <p className="nhsuk-notification-banner__heading">{message}</p>
          </NotificationBanner>
        </div>
      )}
      <PageHeading title={contact.name} caption={personName} />
      <SummaryList
        rows={[
          { key: 'Relationship', value: relationshipText(contact) },
          { key: 'Email address', value: contact.email ?? 'Not recorded' },
          { key: 'Phone number', value: contact.phone ?? 'Not recorded' },
          { key: 'Sign-in', value: signInText(contact.signIn) },
          { key: 'Added', value: `${formatDateTime(contact.createdAt)} by ${contact.createdByName}` },
        ]}
      />
      <section aria-labelledby="now-heading">
        <h2 className="nhsuk-heading-m" id="now-heading">
          What they see now
        </h2>
        <p className="nhsuk-body">
          <SharingStateTag state={contact.sharing.state} />
        </p>
        <p className="nhsuk-body">{sharingNowText(contact.sharing)}</p>
        {contact.sharing.state === 'sharing' && (
          <p className="nhsuk-body">
            {contact.sharing.endsOn
              ? `The last day they may see it is ${formatDate(contact.sharing.endsOn)}.`
              : `Until ${name} changes it.`}
          </p>
        )}
      </section>
      {mayInvite && <InviteContact personId={personId} contact={contact} onInvited={onInvited} />}
      {mayDecide && !isReadOnly && (
        <SharingDecisionForm key={contact.decisions[0]?.id ?? 'none'} personId={personId} name={name} contact={contact} onSaved={onSaved} />
      )}
      {mayDecide && contact.sharing.state === 'sharing' && (
        <StopSharingForm personId={personId} name={name} contact={contact} onSaved={onSaved} />
      )}
      <DecisionHistory decisions={contact.decisions} name={name} />
    </>
  );
}
