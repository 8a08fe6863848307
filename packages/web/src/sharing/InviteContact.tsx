// Inviting a contact to make their own sign-in: the link is shown once (Hearth keeps only its hash) to send to them.
import type { ContactDetail, ContactInvitationResponse } from '@hearth/core';
import { useState } from 'react';
import { isApiError } from '../api/client';
import { inviteContact } from '../api/sharing';
import { InvitationLink } from '../components/InvitationLink';

interface Props {
  personId: string;
  contact: ContactDetail;
  onInvited: (issued: ContactInvitationResponse) => void;
}

export function InviteContact({ personId, contact, onInvited }: Props) {
  const [issued, setIssued] = useState<ContactInvitationResponse | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [sending, setSending] = useState(false);

  const invite = async () => {
    setSending(true);
    setProblem(null);
    try {
      const issued = await inviteContact(personId, contact.id);
      setIssued(issued);
      onInvited(issued);
    } catch (error) {
      setProblem(isApiError(error) ? (error.fieldErrors[0]?.message ?? error.problem.detail ?? error.problem.title) : 'Something went wrong. Try again.');
    } finally {
      setSending(false);
    }
  };

  return (
    <section aria-labelledby="invite-heading">
      <h2 className="nhsuk-heading-m" id="invite-heading">
        Their own sign-in
      </h2>
      {contact.email === null ? (
        <p className="nhsuk-body">
          {contact.name} has no email address recorded, so they cannot be invited to sign in. Add them again with their email
          address to invite them.
        </p>
      ) : issued ? (
        <div className="nhsuk-inset-text">
          <InvitationLink link={issued.link} email={contact.email} expiresAt={issued.expiresAt} inputId="contact-invitation-link" />
        </div>
      ) : (
        <>
          <p className="nhsuk-body">
            Invite {contact.name} to make their own sign-in with {contact.email}. They will see only what the person has
            decided to share with them, for as long as it is in force.
          </p>
          {problem && (
            <p className="nhsuk-error-message" role="alert">
              <span className="nhsuk-u-visually-hidden">Error: </span>
              {problem}
            </p>
          )}
          <button type="button" className="nhsuk-button nhsuk-button--secondary" disabled={sending} onClick={() => void invite()}>
            {sending ? 'Creating the link…' : 'Invite to sign in'}
          </button>
        </>
      )}
    </section>
  );
}
